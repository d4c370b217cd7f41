import { sumMismatchRule } from '../../../src/core/rules/sumMismatch';
import { testRule } from '../../helpers/ruleTester';
import { progressReport, projectList } from './sumsAndCounts.fixtures';
import { planted, plantedCell } from '../../helpers/workbooks';

// Real texts from the five workbooks, cut to the sentences that matter.
const LINYI_JOBS = '创设城乡公益性岗位4.73万个,其中乡村公益性岗位4.2万个,城镇公益性岗位5300个,积极消纳农村剩余劳动力和城镇长期失业人员。';
const LANLING_JOBS = '开发城乡公益性岗位 9370 人，其中乡村岗 9000 人、城镇岗 370 人。';
const LIANSHUI_CARE = '职工基本医疗保险参保人员先行参加长期护理保险，筹资标准为每人每年80元。其中，个人缴费10元、职工医保统筹基金划拨60元、财政补助10元。';
const LANLING_SCHOOL =
  '第二实验中学拟建设小学教学楼两栋，小学综合楼一栋，初中教学楼两栋，初中综合楼一栋，报告厅一座，建筑面积39318平方米。其中地下建筑面积4369m ² ，地上建筑面积34769m ² ，教学楼、综合楼、南北连廊33854m ² ，综合报告厅915m ² 。项目建成后，新增加中学班级数36个。';

