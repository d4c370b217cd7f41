import { CheckOptions } from '../../src/core/check';
import { Workbook, cellAddress, parseCellAddress } from '../../src/core/grid';
import { NextSheetPlan, planNextPeriod } from '../../src/core/next/plan';
import { OfficeCheck, checkSheet } from '../../src/hosts/office/check';
import { NextSheetOutcome, addNextPeriodSheet } from '../../src/hosts/office/next';
import { STATE_KEY } from '../../src/hosts/office/state';
import { canUndo, undoLastAction } from '../../src/hosts/office/undo';
import { writeBack } from '../../src/hosts/office/write';
import { WriteFailedError } from '../../src/hosts/office/writeFailure';
import { CreateOptions, ExcelSimulator, SheetDump, createExcelSimulator } from '../excelSimulator';
import { TEST_TODAY } from '../helpers/check';
import { ledger } from '../helpers/ledger';
import { OfficeWorkbook, readOfficeWorkbook } from '../helpers/officeWorkbook';

const OPTIONS: CheckOptions = { today: TEST_TODAY };

const LEDGERS = [
  { name: 'lanling', sheet: '推进情况', next: '推进情况（2023-07）', title: '兰陵县2023年度重点民生实事项目推进情况表（1-7月份）' },
  { name: 'shanting', sheet: '一季度台账', next: '二季度台账', title: '2025年二季度民生实事工作进展情况台账' },
] as const;

const offices = new Map<string, OfficeWorkbook>();
let restore: (() => void) | null = null;

beforeAll(async () => {
  for (const { name } of LEDGERS) offices.set(name, await readOfficeWorkbook(name));
});

afterEach(() => {
  restore?.();
  restore = null;
});

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A shared workbook in the simulator (with its own formats and widths), installed as the Office/Excel globals. */
function simulate(name: string, options: CreateOptions = {}): ExcelSimulator {
  const office = offices.get(name)!;
  const sim = createExcelSimulator(clone(office.workbook), { styles: clone(office.styles), ...options });
  restore = sim.install();
  return sim;
}

function simulateWorkbook(workbook: Workbook, options: CreateOptions = {}): ExcelSimulator {
  const sim = createExcelSimulator(workbook, options);
  restore = sim.install();
  return sim;
}

const check = (sim: ExcelSimulator, sheet?: string): Promise<OfficeCheck> => sim.run((context) => checkSheet(context, OPTIONS, sheet));

async function next(sim: ExcelSimulator, checked: OfficeCheck): Promise<Extract<NextSheetOutcome, { status: 'added' }>> {
  const outcome = await sim.run((context) => addNextPeriodSheet(context, checked, { lang: 'zh' }));
  if (outcome.status !== 'added') throw new Error('no sheet added');
  return outcome;
}

function sheetPlanOf(outcome: Extract<NextSheetOutcome, { status: 'added' }>): NextSheetPlan {
  expect(outcome.plan.sheets).toHaveLength(1);
  return outcome.plan.sheets[0];
}

const addressOf = (cell: { row: number; col: number }): string => cellAddress(cell.row, cell.col);

/** The cells of a dump but the given ones. */
function cellsBut(dump: SheetDump, planned: Set<string>): SheetDump['cells'] {
  return Object.fromEntries(Object.entries(dump.cells).filter(([address]) => !planned.has(address)));
}

/** The copy holds the plan: texts set or emptied with the original's formats, last period's text in the notes, all else as it was. */
function expectPlanApplied(copy: SheetDump, original: SheetDump, sheetPlan: NextSheetPlan): void {
  const planned = new Set(sheetPlan.cells.map(addressOf));
  expect(
    sheetPlan.cells.map((c) => {
      const address = addressOf(c);
      const cell = copy.cells[address];
      return [address, cell?.value ?? null, cell?.formula, cell?.numberFormat, cell?.format];
    })
  ).toEqual(
    sheetPlan.cells.map((c) => {
      const address = addressOf(c);
      const cell = original.cells[address];
      return [address, c.text, undefined, cell?.numberFormat, cell?.format];
    })
  );
  expect(cellsBut(copy, planned)).toEqual(cellsBut(original, planned));
  expect(copy.merges).toEqual(original.merges);
  expect(copy.columnWidths).toEqual(original.columnWidths);
}

