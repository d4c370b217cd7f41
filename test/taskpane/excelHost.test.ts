import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workbook } from '../../src/core/grid';
import * as compareFile from '../../src/hosts/file/compareFile';
import * as officeNext from '../../src/hosts/office/next';
import { readWorkbookFile } from '../../src/hosts/file/node';
import { OVERRIDES_KEY, createExcelHost } from '../../src/taskpane/excelHost';
import { HostCheck } from '../../src/ui/host';
import { t } from '../../src/ui/strings';
import { CreateOptions, ExcelSimulator, createExcelSimulator } from '../excelSimulator';
import { OfficeWorkbook, readOfficeWorkbook } from '../helpers/officeWorkbook';
import { sharedPath } from '../helpers/workbooks';

const SHEET = '项目表';
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

/** lianshui in the simulator, with a second, empty sheet as workbooks often have. */
function simulate(options: CreateOptions = {}): ExcelSimulator {
  const workbook: Workbook = clone(lianshui.workbook);
  workbook.sheets.push({ name: '说明', rowCount: 1, colCount: 1, cells: [[{ value: '填报说明' }]], merges: [] });
  const sim = createExcelSimulator(workbook, { styles: clone(lianshui.styles), ...options });
  restore = sim.install();
  return sim;
}

const request = { asOf: '2024-09-30', overrides: [], lang: 'zh' as const };

describe('the task pane host over Excel', () => {
  it('checks the active sheet in one request, with the workbook sheets, the plan, the fixes and the columns', async () => {
    const sim = simulate();
    const check = await createExcelHost().check(request);
    expect(sim.stats.syncs).toBe(1);
    expect(check.sheet).toBe(SHEET);
    expect(check.sheets).toEqual([SHEET, '说明']);
    expect(check.report.asOf).toBe('2024-09-30');
    expect(check.columns.map((c) => c.column)).toEqual(['O', 'P', 'Q', 'R', 'S', 'T']);
    expect(check.columns[0]).toEqual({ sheet: SHEET, header: '完成率', column: 'O', existing: false, firstRow: 2, lastRow: 54 });
    expect(check.fixes.map((f) => f.cell)).toEqual(['F4', 'G4', 'H4', 'I4', 'J4', 'K4']);
    expect(check.tableColumns).toHaveLength(1);
    expect(check.tableColumns[0]).toContainEqual({ column: 'M', header: '责任单位' });
  });

  it('checks the sheet asked for, and plans from the column the user chose', async () => {
    simulate({ activeSheet: '说明' });
    const host = createExcelHost();
    expect((await host.check(request)).report.tables).toEqual([]);
    const check = await host.check({ ...request, sheet: SHEET, plan: { startCol: 21 } });
    expect(check.sheet).toBe(SHEET);
    expect(check.columns.map((c) => c.column)).toEqual(['V', 'W', 'X', 'Y', 'Z', 'AA']);
  });

  it('selects a finding cell, activating its sheet first', async () => {
    const sim = simulate({ activeSheet: '说明' });
    await createExcelHost().showCell(SHEET, 'L52');
    expect(sim.dump().activeSheet).toBe(SHEET);
    expect(sim.selection()).toEqual({ sheet: SHEET, address: 'L52' });
  });

  it('keeps role corrections in the workbook settings, and reads unreadable ones as none', async () => {
    const sim = simulate();
    const host = createExcelHost();
    expect(await host.loadOverrides()).toEqual([]);
    const overrides = [{ sheet: SHEET, roles: { type: null, remark: 'N' } }];
    await host.saveOverrides(overrides);
    expect(JSON.parse(sim.dump().settings[OVERRIDES_KEY] as string)).toEqual(overrides);
    expect(await createExcelHost().loadOverrides()).toEqual(overrides);
    const check = await host.check({ ...request, overrides });
    expect(check.report.tables[0].columns.type).toBeUndefined();
    expect(check.report.tables[0].columns.remark).toBe('N');

    restore?.();
    simulate({ settings: { [OVERRIDES_KEY]: '{not json' } });
    expect(await createExcelHost().loadOverrides()).toEqual([]);
    restore?.();
    simulate({ settings: { [OVERRIDES_KEY]: JSON.stringify([{ sheet: SHEET, roles: {} }, { roles: {} }, 'x']) } });
    expect(await createExcelHost().loadOverrides()).toEqual([{ sheet: SHEET, roles: {} }]);
  });

  it('writes, fixes and undoes from the check the pane shows', async () => {
    const sim = simulate();
    const before = sim.dumpSheet(SHEET);
    const host = createExcelHost();
    const check = await host.check(request);
    expect(await host.canUndo()).toBe(false);
    expect(await host.write(check, { lang: 'zh' })).toEqual({ status: 'written', columns: ['O', 'P', 'Q', 'R', 'S', 'T'] });
    expect(sim.cell('O2').value).toBe('完成率');
    expect(await host.canUndo()).toBe(true);
    expect(await host.undo()).toEqual({ undone: 'cells' });
    expect(sim.dumpSheet(SHEET)).toEqual(before);
    expect(await host.undo()).toEqual({ undone: 'nothing' });

    await host.applyFixes(check, check.fixes.slice(0, 2));
    expect([sim.cell('F4').formula, sim.cell('G4').formula, sim.cell('H4').formula]).toEqual(['=SUM(F5:F54)', '=SUM(G5:G54)', undefined]);
    expect(await host.undo()).toEqual({ undone: 'cells' });
    expect(sim.dumpSheet(SHEET)).toEqual(before);
  });

  it("refuses to write over the user's cells, naming them and a free column", async () => {
    const sim = simulate();
    const host = createExcelHost();
    const check = await host.check(request);
    sim.state.sheets[0].cells[9][15] = { value: '备注' };
    expect(await host.write(check, { lang: 'zh' })).toEqual({ status: 'refused', cells: ['P10'], suggestedColumn: 'V' });
  });

  it('refuses a check the pane did not make, and explains an Excel too old for it', async () => {
    simulate();
    const host = createExcelHost();
    const made = await host.check(request);
    const copy: HostCheck = clone(made);
    await expect(host.write(copy, {})).rejects.toThrow('the check was not made by this task pane');
    restore?.();
    simulate({ apiVersion: '1.3' });
    await expect(createExcelHost().check(request)).rejects.toMatchObject({ explanation: { zh: t('zh', 'causeApi'), en: t('en', 'causeApi') } });
  });
});

