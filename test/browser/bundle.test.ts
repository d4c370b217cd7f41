import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DIST } from './harness';

const SCRIPT = path.resolve(__dirname, '..', '..', 'scripts', 'bundle-size.js');

interface Sizes {
  pages: { page: string; files: { file: string; gzip: number }[]; gzip: number }[];
  later: { file: string; gzip: number }[];
}

// plain Node, shared with `npm run build:web`: required rather than imported, as it has no types
const bundleSize = require(SCRIPT) as {
  TASKPANE_LIMIT: number;
  checkTaskpane(dist: string): { sizes: Sizes; gzip: number; limit: number; ok: boolean };
};

/** Strings only xlsx or the file host (its package writer included) carry: none may be in a page's first load. */
const HEAVY_MARKERS = ['xl/worksheets', 'Bad compressed size', 'MissingSheetError', 'gb18030'];

function run(dist: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [SCRIPT, dist], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function read(file: string): string {
  return fs.readFileSync(path.join(DIST, file), 'utf8');
}

describe('bundle sizes of dist/', () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/ is missing: run npm run build:web first');
  });

  it('the task pane first loads under 400 kB of gzipped JavaScript, and the script says so', () => {
    const result = bundleSize.checkTaskpane(DIST);
    expect(result.limit).toBe(400_000);
    expect(result.gzip).toBeGreaterThan(10_000);
    expect(result.gzip).toBeLessThan(result.limit);
    expect(result.ok).toBe(true);
    const { status, stdout } = run(DIST);
    expect(status).toBe(0);
    expect(stdout).toMatch(/taskpane\.html first load: \d+\.\d kB \(limit 400\.0 kB\)/);
    expect(stdout).toMatch(/web\/index\.html first load: \d+\.\d kB/);
  });

  it('neither page loads xlsx or the file host first; the web page gets them with the first file', () => {
    const { sizes } = bundleSize.checkTaskpane(DIST);
    expect(sizes.pages.map((p) => p.page)).toEqual(['taskpane.html', 'web/index.html']);
    for (const page of sizes.pages) {
      expect(page.files.length).toBeGreaterThan(0);
      for (const { file } of page.files) {
        const text = read(file);
        for (const marker of HEAVY_MARKERS) expect([file, text.includes(marker)]).toEqual([file, false]);
      }
    }
    // the markers are real: the chunks loaded later carry every one of them
    const later = sizes.later.map((chunk) => read(chunk.file)).join('\n');
    for (const marker of HEAVY_MARKERS) expect([marker, later.includes(marker)]).toEqual([marker, true]);
    expect(sizes.later.map((c) => c.file)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^taizhang-engine\./), expect.stringMatching(/^spreadsheet\./)]),
    );
  });

  it('the task pane loads the code of 生成下期台账 only when it is first pressed', () => {
    const { sizes } = bundleSize.checkTaskpane(DIST);
    // the template of the notes on emptied cells: only the next-period plan carries it
    const marker = '上期{label}：{text}';
    const pane = sizes.pages.find((p) => p.page === 'taskpane.html')!;
    for (const { file } of pane.files) expect([file, read(file).includes(marker)]).toEqual([file, false]);
    const chunk = sizes.later.find((c) => /^next\./.test(c.file));
    expect(chunk).toBeDefined();
    expect(read(chunk!.file)).toContain(marker);
  });

  it('the script fails a task pane at or over the limit', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-bundle-'));
    try {
      // random bytes do not compress: the gzipped size stays over the limit
      const filler = crypto.randomBytes(bundleSize.TASKPANE_LIMIT).toString('base64');
      fs.writeFileSync(path.join(dist, 'big.js'), `var x=${JSON.stringify(filler)};`);
      fs.writeFileSync(path.join(dist, 'taskpane.html'), '<script defer src=big.js></script>');
      const { status, stderr } = run(dist);
      expect(status).toBe(1);
      expect(stderr).toMatch(/must stay under 400\.0 kB/);
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});
