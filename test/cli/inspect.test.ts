import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { capture } from '../helpers/cli';
import { sharedPath } from '../helpers/workbooks';

const EXAMPLE = path.resolve(__dirname, '..', '..', 'assets', 'examples', 'sample-ledger.xlsx');

describe('taizhang inspect', () => {
  it('describes the bundled example in Chinese', async () => {
    const { code, stdout, stderr } = await capture(['inspect', EXAMPLE]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('报告日期：2025-06-30');
    expect(stdout).toContain('表头 第 2–3 行；数据 第 5–12 行；合计行 4');
    expect(stdout).toContain('事项 8 个');
    expect(stdout).toContain('资金来源列：上级补助 F，县财政 G，社会资本 H（单位：万元）');
  });

  it('speaks English when asked', async () => {
    const { stdout } = await capture(['inspect', EXAMPLE, '--lang', 'en']);
    expect(stdout).toContain('header rows 2–3; data rows 5–12; totals row 4');
  });

  it('gives the JSON of the contract', async () => {
    const { code, stdout } = await capture(['inspect', sharedPath('lianshui'), '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['file', 'asOf', 'asOfSource', 'tables', 'summary']));
    expect(report.summary.items).toBe(50);
    expect(report.tables[0]).toMatchObject({ sheet: '项目表', kind: 'projects', headerRows: [2, 3], dataRows: [5, 54], totalsRow: 4, items: 50 });
    expect(report.tables[0].columns).toMatchObject({ name: 'C', investTotal: 'F', lead: 'M' });
  });

  it('gives one JSON array for several files', async () => {
    const { stdout } = await capture(['inspect', sharedPath('lianshui'), sharedPath('shanting'), '--format', 'json']);
    const reports = JSON.parse(stdout);
    expect(reports.map((r: { summary: { items: number } }) => r.summary.items)).toEqual([50, 33]);
  });

  describe('bad input: one line on stderr naming the file, exit code 2, nothing on stdout', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-cli-'));

    it.each([
      [['inspect', path.join(dir, '不存在.xlsx')], '无法读取「不存在.xlsx」：文件不存在'],
      [['inspect', dir], '这是一个文件夹'],
      [['inspect', path.join(dir, 'a.docx')], '不支持的文件类型'],
      [['inspect'], '请给出要处理的文件'],
      [['frobnicate', EXAMPLE], '未知命令「frobnicate」'],
      [['inspect', EXAMPLE, '--format', 'xml'], '--format 只能是 text 或 json'],
      [['inspect', EXAMPLE, '--as-of', '2023-02-30'], '--as-of 应为 YYYY-MM-DD'],
      [['inspect', EXAMPLE, '--bogus'], '参数有误'],
    ])('%j', async (argv, message) => {
      fs.writeFileSync(path.join(dir, 'a.docx'), 'not a workbook');
      const { code, stdout, stderr } = await capture(argv);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
    });
  });
});
