import { totalNotFormulaRule } from '../../../src/core/rules/totalNotFormula';
import { CellSpec, LedgerSpec, ledger } from '../../helpers/ledger';
import { testRule } from '../../helpers/ruleTester';

const HEADERS = ['序号', '项目名称', '项目计划总投资', '上级补助', '县财政统筹', '责任单位'];

/** A project list whose rows start on sheet row 3 (title on 1, header on 2). */
function projects(...rows: CellSpec[][]): LedgerSpec {
  return { title: '2024年民生实事项目表', headers: HEADERS, rows };
}

const ITEMS: CellSpec[][] = [
  ['1', '提升幼儿保教质量', 110, 10, 100, '教体局'],
  ['2', '关爱困难学生', 2678, 1575, 1103, '教体局'],
];

testRule(totalNotFormulaRule, {
  valid: [
    {
      name: 'a totals row of formulas',
      ledger: projects(...ITEMS, ['', '合计', { v: 2788, f: 'SUM(C3:C4)' }, { v: 1585, f: 'SUM(D3:D4)' }, { v: 1203, f: 'SUM(E3:E4)' }, '']),
    },
    {
      name: 'typed figures on item rows',
      ledger: projects(...ITEMS),
    },
    {
      name: 'empty totals cells and a label only',
      ledger: projects(...ITEMS, ['', '合计', null, null, null, '']),
    },
    {
      name: 'a totals figure typed as text (NUMBER_AS_TEXT says so)',
      ledger: projects(...ITEMS, ['', '合计', '2788', { v: 1585, f: 'SUM(D3:D4)' }, { v: 1203, f: 'SUM(E3:E4)' }, '']),
    },
    {
      name: 'a CSV file, which cannot hold formulas',
      workbook: { ...ledger(projects(...ITEMS, ['', '合计', 2788, 1585, 1203, ''])), name: '项目表.csv' },
    },
    {
      name: 'the totals row of a table without figure columns',
      ledger: {
        headers: ['序号', '工作任务', '推进情况', '牵头单位'],
        rows: [['1', '新增城镇就业', '已新增就业1052人', '人社局'], ['', '合计', 1, '']],
      },
    },
  ],
  invalid: [
    {
      name: 'a totals row typed by hand above the items, as in lianshui',
      ledger: projects(['', '项目（合计：2个）', 2788, 1585, 1203, ''], ...ITEMS),
      findings: [
        { cell: 'C3', row: 3, rowEnd: 3, actual: 2788, message: '合计行的项目计划总投资 2788 是手工录入的数字，改用求和公式可随明细自动更新' },
        { cell: 'D3', actual: 1585, messageId: 'totals' },
        { cell: 'E3', actual: 1203, messageId: 'totals' },
      ],
    },
    {
      name: 'one typed cell among formulas',
      ledger: projects(...ITEMS, ['', '合计', { v: 2788, f: 'SUM(C3:C4)' }, 1585, { v: 1203, f: 'SUM(E3:E4)' }, '']),
      findings: [{ cell: 'D5', row: 5, rowEnd: 5, actual: 1585 }],
    },
    {
      name: 'a typed zero is typed too',
      ledger: projects(...ITEMS, ['', '合计', { v: 2788, f: 'SUM(C3:C4)' }, { v: 1585, f: 'SUM(D3:D4)' }, 0, '']),
      findings: [{ cell: 'E5', actual: 0 }],
    },
    {
      name: 'a subtotal row',
      ledger: projects(
        ['一、教育惠民'],
        ...ITEMS,
        ['', '小计', 2788.5, { v: 1585, f: 'SUM(D4:D5)' }, { v: 1203, f: 'SUM(E4:E5)' }, '']
      ),
      findings: [{ cell: 'C6', actual: 2788.5, message: '小计行的项目计划总投资 2788.5 是手工录入的数字，改用求和公式可随明细自动更新' }],
    },
  ],
});
