import { buildColumnPlan } from '../../../src/core/report/columnPlan';
import { stagePlanned, stageReached } from '../../../src/core/progress/stage';
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

describe('a judgement for items without a completion', () => {
  const workbook = ledger({
    title: '2025年民生实事推进情况（1-3月）',
    headers: ['序号', '项目名称', '月度计划', '推进情况', '完成时限'],
    rows: [
      ['1', '新建社区食堂', '2月完成设计；3月完成招标；4月开工', '正在编制设计方案，尚未招标', '2025年12月'],
      ['2', '改造农贸市场', '2月完成设计；3月完成招标；4月开工', '招标已完成，施工单位已进场', '2025年12月'],
      ['3', '建立救助机制', '3月建立机制', '机制已建立并运行', '2025年3月'],
      ['4', '实施老旧小区改造', '', '', '2025年12月'],
    ],
  });
  const result = check(workbook, { asOf: '2025-03-31' });
  const byName = new Map(result.progress.items.map((p) => [p.item.group.name, p]));

  it.each<[string, string, RegExp]>([
    ['新建社区食堂', '滞后', /计划3月完成招标.*推进情况只写到「正在编制设计方案」（前期准备），滞后/],
    ['改造农贸市场', '正常推进', /推进情况写明「施工单位已进场」（开工），进度正常/],
    ['建立救助机制', '已完成', /完成时限已到，推进情况写明「已建立」，已完成/],
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
