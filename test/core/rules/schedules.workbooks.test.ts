import { deadlineInvalidRule } from '../../../src/core/rules/deadlineInvalid';
import { deadlineOverdueRule } from '../../../src/core/rules/deadlineOverdue';
import { planBeyondDeadlineRule } from '../../../src/core/rules/planBeyondDeadline';
import { planMissingPeriodRule } from '../../../src/core/rules/planMissingPeriod';
import { planOutOfOrderRule } from '../../../src/core/rules/planOutOfOrder';
import { check } from '../../helpers/check';
import { WorkbookName, readShared } from '../../helpers/workbooks';

const RULES = [
  deadlineInvalidRule,
  deadlineOverdueRule,
  planOutOfOrderRule,
  planBeyondDeadlineRule,
  planMissingPeriodRule,
];

function findingsOf(name: WorkbookName, asOf?: string): string[] {
  const { model, findings } = check(readShared(name), asOf ? { asOf } : {}, RULES);
  if (asOf) expect(model.asOf).toBe(asOf);
  return findings.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell} ${f.row}-${f.rowEnd}`);
}

describe('deadlines and plans on the five familiar workbooks', () => {
  it('lanling at its report date 2023-06-30 (截至时间 in the subtitle)', () => {
    expect(findingsOf('lanling')).toEqual([
      // Row 32 建立因病致贫重病患者医疗救助机制: 完成时限 2023年6月, yet its monthly plan goes on with
      // ④7月 建立共享机制 … ⑨12月 对账拨付 — six entries after the deadline, one of them still
      // building the mechanism: either the deadline or the plan is wrong.
      'warning PLAN_BEYOND_DEADLINE 推进情况!E32 32-32',
      // Row 35 调整退休人员养老金待遇: 完成时限 2023年8月, plan ④9月-12月 按月足额拨付. The target
      // itself includes 确保及时足额发放到位, so the work the item answers for runs past its deadline.
      'warning PLAN_BEYOND_DEADLINE 推进情况!E35 35-35',
    ]);
    // Nothing is overdue. Row 9 (project 6) says all 187 小区 are taken over: done, so its 推进正常 is
    // STATUS_INCONSISTENT's. Rows 31 and 32 reach their 2023年6月 deadline on the report date with
    // 推进正常: row 31's text says the 70% rate applies from 6月1日 (done: STATUS_INCONSISTENT again),
    // row 32's reports the first step and says nothing of the rest — no proof it is late.
    // Row 26 plans 2月, 4月, 7月 …: no June entry, but this is a 1-6月份 report and February and April
    // lie in it. Rows 29 and 40 end with 11-12月 / 10-12月 against 2023年11月: begun before it.
    expect(findingsOf('lanling', '2023-06-30')).toEqual(findingsOf('lanling'));
  });

  // Every task 已完成全年任务 at the year's end; plans run 5月–12月 in order (task 33's second
  // heading 建设保障性租赁住房 restarts at 4月 under its own topic).
  it('linyi at 2022-12-31: nothing', () => expect(findingsOf('linyi', '2022-12-31')).toEqual([]));

  // No 完成时限 and no plan column: the year's end binds and is nine months away.
  it('shanting at 2025-03-31: nothing', () => expect(findingsOf('shanting', '2025-03-31')).toEqual([]));

  // A plan list for 2024 read at today's date: every plan is over and nobody reports a status.
  it('lianshui at today: nothing', () => expect(findingsOf('lianshui')).toEqual([]));

  // Quarters in order, second topics restarting (projects 22, 27, 29, 42); 西门片区's 2023年11月18日
  // start and 2024年6月底 completion plan the months between.
  it('lianshui at 2024-06-30: nothing', () => expect(findingsOf('lianshui', '2024-06-30')).toEqual([]));

  it('lianshui in the third quarter', () => {
    expect(findingsOf('lianshui', '2024-08-15')).toEqual([
      // Project 48 plans 二季度 and 四季度 (subsidies paid twice a year): nothing for the third quarter.
      'info PLAN_MISSING_PERIOD 项目表!L52 52-52',
    ]);
  });

  // A three-year decomposition with neither plan nor status: past years are not late for want of a report.
  it('tancheng at today: nothing', () => expect(findingsOf('tancheng')).toEqual([]));
  it('tancheng at 2025-06-30: nothing', () => expect(findingsOf('tancheng', '2025-06-30')).toEqual([]));
});
