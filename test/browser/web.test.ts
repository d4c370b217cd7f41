import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { localIsoDate } from '../../src/core/clock';
import { columnLetter } from '../../src/core/grid';
import { CheckReport } from '../../src/core/report/checkReport';
import { STATUS_LABELS } from '../../src/core/report/labels';
import { PROGRESS_STATUSES } from '../../src/core/progress/status';
import { annotateWorkbook } from '../../src/hosts/file/annotate';
import { fillWorkbook } from '../../src/hosts/file/fill';
import { nextPeriodCopyName } from '../../src/hosts/file/copyName';
import { planNextFile, writeNextPeriod } from '../../src/hosts/file/next';
import { readWorkbookBytes } from '../../src/hosts/file/readWorkbook';
import { periodLabel } from '../../src/core/next/period';
import { bigLianshui } from '../helpers/bigLedger';
import { check } from '../helpers/check';
import { cellState, conditionalFormats, merges, notes, readExcel } from '../helpers/excel';
import { WORKBOOK_FILES, WorkbookName, readShared, sharedPath, writeGrids } from '../helpers/workbooks';
import { DIST, StaticServer, launchBrowser, recordRequests, remoteRequests, screenshot, serveDirectory } from './harness';

const EXAMPLE = path.resolve(__dirname, '..', '..', 'assets', 'examples', 'sample-ledger.xlsx');
const PAGE = 'web/index.html';
const TIMEOUT = 120_000;
const VIEWPORT = { width: 1440, height: 960 };

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, PAGE))) throw new Error('dist/web/index.html is missing: run npm run build:web first');
  browser = await launchBrowser();
  server = await serveDirectory(DIST);
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page in Chinese, every request it makes recorded. */
async function openPage(url: string): Promise<{ page: Page; context: BrowserContext; requests: string[] }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: VIEWPORT, acceptDownloads: true });
  const page = await context.newPage();
  const requests = recordRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.getByRole('button', { name: '打开文件…' }).waitFor();
  expect(errors).toEqual([]);
  return { page, context, requests };
}

function bytesOf(file: string): Uint8Array {
  const buffer = fs.readFileSync(file);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** What Node computes for the file on the same day, in Chinese: the page must show the same. */
function expectedReport(file: string): CheckReport {
  return reportOf(bytesOf(file), path.basename(file));
}

function reportOf(bytes: Uint8Array, fileName: string): CheckReport {
  return check(readWorkbookBytes(bytes, fileName), { today: localIsoDate(new Date()), lang: 'zh' }).report;
}

/** The steps are there once the check is done. */
async function waitForSteps(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /^校验/ }).waitFor({ timeout: 90_000 });
  await page.getByText('正在读取并校验工作表…').waitFor({ state: 'detached' });
}

async function step(page: Page, name: '识别' | '校验' | '进度' | '对比上期' | '写回'): Promise<Locator> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  return page.getByRole('tabpanel', { name });
}

