import { rateMismatchRule } from '../../../src/core/rules/rateMismatch';
import { CellSpec, LedgerSpec } from '../../helpers/ledger';
import { testRule } from '../../helpers/ruleTester';

/** A progress report as lanling keeps it: target, monthly plan and progress per project, rows from sheet row 3. */
function progress(...rows: [string, string, string][]): LedgerSpec {
  return {
    title: '2023年民生实事推进情况',
    headers: ['编号', '项目名称', '任务目标', '项目月度计划', '项目推进情况', '工作成效', '牵头单位'],
    rows: rows.map(([target, plan, done], i) => [String(i + 1), `项目${i + 1}`, target, plan, done, '推进正常', '县人社局']),
  };
}

/** A table with a completion-rate column beside target and achieved figures, rows from sheet row 3. */
function rates(...rows: CellSpec[][]): LedgerSpec {
  return {
    title: '民生实事完成情况统计表',
    headers: ['序号', '项目名称', '目标值', '完成值', '任务完成率', '牵头单位'],
    rows: rows.map((r, i) => [String(i + 1), `项目${i + 1}`, ...r, '县民政局']),
  };
}

const LANLING_14_TARGET = '开发城乡公益性岗位9370人，其中乡村岗9000人、城镇岗370人。';
const LANLING_14_PROGRESS =
  '4月已完成今年第一批1000个岗位开发任务并全部上岗。5月19日对今年第二批的岗位开发工作作出了安排部署，' +
  '目前正在对符合条件人员进行摸底调查，6 月底上岗 4947 人（其中城镇岗 215 人，乡村岗 4732 人），完成任务的 52.80%。';
const LANLING_20_TARGET = '2023年为48800名适龄妇女提供宫颈癌、乳腺癌免费检查服务，提升适龄人群健康水平。';
const LANLING_20_PLAN =
  '3-4月:筹备阶段; 5月:检查2440人,完成年度计划的5%; 6月:检查4880人,完成年度计划的10%; 7月:检查12200人,完成年度计划的25%; ' +
  '8月:检查19520人,完成年度计划的40%; 9月:检查29280人,完成年度计划的60%; 10月:检查39040人,完成年度计划的80%; ' +
  '11月:检查46360人,完成年度计划的95%; 12月:检查48800人,完成年度计划的100%。';
const LINYI_27_TARGET = '对全市40万名35—64岁的农村妇女和城镇低保妇女进行宫颈癌、乳腺癌免费筛查服务。';
const LINYI_27_PLAN =
  '①5月：检查6万人，完成年度计划的15%； ②6月：检查10万人，完成年度计划的25%； ③7月：检查18万人，完成年度计划的45%； ' +
  '⑧12月：检查40万人，完成年度计划的100%。';
const LINYI_28_TARGET = '争取各级救助资金，救助低收入“两癌”妇女500人，提高患病妇女救治率。';
const LINYI_28_PLAN =
  '②6月，开展省级“两癌”救助，审核患病妇女申报材料，救助患病妇女104名，完成全年目标的20.8%。\n' +
  '⑤9月，开展市级“两癌”救助，救助患病妇女300名，完成全年目标的80.8%。\n' +
  '⑧12月，开展全国“两癌”救助，救助患病妇女96名，完成全年目标的100%。';

