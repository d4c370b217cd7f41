import { deadlineInvalidRule } from '../../../src/core/rules/deadlineInvalid';
import { testRule } from '../../helpers/ruleTester';
import { planted } from '../../helpers/workbooks';
import { progressReport } from './schedules.fixtures';

const AS_OF = { asOf: '2023-06-30' };

testRule(deadlineInvalidRule, {
  valid: [
    {
      name: 'deadlines as ledgers write them, a leap day of a leap year included',
      ledger: progressReport([
        { deadline: '2023年12月' },
        { deadline: '2023 年 8 月' },
        { deadline: '12月底前' },
        { deadline: '年底前' },
        { deadline: '2023年4月20日前' },
        { deadline: '2024年2月29日' },
        { deadline: '5月底前动工' },
      ]),
      options: AS_OF,
    },
    {
      name: 'a 完成时限 that names no date at all is no invalid date',
      ledger: progressReport([{ deadline: '长期' }, { deadline: '持续推进' }, { deadline: '按上级要求' }]),
      options: AS_OF,
    },
    {
      name: 'plan labels that are real periods, and numbers that are no dates',
      ledger: progressReport([
        { plan: '1、2 月份完成24个小区接管 2、3 月份完成42个小区接管', deadline: '2023年6月' },
        { plan: '一季度：完成选址。三、四季度：新建健身广场13处，更新32处。', deadline: '2023年12月' },
        { plan: '①5月，新增公交车到位100台；②6月，优化调整公交线路13条。', deadline: '2023年12月' },
      ]),
      options: AS_OF,
    },
  ],
  invalid: [
    {
      name: 'a month that does not exist',
      ledger: progressReport([{ deadline: '2023年13月' }]),
      options: AS_OF,
      findings: [{ cell: 'G3', row: 3, rowEnd: 3, message: '完成时限「2023年13月」不是有效日期：月份 13 不存在' }],
    },
    {
      name: 'a day the month does not have',
      ledger: progressReport([{ deadline: '2月30日前' }, { deadline: '2023年4月31日' }]),
      options: AS_OF,
      findings: [
        { cell: 'G3', message: '完成时限「2月30日前」不是有效日期：2月没有30日' },
        { cell: 'G4', message: '完成时限「2023年4月31日」不是有效日期：4月没有31日' },
      ],
    },
    {
      name: '29 February of a year that is no leap year',
      ledger: progressReport([{ deadline: '2023年2月29日' }]),
      options: AS_OF,
      findings: [{ cell: 'G3', messageId: 'deadline', message: /2023年不是闰年，2月没有29日/ }],
    },
    {
      name: 'a plan label that is no date, at the plan cell',
      ledger: progressReport([
        { plan: '①1月，开展摸底。②2月，制定方案。③2023年13月，完成验收。', deadline: '2023年12月' },
      ]),
      options: AS_OF,
      findings: [{ cell: 'D3', row: 3, message: '项目月度计划中的时间「2023年13月」不是有效日期：月份 13 不存在' }],
    },
    {
      name: 'a deadline and a plan label both wrong in one row: one finding each',
      ledger: progressReport([{ plan: '一季度：选址。五季度：验收。', deadline: '2023年13月' }]),
      options: AS_OF,
      findings: [
        { cell: 'D3', messageId: 'plan', message: /「五季度」.*季度 5 不存在/ },
        { cell: 'G3', messageId: 'deadline' },
      ],
    },
    {
      name: 'one merged 完成时限 over two items is reported once, where it is written',
      ledger: {
        ...progressReport([{ deadline: '2023年13月' }, {}]),
        merges: ['G3:G4'],
      },
      options: AS_OF,
      findings: [{ cell: 'G3', row: 3 }],
    },
    {
      name: 'a real workbook with a deadline typed wrong (lanling row 5: 2023年12月 → 2023年13月)',
      workbook: planted('lanling', 'H5', () => '2023年13月'),
      options: AS_OF,
      findings: [{ cell: 'H5', row: 5, rowEnd: 5, messageId: 'deadline' }],
    },
  ],
});
