import { Area, Grid, Workbook, cellAddress, columnIndex, parseAreaAddress, parseCellAddress } from '../../../src/core/grid';
import { CheckResult } from '../../../src/core/check';
import {
  ColumnPlan,
  ColumnPlanOptions,
  DEFAULT_OUTPUT_HEADERS,
  OUTPUT_KEYS,
  OutputKey,
  TEXT_FORMAT,
  buildColumnPlan,
  foreignContent,
} from '../../../src/core/report/columnPlan';
import * as path from 'node:path';
import { ItemChange } from '../../../src/core/compare/changeColumn';
import { readWorkbookFile } from '../../../src/hosts/file/node';
import { check } from '../../helpers/check';
import { LedgerSpec, ledger } from '../../helpers/ledger';
import { plantedCell, readShared } from '../../helpers/workbooks';

interface Planned {
  result: CheckResult;
  plans: ColumnPlan[];
}

/** The column plans of every table with items, as fill makes them. */
function plan(workbook: Workbook, options: ColumnPlanOptions = {}, asOf?: string): Planned {
  const result = check(workbook, asOf ? { asOf } : {});
  const plans = result.model.tables
    .filter((t) => t.items.length > 0)
    .map((t) => buildColumnPlan(t, result.progress.items, result.findings, options));
  return { result, plans };
}

function only(planned: Planned): ColumnPlan {
  expect(planned.plans).toHaveLength(1);
  return planned.plans[0];
}

function letters(p: ColumnPlan): string {
  return p.columns.map((c) => cellAddress(0, c.col).replace(/\d+$/, '')).join(',');
}

function colOf(p: ColumnPlan, key: OutputKey): number {
  const column = p.columns.find((c) => c.key === key);
  if (!column) throw new Error(`no ${key} column`);
  return column.col;
}

/** The planned value at an A1 address; throws when the plan has no cell there. */
function valueAt(p: ColumnPlan, a1: string): string | number | null {
  const { row, col } = parseCellAddress(a1);
  const found = p.cells.filter((c) => c.row === row && c.col === col);
  if (found.length !== 1) throw new Error(`${found.length} planned cells at ${a1}`);
  return found[0].value;
}

function valueIn(p: ColumnPlan, key: OutputKey, sheetRow: number): string | number | null {
  return valueAt(p, cellAddress(sheetRow - 1, colOf(p, key)));
}

function a1s(list: Area[]): string[] {
  return list.map((a) => `${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`).sort();
}

const EXAMPLE = path.resolve(__dirname, '..', '..', '..', 'assets', 'examples', 'sample-ledger.xlsx');

/** A progress report whose project 2 is kept on two rows, every cell merged down over both. */
const MERGED_ITEM: LedgerSpec = {
  title: '2025年一季度民生实事推进情况',
  headers: ['序号', '项目名称', '任务目标', '推进情况', '工作成效', '完成时限'],
  rows: [
    ['1', '新建公办幼儿园', '新建幼儿园4所', '已建成幼儿园1所', '推进正常', '2025年12月'],
    ['2', '改造老旧小区', '改造老旧小区10个', '完成改造4个', '推进正常', '2025年12月'],
    [null, null, null, null, null, null],
    ['3', '新增停车泊位', '新增停车泊位500个', '已新增停车泊位100个', '推进正常', '2025年12月'],
    ['4', '建设口袋公园', '建设口袋公园8处', '已建成8处', '已完成', '2025年6月'],
  ],
  merges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:F5'],
};

