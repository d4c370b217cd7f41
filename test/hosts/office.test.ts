import { CheckOptions } from '../../src/core/check';
import { Workbook, cellAddress, columnIndex, parseCellAddress } from '../../src/core/grid';
import { totalsFormulaFixes } from '../../src/core/report/fixes';
import { ColumnPlan, columnPlansFor } from '../../src/core/report/columnPlan';
import { OfficeCheck, checkSheet } from '../../src/hosts/office/check';
import { applyFixes } from '../../src/hosts/office/fixes';
import { canUndo, undoLastAction } from '../../src/hosts/office/undo';
import { writeBack } from '../../src/hosts/office/write';
import { NO_NOTE_CHANGES, packRequests, planBatches } from '../../src/hosts/office/writePlan';
import { WriteFailedError } from '../../src/hosts/office/writeFailure';
import { CreateOptions, ErrorCodes, ExcelSimulator, SheetDump, WorkbookDump, createExcelSimulator } from '../excelSimulator';
import { bigLianshui } from '../helpers/bigLedger';
import { TEST_TODAY } from '../helpers/check';
import { OfficeWorkbook, readOfficeWorkbook } from '../helpers/officeWorkbook';

const OPTIONS: CheckOptions = { today: TEST_TODAY, asOf: '2024-09-30' };
const SHEET = '项目表';
const FOUR_MB = 4 * 1024 * 1024;
const OUTPUT = ['O', 'P', 'Q', 'R', 'S', 'T'];

let lianshui: OfficeWorkbook;
let restore: (() => void) | null = null;

beforeAll(async () => {
  lianshui = await readOfficeWorkbook('lianshui');
});

