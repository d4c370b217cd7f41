import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { capture } from '../helpers/cli';
import { FIELD_DIR } from '../helpers/fieldCorpus';
import { sharedPath } from '../helpers/workbooks';

const EXAMPLE = path.resolve(__dirname, '..', '..', 'assets', 'examples', 'sample-ledger.xlsx');
const field = (id: string): string => path.join(FIELD_DIR, `${id}.xlsx`);

/** The tables of a report, as schema/check-report.schema.json describes them: inspect gives the same. */
function tableValidator(): (table: unknown) => string | null {
  const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'check-report.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true });
  ajv.addSchema(schema);
  const validate = ajv.getSchema(`${schema.$id}#/definitions/table`);
  if (!validate) throw new Error('the schema defines no table');
  return (table) => (validate(table) ? null : ajv.errorsText(validate.errors));
}

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

  describe('the arithmetic found and why a column has its role', () => {
    it('lists each relation with the rows (or, for a totals row, the columns) it holds and breaks on', async () => {
      const { code, stdout } = await capture(['inspect', field('hunan-2021-old-housing-renovation')]);
      expect(code).toBe(0);
      expect(stdout).toContain(
        [
          '  列：序号 A，名称 B',
          '  指标：累计开工数（目标 C，完成 D，完成率 E）',
          '  指标：累计完成投资额(万元)（目标 F，完成 G，完成率 H）',
          '  关系：19 = Σ 5–18：3 / 4 列成立（F 列不成立）',
          '  关系：E = D ÷ C：15 / 15 行成立',
          '  关系：H = G ÷ F：15 / 15 行成立',
          '',
        ].join('\n'),
      );
      const { stdout: planted } = await capture(['inspect', path.join(FIELD_DIR, 'jiaozuo-2018-funding.planted.xlsx')]);
      expect(planted).toContain('  关系：B = C + D：6 / 8 行成立（第 3、10 行不成立）\n');
      const { stdout: english } = await capture(['inspect', field('hunan-2021-old-housing-renovation'), '--lang', 'en']);
      expect(english).toContain('  Relation: 19 = Σ 5–18: holds in 3 of 4 columns (not in column F)\n');
      expect(english).toContain('  Indicator: 累计开工数 (target C, done D, rate E)\n');
      expect(english).toContain('  Relation: E = D ÷ C: holds on 15 of 15 rows\n');
    });

    it('says why, only for a column whose role came from the arithmetic or its cells rather than its header', async () => {
      const { stdout } = await capture(['inspect', field('jiaozuo-2018-funding')]);
      expect(stdout).toContain(
        [
          '  列：名称 A，计划总投资 B，备注 E',
          '  资金来源列：中央资金 C，省级资金 D（单位：无）',
          '  识别依据：计划总投资 B（据关系：B = C + D；把握 85%）',
          '  关系：B = C + D：7 / 8 行成立（第 10 行不成立）',
          '  另有：空行 第 11 行',
        ].join('\n'),
      );
      const { stdout: english } = await capture(['inspect', field('jiaozuo-2018-funding'), '--lang', 'en']);
      expect(english).toContain('  Evidence: total investment B (by arithmetic: B = C + D; 85% sure)\n');
      expect(english).toContain('  Relation: B = C + D: holds on 7 of 8 rows (not on row 10)\n');
      // the columns of the same roles and grounds together
      const { stdout: dianjiang } = await capture(['inspect', field('dianjiang-2021-funding')]);
      expect(dianjiang).toContain(
        '  识别依据：资金来源 C、E、G（据关系：I = C + E + G；把握 85%），资金来源 D、F、H（据关系：J = D + F + H；把握 85%），计划总投资 I（据关系：I = C + E + G；把握 85%）\n',
      );
      // every role named by its header: no evidence line
      const { stdout: lianshui } = await capture(['inspect', sharedPath('lianshui')]);
      expect(lianshui).not.toContain('识别依据');
      expect(lianshui).toContain('  关系：F = H + I + J + K：50 / 50 行成立\n');
    });

    it('names a column by what its cells hold when its header says nothing', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-cli-'));
      const csv = path.join(dir, '各市.csv');
      const cities = ['长沙市', '株洲市', '湘潭市', '衡阳市', '邵阳市', '岳阳市'];
      fs.writeFileSync(csv, ['序号,地方,建设任务,目标值,完成值', ...cities.map((city, i) => `${i + 1},${city},改造老旧小区,${100 - 10 * i},${50 - 5 * i}`)].join('\n'));
      const { stdout } = await capture(['inspect', csv]);
      expect(stdout).toContain('  识别依据：名称 B（据内容：6 / 6 格是地名；把握 65%）\n');
      const { stdout: english } = await capture(['inspect', csv, '--lang', 'en']);
      expect(english).toContain('  Evidence: name B (by content: 6 of 6 cells are place names; 65% sure)\n');
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('gives the evidence, relations and indicators in the JSON, as the schema describes a table', async () => {
      const { stdout } = await capture(['inspect', field('hunan-2021-old-housing-renovation'), field('jiaozuo-2018-funding'), '--format', 'json']);
      const [hunan, jiaozuo] = JSON.parse(stdout);
      const invalid = tableValidator();
      for (const table of [...hunan.tables, ...jiaozuo.tables]) expect(invalid(table)).toBeNull();
      expect(hunan.tables[0].relations).toEqual([
        { id: 'rows:19', kind: 'rowSum', expression: '19 = Σ 5–18', holds: ['C', 'D', 'G'], breaks: ['F'] },
        expect.objectContaining({ id: 'ratio:E=D/C', kind: 'ratio', expression: 'E = D ÷ C', breaks: [] }),
        expect.objectContaining({ id: 'ratio:H=G/F', kind: 'ratio', expression: 'H = G ÷ F', breaks: [] }),
      ]);
      expect(hunan.tables[0].indicators).toHaveLength(2);
      expect(jiaozuo.tables[0].evidence.B).toMatchObject({ roles: ['investTotal'], confidence: 0.85, signals: expect.arrayContaining([{ kind: 'relation', relation: 'sum:B=C+D' }]) });
      // the schema holds a table to its shape
      expect(invalid({ ...jiaozuo.tables[0], relations: [{ ...jiaozuo.tables[0].relations[0], kind: 'mean' }] })).not.toBeNull();
    });
  });

  describe('bad input: one line on stderr naming the file, exit code 2, nothing on stdout', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-cli-'));

    it.each([
      [['inspect', path.join(dir, '不存在.xlsx')], '无法读取「不存在.xlsx」：文件不存在'],
      [['inspect', dir], '这是一个文件夹'],
      [['inspect', path.join(dir, 'a.docx')], '不支持的文件类型'],
      [['inspect'], '请给出要处理的文件'],
      [['frobnicate', EXAMPLE], '未知命令「frobnicate」。可用命令：check、compare、fill、inspect、next。'],
      [['toString', EXAMPLE], '未知命令「toString」'],
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
