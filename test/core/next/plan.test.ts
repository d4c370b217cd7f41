import { cellAddress } from '../../../src/core/grid';
import { isLastPeriodNote, planNextPeriod, reportedCells } from '../../../src/core/next/plan';
import { check } from '../../helpers/check';
import { ledger } from '../../helpers/ledger';

const monthly = ledger({
  title: '示例县2025年民生实事推进情况表（3月份）',
  headers: ['序号', '项目名称', '任务目标', '牵头单位', '月度计划', '3月份推进情况', '工作成效', '4月份计划'],
  rows: [
    [1, '改造老旧小区', '改造小区3个', '县住建局', '3月：完成设计招标', '已完成设计招标', '推进正常', '4月：开工建设'],
    [2, '新建幼儿园', '新建幼儿园1所', '县教育局', '3月：完成选址', '选址正在论证', '滞后', '4月：完成选址'],
    [3, '修建道路', '修建道路5公里', '县交通局', '3月：全部完工', '已全部完工，通车运行', '已完成', ''],
  ],
});

describe('planNextPeriod on a monthly ledger with a current and a next-month plan', () => {
  const plan = planNextPeriod(check(monthly));
  const cells = new Map(plan.sheets[0].cells.map((c) => [`${c.row},${c.col}`, c.text]));
  const notes = new Map(plan.sheets[0].notes.map((n) => [`${n.row},${n.col}`, n.text]));

  it('reads the month reported on and moves on to the next', () => {
    expect(plan.from).toEqual({ cadence: 'month', year: 2025, month: 3 });
    expect(plan.to).toEqual({ cadence: 'month', year: 2025, month: 4 });
  });

  it('moves the title’s and the period headers’ words on', () => {
    expect(plan.moved.map((m) => [m.cell, m.after])).toEqual([
      ['A1', '示例县2025年民生实事推进情况表（4月份）'],
      ['F2', '4月份推进情况'],
      ['H2', '5月份计划'],
    ]);
  });

  it('carries each next-month plan into the current-plan column and empties it', () => {
    expect(cells.get('2,4')).toBe('4月：开工建设');
    expect(cells.get('2,7')).toBeNull();
    expect(cells.get('3,4')).toBe('4月：完成选址');
    expect(plan.carried).toBe(2);
  });

  it('empties the progress and status cells, keeping their text in a note', () => {
    expect(cells.get('2,5')).toBeNull();
    expect(cells.get('2,6')).toBeNull();
    expect(notes.get('2,5')).toBe('上期推进情况：已完成设计招标');
    expect(notes.get('2,6')).toBe('上期工作成效：推进正常');
    expect(notes.get('3,5')).toBe('上期推进情况：选址正在论证');
    expect(plan.emptied).toBe(2);
  });

  it('leaves a finished item as it is', () => {
    expect([...cells.keys()].filter((k) => k.startsWith('4,'))).toEqual([]);
  });

  it('writes the notes in English when asked', () => {
    const english = planNextPeriod(check(monthly), { lang: 'en' });
    expect(english.sheets[0].notes.find((n) => n.row === 2 && n.col === 5)?.text).toBe("Last period's progress: 已完成设计招标");
  });

  it('knows its notes for what they are, in either language, and no other note', () => {
    const english = planNextPeriod(check(monthly), { lang: 'en' });
    for (const note of [...plan.sheets[0].notes, ...english.sheets[0].notes]) expect([note.text, isLastPeriodNote(note.text)]).toEqual([note.text, true]);
    for (const other of ['请核实', '台账助手：完成率超过100%', '上期：', '上期有问题，请核实', "Last period's: x"]) {
      expect([other, isLastPeriodNote(other)]).toEqual([other, false]);
    }
  });

  it('names every cell the departments fill, empty or done, where an earlier copy’s notes may lie', () => {
    const cells = reportedCells(check(monthly).model)
      .get('台账')!
      .map((c) => cellAddress(c.row, c.col));
    // 推进情况 and 工作成效 on every item's row; 4月份计划 is carried into 月度计划, not emptied
    expect(cells.sort()).toEqual(['F3', 'F4', 'F5', 'G3', 'G4', 'G5']);
  });

  it('moves on to the period asked for', () => {
    const asked = planNextPeriod(check(monthly), { period: { cadence: 'month', year: 2025, month: 6 } });
    expect(asked.moved.map((m) => m.after)).toEqual(['示例县2025年民生实事推进情况表（6月份）', '6月份推进情况', '7月份计划']);
  });
});

