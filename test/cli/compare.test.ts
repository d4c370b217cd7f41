import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { capture } from '../helpers/cli';
import { ledgerGrid } from '../helpers/ledger';
import { expectValidCompareReport, expectValidReport } from '../helpers/schema';
import { writeGrids } from '../helpers/workbooks';
import { period } from '../helpers/compareTester';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-compare-'));

function save(name: string, spec: ReturnType<typeof period>): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, writeGrids([ledgerGrid(spec)], 'xlsx'));
  return file;
}

const LAST = save(
  'march.xlsx',
  period([
    ['1', '新建供热管网项目', '新建供热管网3公里', 500, '县住建局', '2025年10月底', '截至3月底，累计完成管网铺设1.2公里', '推进正常'],
    ['2', '城区老旧小区改造', '改造老旧小区12个', 3000, '县住建局', '2025年11月', '3月15日召开调度会，完成设计方案', '推进正常'],
    ['3', '新建城市书房', '新建城市书房5个', 100, '县文旅局', '2025年9月', '完成选址', '推进正常'],
  ])
);
const THIS = save(
  'april.xlsx',
  period([
    ['1', '新增公办幼儿园学位', '新增学位600个', 800, '县教体局', '2025年8月', '主体施工', '推进正常'],
    ['2', '新建供热管网项目', '新建供热管网3公里', 500, '县住建局', '2025年10月底', '截至4月底，累计完成管网铺设0.9公里', '推进正常'],
    ['3', '城区老旧小区改造', '改造老旧小区12个', 3000, '县住建局', '2025年11月', '4月12日召开调度会，完成设计方案', '推进正常'],
  ])
);
const QUIET = save(
  'april-quiet.xlsx',
  period([
    ['1', '新建供热管网项目', '新建供热管网3公里', 500, '县住建局', '2025年10月底', '截至4月底，累计完成管网铺设1.5公里', '推进正常'],
    ['2', '城区老旧小区改造', '改造老旧小区12个', 3000, '县住建局', '2025年11月', '完成施工招标，3个小区进场施工', '推进正常'],
    ['3', '新建城市书房', '新建城市书房5个', 100, '县文旅局', '2025年9月', '完成2个书房装修', '推进正常'],
  ])
);

describe('taizhang compare', () => {
  it('prints this period’s check and the section 对比上期, each change at its cell, and exits 1 on a regression', async () => {
    const { code, stdout, stderr } = await capture(['compare', LAST, THIS, '--as-of', '2025-04-30']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain('台账助手校验报告：april.xlsx');
    expect(stdout).toContain('对比上期：march.xlsx');
    expect(stdout).toMatch(/事项对应 2 对；新增 1 个，减少 1 个，对应不确定 0 个。/);
    expect(stdout).toMatch(/G4\s+PROGRESS_REGRESSED\s+完成率由上期 40% 降为 30%/);
    expect(stdout).toMatch(/G5\s+PROGRESS_UNCHANGED\s+与上期推进情况相同（相似度 100%）/);
    expect(stdout).toMatch(/B3\s+ITEM_ADDED\s+本期新增事项「新增公办幼儿园学位」/);
    expect(stdout).toMatch(/上期工作表「台账」[\s\S]*B5\s+ITEM_REMOVED\s+上期事项「新建城市书房」/);
  });

  it('writes this period’s check report with the comparison under compare, each held to its schema', async () => {
    const { code, stdout } = await capture(['compare', LAST, THIS, '--as-of', '2025-04-30', '--format', 'json']);
    expect(code).toBe(1);
    const output = JSON.parse(stdout);
    expectValidReport(output);
    expectValidCompareReport(output.compare);
    expect(output.file).toBe('april.xlsx');
    expect(output.compare.lastFile).toBe('march.xlsx');
    expect(output.compare.findings.map((f: { code: string; cell: string }) => `${f.cell} ${f.code}`)).toEqual([
      'B3 ITEM_ADDED',
      'G4 PROGRESS_REGRESSED',
      'G4 PROGRESS_REGRESSED',
      'G5 PROGRESS_UNCHANGED',
      'B5 ITEM_REMOVED',
    ]);
    expect(output.compare.summary).toMatchObject({ pairs: 2, added: 1, removed: 1, uncertain: 0, errors: 2 });
  });

  it('exits 0 when neither this period’s check nor the comparison finds an error', async () => {
    const { code, stdout } = await capture(['compare', LAST, QUIET, '--as-of', '2025-04-30']);
    expect(code).toBe(0);
    expect(stdout).toContain('与上期相比：推进情况没有照搬或倒退，目标、时限、投资和事项没有变动。');
    expect(stdout).toMatch(/事项对应 3 对；新增 0 个，减少 0 个/);
  });

  it('speaks English with --lang en', async () => {
    const { stdout } = await capture(['compare', LAST, THIS, '--as-of', '2025-04-30', '--lang', 'en']);
    expect(stdout).toContain('Against last period: march.xlsx');
    expect(stdout).toMatch(/PROGRESS_UNCHANGED\s+Progress is the same as last period's/);
  });

  it('names the file it cannot read in one line and exits 2', async () => {
    const missing = path.join(dir, 'february.xlsx');
    const { code, stdout, stderr } = await capture(['compare', missing, THIS]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('taizhang: 无法读取「february.xlsx」：文件不存在\n');
  });

  it('asks for exactly two files', async () => {
    const { code, stderr } = await capture(['compare', THIS]);
    expect(code).toBe(2);
    expect(stderr).toBe('taizhang: compare 需要两个文件：上期台账和本期台账。\n');
  });

  it('lists every command when the command is unknown', async () => {
    const { code, stderr } = await capture(['comapre', LAST, THIS]);
    expect(code).toBe(2);
    expect(stderr).toBe('taizhang: 未知命令「comapre」。可用命令：check、compare、fill、inspect、next。\n');
  });

  it('shows compare in the usage text', async () => {
    const { stdout } = await capture(['--help']);
    expect(stdout).toContain('taizhang compare 上期文件 本期文件');
  });
});