describe.each(LEDGERS)('生成下期台账 in the workbook: $name', ({ name, sheet, next: nextName, title }) => {
  it('adds the next period’s ledger as a sheet right after the checked one, in two requests, the original untouched', async () => {
    const sim = simulate(name);
    const before = sim.dump();
    const checked = await check(sim);
    sim.stats.reset();
    const outcome = await next(sim, checked);
    expect(sim.stats.syncs).toBe(2);
    expect(outcome.requests).toBe(2);
    expect(outcome.noteKind).toBe('note');
    expect(outcome.plan).toEqual(planNextPeriod(checked.result, { lang: 'zh' }));
    const after = sim.dump();
    expect(after.sheets.map((s) => s.name)).toEqual([sheet, nextName, ...before.sheets.slice(1).map((s) => s.name)]);
    expect(after.activeSheet).toBe(nextName);
    expect(after.sheets[0]).toEqual(before.sheets[0]);

    const copy = sim.dumpSheet(nextName);
    const sheetPlan = sheetPlanOf(outcome);
    expect(copy.cells.A1.value).toBe(title);
    for (const moved of outcome.plan.moved) expect([moved.cell, copy.cells[moved.cell].value]).toEqual([moved.cell, moved.after]);
    expect(outcome.plan.emptied).toBeGreaterThan(10);
    expectPlanApplied(copy, before.sheets[0], sheetPlan);
    expect(copy.notes).toEqual(Object.fromEntries(sheetPlan.notes.map((n) => [addressOf(n), n.text])));
    for (const note of sheetPlan.notes) {
      const last = before.sheets[0].cells[addressOf(note)].value;
      expect([addressOf(note), copy.cells[addressOf(note)]?.value ?? null, note.text.endsWith(String(last))]).toEqual([addressOf(note), null, true]);
    }
  });

  it('is taken back by undo, which deletes the sheet and nothing else', async () => {
    const sim = simulate(name);
    const before = sim.dump();
    await next(sim, await check(sim));
    expect(await sim.run((context) => canUndo(context))).toBe(true);
    expect(await sim.run((context) => undoLastAction(context))).toEqual({ kind: 'next', sheet: nextName });
    expect(sim.dump()).toEqual(before);
    expect(await sim.run((context) => canUndo(context))).toBe(false);
  });
});

describe('生成下期台账 after Taizhang wrote its columns (lanling)', () => {
  it('leaves Taizhang’s columns, their highlighting and its findings’ notes out of the copy; undo goes back step by step', async () => {
    const sim = simulate('lanling');
    const original = sim.dump();
    const written = await sim.run(async (context) => writeBack(context, await checkSheet(context, OPTIONS)));
    expect(written.status).toBe('written');
    const afterWrite = sim.dump();
    const writtenSheet = afterWrite.sheets[0];
    expect(writtenSheet.conditionalFormats.length).toBeGreaterThan(0);
    expect(Object.values(writtenSheet.notes).some((n) => n.startsWith('台账助手'))).toBe(true);

    const rechecked = await check(sim);
    const outcome = await next(sim, rechecked);
    const sheetPlan = sheetPlanOf(outcome);
    expect(sheetPlan.removed.map((c) => c.header)).toEqual(['完成率', '序时进度', '进度状态', '本期计划', '下期计划', '校验提示']);
    const copy = sim.dumpSheet('推进情况（2023-07）');
    for (const column of sheetPlan.removed) {
      for (let row = column.top; row <= column.bottom; row++) expect(copy.cells[cellAddress(row, column.col)]).toBeUndefined();
    }
    expect(copy.conditionalFormats).toEqual([]);
    expect(copy.merges.filter((m) => sheetPlan.removed.some((c) => parseCellAddress(m.split(':')[0]).col === c.col))).toEqual([]);
    expect(Object.values(copy.notes).filter((n) => n.startsWith('台账助手'))).toEqual([]);
    expect(copy.notes).toEqual(Object.fromEntries(sheetPlan.notes.map((n) => [addressOf(n), n.text])));
    expect(sim.dumpSheet('推进情况')).toEqual(writtenSheet);
    // the copy read back: the same items, no column of Taizhang's, the next month's report date
    const again = await check(sim, '推进情况（2023-07）');
    expect(again.result.model.tables[0].table.columns.filter((c) => c.output)).toEqual([]);
    expect(again.result.model.asOf).toBe('2023-07-31');
    expect(again.result.model.items.map((i) => i.group.name)).toEqual(rechecked.result.model.items.map((i) => i.group.name));

    expect(await sim.run((context) => undoLastAction(context))).toEqual({ kind: 'next', sheet: '推进情况（2023-07）' });
    expect(sim.dump()).toEqual(afterWrite);
    expect(await sim.run((context) => undoLastAction(context))).toEqual({ kind: 'write' });
    expect(sim.dump()).toEqual(original);
  });
});