const COMPARE_DIR = path.resolve(__dirname, '..', 'fixtures', 'compare');

/** A file as the pane's file picker hands it over. */
function upload(name: string, bytes: Uint8Array): { name: string; bytes: ArrayBuffer } {
  return { name, bytes: Uint8Array.from(bytes).buffer };
}

/** The pane's host with the compare chunk at hand (Node loads no webpack chunks). */
const paneHost = () => createExcelHost(async () => compareFile);

describe('对比上期 in the task pane', () => {
  // the picker is a browser's file input: the test hands the host the file's bytes as the step does
  it("compares the open sheet (shanting, second quarter) with last period's file read in the pane: the planted changes at their cells", async () => {
    const truth = JSON.parse(fs.readFileSync(path.join(COMPARE_DIR, 'shanting.truth.json'), 'utf8')) as { planted: { code: string; cell: string }[] };
    const sim = createExcelSimulator(readWorkbookFile(path.join(COMPARE_DIR, 'shanting.next.xlsx')));
    restore = sim.install();
    const host = paneHost();
    const check = await host.check({ overrides: [], lang: 'zh' });
    expect(check.sheet).toBe('二季度台账');
    const report = await host.compare(check, upload('shanting-2025-q1-ledger.xlsx', fs.readFileSync(sharedPath('shanting'))), 'zh');
    expect(report.lastFile).toBe('shanting-2025-q1-ledger.xlsx');
    expect(report.lastAsOf).toBe('2025-03-31');
    const shown = report.findings.map((f) => `${f.code} ${f.cell}`);
    for (const p of truth.planted) expect(shown).toContain(`${p.code} ${p.cell}`);
    expect(report.summary).toMatchObject({ pairs: 32, added: 2, removed: 1, uncertain: 0 });
    const unchanged = report.findings.filter((f) => f.code === 'PROGRESS_UNCHANGED');
    await host.showCell(unchanged[0].sheet, unchanged[0].cell);
    expect(sim.selection()).toEqual({ sheet: '二季度台账', address: unchanged[0].cell });
  });

  it('writes the 较上期 column after a comparison: the same words at the planted rows', async () => {
    const sim = createExcelSimulator(readWorkbookFile(path.join(COMPARE_DIR, 'shanting.next.xlsx')));
    restore = sim.install();
    const host = paneHost();
    const check = await host.check({ overrides: [], lang: 'zh' });
    await host.compare(check, upload('shanting-2025-q1-ledger.xlsx', fs.readFileSync(sharedPath('shanting'))), 'zh');
    const outcome = await host.write(check, { lang: 'zh' });
    expect(outcome).toMatchObject({ status: 'written' });
    const columns = outcome.status === 'written' ? outcome.columns : [];
    const last = columns[columns.length - 1];
    // five of Taizhang's six (its own 4月份计划 stands for 下期计划) and 较上期
    expect([columns.length, sim.cell(`${last}2`).value]).toEqual([6, '较上期']);
    expect([sim.cell(`${last}11`).value, sim.cell(`${last}13`).value]).toEqual(['推进情况与上期相同', '新增事项']);
  });

  it('says what is wrong with a bad last-period file, naming it', async () => {
    simulate();
    const host = paneHost();
    const check = await host.check(request);
    const truncated = fs.readFileSync(sharedPath('shanting')).subarray(0, 2000);
    await expect(host.compare(check, upload('坏了的台账.xlsx', truncated), 'zh')).rejects.toMatchObject({
      name: 'HostError',
      explanation: { zh: expect.stringMatching(/^无法读取上期台账「坏了的台账\.xlsx」：/) },
    });
    await expect(host.compare(check, upload('报告.docx', Buffer.from('x')), 'zh')).rejects.toMatchObject({
      explanation: { zh: t('zh', 'compareUnsupported', { file: '报告.docx' }) },
    });
    const notLedger = Buffer.from('甲,乙\n1,2\n', 'utf8');
    await expect(host.compare(check, upload('名单.csv', notLedger), 'en')).rejects.toMatchObject({
      explanation: { en: t('en', 'compareNoLedger', { file: '名单.csv' }) },
    });
  });
});

