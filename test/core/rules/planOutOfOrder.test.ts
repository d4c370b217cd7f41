import { planOutOfOrderRule } from '../../../src/core/rules/planOutOfOrder';
import { testRule } from '../../helpers/ruleTester';
import { planted } from '../../helpers/workbooks';
import { progressReport } from './schedules.fixtures';

const JUNE = { asOf: '2023-06-30' };

/** Swaps two whole lines of a cell's text. */
function swapLines(text: string, a: number, b: number): string {
  const lines = text.split('\n');
  [lines[a], lines[b]] = [lines[b], lines[a]];
  return lines.join('\n');
}

testRule(planOutOfOrderRule, {
  valid: [
    {
      name: 'circled monthly entries in order, ranges included (lanling row 5)',
      ledger: progressReport([
        {
          plan: '①2月组织召开座谈会。\n②3-5月，指导镇街入户调查摸底。\n③6月，制定工作方案。\n④7月挂意向需求。\n⑤8月，完成招标采购。\n⑧11-12月，开展安全宣传。',
          deadline: '2023年12月',
        },
      ]),
      options: JUNE,
    },
    {
      name: 'overlapping two-month labels (lanling row 9)',
      ledger: progressReport([
        {
          plan: '1、2 月份完成滨河东片区 24 个小区接管任务 2、3 月份完成老区北片区 42 个小区接管任务 3、4 月份完成老区中片区 49 个小区接管任务',
          deadline: '2023年6月',
        },
      ]),
      options: JUNE,
    },
    {
      name: 'a second topic restarting at 一季度 (lianshui project 27)',
      ledger: progressReport([
        { plan: '公共停车泊位：\n二季度：完成停车泊位建设，通过验收。\n公交站点新增改造：\n一季度：完成立项、招标。\n二季度：工程完工。' },
      ]),
      options: JUNE,
    },
    {
      name: 'a year heading, then a day and a month end of the next year (lianshui project 22)',
      ledger: progressReport([{ plan: '西门片区：\n2023年：11月18日进场施工。\n2024年6月底竣工，投入使用。' }]),
      options: JUNE,
    },
    {
      name: 'year-round tasks listed after the dated ones (lanling row 46)',
      ledger: progressReport([
        {
          plan: '1、1-2月份，开展专项检查。 2、3-6月份，开展专项治理。 3、7-9月份，巡查重点河流断面。 4、10-12月份，开展断面水质提升工作。 5、1-12月份，组织河长严格按时巡河。 6、1-12月份，加强河流水质监测。',
        },
      ]),
      options: JUNE,
    },
    {
      name: 'a whole-year line followed by its months (lanling row 15)',
      ledger: progressReport([
        { plan: '1-12 月，按月发放救助资金；1 月份：拟定资金申请计划。 2 月份：落实新的补贴标准。 3-12 月份：按月足额发放到位。' },
      ]),
      options: JUNE,
    },
    {
      name: 'a second list of quarters under no heading of its own',
      ledger: progressReport([
        { plan: '一季度：完成选址。二季度：开工建设。三季度：主体完工。四季度：竣工验收。一季度：培训100人。二季度：培训200人。' },
      ]),
      options: JUNE,
    },
    {
      name: 'a winter plan running from November into the next year',
      ledger: progressReport([{ plan: '11月：开展摸底。12月：设备招标。1月：安装调试。2月：试运行。3月：验收。' }]),
      options: JUNE,
    },
    {
      name: 'deadline labels in order',
      ledger: progressReport([{ plan: '3月底前完成选址；6月底前开工建设；12月底前竣工验收。' }]),
      options: JUNE,
    },
  ],
  invalid: [
    {
      name: 'a planted defect: lanling row 5 with ④ and ⑤ given each other’s months',
      workbook: planted('lanling', 'E5', (t) => t.replace('④7月', '④X').replace('⑤8月', '⑤7月').replace('④X', '④8月')),
      options: JUNE,
      findings: [{ cell: 'E5', row: 5, rowEnd: 5, message: '项目月度计划中「8月」之后是「7月」，时间顺序颠倒' }],
    },
    {
      name: 'a planted defect: lianshui project 1 with its 二季度 and 三季度 lines swapped',
      workbook: planted('lianshui', 'L5', (t) => swapLines(t, 1, 2)),
      findings: [{ cell: 'L5', row: 5, rowEnd: 5, message: '进度计划中「三季度」之后是「二季度」，时间顺序颠倒' }],
    },
    {
      name: 'the first two entries swapped',
      ledger: progressReport([{ plan: '3月：完成选址。1月：开展摸底。5月：开工。' }]),
      options: JUNE,
      findings: [{ cell: 'D3', row: 3, messageId: 'disorder', message: /「3月」之后是「1月」/ }],
    },
    {
      name: 'deadline labels going back',
      ledger: progressReport([{ plan: '6月底前开工建设；3月底前完成选址；12月底前竣工验收。' }]),
      options: JUNE,
      findings: [{ cell: 'D3', message: /「6月底前」之后是「3月底前」/ }],
    },
    {
      name: 'disorder inside one topic, the topic named',
      ledger: progressReport([
        { plan: '公共停车泊位：\n三季度：新增泊位100个。\n二季度：完成选址。\n公交站点新增改造：\n一季度：完成立项。' },
      ]),
      options: JUNE,
      findings: [{ cell: 'D3', messageId: 'topicDisorder', message: '项目月度计划「公共停车泊位」中「三季度」之后是「二季度」，时间顺序颠倒' }],
    },
    {
      name: 'a wrong month inside a winter plan is still found',
      ledger: progressReport([{ plan: '10月：开展摸底。12月：设备招标。11月：安装调试。1月：验收。' }]),
      options: JUNE,
      findings: [{ cell: 'D3', message: /「12月」之后是「11月」/ }],
    },
  ],
});
