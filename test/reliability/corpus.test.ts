import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Engine } from '../../src/web/engine';
import { explainFailure } from '../../src/web/fileHost';
import { EngineError, failureOf } from '../../src/web/protocol';
import { CorpusFile, writeCorpus } from './corpus';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'taizhang.js');
const PEAK = path.join(__dirname, 'peakMemory.cjs');
const TEN_SECONDS = 10_000;
const ONE_GB_KB = 1024 * 1024;
const STACK_LINE = /\bat .*\.(ts|js):\d+|^\s+at /m;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-corpus-'));
let corpus: CorpusFile[] = [];
const hashes = new Map<string, string>();

function hashOf(file: string): string {
  return createHash('sha256').update(fs.readFileSync(path.join(dir, file))).digest('hex');
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(ROOT, 'lib', 'cli', 'worker.js'))) throw new Error('build the CLI first: npm run build:cli');
  corpus = await writeCorpus(dir);
  for (const file of corpus) hashes.set(file.name, hashOf(file.name));
}, 60_000);

afterAll(() => {
  // the inputs are unchanged by everything that read them
  for (const file of corpus) expect(hashOf(file.name)).toBe(hashes.get(file.name));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The corpus's names are known before the files are written: the table of cases needs them. */
const NAMES = [
  'empty.xlsx',
  'random-bytes.xlsx',
  'word-renamed.xlsx',
  'truncated.xlsx',
  'malformed-xml.xlsx',
  'encrypted.xlsx',
  'zip-bomb.xlsx',
  'many-parts.xlsx',
  'rows-200k.xlsx',
  'merges-20k.xlsx',
  'long-cell.xlsx',
  'ref-errors.xlsx',
  'serial-dates.xlsx',
  'proto-headers.xlsx',
  'no-table.xlsx',
  'gbk.csv',
];

function entry(name: string): CorpusFile {
  const file = corpus.find((f) => f.name === name);
  if (!file) throw new Error(`${name} is not in the corpus`);
  return file;
}

it('lists every file the corpus writes', () => {
  expect(corpus.map((f) => f.name).sort()).toEqual([...NAMES].sort());
});

describe('taizhang check (the built CLI, its worker) on the corpus', () => {
  it.each(NAMES)('%s: ends within 10 s, under 1 GB, with a report or one line naming the file and the reason', (name) => {
    const file = entry(name);
    const peakFile = path.join(dir, `${name}.peak`);
    const started = Date.now();
    const run = spawnSync(process.execPath, ['-r', PEAK, BIN, 'check', path.join(dir, name)], {
      encoding: 'utf8',
      env: { ...process.env, TAIZHANG_PEAK_FILE: peakFile, NO_COLOR: '1' },
      timeout: 30_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const elapsed = Date.now() - started;
    const peakKb = Number(fs.readFileSync(peakFile, 'utf8'));
    expect(elapsed).toBeLessThan(TEN_SECONDS);
    expect(peakKb).toBeLessThan(ONE_GB_KB);
    expect(run.stderr).not.toMatch(STACK_LINE);
    if (file.outcome === 'refuse') {
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(`无法读取「${name}」`);
      expect(run.stderr).toMatch(file.reason!);
    } else {
      expect(run.stderr).toBe('');
      expect([0, 1]).toContain(run.status);
      expect(run.stdout).toContain(`台账助手校验报告：${name}`);
    }
  });

  it('says the reasons in English with --lang en', () => {
    const run = spawnSync(process.execPath, [BIN, 'check', path.join(dir, 'zip-bomb.xlsx'), '--lang', 'en'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('taizhang: Cannot read "zip-bomb.xlsx": it inflates past the 256 MB limit (a zip bomb?); unzipping stopped (change it with --max-unzipped-mb)\n');
  });

  it('takes the limits from its options: a smaller file size, a larger cell count', () => {
    const small = spawnSync(process.execPath, [BIN, 'check', path.join(dir, 'rows-200k.xlsx'), '--max-file-mb', '1'], { encoding: 'utf8' });
    expect(small.status).toBe(2);
    expect(small.stderr).toMatch(/^taizhang: 无法读取「rows-200k\.xlsx」：文件有 \d+(\.\d)? MB，超过 1 MB 的上限（可用 --max-file-mb 调整）\n$/);
    const cells = spawnSync(process.execPath, [BIN, 'check', path.join(dir, 'long-cell.xlsx'), '--max-cells', '20'], { encoding: 'utf8' });
    expect(cells.stderr).toMatch(/工作表「台账」有 29 个单元格，超过 20 个的上限（可用 --max-cells 调整）/);
    const bad = spawnSync(process.execPath, [BIN, 'check', path.join(dir, 'gbk.csv'), '--timeout', 'soon'], { encoding: 'utf8' });
    expect(bad.stderr).toBe('taizhang: --timeout 应为正数，收到「soon」。\n');
  });

  it('stops a parse that runs past --timeout, terminating its worker, and names the file', () => {
    const started = Date.now();
    const run = spawnSync(process.execPath, [BIN, 'check', path.join(dir, 'merges-20k.xlsx'), '--timeout', '0.2'], { encoding: 'utf8' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('taizhang: 无法读取「merges-20k.xlsx」：读取和校验超过 0.2 秒的上限，已停止（可用 --timeout 调整）\n');
  });

  it('stops a parse that runs out of --max-memory-mb and names the file', () => {
    const run = spawnSync(process.execPath, [BIN, 'check', path.join(dir, 'merges-20k.xlsx'), '--max-memory-mb', '16'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('taizhang: 无法读取「merges-20k.xlsx」：读取时内存超过 16 MB 的上限，已停止（可用 --max-memory-mb 调整）\n');
  });
});

describe("the web page's engine (what its worker runs) on the corpus", () => {
  it.each(NAMES)('%s: opens and checks within 10 s, or fails with the message the page shows', async (name) => {
    const file = entry(name);
    const bytes = fs.readFileSync(path.join(dir, name));
    const engine = new Engine();
    // the jest worker's own memory (earlier test files, the corpus written) is not the engine's doing
    const rssBefore = process.memoryUsage().rss;
    const started = Date.now();
    const outcome = await engine
      .call('open', { name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) })
      .then(() => engine.call('check', { request: { overrides: [], lang: 'zh' }, today: '2025-06-30' }))
      .then(
        (answer) => ({ answer }),
        (error: unknown) => ({ error })
      );
    expect(Date.now() - started).toBeLessThan(TEN_SECONDS);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(ONE_GB_KB * 1024);
    if (file.outcome === 'refuse') {
      if (!('error' in outcome)) throw new Error(`${name} was not refused`);
      // as the worker hands a failure to the page
      expect(outcome.error).toBeInstanceOf(EngineError);
      const shown = explainFailure(failureOf(outcome.error), name).explanation.zh;
      expect(shown).toContain(`「${name}」`);
      expect(shown).toMatch(file.reason!);
      expect(shown).not.toMatch(STACK_LINE);
    } else {
      if (!('answer' in outcome)) throw outcome.error;
      expect(outcome.answer.result.check.report.file).toBe(name);
    }
  });
});