describe('where the columns go', () => {
  it('writes right of the lianshui project list, O..T, each header merged over the two header rows', () => {
    const p = only(plan(readShared('lianshui')));
    expect(letters(p)).toBe('O,P,Q,R,S,T');
    expect(p.sheet).toBe('项目表');
    expect([p.headerTop, p.headerBottom]).toEqual([1, 2]);
    expect(p.columns.map((c) => c.header)).toEqual(['完成率', '序时进度', '进度状态', '本期计划', '下期计划', '校验提示']);
    expect(p.columns.every((c) => !c.existing)).toBe(true);
    // no project spans rows, so the header merges are all
    expect(a1s(p.merges)).toEqual(['O2:O3', 'P2:P3', 'Q2:Q3', 'R2:R3', 'S2:S3', 'T2:T3']);
    expect(valueAt(p, 'O2')).toBe('完成率');
    expect(valueAt(p, 'O3')).toBeNull();
    expect(valueAt(p, 'T2')).toBe('校验提示');
    // styles come from the table's last column: its header cell and its first data row
    expect(p.headerStyleFrom).toEqual(parseCellAddress('N2'));
    expect(p.dataStyleFrom).toEqual(parseCellAddress('N5'));
  });

  it('writes every cell of the area once: header rows, the totals row above the items and every item row', () => {
    const p = only(plan(readShared('lianshui')));
    // totals row 4 stands above the 50 projects in rows 5..54
    expect([p.firstRow + 1, p.lastRow + 1]).toEqual([4, 54]);
    const seen = new Set(p.cells.map((c) => `${c.row}:${c.col}`));
    expect(seen.size).toBe(p.cells.length);
    expect(p.cells).toHaveLength(6 * (54 - 2 + 1));
    for (const column of p.columns)
      for (let r = p.headerTop; r <= p.lastRow; r++) expect(seen.has(`${r}:${column.col}`)).toBe(true);
  });

  it('writes right of the shanting ledger, H..L, under its one header row, with no merges, leaving 下期计划 to its own 4月份计划', () => {
    const p = only(plan(readShared('shanting')));
    expect(letters(p)).toBe('H,I,J,K,L');
    expect(p.kept.map((k) => [k.key, k.col, k.sheetHeader])).toEqual([['nextPlan', 6, '4月份计划']]);
    expect([p.headerTop, p.headerBottom]).toEqual([1, 1]);
    expect(valueAt(p, 'H2')).toBe('完成率');
    expect(valueAt(p, 'L2')).toBe('校验提示');
    // sub-items are one row each, though 序号 and 目标任务 are merged over them
    expect(p.merges).toEqual([]);
    expect([p.firstRow + 1, p.lastRow + 1]).toEqual([3, 35]);
  });

  it('checks the sheet’s own 下月计划 against the plan instead of writing 下期计划, and says in 校验提示 where they differ', () => {
    const workbook = ledger({
      title: '2025年民生实事推进情况（3月）',
      headers: ['序号', '项目名称', '月度计划', '推进情况', '4月计划', '完成时限'],
      rows: [
        ['1', '口袋公园建设', '3月完成口袋公园招标；4月口袋公园进场施工', '口袋公园已完成招标', '口袋公园施工单位进场施工', '2025年12月'],
        ['2', '社区食堂建设', '3月完成设计；4月完成社区食堂招标', '设计已完成', '继续做好宣传工作', '2025年12月'],
        ['3', '农贸市场改造', '3月完成设计；4月完成农贸市场招标', '设计已完成', '', '2025年12月'],
      ],
    });
    const p = only(plan(workbook, {}, '2025-03-31'));
    expect(p.kept.map((k) => [k.key, k.sheetHeader, k.differingRows.map((r) => r + 1)])).toEqual([['nextPlan', '4月计划', [4, 5]]]);
    const notes = colOf(p, 'notes');
    const noteAt = (row: number): string => String(p.cells.find((c) => c.row === row - 1 && c.col === notes)?.value ?? '');
    expect([noteAt(3), noteAt(4), noteAt(5)]).toEqual([
      expect.not.stringContaining('4月计划'),
      expect.stringContaining('表中「4月计划」与计划不同，计划为：4月：完成社区食堂招标'),
      expect.stringContaining('表中「4月计划」为空，计划为：4月：完成农贸市场招标'),
    ]);
  });

  it('leaves 完成率 to the sheet’s own column and names the rows whose rate is not achieved ÷ target', () => {
    const workbook = ledger({
      title: '2025年民生实事完成情况（3月）',
      headers: ['序号', '项目名称', '目标数', '完成数', '完成率', '完成时限'],
      rows: [
        ['1', '新增养老床位', 400, 100, 0.25, '2025年12月'],
        ['2', '改造农村公路', 50, 20, 0.6, '2025年12月'],
        ['3', '新建城市书房', 20, 5, 0.25, '2025年12月'],
        ['4', '新增停车泊位', 200, 50, 0.25, '2025年12月'],
      ],
    });
    const p = only(plan(workbook, {}, '2025-03-31'));
    expect(p.kept.map((k) => [k.key, k.sheetHeader, k.differingRows.map((r) => r + 1)])).toEqual([['completion', '完成率', [4]]]);
  });

  it('writes right of the other workbooks and the example', () => {
    expect(letters(only(plan(readShared('lanling'))))).toBe('K,L,M,N,O,P');
    expect(letters(only(plan(readShared('linyi'))))).toBe('I,J,K,L,M,N');
    expect(letters(only(plan(readShared('tancheng'))))).toBe('G,H,I,J,K,L');
  });

  it('starts where the user says with startCol', () => {
    const p = only(plan(readShared('lianshui'), { startCol: columnIndex('W') }));
    expect(letters(p)).toBe('W,X,Y,Z,AA,AB');
    expect(a1s(p.merges)).toEqual(['AA2:AA3', 'AB2:AB3', 'W2:W3', 'X2:X3', 'Y2:Y3', 'Z2:Z3']);
    expect(valueAt(p, 'W2')).toBe('完成率');
  });

  it('takes other header names and keeps the defaults for the rest', () => {
    const p = only(plan(readShared('shanting'), { headers: { status: '状态', notes: '提示' } }));
    expect(p.columns.map((c) => c.header)).toEqual(['完成率', '序时进度', '状态', '本期计划', '提示']);
    expect(valueAt(p, 'J2')).toBe('状态');
    expect(valueAt(p, 'L2')).toBe('提示');
    expect(DEFAULT_OUTPUT_HEADERS.status).toBe('进度状态');
  });
});