afterEach(() => {
  restore?.();
  restore = null;
});

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A simulator over lianshui (with the file's own formats and widths) installed as the Office/Excel globals. */
function simulate(options: CreateOptions = {}, workbook: Workbook = clone(lianshui.workbook)): ExcelSimulator {
  const sim = createExcelSimulator(workbook, { styles: clone(lianshui.styles), ...options });
  restore = sim.install();
  return sim;
}

const check = (sim: ExcelSimulator): Promise<OfficeCheck> => sim.run((context) => checkSheet(context, OPTIONS));

/** Compares two dumps as JSON first (deep equality over a 10,000-row sheet is slow), then narrows a difference down. */
function expectSameWorkbook(actual: WorkbookDump, expected: WorkbookDump): void {
  if (JSON.stringify(actual) === JSON.stringify(expected)) return;
  expect(actual.settings).toEqual(expected.settings);
  actual.sheets.forEach((sheet, i) => {
    const { cells: got, ...gotRest } = sheet;
    const { cells: want, ...wantRest } = expected.sheets[i];
    expect(gotRest).toEqual(wantRest);
    const differing = [...new Set([...Object.keys(got), ...Object.keys(want)])]
      .filter((a) => JSON.stringify(got[a]) !== JSON.stringify(want[a]))
      .slice(0, 5);
    expect(Object.fromEntries(differing.map((a) => [a, got[a]]))).toEqual(Object.fromEntries(differing.map((a) => [a, want[a]])));
  });
  expect(actual).toEqual(expected);
}

function columnOf(address: string): number {
  return parseCellAddress(address).col;
}

/** The cells of a dump outside the given columns. */
function cellsOutside(dump: SheetDump, first: string, last: string): SheetDump['cells'] {
  const from = columnIndex(first);
  const to = columnIndex(last);
  return Object.fromEntries(Object.entries(dump.cells).filter(([address]) => columnOf(address) < from || columnOf(address) > to));
}

/** Every planned cell holds the planned value, none a formula (compared in one go: a plan may have 60,000 cells). */
function expectPlanWritten(sim: ExcelSimulator, plan: ColumnPlan): void {
  const sheet = sim.state.sheets.find((s) => s.name === plan.sheet)!;
  const got = plan.cells.map((c) => {
    const cell = sheet.cells[c.row]?.[c.col];
    return [cellAddress(c.row, c.col), cell?.value ?? null, cell?.formula ?? null];
  });
  const want = plan.cells.map((c) => [cellAddress(c.row, c.col), c.value, null]);
  if (JSON.stringify(got) !== JSON.stringify(want)) expect(got).toEqual(want);
}

describe('the Office host in the Excel simulator: lianshui', () => {
  it('checks and writes in 3 requests, each far under 4 MB, leaving every original cell as it was', async () => {
    const sim = simulate();
    const before = sim.dumpSheet(SHEET);
    const checked = await check(sim);
    expect(sim.stats.syncs).toBe(1);
    expect(checked.snapshot.requests).toBe(1);
    const plans = columnPlansFor(checked.result);
    expect(plans).toHaveLength(1);
    const outcome = await sim.run((context) => writeBack(context, checked));
    expect(outcome).toEqual({ status: 'written', requests: 1, columns: OUTPUT });
    expect(sim.stats.syncs).toBe(3);
    for (const request of sim.stats.requests) {
      expect(request.bytes).toBeLessThan(FOUR_MB);
      expect(request.responseBytes).toBeLessThan(FOUR_MB);
      expect(request.error).toBeUndefined();
      expect(request.singleCellFormatCalls).toBe(0);
      expect(request.perCellFormatValues).toBe(0);
    }
    const writing = sim.stats.requests[2];
    expect(writing).toMatchObject({ calculationSuspended: true, screenUpdatingSuspended: true });
    expect(sim.state.enableEvents).toBe(true);

    const after = sim.dumpSheet(SHEET);
    // nothing of the user's changed: every cell left of O, the merges, the widths of A..N
    expect(cellsOutside(after, 'O', 'T')).toEqual(before.cells);
    expect(after.merges.filter((m) => columnOf(m.split(':')[0]) < 14)).toEqual(before.merges);
    expect(Object.fromEntries(Object.entries(after.columnWidths).filter(([letter]) => !OUTPUT.includes(letter)))).toEqual(before.columnWidths);

    const [plan] = plans;
    expectPlanWritten(sim, plan);
    expect(sim.cell('O2').value).toBe('完成率');
    expect(sim.cell('T2').value).toBe('校验提示');
    expect(after.merges.filter((m) => columnOf(m.split(':')[0]) >= 14)).toEqual(OUTPUT.map((c) => `${c}2:${c}3`));
    for (const row of [5, 30, 54]) {
      expect(sim.cell(`O${row}`).numberFormat).toBe('0.0%');
      expect(sim.cell(`P${row}`).numberFormat).toBe('0.0%');
      for (const c of ['Q', 'R', 'S', 'T']) expect(sim.cell(`${c}${row}`).numberFormat).toBe('@');
    }
    // the header copies the table's header cell, the data cells its data cell
    expect(sim.cell('O2').format).toEqual(sim.cell('N2').format);
    expect(sim.cell('R30').format).toEqual({ ...sim.cell('N5').format, verticalAlignment: 'Center', wrapText: true });
    expect(after.conditionalFormats).toEqual([
      expect.objectContaining({ type: 'ContainsText', areas: ['Q5:Q54'], textComparison: expect.objectContaining({ rule: { operator: 'Contains', text: '已完成' } }) }),
      expect.objectContaining({ type: 'ContainsText', areas: ['Q5:Q54'], textComparison: expect.objectContaining({ rule: { operator: 'Contains', text: '滞后' } }) }),
      expect.objectContaining({ type: 'ContainsText', areas: ['Q5:Q54'], textComparison: expect.objectContaining({ rule: { operator: 'Contains', text: '逾期未完成' } }) }),
      expect.objectContaining({ type: 'DataBar', areas: ['O5:O54'], dataBar: expect.objectContaining({ positiveFillColor: '#63BE7B' }) }),
    ]);
    expect(after.columnWidths).toMatchObject({ O: 60, P: 60, Q: 72, R: 216, S: 216, T: 252 });
    // a note on every cell a finding points at, and nowhere else
    const findingCells = [...new Set(checked.result.findings.map((f) => f.cell))].sort();
    expect(findingCells).toEqual(expect.arrayContaining(['F4', 'G4', 'H4', 'I4', 'J4', 'K4']));
    expect(Object.keys(after.notes).sort()).toEqual(findingCells);
    expect(after.notes.F4).toMatch(/^台账助手 TOTAL_NOT_FORMULA：合计行的项目计划总投资 69911.5/);
    expect(after.comments).toEqual({});
  });

  it('undoes a write exactly: values, formulas, number formats, formats, merges, notes, conditional formats, widths, settings', async () => {
    const sim = simulate();
    const before = sim.dump();
    const checked = await check(sim);
    await sim.run((context) => writeBack(context, checked));
    expect(sim.dump()).not.toEqual(before);
    expect(await sim.run((context) => canUndo(context))).toBe(true);
    expect(await sim.run((context) => undoLastAction(context))).toEqual({ kind: 'write' });
    expectSameWorkbook(sim.dump(), before);
    expect(await sim.run((context) => canUndo(context))).toBe(false);
    expect(await sim.run((context) => undoLastAction(context))).toBeNull();
  });

  it('undoes after the pane was closed and opened again: the state comes from the workbook settings', async () => {
    const sim = simulate();
    const before = sim.dump();
    // one pane session checks and writes …
    await sim.run(async (context) => {
      const checked = await checkSheet(context, OPTIONS);
      await writeBack(context, checked);
    });
    // … a new one, with fresh objects and nothing in memory, takes it back
    const sessionStart = sim.stats.syncs;
    expect(await sim.run((context) => undoLastAction(context))).toEqual({ kind: 'write' });
    expect(sim.stats.syncs - sessionStart).toBe(3);
    expectSameWorkbook(sim.dump(), before);
  });

  it('restores cells the user had formatted in the target columns, and their widths', async () => {
    const styles = clone(lianshui.styles);
    styles[SHEET].formats = {
      ...styles[SHEET].formats,
      'O2:T54': { fill: { color: '#FFF2CC' }, borders: { bottom: { style: 'Dash', color: '#FF0000', weight: 'Thin' } } },
      P7: { font: { italic: true, color: '#0070C0' }, horizontalAlignment: 'Right' },
    };
    styles[SHEET].columnWidths = { ...styles[SHEET].columnWidths, Q: 99 };
    const sim = simulate({ styles });
    const before = sim.dump();
    const checked = await check(sim);
    await sim.run((context) => writeBack(context, checked));
    expect(sim.cell('P7').format.font.italic).toBe(false);
    await sim.run((context) => undoLastAction(context));
    expectSameWorkbook(sim.dump(), before);
  });

  it('writes from a check made before another write, reading the state again, and both writes undo in turn', async () => {
    const sim = simulate();
    const before = sim.dump();
    const stale = await check(sim);
    // another pane (or an earlier click) writes after this check was made
    await sim.run(async (context) => writeBack(context, await check(sim)));
    const afterOther = sim.dump();
    const outcome = await sim.run((context) => writeBack(context, stale));
    expect(outcome).toMatchObject({ status: 'written', columns: OUTPUT });
    await sim.run((context) => undoLastAction(context));
    expectSameWorkbook(sim.dump(), afterOther);
    await sim.run((context) => undoLastAction(context));
    expectSameWorkbook(sim.dump(), before);
  });

  it('updates its own columns on a second write, and undoing that puts the first write back', async () => {
    const sim = simulate();
    const first = await check(sim);
    await sim.run((context) => writeBack(context, first));
    const afterFirst = sim.dump();
    // the user edits a plan, so the second run writes something else
    const l5 = sim.state.sheets[0].cells[4][11]!;
    l5.value = String(l5.value).replace('三季度：', '三季度：新增民办园普惠认定，');
    const afterEdit = sim.dump();
    const second = await check(sim);
    const plans = columnPlansFor(second.result);
    expect(plans[0].columns.every((c) => c.existing)).toBe(true);
    const outcome = await sim.run((context) => writeBack(context, second));
    expect(outcome).toMatchObject({ status: 'written', columns: OUTPUT });
    expect(String(sim.cell('R5').value)).toContain('新增民办园普惠认定');
    expect(Object.keys(sim.dumpSheet(SHEET).notes).sort()).toEqual(Object.keys(afterFirst.sheets[0].notes).sort());
    await sim.run((context) => undoLastAction(context));
    expectSameWorkbook(sim.dump(), { ...afterEdit, settings: afterFirst.settings });
    await sim.run((context) => undoLastAction(context));
    const original = createExcelSimulator(clone(lianshui.workbook), { styles: clone(lianshui.styles) });
    original.state.sheets[0].cells[4][11]!.value = l5.value;
    expectSameWorkbook(sim.dump(), original.dump());
  });

  it('drops its notes from cells whose findings are gone when it writes again, and undoes write, fix and write in turn', async () => {
    const sim = simulate();
    const original = sim.dump();
    const first = await check(sim);
    await sim.run((context) => writeBack(context, first));
    const written = sim.dump();
    // the fix comes from the same check as the write: the host reads the state as it is now
    await sim.run((context) => applyFixes(context, first, totalsFormulaFixes(first.result.model)));
    const fixed = sim.dump();
    const second = await check(sim);
    expect(second.result.findings.some((f) => f.code === 'TOTAL_NOT_FORMULA')).toBe(false);
    await sim.run((context) => writeBack(context, second));
    expect(Object.keys(sim.dumpSheet(SHEET).notes).filter((a) => /^[F-K]4$/.test(a))).toEqual([]);
    expect(await sim.run((context) => undoLastAction(context))).toEqual({ kind: 'write' });
    expectSameWorkbook(sim.dump(), fixed);
    expect(await sim.run((context) => undoLastAction(context))).toEqual({ kind: 'fix' });
    expectSameWorkbook(sim.dump(), written);
    expect(await sim.run((context) => undoLastAction(context))).toEqual({ kind: 'write' });
    expectSameWorkbook(sim.dump(), original);
  });

  it('keeps five actions undoable and no more, dropping the settings of older ones', async () => {
    const sim = simulate();
    const checked = await check(sim);
    for (let i = 0; i < 7; i++) {
      const again = await check(sim);
      await sim.run((context) => writeBack(context, i === 0 ? checked : again));
    }
    const head = JSON.parse(String(sim.state.settings.get('taizhang.state'))) as { actions: { id: string; undoable: boolean }[] };
    expect(head.actions.filter((a) => a.undoable)).toHaveLength(5);
    // the oldest undoable write still needs the plan of the write before it, and nothing older
    expect(head.actions).toHaveLength(6);
    const keys = [...sim.state.settings.keys()].filter((k) => k.startsWith('taizhang.action.'));
    expect(new Set(keys.map((k) => k.split('.')[2]))).toEqual(new Set(head.actions.map((a) => a.id)));
    for (let i = 0; i < 5; i++) expect(await sim.run((context) => undoLastAction(context))).toEqual({ kind: 'write' });
    expect(await sim.run((context) => undoLastAction(context))).toBeNull();
    // back to the first write's columns: the oldest undo writes again the plan it replaced
    expect(sim.cell('O2').value).toBe('完成率');
    expect([...sim.state.settings.keys()]).toEqual([]);
  });

  it('refuses to overwrite content of the user’s in the target columns, naming the cells, and writes where it is told', async () => {
    const sim = simulate();
    sim.state.sheets[0].cells[9][15] = { value: '备注' };
    const before = sim.dump();
    const checked = await check(sim);
    const outcome = await sim.run((context) => writeBack(context, checked));
    expect(outcome).toEqual({ status: 'refused', cells: ['P10'], suggestedColumn: 'V' });
    expectSameWorkbook(sim.dump(), before);
    expect(sim.stats.syncs).toBe(1);
    const moved = await sim.run((context) => writeBack(context, checked, { startCol: columnIndex('V') }));
    expect(moved).toMatchObject({ status: 'written', columns: ['V', 'W', 'X', 'Y', 'Z', 'AA'] });
    expect(sim.cell('P10').value).toBe('备注');
    expect(sim.cell('V2').value).toBe('完成率');
  });

  it('refuses when the user typed in the target columns after the check', async () => {
    const sim = simulate();
    const checked = await check(sim);
    sim.state.sheets[0].cells[20] ??= [];
    sim.state.sheets[0].cells[20][17] = { value: '已上报' };
    const before = sim.dump();
    const outcome = await sim.run((context) => writeBack(context, checked));
    expect(outcome).toEqual({ status: 'refused', cells: ['R21'], suggestedColumn: 'V' });
    expectSameWorkbook(sim.dump(), before);
  });

  it('stores text that looks like a formula as text, in a header and in a hand-made plan', async () => {
    const sim = simulate();
    const checked = await check(sim);
    await sim.run((context) => writeBack(context, checked, { headers: { nextPlan: '=下期计划', notes: '-提示-' } }));
    expect(sim.cell('S2')).toMatchObject({ value: '=下期计划', numberFormat: 'General' });
    expect(sim.cell('S2').formula).toBeUndefined();
    expect(sim.cell('T2').value).toBe('-提示-');
    expect(sim.cell('T2').formula).toBeUndefined();

    // the writer with a hand-made plan: texts in the text columns and in a percent column
    const [plan] = columnPlansFor(checked.result);
    const at = (a1: string) => {
      const { row, col } = parseCellAddress(a1);
      return plan.cells.find((c) => c.row === row && c.col === col)!;
    };
    at('R5').value = '=SUM(A1:A2)';
    at('S6').value = '+完成验收';
    at('T7').value = '@备注';
    at('O8').value = '=1+1';
    at('P9').value = '50%';
    at('Q10').value = "'引号开头";
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      for (const request of packRequests(planBatches(plan, 'none', NO_NOTE_CHANGES))) {
        for (const batch of request) batch.queue(context, sheet);
        await context.sync();
      }
    });
    expect(sim.cell('R5')).toMatchObject({ value: '=SUM(A1:A2)', numberFormat: '@' });
    expect(sim.cell('S6')).toMatchObject({ value: '+完成验收', numberFormat: '@' });
    expect(sim.cell('T7')).toMatchObject({ value: '@备注', numberFormat: '@' });
    expect(sim.cell('O8')).toMatchObject({ value: '=1+1', numberFormat: '0.0%' });
    expect(sim.cell('P9')).toMatchObject({ value: '50%', numberFormat: '0.0%' });
    expect(sim.cell('Q10').value).toBe("'引号开头");
    for (const a1 of ['R5', 'S6', 'T7', 'O8', 'P9']) expect(sim.cell(a1).formula).toBeUndefined();
  });

  it('applies totals fixes as formulas and undoes them back to the typed figures', async () => {
    const sim = simulate();
    const before = sim.dump();
    const checked = await check(sim);
    const fixes = totalsFormulaFixes(checked.result.model);
    expect(fixes.map((f) => [f.cell, f.formula])).toEqual([
      ['F4', '=SUM(F5:F54)'],
      ['G4', '=SUM(G5:G54)'],
      ['H4', '=SUM(H5:H54)'],
      ['I4', '=SUM(I5:I54)'],
      ['J4', '=SUM(J5:J54)'],
      ['K4', '=SUM(K5:K54)'],
    ]);
    await sim.run((context) => applyFixes(context, checked, fixes));
    expect(sim.cell('F4')).toMatchObject({ formula: '=SUM(F5:F54)', value: 69911.5 });
    expect(sim.cell('K4')).toMatchObject({ formula: '=SUM(K5:K54)', value: 18244 });
    expect(await sim.run((context) => undoLastAction(context))).toEqual({ kind: 'fix' });
    expectSameWorkbook(sim.dump(), before);
  });

  it('puts a total typed as text back as text when a fix is undone', async () => {
    const workbook = clone(lianshui.workbook);
    workbook.sheets[0].cells[3][5] = { value: '69911.5' };
    const sim = simulate({}, workbook);
    const before = sim.dump();
    const checked = await check(sim);
    const fixes = totalsFormulaFixes(checked.result.model);
    expect(fixes.map((f) => f.cell)).toContain('F4');
    await sim.run((context) => applyFixes(context, checked, fixes));
    expect(sim.cell('F4').formula).toBe('=SUM(F5:F54)');
    await sim.run((context) => undoLastAction(context));
    expect(sim.cell('F4').value).toBe('69911.5');
    expectSameWorkbook(sim.dump(), before);
  });

  it.each([
    ['the request carrying the values fails before any of it is applied', { withCall: 'values' }],
    ['a call in the middle of the values request fails, the calls before it applied', { withCall: 'values', afterCalls: 6 }],
    ['the first request (the undo state) fails', { at: 2 }],
    ['the undo state lands, then a call after it fails', { at: 2, afterCalls: 3 }],
  ])('rolls back a write that failed midway: %s; every cell is as before', async (_case, rule) => {
    const sim = simulate();
    const before = sim.dump();
    const checked = await check(sim);
    // requests counted from here: 1 is the write's read, 2 its first write
    sim.stats.reset();
    sim.failSync(rule);
    const failure = sim.run((context) => writeBack(context, checked, {}, 20_000));
    await expect(failure).rejects.toBeInstanceOf(WriteFailedError);
    await expect(failure).rejects.toMatchObject({ code: 'GeneralException', restored: true });
    await expect(failure).rejects.toMatchObject({ explanation: { zh: expect.stringContaining('已把工作表恢复到写入前的样子') } });
    expect(sim.state.enableEvents).toBe(true);
    expectSameWorkbook(sim.dump(), before);
    expect(await sim.run((context) => undoLastAction(context))).toBeNull();
  });

  it('says the write can be undone when rolling back fails too, and undo then restores every cell', async () => {
    const sim = simulate();
    const before = sim.dump();
    const checked = await check(sim);
    sim.failSync({ withCall: 'values' });
    // the rollback reads the state, then its own write of the cells fails as well
    sim.failSync({ withCall: 'clear' });
    const failure = sim.run((context) => writeBack(context, checked, {}, 20_000));
    await expect(failure).rejects.toMatchObject({ restored: false, explanation: { zh: expect.stringContaining('请点「撤销上次操作」') } });
    expect(sim.dump()).not.toEqual(before);
    expect(await sim.run((context) => undoLastAction(context))).toEqual({ kind: 'write' });
    expectSameWorkbook(sim.dump(), before);
  });
});

