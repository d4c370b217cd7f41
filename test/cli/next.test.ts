import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as XLSX from 'xlsx';
import { checkWorkbook } from '../../src/core/check';
import { cellAddress } from '../../src/core/grid';
import { readWorkbookFile } from '../../src/hosts/file/node';
import { capture } from '../helpers/cli';
import { libreOfficeCsv, sofficeAvailable } from '../helpers/packageParts';
import { WORKBOOK_FILES, WorkbookName, sharedPath } from '../helpers/workbooks';

const TODAY = '2026-11-23';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-next-'));

/** The five workbooks, each with the copy `next` wrote of it and what it printed. */
const EXPECTED: Record<WorkbookName, { copy: string; asOf: string | null }> = {
  lanling: { copy: 'lanling-2023-h1-progress.2023-07.xlsx', asOf: '2023-07-31' },
  lianshui: { copy: 'lianshui-2024-projects.2026-12.xlsx', asOf: null },
  linyi: { copy: 'linyi-2022-dec-progress.2023-01.xlsx', asOf: '2023-01-31' },
  shanting: { copy: 'shanting-2025-q1-ledger.2025-Q2.xlsx', asOf: '2025-06-30' },
  tancheng: { copy: 'tancheng-2024-2026-decomposition.2026-12.xlsx', asOf: null },
};
const NAMES = Object.keys(WORKBOOK_FILES) as WorkbookName[];
const runs = new Map<WorkbookName, { code: number; stdout: string; stderr: string; copy: string }>();

function itemNames(file: string): string[] {
  return checkWorkbook(readWorkbookFile(file), { today: TODAY }).model.items.map((i) => `${i.group.seq} ${i.group.name}`);
}

/** The notes of a workbook's first sheet, by cell. */
function notesOf(file: string): Map<string, string> {
  const book = XLSX.read(fs.readFileSync(file));
  const sheet = book.Sheets[book.SheetNames[0]];
  const notes = new Map<string, string>();
  for (const [address, cell] of Object.entries(sheet))
    if (!address.startsWith('!') && (cell as XLSX.CellObject).c) notes.set(address, ((cell as XLSX.CellObject).c ?? []).map((c) => c.t).join(''));
  return notes;
}

function cellValue(file: string, address: string): string {
  const book = XLSX.read(fs.readFileSync(file));
  return String(book.Sheets[book.SheetNames[0]][address]?.v ?? '');
}

beforeAll(async () => {
  for (const name of NAMES) {
    const input = path.join(dir, WORKBOOK_FILES[name]);
    fs.copyFileSync(sharedPath(name), input);
    const run = await capture(['next', input]);
    runs.set(name, { ...run, copy: path.join(dir, EXPECTED[name].copy) });
  }
}, 120_000);

describe.each(NAMES)('taizhang next on %s', (name) => {
  it('writes the copy beside the input, never changing the input', () => {
    const run = runs.get(name)!;
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain(`已写入：${run.copy}`);
    expect(fs.readFileSync(path.join(dir, WORKBOOK_FILES[name])).equals(fs.readFileSync(sharedPath(name)))).toBe(true);
  });

  it('gives a copy check reads with the same items, reporting on the new period', () => {
    const { copy } = runs.get(name)!;
    expect(itemNames(copy)).toEqual(itemNames(sharedPath(name)));
    const { asOf } = EXPECTED[name];
    const model = checkWorkbook(readWorkbookFile(copy), { today: TODAY }).model;
    if (asOf) expect([model.asOf, model.asOfSource]).toEqual([asOf, 'title']);
    else expect(model.asOfSource).toBe('today');
  });

  it('empties the progress cells, each note holding last period’s text', () => {
    const { copy } = runs.get(name)!;
    const original = readWorkbookFile(sharedPath(name)).sheets[0];
    const progressNotes = [...notesOf(copy)].filter(([, text]) => text.startsWith('上期推进情况：'));
    if (EXPECTED[name].asOf === null) {
      expect(progressNotes).toEqual([]);
      return;
    }
    expect(progressNotes.length).toBeGreaterThan(0);
    for (const [address, text] of progressNotes) {
      expect(cellValue(copy, address)).toBe('');
      const { r, c } = XLSX.utils.decode_cell(address);
      expect(text).toBe(`上期推进情况：${String(original.cells[r][c]?.value).trim()}`);
    }
  });
});

describe('taizhang next on the project list and the decomposition table', () => {
  it.each(['lianshui', 'tancheng'] as const)('%s: says there is no period and no progress column, and keeps every cell', (name) => {
    const { stdout, copy } = runs.get(name)!;
    expect(stdout).toContain('标题和表头没有写明报告期：照原样保留。');
    expect(stdout).toContain('1 个表没有推进情况列（项目表或任务分解表）');
    const before = readWorkbookFile(sharedPath(name)).sheets.map((s) => s.cells.map((row) => row.map((c) => c?.value ?? null)));
    const after = readWorkbookFile(copy).sheets.map((s) => s.cells.map((row) => row.map((c) => c?.value ?? null)));
    expect(after).toEqual(before);
  });
});

