import { buildWorkbookModel } from '../../../src/core/model/workbookModel';
import { analyzeProgress, timeElapsedAt } from '../../../src/core/progress/itemProgress';
import { ledger } from '../../helpers/ledger';
import { readShared } from '../../helpers/workbooks';

const TODAY = '2026-11-23';

function progressAt(name: Parameters<typeof readShared>[0], asOf: string) {
  return analyzeProgress(buildWorkbookModel(readShared(name), { today: TODAY, asOf }), 0.1).items;
}

describe('deadlines', () => {
  it('reads the 完成时限 column first (lanling)', () => {
    const items = progressAt('lanling', '2023-06-30');
    const park = items.find((p) => p.item.row + 1 === 4);
    expect(park?.schedule.deadline).toMatchObject({ date: '2023-08-31', source: 'column', text: '2023年8月' });
    const estates = items.find((p) => p.item.row + 1 === 9);
    expect(estates?.schedule.deadline).toMatchObject({ date: '2023-06-30', source: 'column' });
  });

  it('takes the last milestone when there is no deadline column (lianshui)', () => {
    const items = progressAt('lianshui', '2024-06-30');
    expect(items[0].schedule.deadline).toMatchObject({ date: '2024-12-31', source: 'milestone' });
    const parks = items.find((p) => p.item.row + 1 === 29); // 新建街头游园: plan ends with 三季度：完工
    expect(parks?.schedule.deadline).toMatchObject({ date: '2024-09-30', source: 'milestone' });
  });

  it('reads a deadline phrase of the item’s own year, not a later one', () => {
    const workbook = ledger({
      title: '2024年民生实事推进情况表',
      headers: ['序号', '项目名称', '任务目标', '推进情况', '牵头单位'],
      rows: [
        [1, '续建博雅学校二期工程', '2024年4月20日前完成博雅学校二期工程。', '主体完工', '县城投集团'],
        [2, '推动高铁项目建设', '加快推进站前路段、站房建设，确保2028年顺利竣工通车。', '正在施工', '县交通运输局'],
      ],
    });
    const [school, railway] = analyzeProgress(buildWorkbookModel(workbook, { today: TODAY, asOf: '2024-03-31' }), 0.1).items;
    expect(school.schedule.deadline).toMatchObject({ date: '2024-04-20', source: 'text', cell: { row: 2, col: 2 } });
    expect(railway.schedule.deadline).toMatchObject({ date: '2024-12-31', source: 'planYear' });
  });

  it('takes a 年度 span as the years of a decomposition row (tancheng)', () => {
    const items = progressAt('tancheng', '2024-06-30');
    const railway = items.find((p) => p.item.row + 1 === 23); // 2025—2026年: 确保2028年顺利竣工通车 is beyond it
    expect(railway?.schedule.deadline).toMatchObject({ date: '2026-12-31', source: 'planYear' });
    expect(railway?.schedule.years).toEqual([2025, 2026]);
    const school = items.find((p) => p.item.row + 1 === 50); // 要求于2024年4月20日完成 is one sub-project's date, no 前
    expect(school?.schedule.deadline).toMatchObject({ date: '2024-12-31', source: 'planYear' });
  });

  it('takes the end of the plan year for an annual list with no plan (a row year of tancheng)', () => {
    const items = progressAt('tancheng', '2025-06-30');
    const water2025 = items.find((p) => p.item.row + 1 === 6);
    expect(water2025?.schedule).toMatchObject({ start: '2025-01-01', deadline: { date: '2025-12-31' } });
  });

  it('reports a 完成时限 that is no date', () => {
    const workbook = ledger({
      title: '2023年民生实事推进情况表',
      headers: ['序号', '项目名称', '任务目标', '推进情况', '完成时限', '牵头单位'],
      rows: [[1, '建设公园', '建设公园1处', '正在施工', '2023年13月', '县住建局']],
    });
    const [item] = analyzeProgress(buildWorkbookModel(workbook, { today: TODAY, asOf: '2023-06-30' }), 0.1).items;
    expect(item.schedule.invalid).toMatchObject({ text: '2023年13月', cell: { row: 2, col: 4 } });
    expect(item.schedule.deadline?.source).toBe('planYear');
  });
});

describe('序时进度', () => {
  it.each([
    ['2024-01-01', '2024-12-31', '2024-03-31', 91 / 366],
    ['2024-01-01', '2024-12-31', '2024-06-30', 182 / 366],
    ['2025-01-01', '2025-12-31', '2025-03-31', 90 / 365],
    ['2025-01-01', '2025-12-31', '2024-12-31', 0],
    ['2025-01-01', '2025-06-30', '2025-12-31', 1],
  ])('from %s to %s at %s is %d', (start, deadline, asOf, expected) => {
    expect(timeElapsedAt(start, deadline, asOf)).toBeCloseTo(expected, 6);
  });
});

describe('every deadline and period of the foundation issue, with the plan year taken from the sheet', () => {
  const EXAMPLES: [string, string][] = [
    ['2023 年 8 月', '2023-08-31'],
    ['2023年12月', '2023-12-31'],
    ['2024年4月20日前', '2024-04-20'],
    ['12月底前', '2024-12-31'],
    ['年底前', '2024-12-31'],
    ['年内', '2024-12-31'],
    ['全年', '2024-12-31'],
    ['上半年', '2024-06-30'],
    ['下半年', '2024-12-31'],
    ['一季度', '2024-03-31'],
    ['第一季度', '2024-03-31'],
    ['6月底', '2024-06-30'],
    ['8月中旬', '2024-08-20'],
    ['3-5月', '2024-05-31'],
    ['1、2 月份', '2024-02-29'],
    ['9月投入使用', '2024-09-30'],
    ['1-6月份', '2024-06-30'],
    ['2025—2026年', '2026-12-31'],
  ];
  const workbook = ledger({
    title: '2024年县政府民生实事项目推进情况表',
    headers: ['序号', '项目名称', '任务目标', '推进情况', '完成时限', '牵头单位'],
    rows: [
      ...EXAMPLES.map(([deadline], i) => [i + 1, `项目${i + 1}`, '建设公园1处', '正在施工', deadline, '县住建局']),
      [EXAMPLES.length + 1, '项目日期有误', '建设公园1处', '正在施工', '2023年13月', '县住建局'],
      [EXAMPLES.length + 2, '项目限期动工', '建设公园1处', '正在施工', '5月底前动工', '县住建局'],
    ],
  });
  const items = analyzeProgress(buildWorkbookModel(workbook, { today: TODAY, asOf: '2024-03-31' }), 0.1).items;

  it.each(EXAMPLES.map(([text, date], i) => [text, date, i] as const))('%s → %s', (_text, date, i) => {
    expect(items[i].schedule.deadline).toMatchObject({ date, source: 'column' });
  });

  it('2023年13月 is no date: reported, and the plan year’s end stands in', () => {
    const item = items[EXAMPLES.length];
    expect(item.schedule.invalid?.reason).toMatch(/13/);
    expect(item.schedule.deadline).toMatchObject({ date: '2024-12-31', source: 'planYear' });
  });

  it('5月底前动工 sets when work must start, so the completion deadline is the year’s end', () => {
    expect(items[EXAMPLES.length + 1].schedule.deadline).toMatchObject({ date: '2024-12-31', source: 'planYear' });
  });
});