/** A small progress table that already carries Taizhang's six columns from an earlier run. */
function withOutputColumns(headers: string[], extra: string[] = []): Workbook {
  return ledger({
    title: '2025年一季度民生实事推进情况',
    headers: ['序号', '项目名称', '任务目标', '推进情况', '工作成效', '完成时限', ...extra, ...headers],
    rows: [
      ['1', '新建公办幼儿园', '新建幼儿园4所', '已开工2所', '推进正常', '2025年12月', ...extra.map(() => '甲'), 0.5, 0.1, '正常推进', '旧', '旧', '旧'],
      ['2', '改造老旧小区', '改造老旧小区10个', '完成改造4个', '推进正常', '2025年12月', ...extra.map(() => '乙'), 0.4, 0.1, '正常推进', null, null, null],
      ['3', '新增停车泊位', '新增停车泊位500个', '已新增停车泊位100个', '推进正常', '2025年12月', ...extra.map(() => '丙'), 0.2, 0.1, '正常推进', null, null, '旧'],
    ],
  });
}

describe('running again over the columns of an earlier run', () => {
  const DEFAULTS = OUTPUT_KEYS.filter((k) => k !== 'change').map((k) => DEFAULT_OUTPUT_HEADERS[k]);

  it('updates the six columns in place instead of adding six more', () => {
    const p = only(plan(withOutputColumns(DEFAULTS)));
    expect(letters(p)).toBe('G,H,I,J,K,L');
    expect(p.columns.every((c) => c.existing)).toBe(true);
    expect(valueAt(p, 'G2')).toBe('完成率');
    // the old values are replaced: 4 of 10 小区 now, and no stale notes
    expect(valueIn(p, 'completion', 4)).toBeCloseTo(0.4);
    expect(valueIn(p, 'notes', 3)).toBeNull();
  });

  it('reads none of the earlier output as input', () => {
    const { result } = plan(withOutputColumns(DEFAULTS));
    const columns = result.model.tables[0].table.columns;
    for (const letter of ['G', 'H', 'I', 'J', 'K', 'L']) {
      const column = columns.find((c) => c.col === columnIndex(letter));
      expect(column?.output).toBe(true);
      expect(column?.roles).toEqual([]);
    }
    // the status column of the earlier run is not read as the sheet's status word
    expect(result.model.tables[0].table.roleColumns.get('status')).toBe(columnIndex('E'));
  });

  it('follows the columns wherever the earlier run’s headers stand, in their order', () => {
    const shuffled = ['进度状态', '完成率', '序时进度', '校验提示', '本期计划', '下期计划'];
    const p = only(plan(withOutputColumns(shuffled)));
    const byKey = Object.fromEntries(p.columns.map((c) => [c.key, cellAddress(0, c.col).replace(/\d+$/, '')]));
    expect(byKey).toEqual({ status: 'G', completion: 'H', timeElapsed: 'I', notes: 'J', currentPlan: 'K', nextPlan: 'L' });
    expect(p.columns.every((c) => c.existing)).toBe(true);
  });

  it('keeps the existing columns and adds the missing ones after them', () => {
    const p = only(plan(withOutputColumns(['完成率', '序时进度', '进度状态'])));
    expect(letters(p)).toBe('G,H,I,J,K,L');
    expect(p.columns.map((c) => c.existing)).toEqual([true, true, true, false, false, false]);
  });

  it('finds no foreign content in its own columns, old values and all', () => {
    const planned = plan(withOutputColumns(DEFAULTS));
    expect(foreignContent(only(planned), planned.result.model.sheets[0])).toEqual([]);
  });

  it('writes a new set at startCol even when earlier columns exist', () => {
    const p = only(plan(withOutputColumns(DEFAULTS), { startCol: columnIndex('N') }));
    expect(letters(p)).toBe('N,O,P,Q,R,S');
    expect(p.columns.every((c) => !c.existing)).toBe(true);
  });
});

