import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { totalsFormulaFixes } from '../../src/core/report/fixes';
import { ReadFailure } from '../../src/hosts/file/limits';
import { FileSession } from '../../src/hosts/file/session';
import { TEST_TODAY } from '../helpers/check';
import { sharedPath } from '../helpers/workbooks';

const GENERIC = path.resolve(__dirname, '..', '..', '..', 'shared', 'fidelity', 'generic');
const OPTIONS = { today: TEST_TODAY, lang: 'zh' as const };

async function open(file: string): Promise<FileSession> {
  return FileSession.open(path.basename(file), new Uint8Array(fs.readFileSync(file)));
}

describe('the file session of the web page', () => {
  it('writes no copy of a workbook without a ledger table', async () => {
    const session = await open(path.join(GENERIC, 'merge_cells.xlsx'));
    expect(session.fill(OPTIONS)).toEqual({ status: 'noLedger' });
  });

  it('replaces typed totals by formulas in its own bytes, carries them into the copy, and undoes them', async () => {
    const session = await open(sharedPath('lianshui'));
    const checked = session.check(OPTIONS, {});
    const fixes = totalsFormulaFixes(checked.result.model);
    expect(fixes.length).toBeGreaterThan(0);
    session.applyFixes(fixes);
    expect(session.undoable).toBe(true);
    const fixedCell = session.workbook.sheets.find((s) => s.name === fixes[0].sheet)!.cells[fixes[0].row][fixes[0].col];
    expect(fixedCell?.formula).toBe(fixes[0].formula.replace(/^=/, ''));
    expect(fixedCell?.value).toBe(fixes[0].computed);
    const filled = session.fill(OPTIONS);
    if (filled.status !== 'written') throw new Error(filled.status);
    expect(filled.fileName).toBe('lianshui-2024-projects.台账助手.xlsx');
    const sheetXml = Object.entries(unzipSync(filled.bytes)).filter(([n]) => n.startsWith('xl/worksheets/sheet')).map(([, b]) => strFromU8(b)).join('');
    expect(sheetXml).toContain(`<f>${fixes[0].formula.replace(/^=/, '')}</f>`);
    expect(session.undoFixes()).toBe(true);
    expect(session.undoable).toBe(false);
    const restored = session.workbook.sheets.find((s) => s.name === fixes[0].sheet)!.cells[fixes[0].row][fixes[0].col];
    expect(restored?.formula).toBeUndefined();
  });
});

describe('a file session with last period’s ledger', () => {
  const THIS = path.resolve(__dirname, '..', 'fixtures', 'compare', 'shanting.next.xlsx');
  const LAST = sharedPath('shanting');
  const bytesOf = (file: string) => new Uint8Array(fs.readFileSync(file));
  const changeColumn = (plans: ReturnType<FileSession['check']>['plans']) => plans[0].columns.find((c) => c.key === 'change');

  it('plans and writes 较上期 once last period is set, and leaves it out once cleared', async () => {
    const session = await open(THIS);
    expect(changeColumn(session.check(OPTIONS, {}).plans)).toBeUndefined();
    await session.setLastPeriod(path.basename(LAST), bytesOf(LAST));
    expect(session.lastPeriodName).toBe(path.basename(LAST));
    const [plan] = session.check(OPTIONS, {}).plans;
    const column = changeColumn([plan])!;
    expect(column.header).toBe('较上期');
    const valueAt = (row: number) => plan.cells.find((c) => c.col === column.col && c.row === row - 1)?.value;
    expect([valueAt(12), valueAt(13), valueAt(14)]).toEqual(['推进情况与上期相同', '新增事项', '新增事项']);
    const filled = session.fill(OPTIONS);
    if (filled.status !== 'written') throw new Error(filled.status);
    expect(changeColumn(filled.plans)?.col).toBe(column.col);
    expect(Object.values(unzipSync(filled.bytes)).some((b) => strFromU8(b).includes('新增事项'))).toBe(true);
    session.clearLastPeriod();
    expect(session.lastPeriodName).toBeNull();
    expect(changeColumn(session.check(OPTIONS, {}).plans)).toBeUndefined();
  });

  it('compares with last period as the 对比上期 step shows it: the planted copies found, and nothing before a last period is set', async () => {
    const session = await open(THIS);
    expect(session.compareWithLastPeriod(OPTIONS)).toBeNull();
    await session.setLastPeriod(path.basename(LAST), bytesOf(LAST));
    const outcome = session.compareWithLastPeriod(OPTIONS);
    if (outcome?.status !== 'compared') throw new Error(String(outcome?.status));
    expect(outcome.report.findings.filter((f) => f.code === 'PROGRESS_UNCHANGED').map((f) => f.cell)).toEqual(['E11', 'E12', 'E31']);
    expect(outcome.changes.length).toBeGreaterThan(0);
  });

  it('refuses a last period it cannot read and keeps the one it had', async () => {
    const session = await open(THIS);
    await session.setLastPeriod(path.basename(LAST), bytesOf(LAST));
    await expect(session.setLastPeriod('broken.xlsx', new TextEncoder().encode('not a workbook'))).rejects.toBeInstanceOf(ReadFailure);
    expect(session.lastPeriodName).toBe(path.basename(LAST));
  });
});
