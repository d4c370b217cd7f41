import { statusInconsistentRule } from '../../../src/core/rules/statusInconsistent';
import { CellSpec, LedgerSpec } from '../../helpers/ledger';
import { testRule } from '../../helpers/ruleTester';
import { readShared } from '../../helpers/workbooks';

/** A progress report as lanling keeps it, rows from sheet row 3: the status word is column E. */
function progress(...rows: [target: string, done: string, status: CellSpec][]): LedgerSpec {
  return {
    title: '2023年民生实事项目推进情况表',
    headers: ['编号', '项目名称', '任务目标', '项目推进情况', '工作成效', '牵头单位'],
    rows: rows.map(([target, done, status], i) => [String(i + 1), `项目${i + 1}`, target, done, status, '县人社局']),
  };
}

/** A table with target and achieved columns and a status column, rows from sheet row 3. */
function columns(...rows: [target: number, actual: number, status: string][]): LedgerSpec {
  return {
    title: '民生实事完成情况统计表',
    headers: ['序号', '项目名称', '目标值', '实际完成', '目标完成情况', '牵头单位'],
    rows: rows.map(([target, actual, status], i) => [String(i + 1), `项目${i + 1}`, target, actual, status, '县人社局']),
  };
}

const OPTIONS = { asOf: '2023-06-30' };
const TRAINING = '开展高素质农民培训2800人次。';
/** lanling row 36: one target met, the other only prepared. */
const BEDS_TARGET = '新增养老护理型床位300张、家庭养老床位50张。';
const BEDS_PROGRESS = '1-6月，备案医养结合型养老机构1处，新增护理型床位300张；做好家庭养老床位建设准备工作。';

testRule(statusInconsistentRule, {
  valid: [
    {
      name: 'in progress, and the text says work goes on',
      ledger: progress([TRAINING, '已完成高素质农民培训1400人次。', '推进正常']),
      options: OPTIONS,
    },
    {
      name: 'done, and the text says done',
      ledger: progress(['建设路灯', '工程已竣工', '工作完成']),
      options: OPTIONS,
    },
    {
      name: 'done by the status word alone: its own 已完成 is no reading of the text',
      ledger: progress(['优化政务服务', '持续优化流程，提升服务水平。', '已完成全年任务'], ['优化政务服务', '', '已 全 年 任 务']),
      options: OPTIONS,
    },
    {
      name: 'in progress with one target met and the other only prepared (lanling row 36)',
      ledger: progress([BEDS_TARGET, BEDS_PROGRESS, '推进正常']),
      options: OPTIONS,
    },
    {
      name: 'in progress with a part all done while the work goes on',
      ledger: progress(['建设吴坦河体育公园', '招标已全部完成，正在进行主体施工。', '推进正常']),
      options: OPTIONS,
    },
    {
      name: 'done at 90%: close enough to be rounding or a part counted late',
      ledger: progress([TRAINING, '已完成高素质农民培训2520人次。', '已完成']),
      options: OPTIONS,
    },
    {
      name: 'done and overshot',
      ledger: progress(['新增口袋公园143处', '新增口袋公园170处，超额完成任务。', '已完成全年任务']),
      options: OPTIONS,
    },
    {
      name: 'done with no figure to set against the target',
      ledger: progress(['建设城市书房1处', '城市书房已投入使用。', '已完成']),
      options: OPTIONS,
    },
    {
      name: 'a status cell that is a sentence, not a word (linyi row 40)',
      ledger: progress([TRAINING, '已完成高素质农民培训1400人次。', '罗庄区、河东区、高新区、沂河新区已完成建设任务']),
      options: OPTIONS,
    },
    {
      name: 'no status column',
      ledger: {
        title: '2025年一季度民生实事工作进展情况台账',
        headers: ['序号', '目标任务', '具体项目内容', '责任单位', '进展情况'],
        rows: [['1', '基层医疗服务提升工程', '新增样板村卫生室30处', '区卫健局', '已完成。']],
      },
      options: { asOf: '2025-03-31' },
    },
    {
      name: 'columns that agree with the status',
      ledger: columns([100, 60, '推进正常'], [100, 100, '已完成']),
      options: OPTIONS,
    },
  ],
  invalid: [
    {
      name: 'lanling project 6: every 小区 taken over, and row 51: 775 of 300 批次 sampled, status still 推进正常',
      workbook: readShared('lanling'),
      findings: [
        {
          cell: 'G9',
          row: 9,
          rowEnd: 9,
          messageId: 'saysDone',
          message: '工作成效为「推进正常」，但项目推进情况写明已全部完成',
        },
        // 抽检 39 + 463 + 273 = 775 批次 of 全年不低于300批次, the status still 推进正常
        { cell: 'G51', row: 51, rowEnd: 51, messageId: 'figuresDone', message: '工作成效为「推进正常」，但项目推进情况所列完成量均已达到任务目标' },
      ],
    },
    {
      name: 'slow or not started while the text says it is all done',
      ledger: progress(
        ['接管无人管理小区187个', '已全部完成接管任务，实现物业全覆盖。', '进度滞后'],
        ['开展声环境功能区划分', '已完成。', '未开工'],
        ['更新公交车300台', '已完成全年任务。', '推 进 正 常']
      ),
      options: OPTIONS,
      findings: [
        { cell: 'E3', message: '工作成效为「进度滞后」，但项目推进情况写明已全部完成' },
        { cell: 'E4', messageId: 'saysDone' },
        { cell: 'E5', message: /工作成效为「推进正常」/ },
      ],
    },
    {
      name: 'in progress while the text states the whole task 100% done',
      ledger: progress(['湿地提升规模35万吨/日', '已完成全年任务的103%。', '推进正常']),
      options: OPTIONS,
      findings: [{ cell: 'E3', message: '工作成效为「推进正常」，但项目推进情况写明已完成 103%', actual: 1.03 }],
    },
    {
      name: 'in progress while every target is reached by the figures',
      ledger: progress([BEDS_TARGET, '新增护理型床位300张，建成家庭养老床位50张。', '正常推进']),
      options: OPTIONS,
      findings: [{ cell: 'E3', message: '工作成效为「正常推进」，但项目推进情况所列完成量均已达到任务目标', actual: 1 }],
    },
    {
      name: 'done while the text states under half done',
      ledger: progress([TRAINING, '1-6月份，已完成年度计划的40%。', '已完成全年任务']),
      options: OPTIONS,
      findings: [
        {
          cell: 'E3',
          row: 3,
          message: '工作成效为「已完成全年任务」，但项目推进情况写明只完成 40%',
          expected: 1,
          actual: 0.4,
        },
      ],
    },
    {
      name: 'done, in scanned spacing, while the figures read half done',
      ledger: progress([TRAINING, '已完成高素质农民培训1400人次。', '已 完 成 全 年 任 务']),
      options: OPTIONS,
      findings: [
        {
          cell: 'E3',
          message: '工作成效为「已完成全年任务」，但项目推进情况中完成 1400人次，仅为目标 2800人次 的 50%',
          expected: 1,
          actual: 0.5,
        },
      ],
    },
    {
      name: 'columns that contradict the status',
      ledger: columns([100, 100, '推进正常'], [8000, 5375, '已完成']),
      options: OPTIONS,
      findings: [
        { cell: 'E3', message: '目标完成情况为「推进正常」，但实际完成 100 已达到目标值 100', actual: 1 },
        { cell: 'E4', message: '目标完成情况为「已完成」，但实际完成 5375 仅为目标值 8000 的 67.2%', expected: 1, actual: 0.6719 },
      ],
    },
  ],
});
