import { Grid, Workbook, cellText } from '../../../src/core/grid';
import { itemUnmatchedRule } from '../../../src/core/rules/itemUnmatched';
import { check } from '../../helpers/check';
import { CellSpec, LedgerSpec, ledgerGrid } from '../../helpers/ledger';
import { testRule } from '../../helpers/ruleTester';
import { readShared } from '../../helpers/workbooks';

const PROGRESS_HEADERS = ['序号', '项目名称', '推进情况', '工作成效', '责任单位'];

/** A progress sheet written for a project list, rows from sheet row 3 (title on 1, header on 2). */
function progressSheet(sheet: string, rows: CellSpec[][], title = '2024年县政府民生实事项目推进情况表（1-6月份）'): Grid {
  return ledgerGrid({ sheet, title, headers: PROGRESS_HEADERS, rows });
}

/** A small project list: numbering restarts in the second section. */
const LIST: LedgerSpec = {
  sheet: '项目表',
  title: '2024年民生实事项目表',
  headers: ['序号', '项目名称', '任务目标', '责任单位'],
  rows: [
    ['1', '两河体育公园项目', '建设体育公园1处', '县住建局'],
    ['2', '农村清洁取暖建设项目', '清洁取暖改造8000户', '县住建局'],
    ['3', '推进城市公园建设', '新建口袋公园20处', '县城管局'],
    ['1', '推进城乡公益性岗位扩容提质', '开发公益性岗位9370个', '县人社局'],
    ['2', '提高困难群众救助标准', '提高城乡低保标准', '县民政局'],
  ],
};

function withList(...progress: Grid[]): Workbook {
  return { name: 'two.xlsx', sheets: [ledgerGrid(LIST), ...progress] };
}

const ALL_REPORTED: CellSpec[][] = [
  ['1', '两河体育公园项目', '正在施工', '推进正常', '县住建局'],
  ['2', '农村清洁取暖建设项目', '已完成方案', '推进正常', '县住建局'],
  ['3', '推进城市公园建设工作', '新建口袋公园8处', '推进正常', '县城管局'],
  ['1', '推进城乡公益性岗位扩容提质', '上岗4947人', '推进正常', '县人社局'],
  ['2', '提高困难群众救助标准', '已提标', '推进正常', '县民政局'],
];

/** lianshui's project list with a progress sheet for it that leaves project 37 out and adds one it lacks. */
function lianshuiWithProgress(): Workbook {
  const list = readShared('lianshui').sheets[0];
  const rows: CellSpec[][] = [];
  for (let r = 4; r <= 53; r++) {
    const seq = cellText(list.cells[r][1]);
    if (seq === '37') continue;
    const done = seq === '16' ? '已完成高素质农民培训1400人次' : '按计划推进';
    rows.push([seq, cellText(list.cells[r][2]), done, '推进正常', cellText(list.cells[r][12])]);
  }
  rows.push(['51', '建设城市书房', '已完成选址', '推进正常', '文广旅局']);
  return { name: 'lianshui.xlsx', sheets: [list, progressSheet('6月推进情况', rows)] };
}

