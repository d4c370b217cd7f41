import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import * as XLSX from 'xlsx';
import { areaAddress, cellAddress, columnIndex, parseAreaAddress, parseCellAddress } from '../../src/core/grid';
import { ColumnPlan, OutputKey } from '../../src/core/report/columnPlan';
import { annotateWorkbook } from '../../src/hosts/file/annotate';
import { FillOptions, FillResult, fillWorkbook } from '../../src/hosts/file/fill';
import { writeFileAtomically } from '../../src/hosts/file/node';
import { TEST_TODAY } from '../helpers/check';
import { capture } from '../helpers/cli';
import { cellState, conditionalFormats, merges, noteOf, notes, readExcel, writeExcel } from '../helpers/excel';
import { WORKBOOK_FILES, WorkbookName, sharedPath } from '../helpers/workbooks';

const EXAMPLE = path.resolve(__dirname, '..', '..', 'assets', 'examples', 'sample-ledger.xlsx');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-fill-'));

type Name = WorkbookName | 'example';
const NAMES: Name[] = [...(Object.keys(WORKBOOK_FILES) as WorkbookName[]), 'example'];

function pathOf(name: Name): string {
  return name === 'example' ? EXAMPLE : sharedPath(name);
}

function readBytes(file: string): Uint8Array {
  const buffer = fs.readFileSync(file);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function hashOf(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

async function fill(bytes: Uint8Array, fileName: string, options: Partial<FillOptions> = {}): Promise<FillResult & { bytes: Uint8Array }> {
  const result = await fillWorkbook(bytes, fileName, { today: TEST_TODAY, ...options });
  if (result.bytes === null) throw new Error(`nothing written: ${JSON.stringify(result.foreign)}`);
  return result as FillResult & { bytes: Uint8Array };
}

function letter(col: number): string {
  return cellAddress(0, col).replace(/\d+$/, '');
}

function columnOf(plan: ColumnPlan, key: OutputKey): number {
  return plan.columns.find((c) => c.key === key)!.col;
}

/** One workbook, its annotated copy, and both read back with ExcelJS. */
interface Filled {
  name: Name;
  input: ExcelJS.Workbook;
  output: ExcelJS.Workbook;
  result: FillResult & { bytes: Uint8Array };
}

const hashesBefore = new Map<Name, string>();
const filled = new Map<Name, Filled>();

beforeAll(async () => {
  for (const name of NAMES) {
    const file = pathOf(name);
    hashesBefore.set(name, hashOf(file));
    const bytes = readBytes(file);
    const result = await fill(bytes, path.basename(file));
    filled.set(name, { name, input: await readExcel(bytes), output: await readExcel(result.bytes), result });
  }
}, 120000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * Everything of the original stays as it was: sheets and their order, every cell of each sheet's
 * dimensions (value incl. rich text and formulas, format, style), merges, widths, heights, panes.
 * Notes on original cells may be added, and only the plan's.
 */
function expectOriginalKept(input: ExcelJS.Workbook, output: ExcelJS.Workbook, plans: ColumnPlan[]): void {
  expect(output.worksheets.map((s) => s.name)).toEqual(input.worksheets.map((s) => s.name));
  for (const before of input.worksheets) {
    const after = output.getWorksheet(before.name)!;
    const plan = plans.filter((p) => p.sheet === before.name);
    const differences: string[] = [];
    for (let r = 1; r <= before.rowCount; r++) {
      for (let c = 1; c <= before.columnCount; c++) {
        const was = cellState(before.getCell(r, c));
        const is = cellState(after.getCell(r, c));
        if (JSON.stringify(was) !== JSON.stringify(is)) differences.push(`${before.getCell(r, c).address}: ${JSON.stringify(was)} → ${JSON.stringify(is)}`);
      }
    }
    expect(differences).toEqual([]);
    // merges: all kept; the new ones are exactly the plan's, in its columns
    const mergesBefore = merges(before);
    const mergesAfter = merges(after);
    expect(mergesAfter).toEqual(expect.arrayContaining(mergesBefore));
    const added = mergesAfter.filter((m) => !mergesBefore.includes(m)).sort();
    expect(added).toEqual(plan.flatMap((p) => p.merges.map(areaAddress)).sort());
    for (let c = 1; c <= before.columnCount; c++) expect(after.getColumn(c).width).toBe(before.getColumn(c).width);
    for (let r = 1; r <= before.rowCount; r++) expect(after.getRow(r).height).toBe(before.getRow(r).height);
    expect(after.views).toEqual(before.views);
    // notes on original cells: the user's are kept, the others are the plan's
    const planned = new Map(plan.flatMap((p) => p.notes.map((n) => [cellAddress(n.row, n.col), n.text] as const)));
    const notesBefore = notes(before);
    for (const [address, text] of notes(after)) {
      const { col } = parseCellAddress(address);
      if (col >= before.columnCount) continue;
      expect([address, text]).toEqual([address, notesBefore.get(address) ?? planned.get(address)]);
    }
    for (const [address, text] of notesBefore) expect([address, noteOf(after.getCell(address))]).toEqual([address, text]);
    for (const [address, text] of planned) {
      if (!notesBefore.has(address)) expect([address, noteOf(after.getCell(address))]).toEqual([address, text]);
    }
  }
}

/** Style parts alike; an absent part and an empty one look the same. */
function sameStyle(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});
}

/** The new columns hold the plan: headers, values, formats, styles, widths, highlighting rules. */
function expectPlanWritten(input: ExcelJS.Workbook, output: ExcelJS.Workbook, plans: ColumnPlan[], styled = true): void {
  for (const plan of plans) {
    const before = input.getWorksheet(plan.sheet)!;
    const sheet = output.getWorksheet(plan.sheet)!;
    const byCol = new Map(plan.columns.map((c) => [c.col, c]));
    const headerSource = before.getCell(plan.headerStyleFrom.row + 1, plan.headerStyleFrom.col + 1);
    const dataSource = before.getCell(plan.dataStyleFrom.row + 1, plan.dataStyleFrom.col + 1);
    const wrong: string[] = [];
    for (const planned of plan.cells) {
      const cell = sheet.getCell(planned.row + 1, planned.col + 1);
      const column = byCol.get(planned.col)!;
      const isMergedAway = cell.type === ExcelJS.ValueType.Merge;
      const value = isMergedAway ? null : cell.value;
      if (value !== planned.value) wrong.push(`${cell.address} value ${JSON.stringify(value)} ≠ ${JSON.stringify(planned.value)}`);
      if (cell.formula !== undefined) wrong.push(`${cell.address} holds a formula`);
      if (typeof planned.value === 'string' && !isMergedAway && cell.type !== ExcelJS.ValueType.String)
        wrong.push(`${cell.address} type ${cell.type}`);
      if (planned.row <= plan.headerBottom) {
        for (const key of ['font', 'fill', 'border', 'alignment'] as const)
          if (!sameStyle(cell[key], headerSource[key])) wrong.push(`${cell.address} header ${key} ${JSON.stringify(cell[key])}`);
      } else {
        if (cell.numFmt !== column.numberFormat) wrong.push(`${cell.address} numFmt ${cell.numFmt}`);
        for (const key of styled ? (['border', 'font', 'fill'] as const) : [])
          if (!sameStyle(cell[key], dataSource[key])) wrong.push(`${cell.address} ${key} ${JSON.stringify(cell[key])} ≠ ${JSON.stringify(dataSource[key])}`);
        if (cell.alignment?.wrapText !== true) wrong.push(`${cell.address} not wrapped`);
      }
    }
    expect(wrong).toEqual([]);
    expect(sheet.getCell(plan.headerTop + 1, columnOf(plan, 'completion') + 1).value).toBe('完成率');
    const percent = plan.columns.filter((c) => c.numberFormat === '0.0%').map((c) => c.key);
    expect(percent).toEqual(['completion', 'timeElapsed']);
    for (const column of plan.columns) expect(sheet.getColumn(column.col + 1).width).toBe(column.width);
    // one rule set per highlighted column, over exactly the item rows
    const own = conditionalFormats(sheet).filter((cf) => {
      const area = parseAreaAddress(cf.ref);
      return plan.columns.some((c) => c.col === area.left) && area.top >= plan.firstRow && area.bottom <= plan.lastRow;
    });
    expect(own.map((cf) => cf.ref).sort()).toEqual(plan.highlights.map((h) => areaAddress(h.area)).sort());
    const status = own.find((cf) => cf.ref === areaAddress(plan.highlights.find((h) => h.key === 'status')!.area))!;
    const topLeft = `${letter(columnOf(plan, 'status'))}${plan.highlights[0].area.top + 1}`;
    expect(status.rules.map((r) => [r.type, r.formulae?.[0], r.style?.fill?.bgColor?.argb])).toEqual([
      ['expression', `${topLeft}="已完成"`, 'FFC6EFCE'],
      ['expression', `${topLeft}="滞后"`, 'FFFFEB9C'],
      ['expression', `${topLeft}="逾期未完成"`, 'FFFFC7CE'],
    ]);
    const bar = own.find((cf) => cf.ref === areaAddress(plan.highlights.find((h) => h.key === 'completion')!.area))!;
    expect(bar.rules).toHaveLength(1);
    expect(bar.rules[0]).toMatchObject({ type: 'dataBar', cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 1 }] });
    // Excel wants rule priorities unique on a sheet
    const priorities = conditionalFormats(sheet).flatMap((cf) => cf.rules.map((r) => r.priority));
    expect(new Set(priorities).size).toBe(priorities.length);
  }
}

