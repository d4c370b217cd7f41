import { formatRowList, formulaRangeIncompleteRule, summedReferences } from '../../../src/core/rules/formulaRangeIncomplete';
import { CellSpec, LedgerSpec } from '../../helpers/ledger';
import { testRule } from '../../helpers/ruleTester';

const HEADERS = ['序号', '项目名称', '项目计划总投资', '上级补助', '责任单位'];

/** A project list whose rows start on sheet row 3 (title on 1, header on 2). */
function projects(...rows: CellSpec[][]): LedgerSpec {
  return { title: '2024年民生实事项目表', headers: HEADERS, rows };
}

/** Five projects on sheet rows 3–7: 项目计划总投资 110+200+50+60+70 = 490, 上级补助 10+20+5+6+7 = 48. */
const ITEMS: CellSpec[][] = [
  ['1', '提升幼儿保教质量', 110, 10, '教体局'],
  ['2', '关爱困难学生', 200, 20, '教体局'],
  ['3', '提升基层医疗服务能力', 50, 5, '卫健委'],
  ['4', '提升医疗急救能力', 60, 6, '卫健委'],
  ['5', '增加普惠托育供给', 70, 7, '卫健委'],
];

/** The totals row under ITEMS (sheet row 8) with the given 项目计划总投资 formula and value. */
function totals(f: string, v: number): CellSpec[] {
  return ['', '合计', { v, f }, { v: 48, f: 'SUM(D3:D7)' }, ''];
}

/** Two sections, each closed by a 小计, then the 合计 (sheet rows 3–12). */
function sections(first: string, second: string, total: string): LedgerSpec {
  return projects(
    ['一、教育惠民'],
    ['1', '提升幼儿保教质量', 110, 10, '教体局'],
    ['2', '关爱困难学生', 200, 20, '教体局'],
    ['', '小计', { v: 310, f: first }, { v: 30, f: 'SUM(D4:D5)' }, ''],
    ['二、医疗健康'],
    ['3', '提升基层医疗服务能力', 50, 5, '卫健委'],
    ['4', '提升医疗急救能力', 60, 6, '卫健委'],
    ['5', '增加普惠托育供给', 70, 7, '卫健委'],
    ['', '小计', { v: 180, f: second }, { v: 18, f: 'SUM(D8:D10)' }, ''],
    ['', '合计', { v: 490, f: total }, { v: 48, f: 'D6+D11' }, '']
  );
}

