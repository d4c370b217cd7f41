import { numberAsTextRule } from '../../../src/core/rules/numberAsText';
import { CellSpec, LedgerSpec } from '../../helpers/ledger';
import { testRule } from '../../helpers/ruleTester';

const HEADERS = ['序号', '项目名称', '项目计划总投资', '上级补助', '县财政统筹', '责任单位'];

/** A project list whose rows start on sheet row 3 (title on 1, header on 2). */
function projects(...rows: CellSpec[][]): LedgerSpec {
  return { title: '2024年民生实事项目表', headers: HEADERS, rows };
}

testRule(numberAsTextRule, {
  valid: [
    {
      name: 'figures stored as numbers',
      ledger: projects(['1', '提升幼儿保教质量', 110, 10, 100, '教体局'], ['2', '关爱困难学生', 2678, 1575, 1103, '教体局']),
    },
    {
      name: 'numbers stored as numbers under a text number format',
      ledger: projects(['1', '提升幼儿保教质量', { v: 110, z: '@' }, { v: 10, z: '@' }, 100, '教体局']),
    },
    {
      name: 'text that is more than a number: 约50, 待定, 50万元, a dash',
      ledger: projects(
        ['1', '提升幼儿保教质量', '约50', '待定', '50万元', '教体局'],
        ['2', '关爱困难学生', '—', '五十', '50%', '教体局']
      ),
    },
    {
      name: 'numbers as text in text columns (序号, 责任单位)',
      ledger: projects(['1', '提升幼儿保教质量', 110, 10, 100, '12'], ['2', '关爱困难学生', 200, 0, 200, '3']),
    },
    {
      name: 'a formula whose result is text',
      ledger: projects(['1', '提升幼儿保教质量', { v: '110', f: 'TEXT(E3+D3,"0")' }, 10, 100, '教体局']),
    },
    {
      name: 'a number as text in a note row below the table',
      ledger: projects(['1', '提升幼儿保教质量', 110, 10, 100, '教体局'], ['注：', '', '', '', '', ''], ['', '', '50']),
    },
  ],
  invalid: [
    {
      name: 'a plain number typed as text',
      ledger: projects(['1', '提升幼儿保教质量', '50', 10, 40, '教体局']),
      findings: [{ cell: 'C3', row: 3, rowEnd: 3, actual: 50, message: '项目计划总投资“50”是以文本形式存储的数字，求和时会被跳过' }],
    },
    {
      name: 'thousands separators, padding and full-width digits',
      ledger: projects(
        ['1', '提升基层医疗服务能力', '1,215', 158, ' 1057 ', '卫健委'],
        ['2', '增加普惠托育供给', '１２０', '10.5', 109.5, '卫健委']
      ),
      findings: [
        { cell: 'C3', actual: 1215, message: /“1,215”/ },
        { cell: 'E3', actual: 1057, message: /^县财政统筹“1057”/ },
        { cell: 'C4', actual: 120, message: /“120”/ },
        { cell: 'D4', actual: 10.5 },
      ],
    },
    {
      name: 'target and actual values of a progress table',
      ledger: {
        headers: ['序号', '工作任务', '目标值', '完成值', '推进情况', '牵头单位'],
        rows: [
          ['1', '新增城镇就业', 2800, '1052', '已新增就业1052人', '人社局'],
          ['2', '开展职业技能培训', '6500', 3000, '已培训3000人', '人社局'],
        ],
      },
      findings: [
        { cell: 'D2', actual: 1052, message: /^完成值“1052”/ },
        { cell: 'C3', actual: 6500, message: /^目标值“6500”/ },
      ],
    },
    {
      name: 'a negative figure as text',
      ledger: projects(['1', '核减项目', '-20', -20, 0, '财政局']),
      findings: [{ cell: 'C3', actual: -20 }],
    },
    {
      name: 'a totals row figure typed as text',
      ledger: projects(['', '合计', '160', 10, 150, ''], ['1', '提升幼儿保教质量', 110, 10, 100, '教体局'], ['2', '建设梦想小屋', 50, 0, 50, '团县委']),
      findings: [{ cell: 'C3', row: 3, rowEnd: 3, actual: 160, messageId: 'textNumber' }],
    },
    {
      name: 'the finding spans the item: a sub-item row under a merged project',
      ledger: {
        ...projects(['1', '改善办学条件', 1160, 0, 1160, '教体局'], ['', '', '80', 0, 80, '教体局']),
        merges: ['A3:A4', 'B3:B4'],
      },
      findings: [{ cell: 'C4', row: 4, rowEnd: 4, actual: 80 }],
    },
  ],
});