describe('fill writes an annotated copy', () => {
  it.each(NAMES)('keeps every original cell, merge, width, height, pane and sheet of %s', (name) => {
    const { input, output, result } = filled.get(name)!;
    expect(result.foreign).toEqual([]);
    expectOriginalKept(input, output, result.plans);
  });

  it.each(NAMES)('writes the planned columns, formats, rules and notes into %s', (name) => {
    const { input, output, result } = filled.get(name)!;
    expect(result.plans).toHaveLength(1);
    expectPlanWritten(input, output, result.plans);
    const sheet = output.worksheets[0];
    // no cells beyond the new columns (five on shanting, whose own 4月份计划 stands for 下期计划)
    expect(sheet.columnCount).toBe(input.worksheets[0].columnCount + result.plans[0].columns.length);
    expect(result.plans[0].columns.length).toBe(name === 'shanting' ? 5 : 6);
    expect(sheet.rowCount).toBe(input.worksheets[0].rowCount);
  });

  it.each(NAMES)('keeps the frozen header of %s', (name) => {
    const { output } = filled.get(name)!;
    expect(output.worksheets[0].views).toEqual([expect.objectContaining({ state: 'frozen', xSplit: 0 })]);
  });

  it('places the lianshui columns at O..T with each header merged over rows 2–3', () => {
    const { output, result } = filled.get('lianshui')!;
    const sheet = output.getWorksheet('项目表')!;
    expect(result.plans[0].columns.map((c) => letter(c.col)).join('')).toBe('OPQRST');
    expect(merges(sheet)).toEqual(expect.arrayContaining(['O2:O3', 'P2:P3', 'Q2:Q3', 'R2:R3', 'S2:S3', 'T2:T3']));
    expect(['O2', 'P2', 'Q2', 'R2', 'S2', 'T2'].map((a) => sheet.getCell(a).value)).toEqual([
      '完成率',
      '序时进度',
      '进度状态',
      '本期计划',
      '下期计划',
      '校验提示',
    ]);
    // the header is styled like the table's: 黑体 bold on grey, as N2
    expect(sheet.getCell('O2').font).toEqual(sheet.getCell('N2').font);
    expect(sheet.getCell('O2').fill).toEqual(sheet.getCell('N2').fill);
    expect(sheet.getCell('O5').numFmt).toBe('0.0%');
    expect(sheet.getCell('R5').numFmt).toBe('@');
    expect(conditionalFormats(sheet).map((cf) => cf.ref).sort()).toEqual(['O5:O54', 'Q5:Q54']);
  });

  it('notes the cells the example’s findings point at', () => {
    const { output } = filled.get('example')!;
    const sheet = output.worksheets[0];
    expect([...notes(sheet).keys()].sort()).toEqual(['D9', 'E4', 'E6', 'G7', 'I8', 'J12', 'K11', 'L10']);
    expect(noteOf(sheet.getCell('E6'))).toBe('台账助手 SUM_MISMATCH：资金来源合计 200 万元 ≠ 计划总投资 210 万元');
    expect(sheet.getCell('S6').value).toBe('E6：资金来源合计 200 万元 ≠ 计划总投资 210 万元');
    expect(sheet.getCell('N5').value).toBe(0.5);
    expect(sheet.getCell('N5').numFmt).toBe('0.0%');
  });

  it('reads the copy back through the engine with the same findings', async () => {
    for (const name of NAMES) {
      const { result } = filled.get(name)!;
      const again = await fillWorkbook(result.bytes, 'copy.xlsx', { today: TEST_TODAY, asOf: result.check.model.asOf });
      expect(again.check.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(result.check.findings.map((f) => `${f.code} ${f.cell}`));
    }
  });
});

/** Another report date for each workbook, one that moves its 序时进度. */
const ANOTHER_DATE: Record<Name, string> = {
  lianshui: '2024-06-30',
  lanling: '2023-09-30',
  linyi: '2022-06-30',
  shanting: '2025-06-30',
  tancheng: '2025-06-30',
  example: '2025-09-30',
};

describe('fill on its own output', () => {
  for (const name of NAMES) {
    it(`updates the same columns of ${name}, with nothing added or doubled`, async () => {
      const first = filled.get(name)!;
      const second = await fill(first.result.bytes, 'copy.xlsx', { asOf: ANOTHER_DATE[name] });
      const output = await readExcel(second.bytes);
      expect(second.plans.map((p) => p.columns.map((c) => [c.col, c.existing]))).toEqual(
        first.result.plans.map((p) => p.columns.map((c) => [c.col, true])),
      );
      const before = first.output.worksheets[0];
      const after = output.worksheets[0];
      expect(after.columnCount).toBe(before.columnCount);
      expect(merges(after)).toEqual(merges(before));
      expect(conditionalFormats(after).map((cf) => cf.ref).sort()).toEqual(conditionalFormats(before).map((cf) => cf.ref).sort());
      // the original is still intact under the second run, and the columns hold the new plan
      expectOriginalKept(first.input, output, second.plans);
      expectPlanWritten(first.output, output, second.plans);
      // 序时进度 moved with the date
      const col = columnOf(second.plans[0], 'timeElapsed') + 1;
      const rows = second.check.progress.items.map((i) => i.item.row + 1);
      const changed = rows.filter((r) => before.getCell(r, col).value !== after.getCell(r, col).value);
      expect(changed.length).toBeGreaterThan(0);
      // a third run at the same date changes nothing
      const third = await fill(second.bytes, 'copy2.xlsx', { asOf: ANOTHER_DATE[name] });
      const again = (await readExcel(third.bytes)).worksheets[0];
      for (let r = 1; r <= after.rowCount; r++)
        for (let c = 1; c <= after.columnCount; c++) expect(cellState(again.getCell(r, c))).toEqual(cellState(after.getCell(r, c)));
      expect(notes(again)).toEqual(notes(after));
      expect(conditionalFormats(again)).toEqual(conditionalFormats(after));
    });
  }
});

describe('text that looks like a formula', () => {
  it('is stored as text with the @ format: =, -, + and @ alike', async () => {
    const { result } = filled.get('example')!;
    const plan: ColumnPlan = JSON.parse(JSON.stringify(result.plans[0]));
    const col = columnOf(plan, 'currentPlan');
    const texts: Record<number, string> = { 4: '=SUM(A1:A2)', 5: '-3', 6: '+1', 7: '@x' };
    for (const cell of plan.cells) if (cell.col === col && texts[cell.row] !== undefined) cell.value = texts[cell.row];
    const bytes = await annotateWorkbook(readBytes(EXAMPLE), 'sample-ledger.xlsx', [plan]);
    const sheet = (await readExcel(bytes)).worksheets[0];
    const raw = XLSX.read(bytes, { type: 'array', cellFormula: true }).Sheets['推进情况'];
    for (const [row, text] of Object.entries(texts)) {
      const address = cellAddress(Number(row), col);
      const cell = sheet.getCell(address);
      expect([address, cell.type, cell.value, cell.formula, cell.numFmt]).toEqual([address, ExcelJS.ValueType.String, text, undefined, '@']);
      expect([address, raw[address].t, raw[address].v, raw[address].f]).toEqual([address, 's', text, undefined]);
    }
  });

  it('writes no second 下期计划 beside the sheet’s own 4月份计划, whose cells keep what they hold, = included', async () => {
    const workbook = await readExcel(readBytes(sharedPath('shanting')));
    workbook.worksheets[0].getCell('G3').value = '=SUM(A1:A2)';
    workbook.worksheets[0].getCell('G4').value = '-3个';
    const result = await fill(await writeExcel(workbook), 'shanting.xlsx');
    const sheet = (await readExcel(result.bytes)).worksheets[0];
    expect(result.plans[0].columns.map((c) => c.key)).not.toContain('nextPlan');
    expect(result.plans[0].kept.map((k) => [k.key, letter(k.col), k.sheetHeader])).toEqual([['nextPlan', 'G', '4月份计划']]);
    expect([sheet.getCell('G3').value, sheet.getCell('G4').value]).toEqual(['=SUM(A1:A2)', '-3个']);
  });
});

describe('what the user put there stays', () => {
  async function exampleWith(change: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const workbook = await readExcel(readBytes(EXAMPLE));
    change(workbook.worksheets[0]);
    return writeExcel(workbook);
  }

  it('keeps the user’s notes, on a cell a finding points at and elsewhere, through two runs', async () => {
    const bytes = await exampleWith((sheet) => {
      sheet.getCell('E6').note = '财政局确认：210 万元含配套';
      sheet.getCell('B5').note = '重点项目';
    });
    const input = await readExcel(bytes);
    const first = await fill(bytes, 'noted.xlsx');
    const output = await readExcel(first.bytes);
    expectOriginalKept(input, output, first.plans);
    const sheet = output.worksheets[0];
    expect(noteOf(sheet.getCell('E6'))).toBe('财政局确认：210 万元含配套');
    expect(noteOf(sheet.getCell('B5'))).toBe('重点项目');
    expect(noteOf(sheet.getCell('G7'))).toMatch(/^台账助手 NUMBER_AS_TEXT：/);
    // the message still reaches the user through 校验提示
    expect(sheet.getCell('S6').value).toBe('E6：资金来源合计 200 万元 ≠ 计划总投资 210 万元');
    const second = await fill(first.bytes, 'noted2.xlsx');
    expect(notes((await readExcel(second.bytes)).worksheets[0])).toEqual(notes(sheet));
  });

  it('removes its own note when the finding is gone, and leaves no empty note behind', async () => {
    const first = filled.get('example')!;
    const workbook = await readExcel(first.result.bytes);
    // mend the number stored as text
    workbook.worksheets[0].getCell('G7').value = 50;
    const second = await fill(await writeExcel(workbook), 'mended.xlsx');
    expect(second.check.findings.some((f) => f.cell === 'G7')).toBe(false);
    const sheet = (await readExcel(second.bytes)).worksheets[0];
    expect(noteOf(sheet.getCell('G7'))).toBeUndefined();
    expect([...notes(sheet).keys()].sort()).toEqual(['D9', 'E4', 'E6', 'I8', 'J12', 'K11', 'L10']);
  });

  it('keeps the user’s own conditional formats, and a width the user gave Taizhang’s column', async () => {
    const bytes = await exampleWith((sheet) => {
      sheet.addConditionalFormatting({
        ref: 'B5:B12',
        rules: [{ type: 'expression', priority: 1, formulae: ['LEN(B5)>10'], style: { font: { bold: true } } }],
      });
    });
    const first = await fill(bytes, 'cf.xlsx');
    const once = await readExcel(first.bytes);
    expect(conditionalFormats(once.worksheets[0]).map((cf) => cf.ref).sort()).toEqual(['B5:B12', 'N5:N12', 'P5:P12']);
    once.worksheets[0].getColumn('Q').width = 50;
    const second = await fill(await writeExcel(once), 'cf2.xlsx');
    const twice = (await readExcel(second.bytes)).worksheets[0];
    expect(conditionalFormats(twice).map((cf) => cf.ref).sort()).toEqual(['B5:B12', 'N5:N12', 'P5:P12']);
    expect(conditionalFormats(twice).find((cf) => cf.ref === 'B5:B12')!.rules[0].formulae).toEqual(['LEN(B5)>10']);
    expect(twice.getColumn('Q').width).toBe(50);
    const priorities = conditionalFormats(twice).flatMap((cf) => cf.rules.map((r) => r.priority));
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it('writes nothing over a user’s cell in the target columns', async () => {
    const bytes = await exampleWith((sheet) => {
      sheet.getCell('P7').value = '已电话核实';
    });
    const result = await fillWorkbook(bytes, 'busy.xlsx', { today: TEST_TODAY });
    expect(result.bytes).toBeNull();
    expect(result.foreign).toEqual([{ sheet: '推进情况', cells: ['P7'], freeCol: columnIndex('Q') }]);
  });
});

describe('two tables on one sheet', () => {
  /** County and city projects, one table above the other, the same width. */
  async function twoTables(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('推进情况');
    const header = ['序号', '项目名称', '任务目标', '推进情况', '工作成效', '完成时限'];
    const rows: (string | null)[][] = [
      ['2025年上半年县级民生实事推进情况'],
      header,
      ['1', '新建公办幼儿园', '新建幼儿园4所', '已建成幼儿园1所', '推进正常', '2025年12月'],
      ['2', '改造老旧小区', '改造老旧小区10个', '已改造老旧小区4个', '推进正常', '2025年3月'],
      ['3', '新增停车泊位', '新增停车泊位500个', '已新增停车泊位100个', '推进正常', '2025年12月'],
      [],
      ['2025年上半年市级民生实事推进情况'],
      header,
      ['1', '建设口袋公园', '建设口袋公园8处', '已建成口袋公园2处', '推进正常', '2025年4月'],
      ['2', '新建养老床位', '新建养老床位300张', '已建成养老床位150张', '推进正常', '2025年12月'],
      ['3', '更新公交车辆', '更新公交车辆40辆', '已更新公交车辆20辆', '推进正常', '2025年12月'],
    ];
    rows.forEach((values, r) => values.forEach((v, c) => (sheet.getCell(r + 1, c + 1).value = v)));
    for (const r of [2, 8]) for (let c = 1; c <= 6; c++) sheet.getCell(r, c).font = { bold: true };
    sheet.mergeCells('A1:F1');
    sheet.mergeCells('A7:F7');
    return writeExcel(workbook);
  }

  it('writes both tables’ columns, rules and notes without one clearing the other', async () => {
    const bytes = await twoTables();
    const result = await fill(bytes, 'two.xlsx', { asOf: '2025-06-30' });
    expect(result.plans).toHaveLength(2);
    expect(result.plans.map((p) => p.columns.map((c) => letter(c.col)).join(''))).toEqual(['GHIJKL', 'GHIJKL']);
    const input = await readExcel(bytes);
    const output = await readExcel(result.bytes);
    expectOriginalKept(input, output, result.plans);
    // (the data cells here have no style of their own: ExcelJS gives the copies its default font)
    expectPlanWritten(input, output, result.plans, false);
    const sheet = output.worksheets[0];
    expect([sheet.getCell('G2').value, sheet.getCell('G8').value]).toEqual(['完成率', '完成率']);
    expect(conditionalFormats(sheet).map((cf) => cf.ref).sort()).toEqual(['G3:G5', 'G9:G11', 'I3:I5', 'I9:I11']);
    // the findings of both tables keep their notes
    const cells = [...notes(sheet).keys()].sort();
    expect(cells).toEqual([...new Set(result.check.findings.map((f) => f.cell))].sort());
    expect(cells.some((a) => parseCellAddress(a).row < 6) && cells.some((a) => parseCellAddress(a).row > 7)).toBe(true);
    // and again, over its own output
    const again = await fill(result.bytes, 'two2.xlsx', { asOf: '2025-06-30' });
    expect(again.plans.every((p) => p.columns.every((c) => c.existing))).toBe(true);
    const twice = (await readExcel(again.bytes)).worksheets[0];
    expect(conditionalFormats(twice).map((cf) => cf.ref).sort()).toEqual(['G3:G5', 'G9:G11', 'I3:I5', 'I9:I11']);
    expect(notes(twice)).toEqual(notes(sheet));
  });
});

describe('writing atomically', () => {
  it('leaves nothing when the folder does not exist', () => {
    const target = path.join(dir, 'missing', 'out.xlsx');
    expect(() => writeFileAtomically(target, new Uint8Array([1, 2, 3]))).toThrow();
    expect(fs.existsSync(path.join(dir, 'missing'))).toBe(false);
  });

  it('leaves no temporary file when the rename fails, and the target as it was', () => {
    const folder = fs.mkdtempSync(path.join(dir, 'rename-'));
    const target = path.join(folder, 'out.xlsx');
    // a folder with a file in it cannot be replaced by a file
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'keep.txt'), 'keep');
    expect(() => writeFileAtomically(target, new Uint8Array([1, 2, 3]))).toThrow();
    expect(fs.readdirSync(folder)).toEqual(['out.xlsx']);
    expect(fs.readFileSync(path.join(target, 'keep.txt'), 'utf8')).toBe('keep');
  });

  it('replaces an existing file whole, with no temporary file left', () => {
    const folder = fs.mkdtempSync(path.join(dir, 'replace-'));
    const target = path.join(folder, 'out.xlsx');
    fs.writeFileSync(target, 'x'.repeat(1000));
    writeFileAtomically(target, new Uint8Array([1, 2, 3]));
    expect([...fs.readFileSync(target)]).toEqual([1, 2, 3]);
    expect(fs.readdirSync(folder)).toEqual(['out.xlsx']);
  });
});

describe('taizhang fill', () => {
  function exampleCopy(name = '推进台账.xlsx'): { folder: string; file: string } {
    const folder = fs.mkdtempSync(path.join(dir, 'cli-'));
    const file = path.join(folder, name);
    fs.copyFileSync(EXAMPLE, file);
    return { folder, file };
  }

  it('says in one line when the copy cannot be written, and leaves the input as it was', async () => {
    const { folder, file } = exampleCopy();
    const before = hashOf(file);
    const { code, stdout, stderr } = await capture(['fill', file, '-o', path.join(folder, 'missing', 'out.xlsx')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toMatch(/^taizhang: 无法写入「.*out\.xlsx」：文件夹不存在（原文件未改动）$/);
    expect(hashOf(file)).toBe(before);
    expect(fs.readdirSync(folder)).toEqual(['推进台账.xlsx']);
  });

  it('writes `<name>.台账助手.xlsx` beside the input and says where', async () => {
    const { folder, file } = exampleCopy();
    const before = hashOf(file);
    const { code, stdout, stderr } = await capture(['fill', file]);
    const written = path.join(folder, '推进台账.台账助手.xlsx');
    expect(stderr).toBe('');
    // the example has errors: exit 1, as check
    expect(code).toBe(1);
    expect(stdout).toContain(`已写入：${written}`);
    expect(stdout).toContain('新增列：完成率、序时进度、进度状态、本期计划、下期计划、校验提示');
    expect(fs.readdirSync(folder).sort()).toEqual(['推进台账.台账助手.xlsx', '推进台账.xlsx'].sort());
    expect(hashOf(file)).toBe(before);
    const sheet = (await readExcel(readBytes(written))).worksheets[0];
    expect(sheet.getCell('N2').value).toBe('完成率');
    // its own output again: the columns are updated
    const again = await capture(['fill', written, '--as-of', '2025-09-30', '-o', path.join(folder, 'again.xlsx')]);
    expect(again.stdout).toContain(`已写入：${path.join(folder, 'again.xlsx')}`);
    expect(again.stdout).toContain('更新了原有的列：');
    const updated = (await readExcel(readBytes(path.join(folder, 'again.xlsx')))).worksheets[0];
    expect(updated.columnCount).toBe(sheet.columnCount);
    expect(updated.getCell('O5').value).toBeCloseTo(273 / 365, 6);
  });

  it('refuses to write over its input, however the path is spelled', async () => {
    const { folder, file } = exampleCopy();
    const before = hashOf(file);
    fs.symlinkSync(file, path.join(folder, 'link.xlsx'));
    for (const output of [file, path.join(folder, '.', '推进台账.xlsx'), path.join(folder, 'link.xlsx')]) {
      const { code, stdout, stderr } = await capture(['fill', file, '-o', output]);
      expect([output, code]).toEqual([output, 2]);
      expect(stdout).toBe('');
      expect(stderr).toContain('输出文件不能是输入文件本身');
    }
    const linked = await capture(['fill', path.join(folder, 'link.xlsx'), '-o', file]);
    expect(linked.code).toBe(2);
    expect(hashOf(file)).toBe(before);
    expect(fs.readdirSync(folder).sort()).toEqual(['link.xlsx', '推进台账.xlsx'].sort());
  });

  it('refuses when the user’s content sits in the target columns, names the cells and suggests --columns', async () => {
    const { folder, file } = exampleCopy('busy.xlsx');
    const workbook = await readExcel(readBytes(file));
    // a remark typed beside the table, with no header over it
    workbook.worksheets[0].getCell('N7').value = '已电话核实';
    fs.writeFileSync(file, await writeExcel(workbook));
    const before = hashOf(file);
    const refused = await capture(['fill', file]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('未写入');
    expect(refused.stderr).toContain('推进情况!N7');
    expect(refused.stderr).toContain('--columns O');
    expect(fs.readdirSync(folder)).toEqual(['busy.xlsx']);
    // where it suggests
    const out = path.join(folder, 'out.xlsx');
    const { code, stdout } = await capture(['fill', file, '--columns', 'O', '-o', out]);
    expect(code).toBe(1);
    expect(stdout).toContain(`已写入：${out}`);
    const sheet = (await readExcel(readBytes(out))).worksheets[0];
    expect(['N2', 'N7', 'O2', 'T2'].map((a) => sheet.getCell(a).value)).toEqual([null, '已电话核实', '完成率', '校验提示']);
    expect(hashOf(file)).toBe(before);
    // and over that copy, without --columns: its own columns are found and updated
    const again = await capture(['fill', out, '-o', path.join(folder, 'again.xlsx')]);
    expect(again.stdout).toContain('更新了原有的列：');
    const updated = (await readExcel(readBytes(path.join(folder, 'again.xlsx')))).worksheets[0];
    expect(['N7', 'O2', 'T2', 'U2'].map((a) => updated.getCell(a).value)).toEqual(['已电话核实', '完成率', '校验提示', null]);
  });

  it('suggests the first column clear of the user’s content', async () => {
    const { file } = exampleCopy('busier.xlsx');
    const workbook = await readExcel(readBytes(file));
    workbook.worksheets[0].getCell('N7').value = '已核实';
    workbook.worksheets[0].getCell('R10').value = '表外备注';
    // a remark under the table is in no one's way
    workbook.worksheets[0].getCell('O30').value = '填报人：张三';
    fs.writeFileSync(file, await writeExcel(workbook));
    const refused = await capture(['fill', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('推进情况!N7、R10');
    // O..T would meet R10: S is the first start with six free columns
    expect(refused.stderr).toContain('--columns S');
    const out = path.join(path.dirname(file), 'out.xlsx');
    expect((await capture(['fill', file, '--columns', 'S', '-o', out])).code).toBe(1);
    const sheet = (await readExcel(readBytes(out))).worksheets[0];
    expect(['N7', 'R10', 'O30', 'S2', 'X2'].map((a) => sheet.getCell(a).value)).toEqual(['已核实', '表外备注', '填报人：张三', '完成率', '校验提示']);
  });

  it('fails cleanly when the output folder does not exist, leaving the input as it was', async () => {
    const { folder, file } = exampleCopy();
    const before = hashOf(file);
    const { code, stdout, stderr } = await capture(['fill', file, '-o', path.join(folder, 'missing', 'out.xlsx')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^taizhang: /);
    expect(fs.readdirSync(folder)).toEqual(['推进台账.xlsx']);
    expect(hashOf(file)).toBe(before);
  });

  it('says what is wrong with a call', async () => {
    const { folder, file } = exampleCopy();
    const badColumn = await capture(['fill', file, '--columns', '1A']);
    expect([badColumn.code, badColumn.stderr]).toEqual([2, expect.stringContaining('--columns 应为列字母')]);
    const twoFiles = await capture(['fill', file, EXAMPLE]);
    expect([twoFiles.code, twoFiles.stderr]).toEqual([2, expect.stringContaining('fill 一次处理一个文件')]);
    const garbage = path.join(folder, 'garbage.xlsx');
    fs.writeFileSync(garbage, crypto.randomBytes(2000));
    const unreadable = await capture(['fill', garbage]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain('garbage.xlsx');
    expect(fs.readdirSync(folder).sort()).toEqual(['garbage.xlsx', '推进台账.xlsx'].sort());
  });

  it('writes an .xlsx copy of an .xls input', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'xls-'));
    const book = XLSX.read(readBytes(EXAMPLE), { type: 'array', cellFormula: true, cellStyles: true });
    const xls = path.join(folder, 'old.xls');
    fs.writeFileSync(xls, XLSX.write(book, { type: 'buffer', bookType: 'biff8' }));
    const { code, stdout } = await capture(['fill', xls]);
    expect(code).toBe(1);
    expect(stdout).toContain(`已写入：${path.join(folder, 'old.台账助手.xlsx')}`);
    const sheet = (await readExcel(readBytes(path.join(folder, 'old.台账助手.xlsx')))).worksheets[0];
    expect(sheet.getCell('N2').value).toBe('完成率');
    expect(sheet.getCell('B5').value).toBe(book.Sheets[book.SheetNames[0]]['B5'].v);
  });
});

describe('a CSV input', () => {
  const CSV =
    '2025年一季度民生实事推进情况,,,,,\n序号,项目名称,任务目标,推进情况,工作成效,完成时限\n' +
    '01,新建公办幼儿园,新建幼儿园4所,=1+1,推进正常,2025年12月\n' +
    '02,改造老旧小区,改造老旧小区10个,已改造老旧小区4个,推进正常,2025-12\n' +
    '03,新增停车泊位,新增停车泊位500个,已新增停车泊位100个,推进正常,1/2\n';

  it.each([
    ['UTF-8', 'utf8'],
    ['GBK', 'gbk'],
  ] as const)('is copied as the check read it (%s): text stays text, and the columns are written', async (_, encoding) => {
    const folder = fs.mkdtempSync(path.join(dir, 'csv-'));
    const file = path.join(folder, '[一季度]台账.csv');
    fs.writeFileSync(file, encoding === 'gbk' ? iconv.encode(CSV, 'gbk') : CSV);
    const { code, stdout, stderr } = await capture(['fill', file, '--as-of', '2025-03-31']);
    expect([code, stderr]).toEqual([0, '']);
    const written = path.join(folder, '[一季度]台账.台账助手.xlsx');
    expect(stdout).toContain(`已写入：${written}`);
    const workbook = await readExcel(readBytes(written));
    // Excel allows no [ ] in a sheet name
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['_一季度_台账']);
    const sheet = workbook.worksheets[0];
    expect(['A3', 'D3', 'F4', 'F5', 'B2'].map((a) => [sheet.getCell(a).type, sheet.getCell(a).value])).toEqual([
      [ExcelJS.ValueType.String, '01'],
      [ExcelJS.ValueType.String, '=1+1'],
      [ExcelJS.ValueType.String, '2025-12'],
      [ExcelJS.ValueType.String, '1/2'],
      [ExcelJS.ValueType.String, '项目名称'],
    ]);
    expect(['G2', 'L2'].map((a) => sheet.getCell(a).value)).toEqual(['完成率', '校验提示']);
    expect(sheet.getCell('G4').value).toBeCloseTo(0.4);
  });
});

describe('the inputs', () => {
  it('are byte for byte what they were before any fill', () => {
    for (const name of NAMES) expect([name, hashOf(pathOf(name))]).toEqual([name, hashesBefore.get(name)]);
  });
});