describe('生成下期台账 and the notes already there (shanting)', () => {
  it('leaves a note of the user’s on an emptied cell, adding none beside it', async () => {
    const sim = simulate('shanting');
    const checked = await check(sim);
    const planned = planNextPeriod(checked.result, { lang: 'zh' }).sheets[0].notes;
    const userNote = addressOf(planned[0]);
    sim.state.sheets[0].notes.set(userNote, '数据待核');
    const outcome = await next(sim, checked);
    const copy = sim.dumpSheet('二季度台账');
    expect(copy.notes[userNote]).toBe('数据待核');
    expect(copy.cells[userNote]?.value ?? null).toBeNull();
    expect(copy.notes).toEqual({ ...Object.fromEntries(sheetPlanOf(outcome).notes.map((n) => [addressOf(n), n.text])), [userNote]: '数据待核' });
    expect(sim.dumpSheet('一季度台账').notes).toEqual({ [userNote]: '数据待核' });
  });

  it('made from a copy it made, replaces that copy’s notes with the texts the cells hold by then', async () => {
    const sim = simulate('shanting');
    const first = await next(sim, await check(sim));
    const q2 = sim.state.sheets.find((s) => s.name === '二季度台账')!;
    // a department reports on the first emptied cell; the others stay empty
    const reported = sheetPlanOf(first).notes[0];
    q2.cells[reported.row][reported.col] = { ...q2.cells[reported.row][reported.col], value: '二季度已开工' };
    const second = await next(sim, await check(sim, '二季度台账'));
    expect(second.sheet).toBe('三季度台账');
    expect(sim.dump().sheets.map((s) => s.name)).toEqual(['一季度台账', '二季度台账', '三季度台账']);
    const copy = sim.dumpSheet('三季度台账');
    // no note of the first quarter's is left: the one cell reported on has the second quarter's
    expect(copy.notes).toEqual(Object.fromEntries(sheetPlanOf(second).notes.map((n) => [addressOf(n), n.text])));
    expect(copy.notes[addressOf(reported)]).toBe('上期推进情况：二季度已开工');
    expect(copy.cells.A1.value).toBe('2025年三季度民生实事工作进展情况台账');
  });

  it('names a second copy of the same sheet apart from the first', async () => {
    const sim = simulate('shanting');
    const checked = await check(sim);
    await next(sim, checked);
    const again = await next(sim, checked);
    expect(again.sheet).toBe('二季度台账 (2)');
    expect(sim.dump().sheets.map((s) => s.name)).toEqual(['一季度台账', '二季度台账 (2)', '二季度台账']);
  });
});

