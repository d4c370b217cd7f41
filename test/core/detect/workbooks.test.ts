import { Grid, Workbook, columnIndex, columnLetter } from '../../../src/core/grid';
import { buildWorkbookModel } from '../../../src/core/model/workbookModel';
import { buildInspectReport } from '../../../src/core/report/inspectReport';
import { TableSummary } from '../../../src/core/report/tableSummary';
import { readWorkbookBytes } from '../../../src/hosts/file/readWorkbook';
import { WorkbookName, deleteRow, insertColumn, readShared, replaceCellText, writeGrids } from '../../helpers/workbooks';

interface Expected {
  kind: TableSummary['kind'];
  headerRows: [number, number];
  dataRows: [number, number];
  totalsRow: number | null;
  items: number;
  groups: number;
  columns: Record<string, string>;
  funding?: string[];
}

/** The layouts as ../shared/workbooks/README.md describes them. */
const EXPECTED: Record<WorkbookName, Expected> = {
  lianshui: {
    kind: 'projects',
    headerRows: [2, 3],
    dataRows: [5, 54],
    totalsRow: 4,
    items: 50,
    groups: 50,
    columns: { category: 'A', seq: 'B', name: 'C', target: 'D', type: 'E', investTotal: 'F', investYear: 'G', plan: 'L', lead: 'M', partners: 'N' },
    funding: ['H', 'I', 'J', 'K'],
  },
  lanling: {
    kind: 'progress',
    headerRows: [3, 3],
    dataRows: [4, 52],
    totalsRow: null,
    items: 49,
    groups: 49,
    columns: { seq: 'A', name: 'B', overview: 'C', target: 'D', plan: 'E', progress: 'F', status: 'G', deadline: 'H', lead: 'I', level: 'J' },
  },
  linyi: {
    kind: 'progress',
    headerRows: [2, 2],
    dataRows: [3, 63],
    totalsRow: null,
    items: 61,
    groups: 60,
    columns: { category: 'A', seq: 'B', name: 'C', target: 'D', plan: 'E', progress: 'F', status: 'G', lead: 'H' },
  },
  shanting: {
    kind: 'progress',
    headerRows: [2, 2],
    dataRows: [3, 35],
    totalsRow: null,
    items: 33,
    groups: 10,
    columns: { seq: 'A', name: 'B', target: 'C', lead: 'D', progress: 'E', problems: 'F', nextPlan: 'G' },
  },
  tancheng: {
    kind: 'targets',
    headerRows: [2, 3],
    dataRows: [4, 91],
    totalsRow: null,
    items: 88,
    groups: 26,
    columns: { seq: 'A', name: 'B', year: 'C', lead: 'D', target: 'D', measures: 'E', partners: 'F' },
  },
};

const TODAY = '2026-11-23';

function inspect(workbook: Workbook): TableSummary {
  const report = buildInspectReport(buildWorkbookModel(workbook, { today: TODAY }));
  expect(report.tables).toHaveLength(1);
  return report.tables[0];
}

function shifted(expected: Expected, rowShift: number, colShift: number): Expected {
  const row = (r: number): number => r + rowShift;
  const col = (c: string): string => columnLetter(columnIndex(c) + colShift);
  return {
    ...expected,
    headerRows: [row(expected.headerRows[0]), row(expected.headerRows[1])],
    dataRows: [row(expected.dataRows[0]), row(expected.dataRows[1])],
    totalsRow: expected.totalsRow === null ? null : row(expected.totalsRow),
    columns: Object.fromEntries(Object.entries(expected.columns).map(([role, c]) => [role, col(c)])),
    funding: expected.funding?.map(col),
  };
}

function expectLayout(table: TableSummary, expected: Expected): void {
  expect(table.kind).toBe(expected.kind);
  expect(table.headerRows).toEqual(expected.headerRows);
  expect(table.dataRows).toEqual(expected.dataRows);
  expect(table.totalsRow).toBe(expected.totalsRow);
  expect(table.items).toBe(expected.items);
  expect(table.groups).toBe(expected.groups);
  expect(table.columns).toEqual(expected.columns);
  expect(Object.values(table.fundingColumns)).toEqual(expected.funding ?? []);
}