testRule(sumMismatchRule, {
  valid: [
    {
      name: 'a project whose total is the sum of its sources',
      ledger: projectList([['一、教育惠民', '1', '守护学生健康', '体检', 520, 520, 67, 453, null, null, '教体局']]),
    },
    {
      name: 'a project whose sources are all blank',
      ledger: projectList([['一、教育惠民', '1', '守护学生健康', '体检', 520, 520, null, null, null, null, '教体局']]),
    },
    {
      name: 'sources that add up only with float residue (0.1 + 0.2 against 0.3)',
      ledger: projectList([['一、教育惠民', '1', '守护学生健康', '体检', 0.3, 0.3, 0.1, 0.2, null, null, '教体局']]),
    },
    {
      name: 'lianshui totals: 69911.5 against 22894.5 + 27247 + 1526 + 18244, summed with residue',
      ledger: projectList([
        ['项目（合计：2个）', '', '', '', 69911.5, 69911.5, 22894.5, 27247, 1526, 18244, ''],
        ['一、教育惠民', '1', '甲', '甲', 34955.7, 34955.7, 11447.3, 13623.4, 763, 9122, '教体局'],
        ['', '2', '乙', '乙', 34955.8, 34955.8, 11447.2, 13623.6, 763, 9122, '教体局'],
      ], ['A4:D4']),
    },
    {
      name: 'sources stored as text that add up',
      ledger: projectList([['一、教育惠民', '1', '提升幼儿保教质量', '创建', '110', 110, null, '110', null, null, '教体局']]),
    },
    {
      name: 'sources marked none with a dash',
      ledger: projectList([['一、教育惠民', '1', '提升幼儿保教质量', '创建', 110, 110, '—', 110, '-', null, '教体局']]),
    },
    {
      name: 'sources that fund the year of a multi-year project (they add up to the year, not the total)',
      ledger: projectList([['一、宜居环境', '1', '供水管网', '改造', 15200, 4000, 1000, 3000, null, null, '住建局']]),
    },
    {
      name: 'a source that is text makes the sum unknowable',
      ledger: projectList([['一、宜居环境', '1', '供水管网', '改造', 15200, 15200, '待争取', 3000, null, null, '住建局']]),
    },
    {
      name: 'a totals row that is a =SUM formula (its range is another rule\'s business)',
      ledger: projectList([
        ['合计', '', '', '', { v: 300, f: 'SUM(E5:E5)' }, { v: 300, f: 'SUM(F5:F5)' }, null, null, null, null, ''],
        ['一、教育惠民', '1', '甲', '甲', 300, 300, null, 300, null, null, '教体局'],
        ['', '2', '乙', '乙', 200, 200, null, 200, null, null, '教体局'],
      ]),
    },
    {
      name: 'subtotal rows are not counted into the grand total',
      ledger: projectList([
        ['一、教育惠民', '1', '甲', '甲', 300, 300, null, 300, null, null, '教体局'],
        ['', '2', '乙', '乙', 200, 200, null, 200, null, null, '教体局'],
        ['', '小计', '', '', 500, 500, null, 500, null, null, ''],
        ['二、医疗健康', '3', '丙', '丙', 100, 100, 100, null, null, null, '卫健委'],
        ['', '小计', '', '', 100, 100, 100, null, null, null, ''],
        ['合计', '', '', '', 600, 600, 100, 500, null, null, ''],
      ], ['A4:A6', 'A7:A8']),
    },
    {
      name: 'a 合计 row between items totals its section and is not set against the whole table',
      ledger: projectList([
        ['一、教育惠民', '1', '甲', '甲', 300, 300, null, 300, null, null, '教体局'],
        ['', '合计', '', '', 300, 300, null, 300, null, null, ''],
        ['二、医疗健康', '2', '乙', '乙', 200, 200, null, 200, null, null, '卫健委'],
        ['', '合计', '', '', 200, 200, null, 200, null, null, ''],
      ], ['A4:A5', 'A6:A7']),
    },
    {
      name: 'a rate column on the totals row is no sum',
      ledger: {
        headers: ['序号', '项目名称', '目标值', '完成率', '牵头单位'],
        rows: [
          ['1', '培训', 100, 0.5, '人社局'],
          ['2', '见习', 300, 0.9, '人社局'],
          ['合计', '', 400, 0.8, ''],
        ],
      },
    },
    { name: 'linyi: 4.73万个, of which 4.2万个 and 5300个', ledger: progressReport([{ progress: LINYI_JOBS }]) },
    { name: 'lanling: 9370 人, of which 9000 人 and 370 人', ledger: progressReport([{ target: LANLING_JOBS }]) },
    { name: 'lianshui: the whole stands in the sentence before 其中', ledger: progressReport([{ target: LIANSHUI_CARE }]) },
    {
      name: 'lanling: 其中 inside brackets ends at the bracket',
      ledger: progressReport([{ progress: '6 月底上岗 4947 人（其中城镇岗 215 人，乡村岗 4732 人），完成任务的 52.80%。' }]),
    },
    {
      name: 'lanling: 120名 of which 80人 and 40人 (名 and 人 count alike)',
      ledger: progressReport([{ target: '依托残疾人托养服务机构,为120名残疾人提供托养服务,其中:日间照料80人、居家服务40人。' }]),
    },
    {
      name: '其中 with a single part smaller than the whole',
      ledger: progressReport([{ progress: '1-12月，全市发放各项定期待遇5126万元，其中市本级发放1745万元。' }]),
    },
    {
      name: 'shanting: parts in another unit than the whole (处 against 家)',
      ledger: progressReport([{ progress: '30处样板村卫生室已全部开工建设，其中新建7家、改扩建23家；86处薄弱村卫生室改造提升工作正加快推进。' }]),
    },
    {
      name: 'lanling: parts of mixed units that restate their own total (共计137个场站)',
      ledger: progressReport([
        {
          target:
            '建设安装交流电充电桩 3000 个、直流电充电桩 1000 个，小直流充电桩 650 个。其中，2023 年度建设内容：共建设 30 个公快站，1 座物流专用站，4 个景区站，42 个企事业单位、医院、学校驻地站，60 个小区站，共计 137 个场站。',
        },
      ]),
    },
    {
      name: 'the same breakdown without the 座: the parts restate their total, so the whole before 其中 is not theirs',
      ledger: progressReport([
        { target: '小直流充电桩 650 个。其中，2023 年度共建设 30 个公快站，4 个景区站，42 个驻地站，60 个小区站，共计 136 个场站。' },
      ]),
    },
    {
      name: 'lanling: the whole is one of a list (20个乡镇卫生院、1家社区卫生服务中心)',
      ledger: progressReport([
        { progress: '全县共有20个乡镇卫生院、1家社区卫生服务中心,其中6家通过了“优质服务基层行”推荐标准、15家通过了“基本标准”的线上评审验收。' },
      ]),
    },
    {
      name: 'linyi: parts given for each of several (各)',
      ledger: progressReport([
        { progress: '全市各县区共建成14家成人接种门诊，其中兰山区、蒙阴县各建成2家成人接种门诊，其余10个县区各建1家成人接种门诊。' },
      ]),
    },
    {
      name: 'linyi: shares in percent are no parts of a count',
      ledger: progressReport([
        { progress: '排查隐患问题2141个，已全部整治完成。其中，生活垃圾占46.7%，农作物秸秆占23.7%，其他占15.8%，河道底淤泥占7.2%，生活生产污水直排占5.7%，管网溢流占0.9%。' },
      ]),
    },
    {
      name: 'lanling: parts mixing money and a share',
      ledger: progressReport([
        { progress: '1-6 月份，一般公共预算支出累计完成 33.7 亿元，完成年初预算的 47.3%。其中，民生支出完成 27.62 亿元，占一般公共预算支出总额的 81.9%，教育、卫生健康分别支出 9.48 亿元和 1.56 亿元。' },
      ]),
    },
    {
      name: 'a list of parts ending in 等 is not exhaustive',
      ledger: progressReport([{ progress: '新建卫生室30家，其中新建7家、改扩建13家等。' }]),
    },
    {
      name: 'a whole of at least (以上) may exceed its parts',
      ledger: progressReport([{ progress: '培训1000人以上，其中农民300人、妇女200人。' }]),
    },
    {
      name: 'parts covering less than half the whole single some out, they do not list all',
      ledger: progressReport([{ progress: '城镇新增就业1.2万人，其中失业人员再就业2000人、就业困难人员就业380人。' }]),
    },
    {
      name: 'an approximate whole (约) allows the approximate tolerance',
      ledger: progressReport([{ progress: '受益群众约100人，其中老人60人、儿童44人。' }]),
    },
    {
      name: 'rounded figures whose ranges meet: 2.2亿元 against 1.43亿元 + 0.8亿元',
      ledger: progressReport([{ progress: '发放贷款2.2亿元，其中创业担保贷款1.43亿元、信用贷款0.8亿元。' }]),
    },
    {
      name: '尤其中 is no 其中',
      ledger: progressReport([{ progress: '扶持企业50家，尤其中小企业30家、微型企业10家。' }]),
    },
  ],
  invalid: [
    {
      name: 'a project whose sources add up to more than its total (the report-format example)',
      ledger: projectList([['一、医疗健康', '13', '护佑妇女儿童健康', '筛查', 487, 487, 293, 200, null, null, '卫健委']]),
      findings: [
        { cell: 'E4', row: 4, rowEnd: 4, messageId: 'funding', message: '资金来源合计 493 万元 ≠ 项目计划总投资 487 万元', expected: 487, actual: 493 },
      ],
    },
    {
      name: 'a project whose total is stored as text and does not add up',
      ledger: projectList([['一、教育惠民', '1', '提升幼儿保教质量', '创建', '120', 120, null, 110, null, null, '教体局']]),
      findings: [{ cell: 'E4', expected: 120, actual: 110 }],
    },
    {
      name: 'sources beyond the table\'s rounding (0.02 off at two decimals)',
      ledger: projectList([['一、教育惠民', '1', '甲', '甲', 10.25, 10.25, 5.12, 5.11, null, null, '教体局']]),
      findings: [{ cell: 'E4', expected: 10.25, actual: 10.23 }],
    },
    {
      name: 'a project spanning two rows is read once, at its first row',
      ledger: projectList(
        [
          ['一、教育惠民', '1', '甲', '甲', 100, 100, 50, 40, null, null, '教体局'],
          ['', '', '', null, null, null, null, null, null, null, ''],
          ['', '2', '丙', '丙', 30, 30, 30, null, null, null, '教体局'],
        ],
        ['B4:B5', 'C4:C5', 'E4:E5', 'F4:F5', 'G4:G5', 'H4:H5'],
      ),
      findings: [{ cell: 'E4', row: 4, rowEnd: 5, expected: 100, actual: 90 }],
    },
    {
      name: 'a totals row typed by hand that no longer matches the items',
      ledger: projectList([
        ['项目（合计：2个）', '', '', '', 600, 500, null, 500, null, null, ''],
        ['一、教育惠民', '1', '甲', '甲', 300, 300, null, 300, null, null, '教体局'],
        ['', '2', '乙', '乙', 200, 200, null, 200, null, null, '教体局'],
      ], ['A4:D4']),
      findings: [
        { cell: 'E4', row: 4, rowEnd: 4, messageId: 'totals', message: '合计行「项目计划总投资」600 万元 ≠ 各项目之和 500 万元', expected: 500, actual: 600 },
      ],
    },
    {
      name: 'a totals formula other than SUM is compared by its value',
      ledger: projectList([
        ['一、教育惠民', '1', '甲', '甲', 300, 300, null, 300, null, null, '教体局'],
        ['', '2', '乙', '乙', 200, 200, null, 200, null, null, '教体局'],
        ['', '3', '丙', '丙', 100, 100, null, 100, null, null, '教体局'],
        ['合计', '', '', '', { v: 500, f: 'E4+E5' }, 600, null, 600, null, null, ''],
      ]),
      findings: [{ cell: 'E7', expected: 600, actual: 500 }],
    },
    {
      name: 'a grand total that adds the subtotals in as well',
      ledger: projectList([
        ['一、教育惠民', '1', '甲', '甲', 300, 300, null, 300, null, null, '教体局'],
        ['', '2', '乙', '乙', 200, 200, null, 200, null, null, '教体局'],
        ['', '小计', '', '', 500, 500, null, 500, null, null, ''],
        ['合计', '', '', '', 1000, 500, null, 500, null, null, ''],
      ], ['A4:A6']),
      findings: [{ cell: 'E7', expected: 500, actual: 1000 }],
    },
    {
      name: 'a subtotal that misses its category (named by the merged category cell)',
      ledger: projectList([
        ['一、教育惠民', '1', '甲', '甲', 300, 300, null, 300, null, null, '教体局'],
        ['', '2', '乙', '乙', 200, 200, null, 200, null, null, '教体局'],
        ['', '小计', '', '', 450, 500, null, 500, null, null, ''],
        ['二、医疗健康', '3', '丙', '丙', 100, 100, 100, null, null, null, '卫健委'],
        ['', '小计', '', '', 100, 100, 100, null, null, null, ''],
      ], ['A4:A6', 'A7:A8']),
      findings: [
        { cell: 'E6', row: 6, rowEnd: 6, messageId: 'subtotal', message: '小计行「项目计划总投资」450 万元 ≠ 本类 2 个项目之和 500 万元', expected: 500, actual: 450 },
      ],
    },
    {
      name: 'a subtotal with no category of its own adds the items since the previous subtotal',
      ledger: projectList([
        ['', '1', '甲', '甲', 300, 300, null, 300, null, null, '教体局'],
        ['', '小计', '', '', 300, 300, null, 300, null, null, ''],
        ['', '2', '乙', '乙', 200, 200, null, 200, null, null, '教体局'],
        ['', '3', '丙', '丙', 100, 100, null, 100, null, null, '教体局'],
        ['', '小计', '', '', 300, 300, null, 200, null, null, ''],
      ]),
      findings: [{ cell: 'H8', expected: 300, actual: 200 }],
    },
    {
      name: 'subtotals that head their sections add up the items below them',
      ledger: projectList([
        ['', '小计', '', '', 500, 500, null, 500, null, null, ''],
        ['', '1', '甲', '甲', 300, 300, null, 300, null, null, '教体局'],
        ['', '2', '乙', '乙', 200, 200, null, 200, null, null, '教体局'],
        ['', '小计', '', '', 150, 100, 100, null, null, null, ''],
        ['', '3', '丙', '丙', 100, 100, 100, null, null, null, '卫健委'],
      ]),
      findings: [{ cell: 'E7', expected: 100, actual: 150 }],
    },
    {
      name: 'a subtotal after a section heading row adds the items since the heading',
      ledger: {
        headers: ['序号', '项目名称', '项目计划总投资', '责任单位'],
        rows: [
          ['一、教育惠民', null, null, null],
          ['1', '甲', 300, '教体局'],
          ['2', '乙', 200, '教体局'],
          ['小计', '', 600, ''],
          ['二、医疗健康', null, null, null],
          ['3', '丙', 100, '卫健委'],
          ['小计', '', 100, ''],
        ],
      },
      findings: [{ cell: 'C5', expected: 500, actual: 600 }],
    },
    {
      name: 'linyi with 5300 planted as 6300: 4.2万 + 6300 = 48300 ≠ 4.73万',
      ledger: progressReport([{ progress: LINYI_JOBS.replace('5300', '6300') }]),
      findings: [{ cell: 'D3', row: 3, messageId: 'breakdown', message: '「其中」所列各项之和 48300 个 ≠ 城乡公益性岗位 47300 个', expected: 47300, actual: 48300 }],
    },
    {
      name: 'lanling with 370 planted as 470',
      ledger: progressReport([{ target: LANLING_JOBS.replace('370 人。', '470 人。') }]),
      findings: [{ cell: 'C3', expected: 9370, actual: 9470 }],
    },
    {
      name: 'lianshui with 个人缴费 planted as 20元: the whole in the sentence before',
      ledger: progressReport([{ target: LIANSHUI_CARE.replace('个人缴费10元', '个人缴费20元') }]),
      findings: [{ cell: 'C3', expected: 80, actual: 90 }],
    },
    {
      name: 'lanling as it is: 地下4369 + 地上34769 (itself 33854 + 915) = 39138 ≠ 建筑面积39318',
      ledger: progressReport([{ target: LANLING_SCHOOL }]),
      findings: [{ cell: 'C3', message: '「其中」所列各项之和 39138 平方米 ≠ 建筑面积 39318 平方米', expected: 39318, actual: 39138 }],
    },
    {
      name: 'parts in another magnitude of the same unit (亿元 and 万元), reported in the whole\'s unit',
      ledger: progressReport([{ progress: '发放贷款2.2亿元，其中创业担保贷款1.6亿元、信用贷款8000万元。' }]),
      findings: [{ cell: 'D3', expected: 2.2, actual: 2.4 }],
    },
    {
      name: 'parts that miss a category of the whole (more than half covered)',
      ledger: progressReport([{ progress: '完成城乡公益性岗位开发9370人，其中乡村岗6000人、城镇岗370人。' }]),
      findings: [{ cell: 'D3', expected: 9370, actual: 6370 }],
    },
    {
      name: 'an approximate whole beyond the approximate tolerance',
      ledger: progressReport([{ progress: '受益群众约100人，其中老人60人、儿童50人。' }]),
      findings: [{ cell: 'D3', expected: 100, actual: 110 }],
    },
    {
      name: 'lianshui with 自筹资金 of project 13 planted: the item and the totals row both miss',
      workbook: plantedCell('lianshui', 'I17', 200),
      findings: [
        { cell: 'I4', row: 4, messageId: 'totals', expected: 27253, actual: 27247 },
        { cell: 'F17', row: 17, messageId: 'funding', message: '资金来源合计 493 万元 ≠ 项目计划总投资 487 万元', expected: 487, actual: 493 },
      ],
    },
    {
      name: 'lianshui with a source stored as text that breaks the sum',
      workbook: plantedCell('lianshui', 'H7', '76'),
      findings: [
        { cell: 'H4', expected: 22903.5, actual: 22894.5 },
        { cell: 'F7', expected: 520, actual: 529 },
      ],
    },
    {
      name: 'linyi with the real cell planted (5300 as 6300: beyond what 4.2万 may round)',
      workbook: planted('linyi', 'D10', (t) => t.replace('5300', '6300')),
      findings: [{ cell: 'D10', expected: 47300, actual: 48300 }],
    },
  ],
});