describe('the values', () => {
  // the bundled example, read as the file host reads it
  const example = (): ColumnPlan => only(plan(readWorkbookFile(EXAMPLE)));

  it('gives completion as a fraction and 序时进度 as the share of the year, both formatted 0.0%', () => {
    const p = example();
    expect(letters(p)).toBe('N,O,P,Q,R,S');
    // project 1: 更新课桌椅 and 学生宿舍; the lower of the two targets is 3 of 6 宿舍
    expect(valueIn(p, 'completion', 5)).toBeCloseTo(0.5);
    // 2025-06-30: 181 of 365 days
    expect(valueIn(p, 'timeElapsed', 5)).toBeCloseTo(181 / 365, 6);
    const formats = Object.fromEntries(p.columns.map((c) => [c.key, c.numberFormat]));
    expect(formats).toEqual({
      completion: '0.0%',
      timeElapsed: '0.0%',
      status: TEXT_FORMAT,
      currentPlan: TEXT_FORMAT,
      nextPlan: TEXT_FORMAT,
      notes: TEXT_FORMAT,
    });
    expect(TEXT_FORMAT).toBe('@');
  });

  it('gives the status word and this and next period’s plan', () => {
    const p = example();
    expect(valueIn(p, 'status', 5)).toBe('正常推进');
    expect(valueIn(p, 'currentPlan', 5)).toBe('二季度：更新课桌椅1200套,改造宿舍3处。');
    expect(valueIn(p, 'nextPlan', 5)).toBe('三季度：更新课桌椅1200套,改造宿舍3处。');
    // 完成时限 2025年5月 passed at 62.5%
    expect(valueIn(p, 'status', 10)).toBe('逾期未完成');
  });

  it('lists the findings of a row in 校验提示 as `cell：message`, after the lowest-target line', () => {
    const p = example();
    expect(valueIn(p, 'notes', 6)).toBe('E6：资金来源合计 200 万元 ≠ 计划总投资 210 万元');
    expect(valueIn(p, 'notes', 5)).toBe('完成率取 2 项目标中最低者（学生宿舍6处）');
    expect(valueIn(p, 'notes', 7)).toBe('完成率取 2 项目标中最低者（培训乡村医生200人）\nG7：县财政“50”是以文本形式存储的数字，求和时会被跳过');
    // the totals row has no item: only its finding is written there
    expect(valueIn(p, 'notes', 4)).toBe('E4：合计行计划总投资的求和公式漏掉第 12 行：全部项目合计 2244，公式结果 1944');
    expect(valueIn(p, 'completion', 4)).toBeNull();
    expect(valueIn(p, 'status', 4)).toBeNull();
  });

  it('names the lowest of three targets', () => {
    const p = only(plan(readShared('lanling')));
    expect(valueIn(p, 'notes', 28)).toBe(
      '完成率取 3 项目标中最低者（就业困难人员就业380人）\nF28：完成率 8.2%（31人 / 380人），落后序时进度 49.6% 超过 10 个百分点',
    );
    expect(valueIn(p, 'completion', 28)).toBeCloseTo(31 / 380, 4);
  });

  it('agrees with the engine’s progress for every item of every workbook', () => {
    for (const name of ['lianshui', 'lanling', 'linyi', 'shanting', 'tancheng'] as const) {
      const { result, plans } = plan(readShared(name));
      for (const item of result.progress.items) {
        const p = plans.find((q) => q.sheet === item.item.sheet && q.firstRow <= item.item.row && item.item.row <= q.lastRow);
        expect(p).toBeDefined();
        const row = item.item.row + 1;
        expect(valueIn(p!, 'completion', row)).toBe(item.completion.completion);
        expect(valueIn(p!, 'timeElapsed', row)).toBe(item.timeElapsed);
        expect(valueIn(p!, 'status', row)).toBe(item.status);
        expect(valueIn(p!, 'currentPlan', row)).toBe(item.currentPlan);
        // the sheet's own next-period plan stands where it has one
        if (p!.columns.some((c) => c.key === 'nextPlan')) expect(valueIn(p!, 'nextPlan', row)).toBe(item.nextPlan);
        else expect(p!.kept.map((k) => k.key)).toEqual(['nextPlan']);
      }
    }
  });
});

