import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { capture } from '../helpers/cli';
import { Workbook, parseCellAddress } from '../../src/core/grid';
import { readWorkbookFile } from '../../src/hosts/file/node';
import { expectValidReport } from '../helpers/schema';
import { sharedPath, writeGrids } from '../helpers/workbooks';

const EXAMPLE = path.resolve(__dirname, '..', '..', 'assets', 'examples', 'sample-ledger.xlsx');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-check-'));

async function json(argv: string[]): Promise<{ code: number; report: any }> {
  const { code, stdout } = await capture([...argv, '--format', 'json']);
  const report = JSON.parse(stdout);
  for (const r of Array.isArray(report) ? report : [report]) expectValidReport(r);
  return { code, report };
}

/** The bundled example with every planted defect mended, saved as a new file. */
function mendedExample(): string {
  const workbook: Workbook = readWorkbookFile(EXAMPLE);
  const grid = workbook.sheets[0];
  const set = (a1: string, value: string | number): void => {
    const { row, col } = parseCellAddress(a1);
    grid.cells[row][col] = { value };
  };
  const text = (a1: string): string => String(grid.cells[parseCellAddress(a1).row][parseCellAddress(a1).col]?.value);
  set('E4', 2244);
  set('G6', 90);
  set('G7', 50);
  set('G4', 1064);
  set('I8', text('I8').replace('四季度：完成培训200人次', '四季度：完成培训300人次'));
  set('D9', text('D9').replace('4个', '3个'));
  set('J12', text('J12').replace('完成率80%', '完成率60%'));
  set('L10', '2025年9月');
  set('K11', '已完成');
  const file = path.join(dir, 'mended.xlsx');
  fs.writeFileSync(file, writeGrids(workbook.sheets, 'xlsx'));
  return file;
}

