import { fillSeriesSuspectRule, tokenize } from '../../../src/core/rules/fillSeriesSuspect';
import { CellSpec, LedgerSpec } from '../../helpers/ledger';
import { testRule } from '../../helpers/ruleTester';

/**
 * A decomposition table (tancheng's layout): two header rows, then per project 序号 and 名称 merged
 * over its rows, 年度 merged over the rows of one year, one row per lead unit. Data from sheet row 3.
 */
function decomposition(rows: CellSpec[][], merges: string[]): LedgerSpec {
  return {
    headers: [
      ['序号', '名称', '牵头单位及分年度工作任务', '', '工作措施'],
      ['', '', '年度', '牵头单位及工作任务', ''],
    ],
    rows,
    merges: ['C1:D1', 'A1:A2', 'B1:B2', 'E1:E2', ...merges],
  };
}

/** One project over three year rows (sheet rows 3–5), with the given 工作任务 texts. */
function threeYears(tasks: string[], measures = ['加强监管。', '持续推进抽检。', '强化考核管理。']): LedgerSpec {
  return decomposition(
    [
      ['17', '加强质量安全监管', '2024年', tasks[0], measures[0]],
      ['', '', '2025年', tasks[1], measures[1]],
      ['', '', '2026年', tasks[2], measures[2]],
    ],
    ['A3:A5', 'B3:B5']
  );
}

/** A progress report whose rows start on sheet row 2. */
function progress(rows: CellSpec[][]): LedgerSpec {
  return { headers: ['编号', '项目名称', '任务目标', '项目推进情况', '牵头单位'], rows };
}

const RATE = '县市场监管局：气瓶质量追溯体系覆盖率100%，特种设备定期检验率稳定在';