/** Every finding the 校验 step lists, as `CODE cell message`, with every rule group opened. */
async function shownFindings(page: Page): Promise<string[]> {
  const panel = await step(page, '校验');
  const closed = panel.locator('.fui-AccordionHeader__button[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
  return panel.locator('li > button').evaluateAll((buttons) =>
    buttons.map((button) => {
      const [cell, message] = Array.from(button.querySelectorAll(':scope > span'), (s) => s.textContent ?? '');
      const code = button.closest('ul')?.previousElementSibling?.textContent ?? '';
      return `${code} ${cell} ${message}`;
    })
  );
}

function findingLines(report: CheckReport): string[] {
  return report.findings.map((f) => `${f.code} ${f.cell} ${f.message}`);
}

/** Per-status counts and the per-lead-unit table of the 进度 step. */
async function shownProgress(page: Page): Promise<{ byStatus: Record<string, number>; byLead: string[][]; judged: string[][] }> {
  const panel = await step(page, '进度');
  const pairs = await panel
    .locator('dl > div')
    .evaluateAll((divs) => divs.map((div) => [div.querySelector('dt')?.textContent ?? '', Number(div.querySelector('dd')?.textContent)] as const));
  const byLead = await panel
    .getByRole('table', { name: '各牵头单位' })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td'), (td) => td.textContent ?? '')));
  // each item's status beside its basis, compared in sheet order
  const judged = await panel
    .getByRole('table', { name: '各事项的判断' })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td'), (td) => td.textContent ?? '')));
  judged.sort((a, b) => Number(a[0]) - Number(b[0]));
  return { byStatus: Object.fromEntries(pairs), byLead, judged };
}

function expectedProgress(report: CheckReport): { byStatus: Record<string, number>; byLead: string[][]; judged: string[][] } {
  return {
    byStatus: Object.fromEntries(PROGRESS_STATUSES.map((s) => [STATUS_LABELS[s].zh, report.progress.byStatus[s]])),
    byLead: report.progress.byLead.map((l) => [l.lead, String(l.items), String(l.behind), String(l.overdue)]),
    judged: [...report.items]
      .sort((a, b) => a.row - b.row)
      .map((i) => [String(i.row), i.name, STATUS_LABELS[i.status].zh, i.basis ?? '既无目标也无进展，无法判断']),
  };
}

/** Writes on the 写回 step and downloads the copy through the page's link; its name and bytes. */
async function writeAndDownload(page: Page): Promise<{ name: string; bytes: Uint8Array }> {
  const panel = await step(page, '写回');
  await panel.getByRole('button', { name: '写入进度列' }).click();
  await page.getByText(/已生成标注后的工作簿/).waitFor({ timeout: 90_000 });
  const link = page.getByRole('link', { name: '下载标注后的工作簿' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: bytesOf(file) };
}

/** Every cell, merge, note and highlighting rule of every sheet: two workbooks compared whole. */
function contents(workbook: ExcelJS.Workbook): unknown {
  return workbook.worksheets.map((sheet) => {
    const cells: Record<string, unknown> = {};
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = cellState(cell);
      })
    );
    return { name: sheet.name, cells, merges: merges(sheet), notes: [...notes(sheet)], rules: conditionalFormats(sheet) };
  });
}

/** The copy is what `taizhang fill` writes today, holds the progress columns, and keeps every original value. */
async function expectSameAsFill(file: string, copy: { name: string; bytes: Uint8Array }): Promise<void> {
  await expectSameAsFillOf(bytesOf(file), path.basename(file), copy);
}

async function expectSameAsFillOf(input: Uint8Array, fileName: string, copy: { name: string; bytes: Uint8Array }): Promise<void> {
  expect(copy.name).toBe(fileName.replace(/\.(xlsx|xls|csv)$/, '.台账助手.xlsx'));
  const expected = await fillWorkbook(input, fileName, { today: localIsoDate(new Date()), lang: 'zh' });
  if (!expected.bytes) throw new Error(`taizhang fill writes nothing for ${fileName}`);
  const downloaded = await readExcel(copy.bytes);
  expect(contents(downloaded)).toEqual(contents(await readExcel(expected.bytes)));

  // an .xls or .csv is compared as the .xlsx it becomes, without the progress columns
  const original = await readExcel(fileName.endsWith('.xlsx') ? input : await annotateWorkbook(input, fileName, []));
  for (const plan of expected.plans) {
    const sheet = downloaded.getWorksheet(plan.sheet)!;
    for (const column of plan.columns) {
      expect(sheet.getCell(plan.headerTop + 1, column.col + 1).value).toBe(column.header);
    }
    const written = new Set(plan.columns.map((c) => columnLetter(c.col)));
    let compared = 0;
    original.getWorksheet(plan.sheet)!.eachRow((row) =>
      row.eachCell((cell) => {
        if (written.has(cell.address.replace(/\d+$/, ''))) return;
        expect([cell.address, sheet.getCell(cell.address).value]).toEqual([cell.address, cell.value]);
        compared++;
      })
    );
    expect(compared).toBeGreaterThan(20);
  }
}

const NAMES = Object.keys(WORKBOOK_FILES) as WorkbookName[];

