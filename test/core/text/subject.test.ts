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

  it('counts shared pairs alike for short subjects and long names', () => {
    // the Dice coefficient of character bigrams, counted with a map as a reference
    const reference = (a: string, b: string): number => {
      const counts = new Map<string, number>();
      for (let i = 0; i + 1 < a.length; i++) counts.set(a.slice(i, i + 2), (counts.get(a.slice(i, i + 2)) ?? 0) + 1);
      let shared = 0;
      for (let j = 0; j + 1 < b.length; j++) {
        const left = counts.get(b.slice(j, j + 2)) ?? 0;
        if (left > 0) {
          shared++;
          counts.set(b.slice(j, j + 2), left - 1);
        }
      }
      return (2 * shared) / (a.length - 1 + (b.length - 1));
    };
    // past 64 characters the pairs are sorted and merged instead of compared each with each
    for (const [a, b] of [
      ['老旧小区改造', '改造老旧小区'],
      ['老旧小区改造'.repeat(12), '改造老旧小区'.repeat(12)],
      ['农村公路提档升级'.repeat(9), '城乡公路升级提档'.repeat(10)],
    ]) {
      expect(subjectSimilarity(a, b)).toBeCloseTo(reference(a, b), 12);
    }
    expect(subjectSimilarity('老旧小区改造', '改造老旧小区')).toBeCloseTo(0.8, 12);
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