describe('taizhang next on what it says', () => {
  it('names the periods and the words moved', () => {
    const { stdout } = runs.get('shanting')!;
    expect(stdout).toContain('报告期：2025-Q1 → 2025-Q2');
    expect(stdout).toContain('A1「2025年一季度民生实事工作进展情况台账」→「2025年二季度民生实事工作进展情况台账」');
    expect(stdout).toContain('G2「4月份计划」→「7月份计划」');
    expect(stdout).toMatch(/清空推进情况 \d+ 处/);
  });

  it('moves linyi’s December on to January of the next year', () => {
    const { copy } = runs.get('linyi')!;
    expect(cellValue(copy, 'A1')).toBe('临沂市2022年度20项重点民生实事2023年1月份推进情况');
    expect(cellValue(copy, 'F2')).toBe('2023年1月份推进情况');
  });
});

describe('taizhang next with options', () => {
  it('makes the copy for the period asked for, where -o says', async () => {
    const output = path.join(dir, '二季度.xlsx');
    const { code, stdout } = await capture(['next', sharedPath('lanling'), '--period', '2023-09', '-o', output]);
    expect(code).toBe(0);
    expect(stdout).toContain('报告期：2023-06 → 2023-09');
    expect(checkWorkbook(readWorkbookFile(output), { today: TODAY }).model.asOf).toBe('2023-09-30');
  });

  it('removes Taizhang’s columns from a copy fill wrote', async () => {
    const input = path.join(dir, 'filled-source.xlsx');
    fs.copyFileSync(sharedPath('shanting'), input);
    expect((await capture(['fill', input])).code).toBeLessThan(2);
    const filled = path.join(dir, 'filled-source.台账助手.xlsx');
    const { code, stdout } = await capture(['next', filled]);
    expect(code).toBe(0);
    expect(stdout).toContain('去掉台账助手的列：完成率、序时进度、进度状态、本期计划、校验提示');
    const copy = path.join(dir, 'filled-source.台账助手.2025-Q2.xlsx');
    const tables = checkWorkbook(readWorkbookFile(copy), { today: TODAY }).model.tables;
    expect(tables[0].table.columns.filter((c) => c.output)).toEqual([]);
    expect([...notesOf(copy).values()].some((n) => n.startsWith('台账助手'))).toBe(false);
  });

  it.each([
    [['next', path.join(dir, '没有这个文件.xlsx')], 'taizhang: 无法读取「没有这个文件.xlsx」：文件不存在'],
    [['next', sharedPath('shanting'), '--period', '2025年4月'], 'taizhang: --period 应为 2025-04、2025-Q2 或 2025-H2 这样的报告期，收到「2025年4月」。'],
    [['next', sharedPath('shanting'), '-o', sharedPath('shanting')], 'taizhang: 输出文件不能是输入文件本身：台账助手从不覆盖原文件。'],
    [['next', sharedPath('shanting'), sharedPath('linyi')], 'taizhang: next 一次处理一个文件。'],
  ])('%j: one line, exit code 2', async (argv, line) => {
    const { code, stdout, stderr } = await capture(argv);
    expect([code, stdout, stderr]).toEqual([2, '', `${line}\n`]);
  });
});

const withSoffice = sofficeAvailable() ? describe : describe.skip;
withSoffice('LibreOffice Calc', () => {
  it('opens every copy, the moved title in its first row', () => {
    const csv = libreOfficeCsv(NAMES.map((name) => ({ name: EXPECTED[name].copy, bytes: new Uint8Array(fs.readFileSync(runs.get(name)!.copy)) })));
    for (const name of NAMES) {
      const rows = csv.get(EXPECTED[name].copy);
      expect([name, rows === null]).toEqual([name, false]);
      expect(rows![0][0]).toBe(cellValue(runs.get(name)!.copy, 'A1'));
    }
  }, 300_000);
});

describe.each(NAMES)('taizhang compare between %s and its next period', (name) => {
  it('reports every unfinished item’s emptied progress as missing, none as unchanged', async () => {
    const run = runs.get(name)!;
    const last = checkWorkbook(readWorkbookFile(path.join(dir, WORKBOOK_FILES[name])), { today: TODAY });
    const unfinished = last.progress.items.filter((p) => p.item.fields.progress && p.status !== '已完成').map((p) => p.item.fields.progress!.cell);
    const { stdout } = await capture(['compare', path.join(dir, WORKBOOK_FILES[name]), run.copy, '--format', 'json']);
    const report = JSON.parse(stdout) as { findings: { code: string; cell: string }[]; compare: { findings: { code: string }[] } };
    const missing = new Set(report.findings.filter((f) => f.code === 'PROGRESS_MISSING').map((f) => f.cell));
    expect(unfinished.filter((cell) => !missing.has(cellAddress(cell.row, cell.col)))).toEqual([]);
    expect(report.compare.findings.filter((f) => f.code === 'PROGRESS_UNCHANGED')).toEqual([]);
  });
});