describe('the web page over http', () => {
  it.each(NAMES)(
    '%s: the four steps show what taizhang check finds, a click outlines the cell, the copy is what taizhang fill writes',
    async (name) => {
      const file = sharedPath(name);
      const report = expectedReport(file);
      const { page, context, requests } = await openPage(`${server.origin}/${PAGE}`);
      try {
        await page.setInputFiles('input[type=file]', file);
        await waitForSteps(page);
        await expect(page.locator('main[data-engine]').getAttribute('data-engine')).resolves.toBe('worker');
        await page.getByText(`${report.items.length} 个事项`).waitFor();
        await screenshot(page, `web-${name}-1-detect`);

        const shown = await shownFindings(page);
        expect([...shown].sort()).toEqual(findingLines(report).sort());
        if (report.findings.length === 0) {
          await page.getByText('没有发现问题。').waitFor();
          expect(await page.locator('[role=gridcell][data-severity]').count()).toBe(0);
        } else {
          // the finding furthest down the sheet: the preview scrolls to it and outlines its cell
          const last = report.findings.reduce((a, b) => (b.row > a.row ? b : a));
          await page.locator(`li > button[title="定位到 ${last.cell}：${last.message}"]`).first().click();
          const focus = page.getByTestId('preview-focus');
          await focus.waitFor();
          await expect(focus.getAttribute('data-cell')).resolves.toBe(last.cell);
          expect(await page.locator('[role=gridcell][aria-selected=true]').count()).toBe(1);
          const box = await focus.boundingBox();
          const grid = await page.getByRole('grid').boundingBox();
          expect(box && grid && box.y >= grid.y && box.y + box.height <= grid.y + grid.height + 1).toBe(true);
          expect(await page.locator('[role=gridcell][data-severity]').count()).toBeGreaterThan(0);
        }
        await screenshot(page, `web-${name}-2-check`);

        expect(await shownProgress(page)).toEqual(expectedProgress(report));
        await page.getByRole('figure').locator('svg').first().waitFor();
        await screenshot(page, `web-${name}-3-progress`);

        const copy = await writeAndDownload(page);
        await screenshot(page, `web-${name}-4-write`);
        await expectSameAsFill(file, copy);
        expect(remoteRequests(requests, server.origin)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    TIMEOUT
  );

  it(
    '打开示例 opens the bundled example',
    async () => {
      const report = expectedReport(EXAMPLE);
      const { page, context, requests } = await openPage(`${server.origin}/${PAGE}`);
      try {
        await screenshot(page, 'web-0-welcome');
        await page.getByRole('button', { name: '打开示例' }).click();
        await waitForSteps(page);
        await page.getByText('当前文件：sample-ledger.xlsx').waitFor();
        expect([...(await shownFindings(page))].sort()).toEqual(findingLines(report).sort());
        expect(report.findings.length).toBeGreaterThan(0);
        await screenshot(page, 'web-example-2-check');
        expect(remoteRequests(requests, server.origin)).toEqual([]);
        // the example is no file beside the page: it travels in a chunk, so it opens from disk too
        expect(requests.filter((url) => url.endsWith('.xlsx'))).toEqual([]);
      } finally {
        await context.close();
      }
    },
    TIMEOUT
  );

  it(
    'fixes go into the copy held in memory, the copy carries them, and undo takes them back',
    async () => {
      const file = sharedPath('lianshui');
      const report = expectedReport(file);
      const typed = report.findings.filter((f) => f.code === 'TOTAL_NOT_FORMULA');
      expect(typed.length).toBe(6);
      const { page, context, requests } = await openPage(`${server.origin}/${PAGE}`);
      try {
        await page.setInputFiles('input[type=file]', file);
        await waitForSteps(page);
        let panel = await step(page, '写回');
        const undo = panel.getByRole('button', { name: '撤销上次操作' });
        expect(await undo.isDisabled()).toBe(true);
        await panel.getByRole('button', { name: '应用所选修正' }).click();
        await page.getByText('已把 6 个手填合计改为公式。如需恢复，请点「撤销上次操作」。').waitFor({ timeout: 60_000 });
        await screenshot(page, 'web-lianshui-5-fixes');
        expect([...(await shownFindings(page))].sort()).toEqual(
          findingLines({ ...report, findings: report.findings.filter((f) => f.code !== 'TOTAL_NOT_FORMULA') }).sort()
        );

        const copy = await readExcel((await writeAndDownload(page)).bytes);
        const totals = copy.worksheets[0];
        for (const finding of typed) {
          const column = finding.cell.replace(/\d+$/, '');
          expect([finding.cell, totals.getCell(finding.cell).formula]).toEqual([finding.cell, `SUM(${column}5:${column}54)`]);
        }
        expect(totals.getCell('F4').result).toBe(69911.5);

        panel = await step(page, '写回');
        await undo.click();
        await page.getByText('已撤销台账助手的上一步操作').waitFor();
        expect([...(await shownFindings(page))].sort()).toEqual(findingLines(report).sort());
        panel = await step(page, '写回');
        expect(await undo.isDisabled()).toBe(true);
        expect(remoteRequests(requests, server.origin)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    TIMEOUT
  );

  it(
    'role corrections are kept in the browser for the file, and the next opening applies them',
    async () => {
      const file = sharedPath('shanting');
      const context = await browser.newContext({ locale: 'zh-CN', viewport: VIEWPORT });
      try {
        const first = await context.newPage();
        await first.goto(`${server.origin}/${PAGE}`);
        await first.setInputFiles('input[type=file]', file);
        await waitForSteps(first);
        const detect = await step(first, '识别');
        await detect.getByRole('combobox', { name: '存在问题' }).click();
        await first.getByRole('option', { name: '（无此列）' }).click();
        await detect.getByRole('button', { name: '保存更正' }).click();
        await first.getByText(/更正已保存/).waitFor();
        const stored = await first.evaluate(() => localStorage.getItem('taizhang:overrides:shanting-2025-q1-ledger.xlsx'));
        expect(JSON.parse(stored ?? 'null')).toEqual([{ sheet: '一季度台账', roles: { problems: null } }]);

        const second = await context.newPage();
        await second.goto(`${server.origin}/${PAGE}`);
        await second.setInputFiles('input[type=file]', file);
        await waitForSteps(second);
        const again = await step(second, '识别');
        await expect(again.getByRole('combobox', { name: '存在问题' }).textContent()).resolves.toContain('（无此列）');
        expect(await again.getByText('已更正').count()).toBe(1);
      } finally {
        await context.close();
      }
    },
    TIMEOUT
  );

  it(
    'the Content-Security-Policy refuses fetches, images and scripts from off the machine',
    async () => {
      const { page, context, requests } = await openPage(`${server.origin}/${PAGE}`);
      const failures = new Map<string, string>();
      page.on('requestfailed', (request) => failures.set(request.url(), request.failure()?.errorText ?? ''));
      try {
        const refused = await page.evaluate(async () => {
          const directives: string[] = [];
          document.addEventListener('securitypolicyviolation', (event) => directives.push(event.effectiveDirective));
          await fetch('https://example.com/upload', { method: 'POST', body: 'ledger' }).catch(() => undefined);
          new Image().src = 'https://example.com/pixel.png';
          const script = document.createElement('script');
          script.src = 'https://example.com/tracker.js';
          document.head.append(script);
          await new Promise((resolve) => setTimeout(resolve, 500));
          return directives.sort();
        });
        expect(refused).toEqual(['connect-src', 'img-src', 'script-src-elem']);
        // Chromium names the elements' requests before the policy stops them: none went out
        const remote = remoteRequests(requests, server.origin);
        expect(remote.map((url) => [url, failures.get(url)])).toEqual(remote.map((url) => [url, 'csp']));
      } finally {
        await context.close();
      }
    },
    TIMEOUT
  );

  it(
    'an .xls chosen and a GBK .csv dropped on the page are checked and written as taizhang fill does',
    async () => {
      const grids = readShared('shanting').sheets;
      const inputs = [
        { name: '山亭台账.xls', bytes: writeGrids(grids, 'biff8') },
        { name: '山亭台账.csv', bytes: writeGrids(grids, 'csv-gbk') },
      ];
      const { page, context, requests } = await openPage(`${server.origin}/${PAGE}`);
      try {
        for (const [i, input] of inputs.entries()) {
          const buffer = Buffer.from(input.bytes);
          if (i === 0) {
            await page.setInputFiles('input[type=file]', { name: input.name, mimeType: 'application/vnd.ms-excel', buffer });
          } else {
            const transfer = await page.evaluateHandle(
              ({ name, data }) => {
                const dataTransfer = new DataTransfer();
                dataTransfer.items.add(new File([new Uint8Array(data)], name, { type: 'text/csv' }));
                return dataTransfer;
              },
              { name: input.name, data: [...input.bytes] }
            );
            await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
            await page.getByText('松开鼠标，打开这个文件').waitFor();
            await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
          }
          await page.getByText(`当前文件：${input.name}`).waitFor();
          await waitForSteps(page);
          const report = reportOf(input.bytes, input.name);
          expect(report.items.length).toBe(33);
          expect([...(await shownFindings(page))].sort()).toEqual(findingLines(report).sort());
          await expectSameAsFillOf(input.bytes, input.name, await writeAndDownload(page));
        }
        expect(remoteRequests(requests, server.origin)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    TIMEOUT
  );

  it(
    "对比上期: this period (shanting, second quarter) against last period's file picked in the step; 生成下期台账 downloads what taizhang next writes",
    async () => {
      const COMPARE = path.resolve(__dirname, '..', 'fixtures', 'compare');
      const thisPeriod = path.join(COMPARE, 'shanting.next.xlsx');
      const truth = JSON.parse(fs.readFileSync(path.join(COMPARE, 'shanting.truth.json'), 'utf8')) as { planted: { code: string; cell: string }[] };
      const { page, context, requests } = await openPage(`${server.origin}/${PAGE}`);
      try {
        await page.setInputFiles('input[type=file]', thisPeriod);
        await waitForSteps(page);
        const panel = await step(page, '对比上期');
        await panel.getByRole('button', { name: '选择上期台账…' }).waitFor();
        // a bad file first: the step says what and where, and stays usable
        const truncated = Buffer.from(fs.readFileSync(sharedPath('shanting')).subarray(0, 2000));
        await panel.getByLabel('选择上期台账…').setInputFiles({ name: '坏了的台账.xlsx', mimeType: 'application/octet-stream', buffer: truncated });
        const bar = page.locator('.fui-MessageBar').filter({ hasText: '未能与上期台账对比' });
        await bar.waitFor({ timeout: 60_000 });
        await expect(bar.textContent()).resolves.toMatch(/无法读取上期台账「坏了的台账\.xlsx」：文件已损坏/);

        await panel.getByLabel('选择上期台账…').setInputFiles(sharedPath('shanting'));
        await panel.getByText(/^配对 \d+ 项、新增 \d+、减少 \d+、无法确定 \d+$/).waitFor({ timeout: 90_000 });
        expect(await bar.count()).toBe(0);
        await panel.getByText(/上期台账「shanting-2025-q1-ledger\.xlsx」· 报告日期 2025-03-31/).waitFor();
        const shown = await panel
          .locator('ul')
          .filter({ has: page.locator('li') })
          .evaluateAll((lists) =>
            lists.flatMap((list) => {
              const code = list.previousElementSibling?.textContent ?? '';
              return Array.from(list.querySelectorAll('li > button > span:first-child'), (span) => `${code} ${span.textContent ?? ''}`);
            })
          );
        // a removed item is shown at last period's place
        for (const p of truth.planted) expect(shown).toContain(`${p.code} ${p.code === 'ITEM_REMOVED' ? '上期 ' : ''}${p.cell}`);
        await screenshot(page, 'web-compare');
        // a click on a change outlines this period's cell in the preview
        await panel.locator('li > button[title^="定位到 E12："]').click();
        await expect(page.getByTestId('preview-focus').getAttribute('data-cell')).resolves.toBe('E12');

        const write = await step(page, '写回');
        const [download] = await Promise.all([page.waitForEvent('download'), write.getByRole('button', { name: '生成下期台账' }).click()]);
        const { plan } = planNextFile(readWorkbookBytes(bytesOf(thisPeriod), 'shanting.next.xlsx'), { today: localIsoDate(new Date()), lang: 'zh' });
        const name = nextPeriodCopyName('shanting.next.xlsx', periodLabel(plan.to));
        expect(download.suggestedFilename()).toBe(name);
        await page.getByText(`已生成下期台账「${name}」并开始下载；原文件没有改动。`).waitFor();
        const expected = writeNextPeriod(bytesOf(thisPeriod), 'shanting.next.xlsx', plan);
        expect(readWorkbookBytes(bytesOf(await download.path()), name)).toEqual(readWorkbookBytes(expected, name));
        expect(remoteRequests(requests, server.origin)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    TIMEOUT
  );

  it(
    'a file that cannot be read, or is no spreadsheet, gets a message saying what to do',
    async () => {
      const { page, context, requests } = await openPage(`${server.origin}/${PAGE}`);
      try {
        const truncated = Buffer.from(fs.readFileSync(sharedPath('shanting')).subarray(0, 2000));
        await page.setInputFiles('input[type=file]', { name: '坏了的台账.xlsx', mimeType: 'application/octet-stream', buffer: truncated });
        const bar = page.locator('.fui-MessageBar').filter({ hasText: '未能打开文件' });
        await bar.waitFor();
        await expect(bar.textContent()).resolves.toMatch(/无法读取「坏了的台账\.xlsx」.*另存为 \.xlsx 后再试/);
        await screenshot(page, 'web-error-unreadable');

        await page.setInputFiles('input[type=file]', { name: '报告.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('x') });
        await expect(bar.textContent()).resolves.toMatch(/「报告\.docx」不是能打开的文件类型/);
        // the page is still usable: a good file opens after a bad one
        await page.setInputFiles('input[type=file]', sharedPath('shanting'));
        await waitForSteps(page);
        expect(await bar.count()).toBe(0);
        expect(remoteRequests(requests, server.origin)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    TIMEOUT
  );

  it(
    'a sheet of ten thousand rows: the page answers while the worker checks, and the preview draws only what is in view',
    async () => {
      const big = bigLianshui(10_000);
      const buffer = Buffer.from(writeGrids(big.sheets, 'xlsx'));
      const { page, context, requests } = await openPage(`${server.origin}/${PAGE}`);
      try {
        await page.setInputFiles('input[type=file]', { name: 'big.xlsx', mimeType: 'application/octet-stream', buffer });
        // while the engine works, the page keeps painting frames
        const gaps: number[] = [];
        while ((await page.getByRole('tab', { name: /^校验/ }).count()) === 0) {
          gaps.push(
            await page.evaluate(
              () =>
                new Promise<number>((resolve) => {
                  const start = performance.now();
                  requestAnimationFrame(() => resolve(performance.now() - start));
                })
            )
          );
        }
        expect(gaps.length).toBeGreaterThan(3);
        expect(Math.max(...gaps)).toBeLessThan(500);
        await waitForSteps(page);
        const drawn = await page.locator('[role=gridcell]').count();
        expect(drawn).toBeGreaterThan(50);
        expect(drawn).toBeLessThan(1500);
        await page.getByRole('grid').evaluate((grid) => grid.scrollTo(0, grid.scrollHeight));
        await page.locator('[role=gridcell][data-cell="C10004"]').waitFor();
        expect(remoteRequests(requests, server.origin)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    TIMEOUT
  );
});

describe('the web page opened from disk (file://)', () => {
  it(
    'runs the engine on the page, opens a file and the example, and writes the same copy',
    async () => {
      const url = pathToFileURL(path.join(DIST, PAGE)).href;
      const file = sharedPath('lianshui');
      const report = expectedReport(file);
      const { page, context, requests } = await openPage(url);
      try {
        await page.setInputFiles('input[type=file]', file);
        await waitForSteps(page);
        await expect(page.locator('main[data-engine]').getAttribute('data-engine')).resolves.toBe('page');
        expect([...(await shownFindings(page))].sort()).toEqual(findingLines(report).sort());
        expect(await shownProgress(page)).toEqual(expectedProgress(report));
        await expectSameAsFill(file, await writeAndDownload(page));
        await screenshot(page, 'web-file-lianshui-4-write');

        await page.getByRole('button', { name: '打开示例' }).click();
        await page.getByText('当前文件：sample-ledger.xlsx').waitFor();
        await waitForSteps(page);
        expect([...(await shownFindings(page))].sort()).toEqual(findingLines(expectedReport(EXAMPLE)).sort());
        expect(requests.length).toBeGreaterThan(0);
        expect(remoteRequests(requests, 'file://')).toEqual([]);
      } finally {
        await context.close();
      }
    },
    TIMEOUT
  );
});
