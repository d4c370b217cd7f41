import { rateOutOfRangeRule } from '../../../src/core/rules/rateOutOfRange';
import { CellSpec, LedgerSpec } from '../../helpers/ledger';
import { testRule } from '../../helpers/ruleTester';

/** A task-decomposition table as tancheng keeps it: one row per lead unit and year, rows from sheet row 3. */
function targets(...tasks: string[]): LedgerSpec {
  return {
    title: '2024-2026年民生实事任务分解表',
    headers: ['序号', '名称', '年度', '牵头单位及工作任务', '工作措施', '参与单位'],
    rows: tasks.map((task, i) => [String(i + 1), `任务${i + 1}`, `${2024 + (i % 3)}年`, task, '加强监管', '各乡镇']),
  };
}

/** A progress report: target, plan and progress texts per task, rows from sheet row 3. */
function progress(...rows: [string, string, string][]): LedgerSpec {
  return {
    title: '2023年民生实事推进情况',
    headers: ['编号', '项目名称', '任务目标', '项目月度计划', '项目推进情况', '工作成效', '牵头单位'],
    rows: rows.map(([target, plan, done], i) => [String(i + 1), `项目${i + 1}`, target, plan, done, '推进正常', '县卫健局']),
  };
}

/** A table with a completion-rate column beside target and achieved figures. */
function rates(...rows: CellSpec[][]): LedgerSpec {
  return {
    title: '民生实事完成情况统计表',
    headers: ['序号', '项目名称', '目标值', '完成值', '任务完成率', '牵头单位'],
    rows: rows.map((r, i) => [String(i + 1), `项目${i + 1}`, ...r, '县民政局']),
  };
}

const TANCHENG_17 = '县市场监管局：电梯智慧监管覆盖率98%以上，气瓶质量追溯体系覆盖率100%，特种设备定期检验率稳定在';

testRule(rateOutOfRangeRule, {
  valid: [
    {
      name: 'capped rates at or below 100%, as tancheng states them in 2024',
      ledger: targets(`${TANCHENG_17}100%。`, '县医保局：参保率达到100%，满意度98%以上。'),
    },
    {
      name: 'completion above 100% is over-fulfilment (linyi 12月份), gross enrolment counts pupils of any age',
      ledger: progress(
        ['保障811户农村低收入群体住房安全。', '', '危房改造计划追加至1232户。全市农村危房改造竣工1341户，完成率109%。'],
        ['学前教育毛入学率达到102%。', '', ''],
        ['城镇新增就业9万人。', '', '累计实现城镇新增就业10.2万人，完成年度计划的113.3%；已完成全年任务的103%。']
      ),
    },
    {
      name: 'growth and change are no shares: 增长率, 同比, 提高 X%',
      ledger: progress(
        ['居民收入增长率达到120%。', '', '参保人数同比增长150%，报销比例提高120%。'],
        ['', '', '城乡低保标准分别提高5%、7%，投资回报率150%。']
      ),
    },
    {
      name: 'a percent whose own clause names no rate',
      ledger: progress(['覆盖率达到100%，带动就业增加150%。', '', '在全省率先实现入驻企业增加120%。']),
    },
    {
      name: 'a range is no minus sign',
      ledger: progress(['不合格率控制在1-2%以内。', '', '合格率达到98-99%。']),
    },
    {
      name: 'a rate column of fractions at most 1',
      ledger: rates([100, 95, 0.95], [100, 80, 0.8], [10, 10, 1]),
    },
    {
      name: 'a rate column above 100% where the row itself is over-fulfilled',
      ledger: rates([100, 120, 120], [100, 80, 80]),
    },
  ],
  invalid: [
    {
      name: 'tancheng item 17: 稳定在100% dragged to 101% and 102%',
      ledger: targets(`${TANCHENG_17}100%。`, `${TANCHENG_17}101%。`, `${TANCHENG_17}102%。`),
      findings: [
        { cell: 'D4', row: 4, rowEnd: 4, expected: 100, actual: 101, message: '特种设备定期检验率 101% 超过 100%' },
        { cell: 'D5', expected: 100, actual: 102, messageId: 'above' },
      ],
    },
    {
      name: 'capped rates above 100% in progress and plan texts',
      ledger: progress(
        ['适龄儿童入学率100%。', '①5月，接种率达到105%。', '群众满意度达到101%，民生支出占比为120%。'],
        ['', '', '义务教育巩固率不低于百分之一百零二。']
      ),
      findings: [
        { cell: 'D3', actual: 105, message: '接种率 105% 超过 100%' },
        { cell: 'E3', actual: 101, message: '群众满意度 101% 超过 100%' },
        { cell: 'E3', actual: 120, message: '民生支出占比 120% 超过 100%' },
        { cell: 'E4', actual: 102, messageId: 'above' },
      ],
    },
    {
      name: 'a negative rate, completion included',
      ledger: progress(['', '', '覆盖率为-5%，完成率-3%。']),
      findings: [
        { cell: 'E3', expected: 0, actual: -5, message: '覆盖率 -5% 为负数，比率不能小于 0' },
        { cell: 'E3', expected: 0, actual: -3, messageId: 'negative' },
      ],
    },
    {
      name: 'a fraction column with one value above 1',
      ledger: rates([100, 95, 0.95], [100, 80, 0.8], [50, 40, 1.02]),
      findings: [{ cell: 'E5', row: 5, expected: 100, actual: 102, message: '任务完成率 102% 超过 100%' }],
    },
    {
      name: 'percent numbers and percent-formatted cells above 100%, and a negative one',
      ledger: rates([100, 95, 95], [100, 80, 120], [10, 9, { v: 1.05, z: '0%' }], [10, 1, '-5%']),
      findings: [
        { cell: 'E4', actual: 120 },
        { cell: 'E5', actual: 105 },
        { cell: 'E6', expected: 0, actual: -5, messageId: 'negative' },
      ],
    },
  ],
});