describe('较上期, after a comparison with last period', () => {
  const SHEET = '台账';
  const HEADERS = ['序号', '项目名称', '任务目标', '推进情况', '工作成效', '完成时限'];
  const PERIOD: LedgerSpec = {
    sheet: SHEET,
    title: '2025年二季度民生实事推进情况',
    headers: HEADERS,
    rows: [
      ['1', '新建公办幼儿园', '新建幼儿园4所', '已建成幼儿园1所', '推进正常', '2025年12月'],
      ['2', '改造老旧小区', '改造老旧小区10个', '完成改造4个', '推进正常', '2025年12月'],
      ['3', '新增停车泊位', '新增停车泊位500个', '已新增停车泊位100个', '推进正常', '2025年12月'],
    ],
  };
  const CHANGES: ItemChange[] = [
    {
      sheet: SHEET,
      row: 2,
      notes: [
        { zh: '完成率 +12.5 个百分点', en: 'completion +12.5 points' },
        { zh: '推进情况与上期相同', en: 'progress as last period' },
      ],
    },
    { sheet: SHEET, row: 4, notes: [{ zh: '新增事项', en: 'new item' }] },
    { sheet: '别的表', row: 3, notes: [{ zh: '新增事项', en: 'new item' }] },
  ];

  it('plans the six columns alone without the changes', () => {
    const p = only(plan(ledger(PERIOD)));
    expect(p.columns.map((c) => c.key)).toEqual(['completion', 'timeElapsed', 'status', 'currentPlan', 'nextPlan', 'notes']);
  });

  it('adds 较上期 after 校验提示, formatted as text: each item’s notes in one line, nothing where nothing changed', () => {
    const p = only(plan(ledger(PERIOD), { changes: CHANGES }));
    expect(letters(p)).toBe('G,H,I,J,K,L,M');
    const column = p.columns[6];
    expect([column.key, column.header, column.numberFormat, column.existing]).toEqual(['change', '较上期', TEXT_FORMAT, false]);
    expect(column.width).toBeGreaterThan(10);
    expect(valueAt(p, 'M2')).toBe('较上期');
    expect(valueIn(p, 'change', 3)).toBe('完成率 +12.5 个百分点；推进情况与上期相同');
    expect(valueIn(p, 'change', 4)).toBeNull();
    expect(valueIn(p, 'change', 5)).toBe('新增事项');
    // the other columns are as without a comparison
    expect(p.cells.filter((c) => c.col < column.col)).toEqual(only(plan(ledger(PERIOD))).cells);
  });

  it('plans the column with no changes at all, every item cell empty', () => {
    const p = only(plan(ledger(PERIOD), { changes: [] }));
    expect(p.columns.map((c) => c.header).at(-1)).toBe('较上期');
    for (const row of [3, 4, 5]) expect(valueIn(p, 'change', row)).toBeNull();
  });

  it('writes the notes in English with lang en', () => {
    const p = only(plan(ledger(PERIOD), { changes: CHANGES, lang: 'en' }));
    expect(valueIn(p, 'change', 3)).toBe('completion +12.5 points; progress as last period');
  });

  it('recognises its own 较上期 on a second run and updates the seven columns in place', () => {
    const headers = OUTPUT_KEYS.map((k) => DEFAULT_OUTPUT_HEADERS[k]);
    const filled = ledger({
      ...PERIOD,
      headers: [...HEADERS, ...headers],
      rows: PERIOD.rows.map((row) => [...row, 0.25, 0.5, '滞后', null, null, null, '新增事项']),
    });
    const { result, plans } = plan(filled, { changes: CHANGES });
    const p = only({ result, plans });
    expect(letters(p)).toBe('G,H,I,J,K,L,M');
    expect(p.columns.every((c) => c.existing)).toBe(true);
    expect(result.model.tables[0].table.columns.find((c) => c.col === columnIndex('M'))?.output).toBe(true);
    expect(foreignContent(p, result.model.sheets[0])).toEqual([]);
    expect(valueIn(p, 'change', 4)).toBeNull();
    // without a comparison the column is left as it stands
    expect(letters(only(plan(filled)))).toBe('G,H,I,J,K,L');
  });
});

