import {
  DELAY_WORDS,
  IN_FORCE_FROM,
  NOT_REACHED_WORDS,
  STAGE_DONE_WORDS,
  STAGE_FREE_PHRASES,
  WORK_STAGES,
} from '../../../src/core/vocabulary/workStages';
import { listsHolding } from './lists';

const STAGE_LISTS = Object.fromEntries(WORK_STAGES.map((s) => [s.stage, s.words]));

describe('work stage words', () => {
  test.each<[string, string[]]>([
    ['设计', ['preparation']],
    ['方案', ['preparation']],
    ['招标', ['procurement']],
    ['签约', ['procurement']],
    ['进场', ['started']],
    ['开工', ['started']],
    ['启动', ['started']],
    ['铺设', ['underway']],
    ['发放', ['underway']],
    ['培训', ['underway']],
    ['封顶', ['structureDone']],
    ['主体完工', ['structureDone']],
    ['竣工', ['finished']],
    ['验收', ['finished']],
    ['投入使用', ['inUse']],
    ['开通', ['inUse']],
    ['推进', []],
  ])('%s names %j', (word, stages) => {
    expect(listsHolding(STAGE_LISTS, word)).toEqual(stages);
  });

  test.each<[string, string[]]>([
    ['尚未', ['NOT_REACHED_WORDS']],
    ['计划', ['NOT_REACHED_WORDS']],
    ['已完成', ['STAGE_DONE_WORDS']],
    ['通过', ['STAGE_DONE_WORDS']],
    ['印发', ['STAGE_DONE_WORDS']],
    ['正在', []],
  ])('%s is in %j', (word, lists) => {
    expect(listsHolding({ NOT_REACHED_WORDS, STAGE_DONE_WORDS }, word)).toEqual(lists);
  });

  test.each<[string, string[]]>([
    ['预计', ['NOT_REACHED_WORDS', 'DELAY_WORDS']],
    ['尚未', ['NOT_REACHED_WORDS', 'DELAY_WORDS']],
    // 将 and 计划 open the plans a progress text ends with: they do not put a stage off
    ['将', ['NOT_REACHED_WORDS']],
    ['计划', ['NOT_REACHED_WORDS']],
    ['推迟', ['DELAY_WORDS']],
    ['正在', []],
    ['已完成', []],
  ])('%s is in %j', (word, lists) => {
    expect(listsHolding({ NOT_REACHED_WORDS, DELAY_WORDS }, word)).toEqual(lists);
  });

  test.each<[string, string | null]>([
    ['6月1日起将报销比例提高到70%', '6-1'],
    ['自2023年7月15日起执行', '7-15'],
    ['6月底前完成', null],
  ])('%s is in force from %s', (text, date) => {
    const found = IN_FORCE_FROM.exec(text);
    expect(found ? `${found[1]}-${found[2]}` : null).toBe(date);
  });

  it.each(['施工单位', '设计院', '招标代理'])('%s names a party, not a stage', (phrase) => {
    expect(STAGE_FREE_PHRASES).toContain(phrase);
  });

  it('lists every stage once, lowest first, no word under two stages', () => {
    expect(WORK_STAGES.map((s) => s.stage)).toEqual(['preparation', 'procurement', 'started', 'underway', 'structureDone', 'finished', 'inUse']);
    const words = WORK_STAGES.flatMap((s) => s.words);
    expect(new Set(words).size).toBe(words.length);
  });
});
