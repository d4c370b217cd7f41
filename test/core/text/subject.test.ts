import { subjectKey, subjectSimilarity, subjectsMatch } from '../../../src/core/text';

describe('subjectsMatch', () => {
  it.each([
    ['市政消火栓', '市政消火栓建设', true],
    ['市政消火栓', '电动自行车智能充电系统', false],
    ['城镇就业', '城镇新增就业', true],
    ['培训', '应急救护普及培训', true],
    ['赛事', '全民健身品牌赛事', true],
    ['健身路径', '赛事', false],
    ['健身路径', '健身路径更新', true],
    ['供热管网', '玄武路管网', false],
    ['公益性岗位', '乡村公益性岗位', true],
    // Siblings of a 其中 breakdown count different things.
    ['乡村公益性岗位', '城镇公益性岗位', false],
    ['城乡公益性岗位', '乡村公益性岗位', false],
    ['', '', false],
    ['', '培训', false],
  ])('%s ~ %s → %s', (a, b, match) => {
    expect(subjectsMatch(a, b)).toBe(match);
    expect(subjectsMatch(b, a)).toBe(match);
  });
});

describe('subjectSimilarity', () => {
  it('is 1 for the same words once generic ones are gone', () => {
    expect(subjectSimilarity('新建市政消火栓', '市政消火栓建设')).toBe(1);
  });

  it('is 0 when nothing is shared', () => {
    expect(subjectSimilarity('健身路径', '赛事')).toBe(0);
  });

  it('stays within [0, 1]', () => {
    for (const [a, b] of [
      ['培训培训', '培训'],
      ['ａｂ', 'AB'],
      ['项目', '项目'],
    ]) {
      const s = subjectSimilarity(a, b);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });
});

describe('subjectKey', () => {
  it('drops generic words, punctuation and case', () => {
    expect(subjectKey('完成市政消火栓建设')).toBe('市政消火栓');
    expect(subjectKey('全民健身赛事（培训）')).toBe('全民健身赛事培训');
    expect(subjectKey('5G基站')).toBe('5g基站');
  });

  it('keeps generic words when nothing else is left', () => {
    expect(subjectKey('项目')).toBe('项目');
  });
});