testRule(itemUnmatchedRule, {
  valid: [
    {
      name: 'a single progress table (lanling)',
      workbook: readShared('lanling'),
    },
    {
      name: 'a single project list (lianshui)',
      workbook: readShared('lianshui'),
    },
    {
      name: 'numbering that restarts per section and a name written longer (推进城市公园建设工作) still link',
      workbook: withList(progressSheet('6月推进情况', ALL_REPORTED)),
    },
    {
      name: 'name variants: scan spaces, a line break',
      workbook: withList(
        progressSheet('6月推进情况', [
          ['1', '两河 体育 公园项目', '正在施工', '推进正常', '县住建局'],
          ['2', '农村清洁取暖\n建设项目', '已完成方案', '推进正常', '县住建局'],
          ['3', '推进城市公园建设', '新建口袋公园8处', '推进正常', '县城管局'],
          ['1', '推进城乡公益性岗位扩容提质', '上岗4947人', '推进正常', '县人社局'],
          ['2', '提高困难群众救助标准', '已提标', '推进正常', '县民政局'],
        ])
      ),
    },
    {
      name: 'a progress table about another list: too little links to say which rows are unmatched',
      workbook: withList(
        progressSheet('推进情况', [
          ['1', '新建城市书房', '已选址', '推进正常', '县文旅局'],
          ['2', '改造老旧小区', '已开工', '推进正常', '县住建局'],
          ['3', '两河体育公园项目', '正在施工', '推进正常', '县住建局'],
        ])
      ),
    },
    {
      name: 'two progress tables and no project list',
      workbook: {
        name: 'progress.xlsx',
        sheets: [progressSheet('5月', ALL_REPORTED.slice(0, 3)), progressSheet('6月', ALL_REPORTED.slice(0, 2))],
      },
    },
    {
      name: 'a project left out of an earlier report but in the latest one',
      workbook: withList(progressSheet('5月', ALL_REPORTED.slice(0, 4)), progressSheet('6月', ALL_REPORTED)),
    },
  ],
  invalid: [
    {
      name: 'lianshui: project 37 left out of the June report, a project 51 the list does not have',
      workbook: lianshuiWithProgress(),
      findings: [
        { cell: 'C41', row: 41, rowEnd: 41, message: '项目「37 建设梦想小屋」未出现在最新的推进情况表「6月推进情况」中' },
        { cell: 'B52', row: 52, rowEnd: 52, message: '「51 建设城市书房」在「项目表」中没有对应的项目' },
      ],
    },
    {
      name: 'missing is judged against the latest progress table only',
      workbook: withList(progressSheet('5月', ALL_REPORTED), progressSheet('6月', ALL_REPORTED.slice(0, 4))),
      findings: [{ cell: 'B7', row: 7, messageId: 'missing', message: /提高困难群众救助标准/ }],
    },
    {
      name: 'an unmatched progress project over sub-items is one finding over its rows',
      workbook: withList(
        ledgerGrid({
          sheet: '一季度台账',
          title: '2024年一季度民生实事工作进展情况台账',
          headers: ['序号', '目标任务', '具体项目内容', '责任单位', '进展情况'],
          rows: [
            ['1', '两河体育公园项目', '建设体育公园1处', '县住建局', '正在施工'],
            ['2', '农村清洁取暖建设项目', '清洁取暖改造8000户', '县住建局', '已完成方案'],
            ['3', '推进城市公园建设', '新建口袋公园20处', '县城管局', '新建口袋公园8处'],
            ['1', '推进城乡公益性岗位扩容提质', '开发公益性岗位9370个', '县人社局', '上岗4947人'],
            ['2', '提高困难群众救助标准', '提高城乡低保标准', '县民政局', '已提标'],
            ['3', '供电优质服务提升工程', '完成1个非直供小区供电设施改造', '区供电中心', '电气施工完成30%'],
            ['', '', '完成51个行政村电网升级改造', '区供电中心', '已完成15个村'],
          ],
          merges: ['A8:A9', 'B8:B9'],
        })
      ),
      findings: [{ cell: 'B8', row: 8, rowEnd: 9, messageId: 'orphan' }],
    },
  ],
});

it('reports the two lianshui findings on their own sheets', () => {
  const { findings } = check(lianshuiWithProgress(), {}, [itemUnmatchedRule]);
  expect(findings.map((f) => [f.code, f.sheet, f.cell, f.row, f.rowEnd])).toEqual([
    ['ITEM_UNMATCHED', '项目表', 'C41', 41, 41],
    ['ITEM_UNMATCHED', '6月推进情况', 'B52', 52, 52],
  ]);
});

describe('a progress item with no target text reads its project', () => {
  const { progress } = check(lianshuiWithProgress(), {}, [itemUnmatchedRule]);
  const training = progress.items.find((p) => p.item.sheet === '6月推进情况' && p.item.group.seq === '16');

  it('links project 16 (培育高素质职业农民) and takes its target 2800人次', () => {
    expect(training?.project?.sheet).toBe('项目表');
    expect(training?.project?.row).toBe(19);
    expect(training?.completion.targets).toEqual([{ value: 2800, unit: '人次', subject: '高素质农民培训' }]);
  });

  it('sets 1400人次 against it: completion 0.5', () => {
    expect(training?.completion.basis).toBe('figures');
    expect(training?.completion.completion).toBeCloseTo(0.5, 6);
  });

  it('links every other project of the report, numbers and names alike', () => {
    expect(progress.links.orphans.map((item) => item.group.seq)).toEqual(['51']);
    expect(progress.links.missing.map((group) => group.seq)).toEqual(['37']);
  });
});
