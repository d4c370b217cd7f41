import { planMissingPeriodRule } from '../../../src/core/rules/planMissingPeriod';
import { testRule } from '../../helpers/ruleTester';
import { planted } from '../../helpers/workbooks';
import { progressReport } from './schedules.fixtures';

const QUARTERS_1_3 = '一季度：完成选址。三季度：开工建设。';
const LANLING_44 = '1-3月,明确46个行政村名单; 5-7月,确定治理方案,组织招标; 8-10月,有序开展工程建设。 11-12月,完成工程验收。';
const LANLING_26 = '2月,体育公园开工建设。 4月,新建健身广场10处。 7月,新建健身广场60处。 9月,体育公园竣工验收。';

testRule(planMissingPeriodRule, {
  valid: [
    {
      name: 'the report date falls in a planned period',
      ledger: progressReport([{ plan: '一季度：完成选址。二季度：开工建设。三季度：主体完工。' }], '2024年民生实事推进情况表'),
      options: { asOf: '2024-06-30' },
    },
    {
      name: 'the plan is over',
      ledger: progressReport([{ plan: QUARTERS_1_3 }], '2024年民生实事推进情况表'),
      options: { asOf: '2024-12-31' },
    },
    {
      name: 'the plan has not begun',
      ledger: progressReport([{ plan: '三季度：开工建设。四季度：竣工。' }], '2024年民生实事推进情况表'),
      options: { asOf: '2024-03-31' },
    },
    {
      name: 'a plan with no dated entries',
      ledger: progressReport([{ plan: '按照市局安排时间节点及政策开展集采工作' }], '2024年民生实事推进情况表'),
      options: { asOf: '2024-06-30' },
    },
    {
      name: 'a half-year report (1-6月份): entries in February and April plan for it (lanling row 26)',
      ledger: progressReport([{ plan: LANLING_26 }], '兰陵县2023年度重点民生实事项目推进情况表（1-6月份）'),
      options: { asOf: '2023-06-30' },
    },
    {
      name: 'works between a start day and a completion month (lianshui project 22)',
      ledger: progressReport([{ plan: '西门片区：\n2023年：11月18日进场施工。\n2024年6月底竣工，投入使用。' }], '2024年民生实事推进情况表'),
      options: { asOf: '2024-03-31' },
    },
    {
      name: 'a month end first under its heading is due from the start (lianshui project 28)',
      ledger: progressReport(
        [{ plan: '出租车更新：3月底完成更新50辆。\n新增公交车：9月底投入使用20辆。' }],
        '2024年民生实事推进情况表'
      ),
      options: { asOf: '2024-06-30' },
    },
    {
      name: 'deadline labels run from the one before',
      ledger: progressReport([{ plan: '3月底前完成选址；9月底前竣工验收。' }], '2024年民生实事推进情况表'),
      options: { asOf: '2024-06-30' },
    },
  ],
  invalid: [
    {
      name: 'quarters 一季度 and 三季度 only, reported at the end of the second',
      ledger: progressReport([{ plan: QUARTERS_1_3 }], '2024年民生实事推进情况表'),
      options: { asOf: '2024-06-30' },
      findings: [
        {
          cell: 'D3',
          row: 3,
          rowEnd: 3,
          message: '项目月度计划没有报告日期 2024-06-30 所在时段的安排：上一项「一季度」，下一项「三季度」',
        },
      ],
    },
    {
      name: 'a month missing from a monthly plan (lanling row 44 in April)',
      ledger: progressReport([{ plan: LANLING_44 }]),
      options: { asOf: '2023-04-15' },
      findings: [{ cell: 'D3', messageId: 'gap', message: /上一项「1-3月」，下一项「5-7月」/ }],
    },
    {
      name: 'the report period the title names (4月份) has no entry',
      ledger: progressReport([{ plan: LANLING_44 }], '兰陵县2023年度重点民生实事项目推进情况表（4月份）'),
      options: { asOf: '2023-04-30' },
      findings: [
        {
          cell: 'D3',
          message: '项目月度计划没有报告期「4月份」（2023-04-01 至 2023-04-30）的安排：上一项「1-3月」，下一项「5-7月」',
        },
      ],
    },
    {
      name: 'an event plan reported on monthly (lanling row 26 in June, as a June report)',
      ledger: progressReport([{ plan: LANLING_26 }], '兰陵县2023年度重点民生实事项目推进情况表（6月份）'),
      options: { asOf: '2023-06-30' },
      findings: [{ cell: 'D3', messageId: 'periodGap', message: /上一项「4月」，下一项「7月」/ }],
    },
    {
      name: 'a real workbook reported on in a gap (lanling row 22 has no 4月 entry)',
      workbook: planted('lanling', 'A1', (t) => t.replace('（1-6月份）', '（4月份）')),
      options: { asOf: '2023-04-30' },
      findings: [
        { cell: 'E22', row: 22, rowEnd: 22, message: /上一项「3月」，下一项「5月」/ },
        { cell: 'E44', row: 44, rowEnd: 44, message: /上一项「1-3月」，下一项「5-7月」/ },
      ],
    },
  ],
});