testRule(rateMismatchRule, {
  valid: [
    {
      name: 'lanling row 14: 4947 of 9370 is 52.795%, printed 52.80%; the parts in parentheses are no achievement',
      ledger: progress([LANLING_14_TARGET, '', LANLING_14_PROGRESS]),
    },
    {
      name: 'lanling 两癌: every month of the plan against 48800名',
      ledger: progress([LANLING_20_TARGET, LANLING_20_PLAN, '截至6月底，已检查4970人。']),
    },
    {
      name: 'linyi 两癌 检查: 6万人 of 40万名 is 15%',
      ledger: progress([LINYI_27_TARGET, LINYI_27_PLAN, '']),
    },
    {
      name: 'linyi 两癌 救助: monthly increments 104, 300, 96 of 500 against cumulative rates',
      ledger: progress([LINYI_28_TARGET, LINYI_28_PLAN, '']),
    },
    {
      name: 'a completion percent with no achieved figure in its sentence is a statement, not a ratio',
      ledger: progress([
        '集中康复救助残疾儿童500名。',
        '⑥6月，完成残疾儿童集中康复救助全年训练量60%。⑨9月，完成施工形象进度的30%。',
        '一季度:完成全年任务的30%。刑事立案6起。完成全年目标50%。',
      ]),
    },
    {
      name: 'the rounding of the achieved figure: 12.74万人次 of 9万人次 is 141.5% to 141.6%',
      ledger: progress(['开展大规模职业技能补贴性培训9万人次。', '', '全市累计开展职业技能补贴性培训12.74万人次，完成年度计划的141.5%。']),
    },
    {
      name: 'a target restated in the text wins: 1341 of 1232 (追加) is 109%, not 1341 of 811',
      ledger: progress([
        '保障811户农村低收入群体住房安全。',
        '',
        '2022年全市危房改造计划811户，经省住建厅要求，危房改造计划追加至1232户。截至目前，全市农村危房改造竣工1341户，完成率109%。',
      ]),
    },
    {
      name: 'amounts per unit (各1家) and lower bounds (240户以上) state no total',
      ledger: progress([
        '全市12家定点医疗机构实现门诊慢特病相关治疗费用跨省联网结算；对260户以上困难职工入户走访慰问。',
        '④8月份，安排3个区各1家定点医疗机构开通跨省直接结算，完成全年任务的50%。\n③7月，完成对240户以上在档困难职工发放生活救助金，完成全年目标的50%。',
        '',
      ]),
    },
    {
      name: 'figures whose unit or subject matches no target are not compared',
      ledger: progress([
        '市区新增不少于300辆新能源公交车；新建62个市政消火栓，新建3个训练塔。',
        '①5月，新增公交车到位100台，完成全年目标的33%。',
        '完成充电桩建设5个，完成全年任务的30%。',
      ]),
    },
    {
      name: 'the right achieved figure among several: 75万 of 249万 is 30%',
      ledger: progress([
        '完成农村饮水安全维修养护工程101处，提升改善249万农村居民饮水安全水平。',
        '②6月，完成农村饮水安全维修养护工程31处，完成投资946万元，提升改善75万农村居民饮水安全水平，完成任务的30%。',
        '',
      ]),
    },
    {
      name: 'a monthly figure may be an increment: the stated cumulative rate may be higher',
      ledger: progress(['全年刑事立案打击不少于20起。', '②6月，刑事立案8起，完成全年目标55%。', '']),
    },
    {
      name: 'rate columns that agree, as fractions, percent numbers, text or formulas',
      ledger: rates(
        [9370, 4947, 52.8],
        [9370, 4947, { v: 0.52796, z: '0.0%' }],
        [51, 3, '5.9%'],
        [51, 3, { v: 3 / 51, f: 'D5/C5', z: '0%' }]
      ),
    },
  ],
  invalid: [
    {
      name: 'domain.md: 3 of 51 printed as 5% (5.88% truncated)',
      ledger: progress(['建设51个村级寄递物流综合服务站。', '', '已建成村级寄递物流综合服务站3个，完成率5%。']),
      findings: [
        { cell: 'E3', row: 3, rowEnd: 3, expected: 5.9, actual: 5, message: '写明完成 5%，但 3个 ÷ 51个 = 5.9%' },
      ],
    },
    {
      name: 'lanling row 14 with the rate mistyped: the whole 4947, not the part 4732, is achieved',
      ledger: progress([LANLING_14_TARGET, '', LANLING_14_PROGRESS.replace('52.80%', '50%')]),
      findings: [{ cell: 'E3', expected: 52.8, actual: 50, message: /4947人 ÷ 9370人/ }],
    },
    {
      name: 'a plan month whose rate is below its own figure',
      ledger: progress([LANLING_20_TARGET, LANLING_20_PLAN.replace('完成年度计划的40%', '完成年度计划的30%'), '']),
      findings: [{ cell: 'D3', expected: 40, actual: 30, messageId: 'text' }],
    },
    {
      name: 'what a progress report says is 已 done is the total to date, held both ways',
      ledger: progress(['为1000户困难老年人家庭实施适老化改造。', '', '已完成改造600户，完成率80%。']),
      findings: [{ cell: 'E3', expected: 60, actual: 80, message: '写明完成 80%，但 600户 ÷ 1000户 = 60%' }],
    },
    {
      name: 'a cumulative figure (累计) is held both ways',
      ledger: progress([LANLING_20_TARGET, '', '截至6月底，累计检查4880人，完成年度计划的20%。']),
      findings: [{ cell: 'E3', expected: 10, actual: 20, message: '写明完成 20%，但 4880人 ÷ 48800名 = 10%' }],
    },
    {
      name: 'a completion rate against a target matched by subject among several',
      ledger: progress([
        '创建市级示范村卫生室100家，中心村卫生室达到280家，帮扶10家县级医院。',
        '',
        '中心村卫生室总数达到140家，完成全年任务的30%。',
      ]),
      findings: [{ cell: 'E3', expected: 50, actual: 30, message: /140家 ÷ 280家/ }],
    },
    {
      name: 'a rate column that disagrees with its row',
      ledger: rates([9370, 4947, 60], [9370, 4947, { v: 0.5, z: '0.0%' }], [51, 3, 52.8]),
      findings: [
        { cell: 'E3', expected: 52.8, actual: 60, message: '任务完成率 60% ≠ 完成值 4947 ÷ 目标值 9370 = 52.8%' },
        { cell: 'E4', expected: 52.8, actual: 50 },
        { cell: 'E5', expected: 5.88, actual: 52.8 },
      ],
    },
  ],
});