describe('the Office host on older Excel', () => {
  it('with ExcelApi 1.9: no notes and no comments (校验提示 carries the messages), merged areas not read', async () => {
    const sim = simulate({ apiVersion: '1.9' });
    const before = sim.dump();
    const checked = await check(sim);
    expect(checked.snapshot.grid.merges).toEqual([]);
    expect(checked.result.model.tables.length).toBeGreaterThan(0);
    expect(sim.stats.requests[0].callList.some((c) => c.name === 'getMergedAreasOrNullObject')).toBe(false);
    const outcome = await sim.run((context) => writeBack(context, checked));
    expect(outcome.status).toBe('written');
    const after = sim.dumpSheet(SHEET);
    expect(after.notes).toEqual({});
    expect(after.comments).toEqual({});
    const notesColumn = Object.entries(after.cells).filter(([a]) => a.startsWith('T')).map(([, c]) => String(c.value ?? ''));
    expect(notesColumn.join('\n')).toContain('F4：合计行的项目计划总投资');
    await sim.run((context) => undoLastAction(context));
    expectSameWorkbook(sim.dump(), before);
  });

  it.each(['1.10', '1.14', '1.17'])('with ExcelApi %s: threaded comments instead of notes, kept apart from the user’s own comments, and undone', async (apiVersion) => {
    const sim = simulate({ apiVersion, comments: [{ sheet: SHEET, address: 'H4', content: '上级补助待核实' }] });
    const before = sim.dump();
    const first = await check(sim);
    await sim.run((context) => writeBack(context, first));
    let after = sim.dumpSheet(SHEET);
    expect(after.notes).toEqual({});
    expect(after.comments.H4).toBe('上级补助待核实');
    expect(Object.keys(after.comments).sort()).toEqual(['F4', 'G4', 'H4', 'I4', 'J4', 'K4', 'L52']);
    expect(after.comments.F4).toMatch(/^台账助手 TOTAL_NOT_FORMULA/);
    // writing again replaces Taizhang's comments, never the user's
    const afterFirst = sim.dump();
    const second = await check(sim);
    await sim.run((context) => writeBack(context, second));
    after = sim.dumpSheet(SHEET);
    expect(after.comments).toEqual(afterFirst.sheets[0].comments);
    await sim.run((context) => undoLastAction(context));
    expect(sim.dump().sheets).toEqual(afterFirst.sheets);
    await sim.run((context) => undoLastAction(context));
    expectSameWorkbook(sim.dump(), before);
  });

  it('leaves a note of the user’s alone and does not stack a second note on it', async () => {
    const styles = clone(lianshui.styles);
    styles[SHEET].notes = { G4: '用户备注：计划投资已调整' };
    const sim = simulate({ styles });
    const before = sim.dump();
    const checked = await check(sim);
    await sim.run((context) => writeBack(context, checked));
    expect(sim.dumpSheet(SHEET).notes.G4).toBe('用户备注：计划投资已调整');
    expect(String(sim.cell('T4').value)).toContain('G4：');
    await sim.run((context) => undoLastAction(context));
    expectSameWorkbook(sim.dump(), before);
  });
});