/** The pane's host with the 生成下期台账 chunk at hand. */
const nextHost = () => createExcelHost(undefined, async () => officeNext);

describe('生成下期台账 in the task pane', () => {
  it('adds the copy as a sheet after the checked one and activates it; undo deletes it again', async () => {
    const sim = simulate();
    const before = sim.dump();
    const host = nextHost();
    const check = await host.check(request);
    expect(await host.nextPeriod!(check, 'zh')).toEqual({ status: 'added', sheet: '项目表（2024-10）', notesKept: true });
    const after = sim.dump();
    expect(after.sheets.map((s) => s.name)).toEqual([SHEET, '项目表（2024-10）', '说明']);
    expect(after.activeSheet).toBe('项目表（2024-10）');
    expect(after.sheets[0]).toEqual(before.sheets[0]);
    expect(await host.canUndo()).toBe(true);
    expect(await host.undo()).toEqual({ undone: 'sheet', sheet: '项目表（2024-10）' });
    expect(sim.dump()).toEqual(before);
    expect(await host.canUndo()).toBe(false);
  });

  it('says when Excel keeps no notes, and makes no copy of a sheet without a ledger', async () => {
    const sim = createExcelSimulator(readWorkbookFile(sharedPath('shanting')), { apiVersion: '1.9' });
    restore = sim.install();
    const host = nextHost();
    const check = await host.check({ overrides: [], lang: 'zh' });
    expect(await host.nextPeriod!(check, 'zh')).toEqual({ status: 'added', sheet: '二季度台账', notesKept: false });
    restore();
    simulate({ activeSheet: '说明' });
    const empty = await host.check(request);
    expect(await host.nextPeriod!(empty, 'zh')).toEqual({ status: 'noLedger' });
  });
});