describe('items spanning merged rows', () => {
  it('puts the values on the first row and merges the same rows in every new column', () => {
    const planned = plan(ledger(MERGED_ITEM));
    const p = only(planned);
    const item = planned.result.progress.items.find((i) => i.item.row === 3);
    expect(item && [item.item.row, item.item.rowEnd]).toEqual([3, 4]);
    expect(letters(p)).toBe('G,H,I,J,K,L');
    expect(a1s(p.merges)).toEqual(['G4:G5', 'H4:H5', 'I4:I5', 'J4:J5', 'K4:K5', 'L4:L5']);
    expect(valueAt(p, 'G4')).toBeCloseTo(0.4);
    expect(valueAt(p, 'I4')).toBe(item!.status);
    for (const letter of ['G', 'H', 'I', 'J', 'K', 'L']) expect(valueAt(p, `${letter}5`)).toBeNull();
    // the items around it are untouched by the merge
    expect(valueAt(p, 'G3')).toBeCloseTo(0.25);
    expect(valueAt(p, 'G6')).toBeCloseTo(0.2);
  });
});

describe('highlighting', () => {
  it('puts one rule set on the status column and a data bar on 完成率, over exactly the item rows', () => {
    for (const name of ['lianshui', 'lanling', 'linyi', 'shanting', 'tancheng'] as const) {
      const { result, plans } = plan(readShared(name));
      const p = plans[0];
      const table = result.model.tables.find((t) => t.items.length > 0)!.table;
      expect(p.highlights.map((h) => h.key).sort()).toEqual(['completion', 'status']);
      for (const h of p.highlights) {
        const col = colOf(p, h.key);
        expect(h.area).toEqual({ top: table.dataTop, bottom: table.dataBottom, left: col, right: col });
      }
    }
    // lianshui: the totals row 4 is written but not highlighted
    const lianshui = only(plan(readShared('lianshui')));
    expect(lianshui.highlights[0].area.top + 1).toBe(5);
    expect(lianshui.highlights[0].area.bottom + 1).toBe(54);
  });

  it('colours 已完成 green, 滞后 amber, 逾期未完成 red and leaves 超序时 and 正常推进 plain', () => {
    const p = only(plan(readShared('shanting')));
    const status = p.highlights.find((h) => h.key === 'status')!;
    const byText = Object.fromEntries(status.rules.map((r) => (r.type === 'textEquals' ? [r.text, r.fill] : ['', ''])));
    expect(byText).toEqual({ 已完成: 'FFC6EFCE', 滞后: 'FFFFEB9C', 逾期未完成: 'FFFFC7CE' });
    const completion = p.highlights.find((h) => h.key === 'completion')!;
    expect(completion.rules).toEqual([{ type: 'dataBar', color: expect.stringMatching(/^FF[0-9A-F]{6}$/) }]);
  });
});

