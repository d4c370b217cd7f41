import { buildColumnPlan } from '../../../src/core/report/columnPlan';
import { saysDone, stageDelayed, stagePlanned, stageReached } from '../../../src/core/progress/stage';
import { cellAddress } from '../../../src/core/grid';
import { check } from '../../helpers/check';
import { ledger } from '../../helpers/ledger';

describe('stages read from progress and plan texts', () => {
  test.each<[string, string | null, boolean | null]>([
    ['招标已完成，施工单位已进场', 'started', true],
    ['正在招标', 'procurement', false],
    ['尚未开工，正在编制设计方案', 'preparation', false],
    ['计划7月招标', null, null],
    ['印发《关于做好无障碍改造工作的通知》', 'preparation', true],
    ['主体完工', 'structureDone', true],
    ['招生计划已上报至市教育局', 'preparation', true],
    ['因土地不符合建设要求已拆除', null, null],
    ['', null, null],
  ])('progress %j reaches %s (done %s)', (text, stage, done) => {
    const reading = stageReached(text);
    expect([reading?.stage ?? null, reading ? reading.done : null]).toEqual([stage, done]);
  });

  test.each<[string, string]>([
    ['3月完成招标', 'procurement'],
    ['5月开工建设', 'underway'],
    ['12月竣工验收并投入使用', 'inUse'],
  ])('a plan entry %j sets %s', (text, stage) => {
    expect(stagePlanned(text)?.stage).toBe(stage);
  });
});

describe('stages put off, and work said done at the deadline', () => {
  test.each<[string, string | null]>([
    ['招投标后预计7月开始施工', 'underway'],
    ['尚未招标', 'procurement'],
    ['下一步将加快施工进度', null],
    ['按计划推进施工', null],
    ['已开工建设', null],
  ])('%j puts off %s', (text, stage) => {
    expect(stageDelayed(text)?.stage ?? null).toBe(stage);
  });

  test.each<[string, string, string | null]>([
    ['6月1日起将报销比例由60%提高到70%', '2023-06-30', '6月1日起将报销比例由60%提高到70%'],
    ['7月1日起将报销比例由60%提高到70%', '2023-06-30', null],
    ['市局已研发补报功能模块，精准计算救助金额', '2023-06-30', '市局已研发补报功能模块'],
    ['市局已研发补报功能模块，正在测试', '2023-06-30', null],
    ['实施方案已上报', '2023-06-30', null],
    ['机制已建立并运行', '2023-06-30', '已建立'],
  ])('%j at %s says done: %j', (text, asOf, clause) => {
    expect(saysDone(text, asOf)).toBe(clause);
  });
});