testRule(fillSeriesSuspectRule, {
  valid: [
    {
      name: 'year rows whose text names their own year',
      ledger: threeYears(['县人社局：完成2024年就业任务。', '县人社局：完成2025年就业任务。', '县人社局：完成2026年就业任务。']),
    },
    {
      name: 'consecutive cells that differ in more than one number',
      ledger: threeYears([
        '县人社局：开发公益性岗位1400个，发放创业担保贷款2.2亿元。',
        '县人社局：开发公益性岗位1401个，发放创业担保贷款2.3亿元。',
        '县人社局：开发公益性岗位1402个，发放创业担保贷款2.4亿元。',
      ]),
    },
    {
      name: 'a decimal that grows by a tenth is a plan (2.2 → 2.3 → 2.4亿元)',
      ledger: threeYears(['县人社局：发放创业担保贷款2.2亿元。', '县人社局：发放创业担保贷款2.3亿元。', '县人社局：发放创业担保贷款2.4亿元。']),
    },
    {
      name: 'a target falling by one each year is a plan (5万亩 → 4万亩 → 3万亩)',
      ledger: threeYears(['县农业农村局：规划建设高标准农田5万亩。', '县农业农村局：规划建设高标准农田4万亩。', '县农业农村局：规划建设高标准农田3万亩。']),
    },
    {
      name: 'a number that steps by two',
      ledger: threeYears(['县住建局：完成危房改造36户。', '县住建局：完成危房改造38户。', '县住建局：完成危房改造40户。']),
    },
    {
      name: 'identical cells',
      ledger: threeYears(['县退役军人局：落实退役军人待遇保障。', '县退役军人局：落实退役军人待遇保障。', '县退役军人局：落实退役军人待遇保障。']),
    },
    {
      name: 'the 序号 column and short labels',
      ledger: progress([
        ['1', '第1批项目', '第1批', '推进正常', '县住建局'],
        ['2', '第2批项目', '第2批', '推进正常', '县住建局'],
        ['3', '第3批项目', '第3批', '推进正常', '县住建局'],
      ]),
    },
    {
      name: 'ordinary sequences within one cell',
      ledger: progress([
        ['1', '开展文化惠民活动', '①1月完成10场；②2月完成11场；③3月完成12场。', '推进正常', '县文旅局'],
        ['2', '提升全民健身水平', '①1月完成赛事2场；②2月完成赛事3场。', '推进正常', '县体育局'],
      ]),
    },
    {
      name: 'cells apart: an empty cell between them',
      ledger: progress([
        ['1', '开展文化惠民活动', '组织开展送戏下乡公益演出10场', '推进正常', '县文旅局'],
        ['2', '提升全民健身水平', '', '推进正常', '县体育局'],
        ['3', '丰富群众文化生活', '组织开展送戏下乡公益演出11场', '推进正常', '县文旅局'],
      ]),
    },
    {
      name: 'numbers in a figure column',
      ledger: {
        headers: ['序号', '项目名称', '项目计划总投资', '责任单位'],
        rows: [
          ['1', '提升幼儿保教质量', 110, '教体局'],
          ['2', '关爱困难学生', 111, '教体局'],
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'a rate dragged down three year rows (tancheng item 17)',
      ledger: threeYears([RATE + '100%。', RATE + '101%。', RATE + '102%。']),
      findings: [
        {
          cell: 'D4',
          row: 4,
          rowEnd: 4,
          expected: 100,
          actual: 101,
          message: '本格与第 3 行内容相同，只有数字由 100 逐行变为 101，疑似下拉填充所致',
        },
        { cell: 'D5', row: 5, rowEnd: 5, expected: 100, actual: 102 },
      ],
    },
    {
      name: 'two consecutive items of a progress report',
      ledger: progress([
        ['1', '开展文化惠民活动', '组织开展送戏下乡公益演出10场', '推进正常', '县文旅局'],
        ['2', '丰富群众文化生活', '组织开展送戏下乡公益演出11场', '推进正常', '县文旅局'],
        ['3', '提升全民健身水平', '开展全民健身赛事20场', '推进正常', '县体育局'],
      ]),
      findings: [{ cell: 'C3', row: 3, rowEnd: 3, expected: 10, actual: 11 }],
    },
    {
      name: 'a run that ends where the step breaks, and a new run after it',
      ledger: progress([
        ['1', '项目一', '组织开展送戏下乡公益演出10场', '推进正常', '县文旅局'],
        ['2', '项目二', '组织开展送戏下乡公益演出11场', '推进正常', '县文旅局'],
        ['3', '项目三', '组织开展送戏下乡公益演出13场', '推进正常', '县文旅局'],
        ['4', '项目四', '组织开展送戏下乡公益演出14场', '推进正常', '县文旅局'],
      ]),
      findings: [
        { cell: 'C3', expected: 10, actual: 11 },
        { cell: 'C5', expected: 13, actual: 14, message: /第 4 行/ },
      ],
    },
    {
      name: 'two lead units dragged down together: each unit steps across the years',
      ledger: decomposition(
        [
          ['7', '着力提升环境卫生', '2024年', '县住建局：清洁取暖3000户。', '确定安装户。'],
          ['', '', '', '县生态环境分局：完成5个农村社区生活污水治理工作。', '合理设计施工。'],
          ['', '', '2025年', '县住建局：清洁取暖3001户。', '确定安装户。'],
          ['', '', '', '县生态环境分局：完成6个农村社区生活污水治理工作。', '合理设计施工。'],
        ],
        ['A3:A6', 'B3:B6', 'C3:C4', 'C5:C6']
      ),
      findings: [
        { cell: 'D5', row: 5, rowEnd: 5, expected: 3000, actual: 3001, message: /第 3 行/ },
        { cell: 'D6', expected: 5, actual: 6, message: /第 4 行/ },
      ],
    },
    {
      name: 'a text column with no role of its own',
      ledger: {
        headers: ['编号', '项目名称', '推进情况', '备注信息', '牵头单位'],
        rows: [
          ['1', '项目一', '推进正常', '按计划完成第1阶段验收工作', '县文旅局'],
          ['2', '项目二', '推进正常', '按计划完成第2阶段验收工作', '县文旅局'],
        ],
      },
      findings: [{ cell: 'D3', expected: 1, actual: 2 }],
    },
  ],
});

describe('tokenize', () => {
  it('splits numbers, decimals included, from the rest', () => {
    expect(tokenize('检验率稳定在100%，贷款2.2亿元')).toEqual({ skeleton: '检验率稳定在\u0000%，贷款\u0000亿元', numbers: ['100', '2.2'] });
    expect(tokenize('第1.批')).toEqual({ skeleton: '第\u0000.批', numbers: ['1'] });
    expect(tokenize('')).toEqual({ skeleton: '', numbers: [] });
  });
});