describe('taizhang check', () => {
  it('prints the bundled example’s planted defects with their cells and exits 1', async () => {
    const { code, stdout, stderr } = await capture(['check', EXAMPLE]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('工作表「推进情况」');
    expect(stdout).toMatch(/错误（6）/);
    for (const line of [
      /E4\s+FORMULA_RANGE_INCOMPLETE\s+合计行计划总投资的求和公式漏掉第 12 行/,
      /E6\s+SUM_MISMATCH\s+资金来源合计 200 万元 ≠ 计划总投资 210 万元/,
      /I8\s+BREAKDOWN_MISMATCH/,
      /D9\s+COUNT_MISMATCH/,
      /J12\s+RATE_MISMATCH\s+写明完成 80%，但 600户 ÷ 1000户 = 60%/,
      /G7\s+NUMBER_AS_TEXT/,
      /L10\s+DEADLINE_OVERDUE\s+完成时限 2025年5月 已到期（报告日期 2025-06-30）/,
      /K11\s+STATUS_INCONSISTENT\s+工作成效为「推进正常」/,
    ]) {
      expect(stdout).toMatch(line);
    }
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  it('colours severities on a terminal', async () => {
    expect((await capture(['check', EXAMPLE], true)).stdout).toMatch(/\u001b\[31m/);
  });

  it('exits 0 on a copy with the defects mended', async () => {
    const { code, stdout } = await capture(['check', mendedExample()]);
    expect(stdout).toContain('共 0 个错误');
    expect(code).toBe(0);
  });

  it('gives the JSON of report-format.md, valid against the schema', async () => {
    const { code, report } = await json(['check', EXAMPLE]);
    expect(code).toBe(1);
    expect(report).toMatchObject({ file: 'sample-ledger.xlsx', asOf: '2025-06-30', asOfSource: 'title' });
    expect(report.findings).toContainEqual({
      code: 'SUM_MISMATCH',
      severity: 'error',
      sheet: '推进情况',
      row: 6,
      rowEnd: 6,
      cell: 'E6',
      message: '资金来源合计 200 万元 ≠ 计划总投资 210 万元',
      expected: 210,
      actual: 200,
    });
    expect(report.summary).toEqual({ errors: 6, warnings: 2, infos: 0, items: 8 });
  });

  it('writes messages in English with --lang en', async () => {
    const { report } = await json(['check', EXAMPLE, '--lang', 'en']);
    const finding = report.findings.find((f: { cell: string }) => f.cell === 'E6');
    expect(finding.message).toBe('The funding sources add up to 200 万元, not the 计划总投资 of 210 万元');
  });

  it('takes --as-of over the title', async () => {
    expect((await json(['check', EXAMPLE, '--as-of', '2025-03-31'])).report).toMatchObject({ asOf: '2025-03-31', asOfSource: 'flag' });
  });

  it('runs only the rules named, or switches one off or changes its severity', async () => {
    const only = (await json(['check', EXAMPLE, '--rules', 'SUM_MISMATCH,COUNT_MISMATCH'])).report;
    expect(new Set(only.findings.map((f: { code: string }) => f.code))).toEqual(new Set(['SUM_MISMATCH', 'COUNT_MISMATCH']));
    const tuned = (await json(['check', EXAMPLE, '--rules', 'NUMBER_AS_TEXT=error,SUM_MISMATCH=off'])).report;
    expect(tuned.findings.find((f: { code: string }) => f.code === 'NUMBER_AS_TEXT').severity).toBe('error');
    expect(tuned.findings.some((f: { code: string }) => f.code === 'SUM_MISMATCH')).toBe(false);
  });

  it('gives one report per file, a JSON array for several', async () => {
    const { code, report } = await json(['check', EXAMPLE, sharedPath('linyi')]);
    expect(code).toBe(1);
    expect(report.map((r: { file: string }) => r.file)).toEqual(['sample-ledger.xlsx', 'linyi-2022-dec-progress.xlsx']);
  });

  it('exits 0 when only warnings and notes are found (lianshui)', async () => {
    expect((await capture(['check', sharedPath('lianshui')])).code).toBe(0);
  });

  it('reports the readable files of a batch and names the unreadable one, exit 2', async () => {
    const { code, stdout, stderr } = await capture(['check', EXAMPLE, path.join(dir, 'missing.xlsx')]);
    expect(code).toBe(2);
    expect(stdout).toContain('sample-ledger.xlsx');
    expect(stderr).toContain('无法读取「missing.xlsx」');
  });

  it.each([
    [['check', EXAMPLE, '--rules', 'NO_SUCH_RULE'], '未知规则「NO_SUCH_RULE」'],
    [['check', EXAMPLE, '--rules', 'SUM_MISMATCH=loud'], '设置「loud」无效'],
    [['check', path.join(dir, 'missing.xlsx')], '无法读取「missing.xlsx」：文件不存在'],
  ])('%j fails with one line and exit 2, nothing on stdout', async (argv, message) => {
    const { code, stdout, stderr } = await capture(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });
});

describe('taizhang check: progress at the report date', () => {
  it('prints per-status counts and the per-lead-unit table (shanting at 2025-03-31)', async () => {
    const { stdout } = await capture(['check', '--as-of', '2025-03-31', sharedPath('shanting')]);
    expect(stdout).toContain('进度状态（报告日期 2025-03-31）：已完成 1 · 超序时');
    expect(stdout).toMatch(/滞后 8/);
    expect(stdout).toMatch(/牵头单位\s+事项\s+滞后\s+逾期/);
    expect(stdout).toMatch(/区人社局\s+2\s+2\s+0/);
    expect(stdout).toMatch(/区住建局\s+2\s+1\s+0/);
    expect(stdout).toMatch(/区交运局\s+4\s+2\s+0/);
  });

  it('gives each item its completion, 序时进度, deadline, status and plans in the JSON', async () => {
    const { report } = await json(['check', '--as-of', '2025-03-31', sharedPath('shanting')]);
    expect(report.items).toHaveLength(33);
    const heating = report.items.find((i: { row: number }) => i.row === 22);
    expect(heating).toMatchObject({
      sheet: '一季度台账',
      row: 22,
      rowEnd: 22,
      targets: [{ value: 3, unit: '公里', subject: '供热管网' }],
      actuals: [{ value: 0.2, unit: '公里' }],
      completion: 0.0667,
      timeElapsed: 0.2466,
      deadline: '2025-12-31',
      status: '滞后',
      nextPlan: '加快项目规划论证,积极筹措资金,推进项目建设。',
    });
    for (const item of report.items) {
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['completion', 'timeElapsed', 'deadline', 'status', 'currentPlan', 'nextPlan']));
    }
    expect(report.progress.byLead.find((l: { lead: string }) => l.lead === '区人社局')).toEqual({ lead: '区人社局', items: 2, behind: 2, overdue: 0 });
  });

  it('reads this and next period’s plan from the plan cells (lianshui at 2024-06-30)', async () => {
    const { report } = await json(['check', '--as-of', '2024-06-30', sharedPath('lianshui')]);
    expect(report.items[0]).toMatchObject({
      currentPlan: '二季度：做好创建幼儿园环境创设、设施设备添置、课程建设工作。',
      nextPlan: '三季度：做好创建申报材料、台账资料,模拟现场验收,购置图书和游戏材料。',
      deadline: '2024-12-31',
      timeElapsed: 0.4973,
    });
  });
});