describe('planNextPeriod on a quarterly ledger with only a next-month plan', () => {
  const quarterly = ledger({
    title: '2025年一季度民生实事工作进展情况台账',
    headers: ['序号', '项目名称', '具体项目内容', '责任单位', '进展情况', '存在问题', '4月份计划'],
    rows: [
      [1, '村卫生室提升', '提升村卫生室30处', '区卫健局', '已印发工作方案', '无', '加快推进样板村建设'],
      [2, '城区供水改造', '改造管网10公里', '区住建局', '完成管网设计', '资金未到位', '开工建设'],
    ],
  });
  const plan = planNextPeriod(check(quarterly));

  it('moves the quarter on, and the month after it by a quarter', () => {
    expect(plan.from).toEqual({ cadence: 'quarter', year: 2025, month: 3 });
    expect(plan.moved.map((m) => m.after)).toEqual(['2025年二季度民生实事工作进展情况台账', '7月份计划']);
  });

  it('names the next-month plan among the cells the departments fill', () => {
    const cells = reportedCells(check(quarterly).model)
      .get('台账')!
      .map((c) => cellAddress(c.row, c.col));
    expect(cells.sort()).toEqual(['E3', 'E4', 'G3', 'G4']);
  });

  it('empties the next-month plan with the progress, each text in a note; the problems stay', () => {
    const notes = plan.sheets[0].notes.map((n) => n.text);
    expect(notes).toEqual(
      expect.arrayContaining(['上期推进情况：已印发工作方案', '上期4月份计划：加快推进样板村建设', '上期推进情况：完成管网设计', '上期4月份计划：开工建设'])
    );
    expect(plan.sheets[0].cells.filter((c) => c.col === 5)).toEqual([]);
    expect(plan.carried).toBe(0);
  });
});

describe('planNextPeriod on a ledger Taizhang filled before', () => {
  const filled = ledger({
    title: '示例县2025年民生实事推进情况表（3月份）',
    headers: ['序号', '项目名称', '任务目标', '牵头单位', '3月份推进情况', '完成率', '序时进度', '进度状态', '校验提示'],
    rows: [
      [1, '改造老旧小区', '改造小区3个', '县住建局', '已改造1个', 0.333, 0.25, '超序时', ''],
      [2, '新建幼儿园', '新建幼儿园1所', '县教育局', '选址正在论证', null, 0.25, '正常推进', ''],
    ],
  });

  it('removes Taizhang’s own columns from the header to the last row', () => {
    const plan = planNextPeriod(check(filled));
    expect(plan.sheets[0].removed).toEqual([
      { col: 5, header: '完成率', top: 1, bottom: 3 },
      { col: 6, header: '序时进度', top: 1, bottom: 3 },
      { col: 7, header: '进度状态', top: 1, bottom: 3 },
      { col: 8, header: '校验提示', top: 1, bottom: 3 },
    ]);
    expect(plan.sheets[0].cells.filter((c) => c.col >= 5)).toEqual([]);
  });

  it('removes 较上期 too, the column a comparison with last period added', () => {
    const compared = ledger({
      title: '示例县2025年民生实事推进情况表（3月份）',
      headers: ['序号', '项目名称', '任务目标', '牵头单位', '3月份推进情况', '完成率', '序时进度', '进度状态', '校验提示', '较上期'],
      rows: [
        [1, '改造老旧小区', '改造小区3个', '县住建局', '已改造1个', 0.333, 0.25, '超序时', '', '完成率 +12.5 个百分点'],
        [2, '新建幼儿园', '新建幼儿园1所', '县教育局', '选址正在论证', null, 0.25, '正常推进', '', '新增事项'],
      ],
    });
    const plan = planNextPeriod(check(compared));
    expect(plan.sheets[0].removed.map((c) => c.header)).toEqual(['完成率', '序时进度', '进度状态', '校验提示', '较上期']);
    expect(plan.sheets[0].cells.filter((c) => c.col >= 5)).toEqual([]);
  });
});

describe('planNextPeriod on a project list', () => {
  const projects = ledger({
    title: '2024年县政府民生实事项目表',
    headers: ['序号', '项目名称', '任务明细', '进度计划', '责任单位'],
    rows: [
      [1, '改造老旧小区', '改造小区3个', '6月底前开工，年底前完工', '县住建局'],
      [2, '新建幼儿园', '新建幼儿园1所', '9月底前完工', '县教育局'],
    ],
  });

  it('names no period and has no progress column: nothing changes', () => {
    const plan = planNextPeriod(check(projects));
    expect(plan.from).toBeNull();
    expect(plan.withoutProgress).toBe(1);
    expect(plan.sheets[0].cells).toEqual([]);
    expect(plan.sheets[0].notes).toEqual([]);
  });
});
