import { Workbook } from '../../src/core/grid';
import { OVERRIDES_KEY, createExcelHost } from '../../src/taskpane/excelHost';
import { HostCheck } from '../../src/ui/host';
import { t } from '../../src/ui/strings';
import { CreateOptions, ExcelSimulator, createExcelSimulator } from '../excelSimulator';
import { OfficeWorkbook, readOfficeWorkbook } from '../helpers/officeWorkbook';

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
    expect(await host.undo()).toBe(true);
    expect(sim.dumpSheet(SHEET)).toEqual(before);
    expect(await host.undo()).toBe(false);

    await host.applyFixes(check, check.fixes.slice(0, 2));
    expect([sim.cell('F4').formula, sim.cell('G4').formula, sim.cell('H4').formula]).toEqual(['=SUM(F5:F54)', '=SUM(G5:G54)', undefined]);
    expect(await host.undo()).toBe(true);
    expect(sim.dumpSheet(SHEET)).toEqual(before);
  });

  it('refuses to write over the user\'s cells, naming them and a free column', async () => {
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
