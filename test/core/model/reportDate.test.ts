import { Grid, createGrid, setCell } from '../../../src/core/grid';
import { buildWorkbookModel } from '../../../src/core/model/workbookModel';
import { readShared } from '../../helpers/workbooks';

const TODAY = '2026-11-23';

function ledger(title: string, headers: string[]): Grid {
  const grid = createGrid('表', 0, 0);
  setCell(grid, 0, 0, { value: title });
  headers.forEach((h, c) => setCell(grid, 1, c, { value: h }));
  headers.forEach((_, c) => setCell(grid, 2, c, { value: c === 0 ? 1 : `内容${c}` }));
  return grid;
}

function asOf(grid: Grid, flag?: string): { asOf: string; asOfSource: string; planYear: number | null } {
  const model = buildWorkbookModel({ name: 'x.xlsx', sheets: [grid] }, { today: TODAY, asOf: flag });
  return { asOf: model.asOf, asOfSource: model.asOfSource, planYear: model.planYear };
}

describe('report date inferred from the sheet', () => {
  it.each([
    ['lanling', '2023-06-30'],
    ['linyi', '2022-12-31'],
    ['shanting', '2025-03-31'],
  ] as const)('%s covers %s', (name, date) => {
    const model = buildWorkbookModel(readShared(name), { today: TODAY });
    expect(model.asOf).toBe(date);
    expect(model.asOfSource).toBe('title');
  });

  it('says so when the sheet states no date (lianshui), keeping its plan year', () => {
    const model = buildWorkbookModel(readShared('lianshui'), { today: TODAY });
    expect(model).toMatchObject({ asOf: TODAY, asOfSource: 'today', asOfFrom: null, planYear: 2024 });
  });

  it('takes the plan years from the 年度 column when the title names none (tancheng)', () => {
    expect(buildWorkbookModel(readShared('tancheng'), { today: TODAY }).planYear).toBe(2024);
  });

  it('lets --as-of win over the title', () => {
    expect(buildWorkbookModel(readShared('lanling'), { today: TODAY, asOf: '2023-05-31' })).toMatchObject({
      asOf: '2023-05-31',
      asOfSource: 'flag',
    });
  });

  it.each([
    ['2025年民生实事项目推进情况', ['序号', '项目名称', '牵头单位', '4月份计划'], '2025-03-31'],
    ['2025年民生实事项目推进情况', ['序号', '项目名称', '牵头单位', '1月份计划'], '2024-12-31'],
    ['2024年民生实事项目推进情况', ['序号', '项目名称', '牵头单位', '9月份推进情况'], '2024-09-30'],
    ['2024年上半年民生实事推进情况', ['序号', '项目名称', '牵头单位', '进展情况'], '2024-06-30'],
    ['2024年民生实事项目推进情况（1-8月）', ['序号', '项目名称', '牵头单位', '进展情况'], '2024-08-31'],
    ['2024年第三季度民生实事推进情况', ['序号', '项目名称', '牵头单位', '进展情况'], '2024-09-30'],
  ])('%s with headers %j covers %s', (title, headers, date) => {
    expect(asOf(ledger(title, headers))).toMatchObject({ asOf: date, asOfSource: 'title' });
  });
});