describe('生成下期台账 where Excel has no notes', () => {
  it('puts last period’s texts in threaded comments (ExcelApi 1.10–1.17), the copy’s own ones', async () => {
    const sim = simulate('shanting', { apiVersion: '1.14' });
    const before = sim.dump();
    const outcome = await next(sim, await check(sim));
    expect(outcome.noteKind).toBe('comment');
    const copy = sim.dumpSheet('二季度台账');
    expect(copy.notes).toEqual({});
    expect(copy.comments).toEqual(Object.fromEntries(sheetPlanOf(outcome).notes.map((n) => [addressOf(n), n.text])));
    expect(sim.dumpSheet('一季度台账')).toEqual(before.sheets[0]);
    // and a copy of that copy replaces them, wherever they are
    const second = await next(sim, await check(sim, '二季度台账'));
    expect(sim.dumpSheet('三季度台账').comments).toEqual(Object.fromEntries(sheetPlanOf(second).notes.map((n) => [addressOf(n), n.text])));
    expect(sim.dumpSheet('二季度台账').comments).toEqual(copy.comments);
  });

  it('puts none below ExcelApi 1.10, and says so', async () => {
    const sim = simulate('lanling', { apiVersion: '1.9' });
    const outcome = await next(sim, await check(sim));
    expect(outcome.noteKind).toBe('none');
    const copy = sim.dumpSheet('推进情况（2023-07）');
    expect([copy.notes, copy.comments]).toEqual([{}, {}]);
    expect(copy.cells[addressOf(sheetPlanOf(outcome).notes[0])]?.value ?? null).toBeNull();
  });
});

describe('生成下期台账 when a request fails midway', () => {
  it('deletes the half-made sheet and its undo state, naming the sheet in the message', async () => {
    const sim = simulate('lanling');
    const before = sim.dump();
    const checked = await check(sim);
    sim.failSync({ withCall: 'NoteCollection.add', afterCalls: 120 });
    const failure = sim.run((context) => addNextPeriodSheet(context, checked, { lang: 'zh' }));
    await expect(failure).rejects.toBeInstanceOf(WriteFailedError);
    await expect(failure).rejects.toMatchObject({
      restored: true,
      explanation: { zh: expect.stringContaining('已删除做了一半的工作表「推进情况（2023-07）」') },
    });
    expect(sim.dump()).toEqual(before);
    expect(before.settings[STATE_KEY]).toBeUndefined();
  });
});

describe('生成下期台账: requests do not grow with the items', () => {
  /** A monthly ledger of `items` projects, each with its March progress and April plan. */
  function monthly(items: number): Workbook {
    return ledger({
      sheet: '3月',
      title: '示例县2025年民生实事推进情况表（3月份）',
      headers: ['序号', '项目名称', '目标任务', '牵头单位', '完成时限', '3月份推进情况', '4月份计划'],
      rows: Array.from({ length: items }, (_, i) => [
        i + 1,
        `民生项目${i + 1}`,
        `建设${i + 1}处`,
        `县${['住建', '教育', '交通'][i % 3]}局`,
        '2025年12月底',
        `已完成选址，正在办理施工许可，第${i + 1}项`,
        `4月：开工建设第${i + 1}项`,
      ]),
    });
  }

  it('two requests for 30 items and for 1,500', async () => {
    const counts: number[] = [];
    for (const items of [30, 1_500]) {
      const sim = simulateWorkbook(monthly(items));
      const checked = await check(sim);
      sim.stats.reset();
      const outcome = await next(sim, checked);
      expect(outcome.sheet).toBe('4月');
      expect(outcome.plan.emptied).toBe(items);
      // a note on each emptied 推进情况 and 4月份计划 (with no 本月计划 beside it, it is not carried)
      expect(Object.keys(sim.dumpSheet('4月').notes)).toHaveLength(2 * items);
      expect(sim.stats.maxRequestBytes).toBeLessThan(4 * 1024 * 1024);
      counts.push(sim.stats.syncs);
      restore?.();
      restore = null;
    }
    expect(counts).toEqual([2, 2]);
  });
});