describe('a judgement for items without a completion', () => {
  const workbook = ledger({
    title: '2025年民生实事推进情况（1-3月）',
    headers: ['序号', '项目名称', '月度计划', '推进情况', '完成时限'],
    rows: [
      ['1', '新建社区食堂', '2月完成设计；3月完成招标；4月开工', '正在编制设计方案，尚未招标', '2025年12月'],
      ['2', '改造农贸市场', '2月完成设计；3月完成招标；4月开工', '招标已完成，施工单位已进场', '2025年12月'],
      ['3', '建立救助机制', '3月建立机制', '机制已建立并运行', '2025年3月'],
      ['4', '实施老旧小区改造', '', '', '2025年12月'],
      [
        '5',
        '城市公园建设',
        '3月确定口袋公园中标单位，继续推进市民公园建设',
        '1、市民公园因土地不符合建设要求已拆除，正在调整规划设计。2、口袋公园已进场施工',
        '2025年12月',
      ],
      ['6', '道路桥梁建设', '3月完成桥梁施工，道路完成招标', '桥梁桩基施工已完成，道路工程正在统计工程量，招标后预计5月开工', '2025年12月'],
      ['7', '公园绿道建设', '3月开工建设', '已开工建设，下一步将加快施工进度', '2025年12月'],
    ],
  });
  const result = check(workbook, { asOf: '2025-03-31' });
  const byName = new Map(result.progress.items.map((p) => [p.item.group.name, p]));

  it.each<[string, string, RegExp]>([
    ['新建社区食堂', '滞后', /计划3月完成招标.*推进情况只写到「正在编制设计方案」（前期准备），滞后/],
    ['改造农贸市场', '正常推进', /推进情况写明「施工单位已进场」（开工），进度正常/],
    ['建立救助机制', '已完成', /完成时限已到，推进情况写明「已建立」，已完成/],
    ['城市公园建设', '滞后', /计划3月继续推进市民公园建设，推进情况只写到「正在调整规划设计」（前期准备），滞后/],
    ['道路桥梁建设', '滞后', /推进情况写明「桥梁桩基施工已完成,道路工程正在统计工程量,招标后预计5月开工」，滞后/],
    ['公园绿道建设', '正常推进', /推进情况写明「已开工建设」（实施中），进度正常/],
  ])('%s is %s, with its basis', (name, status, basis) => {
    const p = byName.get(name);
    expect(p?.status).toBe(status);
    expect(p?.basis?.zh).toMatch(basis);
  });

  it('leaves an item with neither a plan nor progress 无法判断, with no basis', () => {
    const p = byName.get('实施老旧小区改造');
    expect([p?.status, p?.basis]).toEqual(['无法判断', null]);
  });

  it('writes the basis of a 滞后 read from stages into the 校验提示 column', () => {
    const table = result.model.tables[0];
    const plan = buildColumnPlan(table, result.progress.items, result.findings);
    const notesCol = plan.columns.find((c) => c.key === 'notes')!.col;
    const row = byName.get('新建社区食堂')!.item.row;
    const note = plan.cells.find((c) => c.row === row && c.col === notesCol)?.value;
    expect([cellAddress(row, notesCol), note]).toEqual([cellAddress(row, notesCol), expect.stringContaining('推进情况只写到「正在编制设计方案」')]);
  });
});

describe('sites a target lists, and the sheet’s own problems', () => {
  const workbook = ledger({
    title: '2025年民生实事推进情况（1-3月）',
    headers: ['序号', '项目名称', '目标任务', '推进情况', '存在问题', '完成时限'],
    rows: [
      ['1', '城市道路改造', '实施崇文北路、仙台北路等城市道路升级改造', '崇文北路已铺设雨污管网170米', '无', '2025年12月'],
      ['2', '城市道路提升', '实施崇文北路、仙台北路等城市道路升级改造', '崇文北路、仙台北路已铺设雨污管网', '无', '2025年12月'],
      ['3', '干线公路大修', '实施G518店韩线、S320山留线、S313滕平线大中修工程', '已制定S313大中修工程施工方案', '无', '2025年12月'],
      ['4', '和美乡村建设', '完成4个示范片区创建', '已完工60个项目', '资金均未下达，影响整体工作进度', '2025年12月'],
      ['5', '乡村道路建设', '完成4个示范片区创建', '已完工60个项目', '部分路段受天气影响', '2025年12月'],
    ],
  });
  const result = check(workbook, { asOf: '2025-03-31' });
  const byName = new Map(result.progress.items.map((p) => [p.item.group.name, p]));

  it.each<[string, string, RegExp]>([
    ['城市道路改造', '滞后', /目标所列「仙台北路」推进情况未提及，滞后/],
    ['城市道路提升', '正常推进', /进度正常|按正常推进/],
    ['干线公路大修', '滞后', /目标所列「G518」「S320」推进情况未提及，滞后/],
    ['和美乡村建设', '滞后', /存在问题写明「影响整体工作进度」，滞后/],
    ['乡村道路建设', '正常推进', /按正常推进/],
  ])('%s is %s, with its basis', (name, status, basis) => {
    const p = byName.get(name);
    expect([p?.status, p?.basis?.zh]).toEqual([status, expect.stringMatching(basis)]);
  });

  it('does not hold a site against the progress early in the year', () => {
    const early = check(workbook, { asOf: '2025-01-31' });
    expect(early.progress.items.find((p) => p.item.group.name === '城市道路改造')?.status).toBe('正常推进');
  });
});
