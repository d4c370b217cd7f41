import { planBeyondDeadlineRule } from '../../../src/core/rules/planBeyondDeadline';
import { testRule } from '../../helpers/ruleTester';
import { planted } from '../../helpers/workbooks';
import { progressReport, reportWithoutDeadlines } from './schedules.fixtures';

const JUNE = { asOf: '2023-06-30' };

const PARK_PLAN = '1 月：场地平整。 2 月：基层施工。 3 月：混凝土铺设。 6 月：围网安装。 7 月：器材安装。 8 月：完成工程收尾工作，工程竣工。';

testRule(planBeyondDeadlineRule, {
  valid: [
    {
      name: 'the plan ends in the deadline month (lanling row 4)',
      ledger: progressReport([{ plan: PARK_PLAN, deadline: '2023 年 8 月' }]),
      options: JUNE,
    },
    {
      name: 'a last range that starts before the deadline (lanling rows 29 and 40)',
      ledger: progressReport([
        { plan: '⑦10月,完成初审。 ⑧11-12月,全部通过评审。', deadline: '2023年11月' },
        { plan: '①4-9月,按月发放待遇。 ②10-12月,按新标准发放到位。', deadline: '2023年11月' },
      ]),
      options: JUNE,
    },
    {
      name: 'a deadline label on the deadline itself',
      ledger: progressReport([{ plan: '3月底前完成选址；12月底前竣工验收。', deadline: '2023年12月' }]),
      options: JUNE,
    },
    {
      name: 'no deadline stated: the plan’s own end is the deadline',
      ledger: reportWithoutDeadlines([{ plan: PARK_PLAN, target: '建设体育公园1处' }]),
      options: JUNE,
    },
    {
      name: 'a start deadline (5月底前动工) says nothing of when the work ends',
      ledger: progressReport([{ plan: PARK_PLAN, deadline: '5月底前动工' }]),
      options: JUNE,
    },
  ],
  invalid: [
    {
      name: 'a planted defect: lanling row 4 due 2023年6月 while its plan runs to 8月',
      workbook: planted('lanling', 'H4', () => '2023年6月'),
      options: JUNE,
      findings: [
        {
          cell: 'E4',
          row: 4,
          rowEnd: 4,
          message: '项目月度计划中「7月」至「8月」共 2 项安排晚于完成时限「2023年6月」',
        },
        // the workbook's own two, beside the planted one (see schedules.workbooks.test.ts)
        { cell: 'E32' },
        { cell: 'E35' },
      ],
    },
    {
      name: 'one entry after the deadline',
      ledger: progressReport([{ plan: '①8月，完成招标。②9月，建设。③10月，完成验收。', deadline: '2023年9月' }]),
      options: JUNE,
      findings: [{ cell: 'D3', row: 3, message: '项目月度计划中「10月」的安排晚于完成时限「2023年9月」' }],
    },
    {
      name: 'a deadline in the target text binds the plan too',
      ledger: reportWithoutDeadlines([
        { target: '2023年4月20日前完成博雅学校二期工程。', plan: '一季度：主体完工。二季度：室内装修。三季度：竣工验收。' },
      ]),
      options: JUNE,
      findings: [{ cell: 'D3', messageId: 'one', message: /「三季度」的安排晚于任务目标「2023年4月20日前」/ }],
    },
    {
      name: 'a deadline label of the plan after the deadline',
      ledger: progressReport([{ plan: '3月底前完成选址；9月底前竣工验收。', deadline: '2023年6月' }]),
      options: JUNE,
      findings: [{ cell: 'D3', message: /「9月底前」的安排晚于完成时限「2023年6月」/ }],
    },
  ],
});
