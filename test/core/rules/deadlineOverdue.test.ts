import { deadlineOverdueRule } from '../../../src/core/rules/deadlineOverdue';
import { LedgerSpec } from '../../helpers/ledger';
import { testRule } from '../../helpers/ruleTester';
import { planted } from '../../helpers/workbooks';
import { progressReport, reportWithoutDeadlines } from './schedules.fixtures';

const JUNE = { asOf: '2023-06-30' };

/** A three-year decomposition table with a status column: one row per year of one task. */
function decomposition(status: string): LedgerSpec {
  return {
    title: '2024-2026年民生实事任务分解表',
    headers: ['序号', '名称', '年度', '牵头单位及工作任务', '推进情况', '工作成效'],
    rows: [
      ['1', '新建口袋公园', '2024年', '县住建局：新建口袋公园5处。', '正在施工', status],
      ['1', '新建口袋公园', '2025年', '县住建局：新建口袋公园5处。', '', ''],
      ['1', '新建口袋公园', '2026年', '县住建局：新建口袋公园5处。', '', ''],
    ],
    merges: ['A3:A5', 'B3:B5'],
  };
}

testRule(deadlineOverdueRule, {
  valid: [
    {
      name: 'the deadline is still ahead',
      ledger: progressReport([{ target: '新建口袋公园5处', progress: '正在施工', status: '推进正常', deadline: '2023年12月' }]),
      options: JUNE,
    },
    {
      name: 'the sheet says it is done: never overruled here, whatever the figures',
      ledger: progressReport([
        { target: '新建口袋公园5处', progress: '已建成口袋公园3处', status: '已完成', deadline: '2023年5月' },
        { target: '新建口袋公园5处', progress: '', status: '已 完 成 全 年 任 务', deadline: '2023年5月' },
      ]),
      options: JUNE,
    },
    {
      name: 'the text says all is done while the status still says 推进正常: STATUS_INCONSISTENT, not late',
      ledger: progressReport([
        {
          target: '分期分批接管全县187个无人管理小区',
          progress: '截止6月30日，全县无人管理小区已由城发集团全部完成接管任务，实现物业全覆盖。',
          status: '推进正常',
          deadline: '2023年6月',
        },
      ]),
      options: JUNE,
    },
    {
      name: '推进正常 on the deadline day itself, with nothing to measure (lanling rows 31 and 32)',
      ledger: progressReport([
        {
          target: '6月底前将高血压、糖尿病门诊用药报销比例由60%提高到70%。',
          progress: '6月1日起将报销比例统一由60%提高到70%。市局统一对系统升级调整。',
          status: '推进正常',
          deadline: '2023年6月',
        },
        {
          target: '对符合条件并提出救助申请的因病致贫重病患者按规定给予医疗救助。',
          progress: '市局已研发医疗救助补报功能模块。',
          status: '推进正常',
          deadline: '2023 年 6 月',
        },
      ]),
      options: JUNE,
    },
    {
      name: 'a passed deadline with nothing reported: the progress is missing, not known to be late',
      ledger: progressReport([{ target: '新建口袋公园5处', deadline: '2023年5月' }]),
      options: JUNE,
    },
    {
      name: 'a passed deadline in a table with neither status nor progress',
      ledger: {
        title: '2023年民生实事项目表',
        headers: ['序号', '项目名称', '任务目标', '完成时限', '牵头单位'],
        rows: [['1', '新建口袋公园', '新建口袋公园5处', '2023年5月', '县住建局']],
      },
      options: JUNE,
    },
    {
      name: 'a decomposition over three years: a past year is not bound by the end of its year here',
      ledger: decomposition('推进正常'),
      options: { asOf: '2025-06-30' },
    },
    {
      name: 'the end of the plan year in an annual list, on the year’s last day, with 推进正常',
      ledger: reportWithoutDeadlines([{ target: '新建口袋公园5处', progress: '正在施工', status: '推进正常' }]),
      options: { asOf: '2023-12-31' },
    },
    {
      name: 'a start deadline (5月底前动工) is no deadline to finish by',
      ledger: progressReport([{ target: '新建口袋公园5处', progress: '已开工', status: '推进正常', deadline: '5月底前动工' }]),
      options: JUNE,
    },
  ],
  invalid: [
    {
      name: 'a passed 完成时限 while the status still says 推进正常',
      ledger: progressReport([{ target: '新建口袋公园5处', progress: '正在施工', status: '推进正常', deadline: '2023年5月' }]),
      options: JUNE,
      findings: [
        {
          cell: 'G3',
          row: 3,
          rowEnd: 3,
          message: '完成时限 2023年5月 已到期（报告日期 2023-06-30），工作成效仍为「推进正常」',
        },
      ],
    },
    {
      name: 'on the deadline day, the figures fall short',
      ledger: progressReport([
        { target: '新建健身广场10处', progress: '已建成健身广场4处', status: '推进正常', deadline: '2023年6月' },
      ]),
      options: JUNE,
      findings: [{ cell: 'G3', messageId: 'completion', message: /只完成 40%/ }],
    },
    {
      name: 'on the deadline day, the sheet itself says 滞后',
      ledger: progressReport([{ target: '新建口袋公园5处', progress: '正在施工', status: '进度滞后', deadline: '2023年6月' }]),
      options: JUNE,
      findings: [{ cell: 'G3', message: '完成时限 2023年6月 已到期（报告日期 2023-06-30），工作成效仍为「进度滞后」' }],
    },
    {
      name: 'the progress says the work has not started',
      ledger: progressReport([{ target: '新建口袋公园5处', progress: '项目尚未开工，正在办理用地手续。', deadline: '2023年5月' }]),
      options: JUNE,
      findings: [{ cell: 'G3', message: '完成时限 2023年5月 已到期（报告日期 2023-06-30），项目推进情况显示尚未启动' }],
    },
    {
      name: 'a deadline in the item’s own words, at the cell that states it',
      ledger: reportWithoutDeadlines([
        { target: '2023年4月20日前完成博雅学校二期工程。', progress: '主体施工中', status: '推进正常' },
      ]),
      options: JUNE,
      findings: [{ cell: 'C3', row: 3, message: /完成时限 2023年4月20日前 已到期/ }],
    },
    {
      name: 'an annual list reported on after its year is over: at the status cell',
      ledger: reportWithoutDeadlines([{ target: '新建口袋公园5处', progress: '正在施工', status: '推进正常' }]),
      options: { asOf: '2024-01-31' },
      findings: [{ cell: 'F3', row: 3, message: '完成时限 2023-12-31 已到期（报告日期 2024-01-31），工作成效仍为「推进正常」' }],
    },
    {
      name: 'an annual list whose plan ends in the second quarter, reported on in the third',
      ledger: reportWithoutDeadlines([
        { target: '新建口袋公园5处', plan: '一季度：完成选址。二季度：建成投用。', progress: '正在施工', status: '推进正常' },
      ]),
      options: { asOf: '2023-09-30' },
      findings: [{ cell: 'F3', message: /完成时限 2023-06-30 已到期/ }],
    },
    {
      name: 'a planted defect: lanling row 5 due 2023年5月 instead of 2023年12月, still 推进正常 in June',
      workbook: planted('lanling', 'H5', () => '2023年5月'),
      options: JUNE,
      findings: [
        {
          cell: 'H5',
          row: 5,
          rowEnd: 5,
          message: '完成时限 2023年5月 已到期（报告日期 2023-06-30），工作成效仍为「推进正常」',
        },
      ],
    },
  ],
});