describe('the Office host on a one-row header (shanting)', () => {
  it('formats the header of its adjacent columns in one call, never one cell at a time', async () => {
    const shanting = await readOfficeWorkbook('shanting');
    const sim = createExcelSimulator(clone(shanting.workbook), { styles: clone(shanting.styles) });
    restore = sim.install();
    const checked = await sim.run((context) => checkSheet(context, { today: TEST_TODAY, asOf: '2025-03-31' }));
    const [plan] = columnPlansFor(checked.result);
    expect(plan.headerTop).toBe(plan.headerBottom);
    const outcome = await sim.run((context) => writeBack(context, checked));
    expect(outcome.status).toBe('written');
    for (const request of sim.stats.requests) {
      expect(request.singleCellFormatAddresses).toEqual([]);
      expect(request.perCellFormatting).toBe(false);
    }
    const headerFormat = sim.cell(cellAddress(plan.headerStyleFrom.row, plan.headerStyleFrom.col)).format;
    for (const column of plan.columns) expect(sim.cell(cellAddress(plan.headerTop, column.col)).format).toEqual(headerFormat);
  });
});

describe('the Office host reading a sheet whose slice comes back too large', () => {
  it('reads the same rows again in smaller slices and gets the whole sheet', async () => {
    const plain = createExcelSimulator(bigLianshui(10_000));
    restore = plain.install();
    const expected = await plain.run((context) => checkSheet(context, OPTIONS));
    restore();
    const sim = createExcelSimulator(bigLianshui(10_000));
    restore = sim.install();
    // the first slice after the opening request
    sim.failSync({ at: 2, code: ErrorCodes.responsePayloadSizeLimitExceeded });
    const checked = await sim.run((context) => checkSheet(context, OPTIONS));
    expect(sim.stats.requests[1].error).toBe(ErrorCodes.responsePayloadSizeLimitExceeded);
    expect(checked.snapshot.requests).toBeGreaterThan(expected.snapshot.requests);
    expect(checked.snapshot.requests).toBe(sim.stats.syncs);
    expect(JSON.stringify(checked.snapshot.grid)).toBe(JSON.stringify(expected.snapshot.grid));
    expect(checked.result.model.tables[0].items).toHaveLength(10_000);
  });
});

