import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { totalsFormulaFixes } from '../../src/core/report/fixes';
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