describe('notes', () => {
  it('puts a note on each cell a finding points at, with the code and message', () => {
    const { result, plans } = plan(readShared('lanling'));
    const p = only({ result, plans });
    const cells = [...new Set(result.findings.map((f) => f.cell))].sort();
    expect(p.notes.map((n) => cellAddress(n.row, n.col)).sort()).toEqual(cells);
    const g9 = p.notes.find((n) => cellAddress(n.row, n.col) === 'G9');
    expect(g9?.text).toBe('台账助手 STATUS_INCONSISTENT：工作成效为「推进正常」，但项目推进情况写明已全部完成');
  });

  it('joins two findings on one cell into one note', () => {
    const p = only(plan(readShared('tancheng')));
    const d65 = p.notes.filter((n) => cellAddress(n.row, n.col) === 'D65');
    expect(d65).toHaveLength(1);
    expect(d65[0].text.split('\n').map((l) => l.split('：')[0])).toEqual([
      '台账助手 FILL_SERIES_SUSPECT',
      '台账助手 RATE_OUT_OF_RANGE',
    ]);
  });

  it('writes English messages with lang en', () => {
    const p = only(plan(readShared('lanling'), { lang: 'en' }));
    expect(p.notes.find((n) => cellAddress(n.row, n.col) === 'G9')?.text).toBe(
      '台账助手 STATUS_INCONSISTENT：工作成效 reads "推进正常", but the 项目推进情况 says the work is all done',
    );
    expect(valueIn(p, 'notes', 28)).toMatch(/^Completion is the lowest of 3 targets/);
  });
});

describe('content in the way', () => {
  it('finds the user’s cell in a column it would write', () => {
    const workbook = plantedCell('lianshui', 'P10', '已核实');
    const grid = workbook.sheets[0];
    grid.colCount = Math.max(grid.colCount, columnIndex('P') + 1);
    const planned = plan(workbook);
    // the lone text has no header, so the table still ends at N and the plan still takes O..T
    expect(letters(only(planned))).toBe('O,P,Q,R,S,T');
    expect(foreignContent(only(planned), planned.result.model.sheets[0])).toEqual(['P10']);
  });

  it('is not stopped by content above or below the rows it writes', () => {
    const workbook = plantedCell('lianshui', 'P1', '单位：万元');
    const grid = workbook.sheets[0];
    grid.cells[grid.rowCount + 1] = [];
    grid.cells[grid.rowCount + 1][columnIndex('Q')] = { value: '填报人：张三' };
    grid.rowCount += 2;
    grid.colCount = Math.max(grid.colCount, columnIndex('Q') + 1);
    const planned = plan(workbook);
    expect(letters(only(planned))).toBe('O,P,Q,R,S,T');
    expect(foreignContent(only(planned), planned.result.model.sheets[0])).toEqual([]);
  });

  it('finds nothing in empty columns', () => {
    const planned = plan(readShared('shanting'));
    expect(foreignContent(only(planned), planned.result.model.sheets[0])).toEqual([]);
  });

  it('finds a merge reaching into the new columns from the left, whose value writing would overwrite', () => {
    const workbook = ledger(MERGED_ITEM);
    const grid: Grid = workbook.sheets[0];
    const p = only(plan(workbook));
    expect(letters(p)).toBe('G,H,I,J,K,L');
    // a merge over an item row reaching past the table: F3:H3
    grid.merges.push(parseAreaAddress('F3:H3'));
    expect(foreignContent(p, grid)).toEqual(['G3', 'H3']);
    // a merge outside the written rows is no obstacle
    grid.merges.pop();
    grid.merges.push(parseAreaAddress('A1:J1'));
    expect(foreignContent(p, grid)).toEqual([]);
  });
});
