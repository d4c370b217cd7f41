import { duplicateItemRule } from '../../../src/core/rules/duplicateItem';
import { CellSpec, LedgerSpec, ledgerGrid } from '../../helpers/ledger';
import { testRule } from '../../helpers/ruleTester';

/** A progress report whose rows start on sheet row 3 (title on 1, header on 2). */
function progress(rows: CellSpec[][], merges?: string[]): LedgerSpec {
  return {
    title: '2023年民生实事项目推进情况表',
    headers: ['编号', '项目名称', '任务目标', '项目推进情况', '牵头单位'],
    rows,
    merges,
  };
}

testRule(duplicateItemRule, {
  valid: [
    {
      name: 'distinct projects',
      ledger: progress([
        ['1', '两河体育公园项目', '建设体育公园', '已完工', '县住建局'],
        ['2', '农村清洁取暖建设项目', '清洁取暖8000户', '已完成', '县住建局'],
      ]),
    },
    {
      name: 'numbering that restarts per section with other names (lanling)',
      ledger: progress([
        ['1', '两河体育公园项目', '建设体育公园', '已完工', '县住建局'],
        ['2', '农村清洁取暖建设项目', '清洁取暖8000户', '已完成', '县住建局'],
        ['1', '推进城乡公益性岗位扩容提质', '创设岗位9370个', '已完成', '县人社局'],
        ['2', '提高困难群众救助标准', '动态调整', '推进正常', '县民政局'],
      ]),
    },
    {
      name: 'one task under two lead units on adjacent rows (linyi 编号 38)',
      ledger: progress([
        ['37', '推进高峰时段京沪高速临沂段一型客车免费通行', '免费通行', '已完成', '市交通运输局'],
        ['38', '推进城市公园建设', '综合公园', '完成年度任务', '市住建局'],
        ['38', '推进城市公园建设', '街角游园、口袋公园', '已完成全年任务', '市城市管理局'],
      ]),
    },
    {
      name: 'one task under two lead units on rows apart',
      ledger: progress([
        ['38', '推进城市公园建设', '综合公园', '完成年度任务', '市住建局'],
        ['39', '发展农村新型住房', '优化村庄规划', '推进正常', '市住建局'],
        ['38', '推进城市公园建设', '街角游园、口袋公园', '已完成全年任务', '市城市管理局'],
      ]),
    },
    {
      name: 'sub-items of one target merged down (shanting)',
      ledger: {
        title: '2025年一季度民生实事工作进展情况台账',
        headers: ['序号', '目标任务', '具体项目内容', '责任单位', '进展情况'],
        rows: [
          ['1', '基层医疗服务提升工程', '新增样板村卫生室30处', '区卫健局', '已开工'],
          ['', '', '推进村卫生室一体化管理', '区卫健局', '持续推进'],
          ['', '', '推进20家定点医疗机构“刷脸办”', '区医保局', '已完成。'],
          ['2', '优质教育综合提升工程', '扩增普通高中学位400个', '区教体局', '已上报'],
        ],
        merges: ['A3:A5', 'B3:B5'],
      },
    },
    {
      name: 'unit-year rows of one project (tancheng)',
      ledger: {
        headers: [
          ['序号', '名称', '牵头单位及分年度工作任务', '', '工作措施'],
          ['', '', '年度', '牵头单位及工作任务', ''],
        ],
        rows: [
          ['1', '保障城乡供水', '2024年', '县水务集团：加大供水管网敷设面。', '加强组织领导。'],
          ['', '', '', '县水利局：完成17处工程提升改造。', '强化资金保障。'],
          ['', '', '2025年', '县水务集团：实现信息化管理。', '加强督导调度。'],
          ['2', '推进农田水利工程建设', '2024年', '县农业农村局：规划建设高标准农田5万亩。', '做好项目储备。'],
        ],
        merges: ['C1:D1', 'A1:A2', 'B1:B2', 'E1:E2', 'A3:A5', 'B3:B5', 'C3:C4'],
      },
    },
    {
      name: 'a short name again under another number',
      ledger: progress([
        ['1', '其他', '其他事项', '推进正常', '县政府办'],
        ['2', '农村清洁取暖建设项目', '清洁取暖8000户', '已完成', '县住建局'],
        ['3', '其他', '其他事项', '推进正常', '县政府办'],
      ]),
    },
    {
      name: 'a name repeated on the next row without a number (sub-items laid out without merges)',
      ledger: {
        headers: ['目标任务', '具体项目内容', '责任单位', '进展情况'],
        rows: [
          ['城市环境品质提升工程', '新建供热管网3公里', '区住建局', '完成0.2公里'],
          ['城市环境品质提升工程', '完成香港街商业综合体建设', '山兴集团', '主体施工'],
          ['文化体育惠民提升工程', '安排戏曲演出280场', '区文旅局', '正在筹备'],
        ],
      },
    },
    {
      name: 'the same name in two tables of a workbook',
      workbook: {
        name: 'two.xlsx',
        sheets: [
          progress([['1', '两河体育公园项目', '建设体育公园', '已完工', '县住建局']]),
          { ...progress([['1', '两河体育公园项目', '建设体育公园', '已完工', '县住建局']]), sheet: '二季度' },
        ].map((spec) => ledgerGrid(spec)),
      },
    },
  ],
  invalid: [
    {
      name: 'the same name under two numbers',
      ledger: progress([
        ['1', '两河体育公园项目', '建设体育公园', '已完工', '县住建局'],
        ['2', '农村清洁取暖建设项目', '清洁取暖8000户', '已完成', '县住建局'],
        ['3', '两河 体育公园 项目', '建设体育公园', '推进正常', '县文旅局'],
      ]),
      findings: [{ cell: 'B5', row: 5, rowEnd: 5, message: '“两河体育公园项目”与第 3 行的项目重复' }],
    },
    {
      name: 'the same number and name with the same lead unit, rows apart',
      ledger: progress([
        ['38', '推进城市公园建设', '综合公园', '完成年度任务', '市住建局'],
        ['39', '发展农村新型住房', '优化村庄规划', '推进正常', '市住建局'],
        ['38', '推进城市公园建设', '综合公园', '完成年度任务', '市住建局'],
      ]),
      findings: [{ cell: 'B5', messageId: 'duplicate' }],
    },
    {
      name: 'a short name twice under the same number',
      ledger: progress([
        ['5', '其他', '其他事项', '推进正常', '县政府办'],
        ['6', '农村清洁取暖建设项目', '清洁取暖8000户', '已完成', '县住建局'],
        ['5', '其他', '其他事项', '推进正常', '县政府办'],
      ]),
      findings: [{ cell: 'B5', message: '“其他”与第 3 行的项目重复' }],
    },
    {
      name: 'a third occurrence names the first row; a merged group spans its rows',
      ledger: progress(
        [
          ['1', '两河体育公园项目', '建设体育公园', '已完工', '县住建局'],
          ['2', '两河体育公园项目', '建设健身步道', '推进正常', '县住建局'],
          ['', '', '建设球场', '推进正常', '县文旅局'],
          ['3', '两河体育公园项目', '建设体育公园', '推进正常', '县文旅局'],
        ],
        ['A4:A5', 'B4:B5']
      ),
      findings: [
        { cell: 'B4', row: 4, rowEnd: 4, message: /第 3 行/ },
        { cell: 'B6', message: /第 3 行/ },
      ],
    },
  ],
});