function withSheet(workbook: Workbook, change: (grid: Grid) => Grid): Workbook {
  return { ...workbook, sheets: [change(workbook.sheets[0])] };
}

const NAMES = Object.keys(EXPECTED) as WorkbookName[];

describe.each(NAMES)('%s as it is', (name) => {
  it('is read with the layout the README gives', () => {
    expectLayout(inspect(readShared(name)), EXPECTED[name]);
  });

  it('keeps its layout with the title row deleted', () => {
    const workbook = withSheet(readShared(name), (grid) => deleteRow(grid, 0));
    expectLayout(inspect(workbook), shifted(EXPECTED[name], -1, 0));
  });

  it('keeps its layout with an empty column inserted at A', () => {
    const workbook = withSheet(readShared(name), (grid) => insertColumn(grid, 0));
    expectLayout(inspect(workbook), shifted(EXPECTED[name], 0, 1));
  });

  it('keeps its layout saved as .xls', () => {
    const original = readShared(name);
    const workbook = readWorkbookBytes(writeGrids(original.sheets, 'biff8'), `${name}.xls`);
    expectLayout(inspect(workbook), EXPECTED[name]);
  });

  it('keeps its layout saved as a GBK .csv (merges lost, values left in the first cell)', () => {
    const original = readShared(name);
    const workbook = readWorkbookBytes(writeGrids(original.sheets, 'csv-gbk'), `${name}.csv`);
    const table = inspect(workbook);
    const expected = EXPECTED[name];
    expect(table.headerRows).toEqual(expected.headerRows);
    expect(table.dataRows).toEqual(expected.dataRows);
    expect(table.totalsRow).toBe(expected.totalsRow);
    expect(table.items).toBe(expected.items);
    expect(table.groups).toBe(expected.groups);
    expect(table.columns).toEqual(expected.columns);
  });
});

describe('header words varied the way staff vary them', () => {
  it('reads 牵头单位 for 责任单位 and 项目推进情况 for 进展情况 (shanting)', () => {
    const workbook = withSheet(readShared('shanting'), (grid) =>
      replaceCellText(replaceCellText(grid, '责任单位', '牵头单位'), '进展情况', '项目推进情况'),
    );
    expectLayout(inspect(workbook), EXPECTED.shanting);
  });

  it('reads 责任单位 for 牵头单位 and 进展情况 for 项目推进情况 (lanling)', () => {
    const workbook = withSheet(readShared('lanling'), (grid) =>
      replaceCellText(replaceCellText(grid, '牵头单位', '责任单位'), '项目推进情况', '进展情况'),
    );
    expectLayout(inspect(workbook), EXPECTED.lanling);
  });

  it('reads headers broken across lines and spaced by scanning (县财政\\n统  筹, 责任\\n单位)', () => {
    const workbook = withSheet(readShared('lianshui'), (grid) =>
      replaceCellText(replaceCellText(grid, '县财政统筹', '县财政\n统  筹'), '责任单位', '责任\n单位'),
    );
    expectLayout(inspect(workbook), EXPECTED.lianshui);
  });
});

describe('the user’s corrections of column roles', () => {
  it('move a role to another column, drop one, and keep the rest', () => {
    const model = buildWorkbookModel(readShared('lanling'), {
      today: TODAY,
      overrides: [{ sheet: '推进情况', headerRow: 3, roles: { target: 'C', overview: null, level: null } }],
    });
    const table = buildInspectReport(model).tables[0];
    expect(table.columns).toEqual({ seq: 'A', name: 'B', target: 'C', plan: 'E', progress: 'F', status: 'G', deadline: 'H', lead: 'I' });
    expect(model.items[0].fields.target?.text).toMatch(/^为更好满足群众/);
  });

  it('apply only to the table they name', () => {
    const model = buildWorkbookModel(readShared('lanling'), { today: TODAY, overrides: [{ sheet: '别的表', roles: { target: 'C' } }] });
    expect(buildInspectReport(model).tables[0].columns.target).toBe('D');
  });
});