describe('the Office host on a 10,000-item table', () => {
  let sim: ExcelSimulator;
  let checked: OfficeCheck;
  let before: WorkbookDump;

  beforeAll(async () => {
    sim = createExcelSimulator(bigLianshui(10_000));
    before = sim.dump();
  });

  beforeEach(() => {
    restore = sim.install();
  });

  it('checks and writes in the same 3 requests as lianshui plus its payload chunks, each under 4 MB, formatting no cell on its own', async () => {
    checked = await sim.run((context) => checkSheet(context, OPTIONS));
    const readRequests = checked.snapshot.requests;
    expect(checked.result.model.tables[0].items).toHaveLength(10_000);
    const outcome = await sim.run((context) => writeBack(context, checked));
    if (outcome.status !== 'written') throw new Error('refused');
    // lianshui: 1 read + 1 prior read + 1 write; here the extra slices of the read and of the write
    expect(sim.stats.syncs).toBe(3 + (readRequests - 1) + (outcome.requests - 1));
    expect({ syncs: sim.stats.syncs, read: readRequests, write: outcome.requests }).toEqual({ syncs: 12, read: 9, write: 2 });
    for (const request of sim.stats.requests) {
      expect(request.bytes).toBeLessThan(FOUR_MB);
      expect(request.responseBytes).toBeLessThan(FOUR_MB);
      expect(request.perCellFormatting).toBe(false);
    }
    expect(sim.stats.requests.filter((r) => r.formatCalls > 0)).toHaveLength(1);
    const [plan] = columnPlansFor(checked.result);
    expectPlanWritten(sim, plan);
    expect(sim.dumpSheet().conditionalFormats.map((cf) => cf.areas)).toEqual([['Q5:Q10004'], ['Q5:Q10004'], ['Q5:Q10004'], ['O5:O10004']]);
  });

  it('undoes the 10,000-item write exactly', async () => {
    expect(await sim.run((context) => undoLastAction(context))).toEqual({ kind: 'write' });
    for (const request of sim.stats.requests) expect(request.bytes).toBeLessThan(FOUR_MB);
    expectSameWorkbook(sim.dump(), before);
  });
});
