import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { parseCellAddress } from '../../src/core/grid';
import { capture } from '../helpers/cli';
import { readExcel } from '../helpers/excel';
import { sharedPath } from '../helpers/workbooks';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-fill-compare-'));
const PAIRS = path.resolve(__dirname, '..', 'fixtures', 'compare');
const LAST = sharedPath('shanting');
const THIS = path.join(PAIRS, 'shanting.next.xlsx');
const TRUTH = JSON.parse(fs.readFileSync(path.join(PAIRS, 'shanting.truth.json'), 'utf8')) as { planted: { code: string; cell: string }[] };

/** The sheet rows (1-based) of the planted changes of one code. */
function plantedRows(code: string): number[] {
  return TRUTH.planted.filter((p) => p.code === code).map((p) => parseCellAddress(p.cell).row + 1);
}

async function sheetOf(file: string): Promise<ExcelJS.Worksheet> {
  const buffer = fs.readFileSync(file);
  return (await readExcel(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength))).worksheets[0];
}

/** The column (1-based) whose header, on row 2, is `header`. */
function columnNamed(sheet: ExcelJS.Worksheet, header: string): number {
  const row = sheet.getRow(2);
  for (let col = 1; col <= row.cellCount; col++) if (row.getCell(col).value === header) return col;
  throw new Error(`no column ${header}`);
}

describe('taizhang fill THIS --compare LAST', () => {
  const output = path.join(dir, 'shanting.台账助手.xlsx');
  let first: Awaited<ReturnType<typeof capture>>;

  beforeAll(async () => {
    first = await capture(['fill', THIS, '--compare', LAST, '-o', output]);
  });

  it('writes the copy with 较上期 after 校验提示 and says what it compared with', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('新增列：完成率、序时进度、进度状态、本期计划、校验提示、较上期；');
    expect(first.stdout).toMatch(/较上期：与「shanting-2025-q1-ledger\.xlsx」对比，\d+ 个事项有变化。/);
  });

  it('says 推进情况与上期相同 at the planted PROGRESS_UNCHANGED rows and 新增事项 at the ITEM_ADDED rows', async () => {
    const sheet = await sheetOf(output);
    const change = columnNamed(sheet, '较上期');
    expect(change).toBe(columnNamed(sheet, '校验提示') + 1);
    const at = (row: number) => sheet.getCell(row, change).value;
    expect(plantedRows('PROGRESS_UNCHANGED')).toHaveLength(3);
    for (const row of plantedRows('PROGRESS_UNCHANGED')) expect(at(row)).toBe('推进情况与上期相同');
    expect(plantedRows('ITEM_ADDED')).toHaveLength(2);
    for (const row of plantedRows('ITEM_ADDED')) expect(at(row)).toBe('新增事项');
    expect(at(27)).toBe('累计由「399个」降为「390个」；完成率 +9.7 个百分点');
    // an item moved but otherwise the same has nothing to say
    expect(at(32)).toBeNull();
    expect(sheet.getCell(12, change).numFmt).toBe('@');
  });

  it('updates its own 较上期 in place when run again on the copy', async () => {
    const again = path.join(dir, 'again.xlsx');
    const { code, stdout } = await capture(['fill', output, '--compare', LAST, '-o', again]);
    expect(code).toBe(0);
    expect(stdout).toContain('更新了原有的列：完成率、序时进度、进度状态、本期计划、校验提示、较上期；');
    const before = await sheetOf(output);
    const after = await sheetOf(again);
    expect(columnNamed(after, '较上期')).toBe(columnNamed(before, '较上期'));
    expect(after.getCell(13, columnNamed(after, '较上期')).value).toBe('新增事项');
  });

  it('leaves the column out without --compare', async () => {
    const plain = path.join(dir, 'plain.xlsx');
    const { code, stdout } = await capture(['fill', THIS, '-o', plain]);
    expect(code).toBe(0);
    expect(stdout).not.toContain('较上期');
    const sheet = await sheetOf(plain);
    expect(() => columnNamed(sheet, '较上期')).toThrow('no column 较上期');
  });

  it('is removed with Taizhang’s other columns by taizhang next', async () => {
    const { code, stdout } = await capture(['next', output, '-o', path.join(dir, 'next.xlsx')]);
    expect(code).toBe(0);
    expect(stdout).toContain('去掉台账助手的列：完成率、序时进度、进度状态、本期计划、校验提示、较上期');
  });
});

describe('taizhang fill --compare with a last period it cannot use', () => {
  it('names a missing file in one line, exits 2 and writes nothing', async () => {
    const output = path.join(dir, 'missing.xlsx');
    const { code, stdout, stderr } = await capture(['fill', THIS, '--compare', path.join(dir, 'nope.xlsx'), '-o', output]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('taizhang: 无法读取「nope.xlsx」：文件不存在\n');
    expect(fs.existsSync(output)).toBe(false);
  });

  it('names a file that is no workbook in one line, exits 2 and writes nothing', async () => {
    const bad = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(bad, 'not a workbook');
    const output = path.join(dir, 'bad.xlsx');
    const { code, stderr } = await capture(['fill', THIS, '--compare', bad, '-o', output]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('「notes.xlsx」');
    expect(fs.existsSync(output)).toBe(false);
  });

  it('refuses to write over last period’s file', async () => {
    const last = path.join(dir, 'last.xlsx');
    fs.copyFileSync(LAST, last);
    const before = fs.readFileSync(last);
    const { code, stderr } = await capture(['fill', THIS, '--compare', last, '-o', last]);
    expect(code).toBe(2);
    expect(stderr).toContain('台账助手从不覆盖原文件');
    expect(fs.readFileSync(last).equals(before)).toBe(true);
  });
});