testRule(formulaRangeIncompleteRule, {
  valid: [
    { name: 'a SUM over all items', ledger: projects(...ITEMS, totals('SUM(C3:C7)', 490)) },
    { name: 'absolute references, lower case', ledger: projects(...ITEMS, totals('sum($c$3:$C$7)', 490)) },
    { name: 'SUBTOTAL(9, …) and SUBTOTAL(109, …)', ledger: projects(...ITEMS, ['', '合计', { v: 490, f: 'SUBTOTAL(9,C3:C7)' }, { v: 48, f: 'SUBTOTAL(109, D3:D7)' }, '']) },
    { name: 'a plain sum of references', ledger: projects(...ITEMS, totals('C3+C4+C5+C6+C7', 490)) },
    { name: 'a leading plus, as Lotus users type', ledger: projects(...ITEMS, totals('+C3+C4+C5+C6+C7', 490)) },
    { name: 'several ranges and references', ledger: projects(...ITEMS, totals('SUM(C3:C4,C5,C6:C7)', 490)) },
    { name: 'a range qualified with its own sheet', ledger: projects(...ITEMS, totals("SUM('台账'!C3:C7)", 490)) },
    {
      name: 'a SUM over all items with a blank row inside',
      ledger: projects(...ITEMS.slice(0, 2), [], ...ITEMS.slice(2), ['', '合计', { v: 490, f: 'SUM(C3:C8)' }, { v: 48, f: 'SUM(D3:D8)' }, '']),
    },
    { name: 'a range reaching past the items', ledger: projects(...ITEMS, totals('SUM(C2:C7)', 490)) },
    { name: 'a circular range over its own cell (Excel warns)', ledger: projects(...ITEMS, totals('SUM(C3:C8)', 490)) },
    { name: 'another sheet', ledger: projects(...ITEMS, totals('SUM(明细!C3:C6)', 420)) },
    { name: 'another column', ledger: projects(...ITEMS, totals('SUM(D3:D6)', 41)) },
    { name: 'not a plain sum', ledger: projects(...ITEMS, totals('SUM(C3:C6)*1', 420)) },
    { name: 'a lone reference copies a figure', ledger: projects(...ITEMS, totals('C3', 110)) },
    { name: 'a named range', ledger: projects(...ITEMS, totals('SUM(投资)', 490)) },
    {
      name: 'the rows left out hold no figure in the column',
      ledger: projects(...ITEMS.slice(0, 4), ['5', '增加普惠托育供给', null, 7, '卫健委'], totals('SUM(C3:C6)', 420)),
    },
    {
      name: 'the rows left out hold words, not figures (待定, 50万)',
      ledger: projects(...ITEMS.slice(0, 3), ['4', '提升医疗急救能力', '待定', 6, '卫健委'], ['5', '增加普惠托育供给', '50万', 7, '卫健委'], totals('SUM(C3:C5)', 360)),
    },
    {
      name: 'a totals row above the items, as in lianshui',
      ledger: projects(['', '项目（合计：5个）', { v: 490, f: 'SUM(C4:C8)' }, { v: 48, f: 'SUM(D4:D8)' }, ''], ...ITEMS),
    },
    { name: 'subtotals over their sections and a totals over the subtotals', ledger: sections('SUM(C4:C5)', 'SUM(C8:C10)', 'C6+C11') },
    { name: 'a totals formula over the items of both sections', ledger: sections('SUM(C4:C5)', 'SUM(C8:C10)', 'SUM(C4:C5,C8:C10)') },
    {
      name: 'section totals labelled 合计, each over its own section',
      ledger: projects(
        ['一、教育惠民'],
        ['1', '提升幼儿保教质量', 110, 10, '教体局'],
        ['2', '关爱困难学生', 200, 20, '教体局'],
        ['', '合计', { v: 310, f: 'SUM(C4:C5)' }, { v: 30, f: 'SUM(D4:D5)' }, ''],
        ['二、医疗健康'],
        ['3', '提升基层医疗服务能力', 50, 5, '卫健委'],
        ['', '合计', { v: 50, f: 'SUM(C8)' }, { v: 5, f: 'SUM(D8)' }, '']
      ),
    },
    {
      name: 'subtotals above the sections they add up',
      ledger: projects(
        ['', '小计', { v: 310, f: 'SUM(C4:C5)' }, { v: 30, f: 'SUM(D4:D5)' }, ''],
        ['1', '提升幼儿保教质量', 110, 10, '教体局'],
        ['2', '关爱困难学生', 200, 20, '教体局'],
        ['', '小计', { v: 180, f: 'SUM(C7:C9)' }, { v: 18, f: 'SUM(D7:D9)' }, ''],
        ['3', '提升基层医疗服务能力', 50, 5, '卫健委'],
        ['4', '提升医疗急救能力', 60, 6, '卫健委'],
        ['5', '增加普惠托育供给', 70, 7, '卫健委']
      ),
    },
    {
      name: 'a category column: a subtotal stands for its own category only, when another category has none',
      ledger: {
        title: '2024年民生实事项目表',
        headers: ['项目类别', '序号', '项目名称', '项目计划总投资', '责任单位'],
        rows: [
          ['教育惠民', '1', '提升幼儿保教质量', 110, '教体局'],
          ['', '2', '关爱困难学生', 200, '教体局'],
          ['', '', '小计', { v: 310, f: 'SUM(D3:D4)' }, ''],
          ['医疗健康', '3', '提升基层医疗服务能力', 50, '卫健委'],
          ['', '4', '提升医疗急救能力', 60, '卫健委'],
          ['养老服务', '5', '增加普惠托育供给', 70, '民政局'],
          ['', '6', '开展老年智能服务', 20, '民政局'],
          ['', '', '小计', { v: 90, f: 'SUM(D8:D9)' }, ''],
        ],
        merges: ['A3:A4', 'A6:A7', 'A8:A9'],
      },
    },
    {
      name: 'a total merged over two sub-items counts once, at its top row',
      ledger: {
        ...projects(['1', '提升幼儿保教质量', 110, 10, '教体局'], ['', '', null, null, '教体局'], ['2', '关爱困难学生', 200, 20, '教体局'], ['', '合计', { v: 310, f: 'C3+C5' }, { v: 30, f: 'D3+D5' }, '']),
        merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4'],
      },
    },
  ],
  invalid: [
    {
      name: 'a SUM that stops short of the last item',
      ledger: projects(...ITEMS, totals('SUM(C3:C6)', 420)),
      findings: [
        {
          cell: 'C8',
          row: 8,
          rowEnd: 8,
          expected: 490,
          actual: 420,
          message: '合计行项目计划总投资的求和公式漏掉第 7 行：全部项目合计 490，公式结果 420',
        },
      ],
    },
    {
      name: 'a figure typed as text in a row left out counts as the figure it shows',
      ledger: projects(...ITEMS.slice(0, 4), ['5', '增加普惠托育供给', '70', 7, '卫健委'], totals('SUM(C3:C6)', 420)),
      findings: [{ cell: 'C8', expected: 490, actual: 420 }],
    },
    {
      name: 'a SUM whose range misses rows added later, two ranges missed',
      ledger: projects(...ITEMS, ['6', '开展老年智能服务', 20, 2, '民政局'], ['', '合计', { v: 310, f: 'SUM(C3:C4,C6)' }, { v: 50, f: 'SUM(D3:D8)' }, '']),
      findings: [{ cell: 'C9', expected: 510, actual: 310, message: /漏掉第 5、7–8 行/ }],
    },
    {
      name: 'a plain sum of references that leaves one out',
      ledger: projects(...ITEMS, totals('C3+C4+C6+C7', 440)),
      findings: [{ cell: 'C8', expected: 490, actual: 440, message: /漏掉第 5 行/ }],
    },
    {
      name: 'absolute, lower case, SUBTOTAL and own-sheet references are read alike',
      ledger: projects(...ITEMS, ['', '合计', { v: 420, f: "subtotal(9,'台账'!$C$3:$C$6)" }, { v: 41, f: 'sum($D$3:$D$6)' }, '']),
      findings: [
        { cell: 'C8', expected: 490, actual: 420 },
        { cell: 'D8', expected: 48, actual: 41, message: /^合计行上级补助/ },
      ],
    },
    {
      name: 'a formula without a cached value: actual is the sum of what it covers',
      ledger: projects(...ITEMS, ['', '合计', { v: null, f: 'SUM(C3:C5)' }, { v: 48, f: 'SUM(D3:D7)' }, '']),
      findings: [{ cell: 'C8', expected: 490, actual: 360, message: /漏掉第 6–7 行/ }],
    },
    {
      name: 'a totals row above the items whose SUM stops short',
      ledger: projects(['', '项目（合计：5个）', { v: 420, f: 'SUM(C4:C7)' }, { v: 48, f: 'SUM(D4:D8)' }, ''], ...ITEMS),
      findings: [{ cell: 'C3', row: 3, rowEnd: 3, expected: 490, actual: 420, message: /漏掉第 8 行/ }],
    },
    {
      name: 'a subtotal missing the last item of its section',
      ledger: sections('SUM(C4:C5)', 'SUM(C8:C9)', 'C6+C11'),
      findings: [
        {
          cell: 'C11',
          expected: 180,
          actual: 180,
          message: '小计行项目计划总投资的求和公式漏掉本段第 10 行：本段项目合计 180，公式结果 180',
        },
      ],
    },
    {
      name: 'a subtotal above its section that stops short',
      ledger: projects(
        ['', '小计', { v: 310, f: 'SUM(C4:C5)' }, { v: 30, f: 'SUM(D4:D5)' }, ''],
        ['1', '提升幼儿保教质量', 110, 10, '教体局'],
        ['2', '关爱困难学生', 200, 20, '教体局'],
        ['', '小计', { v: 110, f: 'SUM(C7:C8)' }, { v: 18, f: 'SUM(D7:D9)' }, ''],
        ['3', '提升基层医疗服务能力', 50, 5, '卫健委'],
        ['4', '提升医疗急救能力', 60, 6, '卫健委'],
        ['5', '增加普惠托育供给', 70, 7, '卫健委']
      ),
      findings: [{ cell: 'C6', expected: 180, actual: 110, messageId: 'subtotal', message: /漏掉本段第 9 行/ }],
    },
    {
      name: 'a totals formula over one subtotal and part of the other section',
      ledger: sections('SUM(C4:C5)', 'SUM(C8:C10)', 'C6+C8+C9'),
      findings: [{ cell: 'C12', expected: 490, actual: 490, messageId: 'totals', message: /漏掉第 10 行/ }],
    },
  ],
});

describe('summedReferences', () => {
  it.each([
    ['SUM(F5:F50)', [[4, 5, 49, 5]]],
    ['=SUM(F5:F50,F52)', [[4, 5, 49, 5], [51, 5, 51, 5]]],
    ['SUM($F$5:$F$54)', [[4, 5, 53, 5]]],
    ['F5+F6+F7', [[4, 5, 4, 5], [5, 5, 5, 5], [6, 5, 6, 5]]],
    ['SUBTOTAL(9,F5:F54)', [[4, 5, 53, 5]]],
    ['sum( f5 : f9 )', null],
    ['sum( f5:f9 ) + F12', [[4, 5, 8, 5], [11, 5, 11, 5]]],
    ['SUM(F54:F5)', [[4, 5, 53, 5]]],
  ])('%s', (formula, areas) => {
    const refs = summedReferences(formula);
    expect(refs && refs.map((r) => [r.area.top, r.area.left, r.area.bottom, r.area.right])).toEqual(areas);
  });

  it('keeps the sheet a reference names', () => {
    expect(summedReferences("SUM('项目 表'!F5:F9,Sheet2!F3)")?.map((r) => r.sheet)).toEqual(['项目 表', 'Sheet2']);
    expect(summedReferences("SUM('It''s'!F5:F9)")?.map((r) => r.sheet)).toEqual(["It's"]);
    expect(summedReferences('SUM(F5:F9)')?.map((r) => r.sheet)).toEqual([null]);
  });

  it.each(['F5', 'SUM(F:F)', 'AVERAGE(F5:F9)', 'SUM(F5:F9)-F3', 'SUM(F5:F9', 'SUBTOTAL(1,F5:F9)', 'SUM(SUM(F5:F9))', 'F5 F6', '', 'SUM()', "SUM('Sheet!F5)"])(
    '%j is not a plain sum',
    (formula) => {
      expect(summedReferences(formula)).toBeNull();
    }
  );
});

describe('formatRowList', () => {
  it('joins consecutive rows and cuts a long list', () => {
    expect(formatRowList([50, 51, 52, 53])).toBe('51–54');
    expect(formatRowList([4, 6, 7])).toBe('5、7–8');
    expect(formatRowList([0, 2, 4, 6, 8, 10, 12, 14, 16, 18])).toBe('1、3、5、7、9、11、13、15等');
  });
});
