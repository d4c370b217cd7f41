import { Workbook } from '../../../src/core/grid';
import { behindScheduleRule } from '../../../src/core/rules/behindSchedule';
import { itemUnmatchedRule } from '../../../src/core/rules/itemUnmatched';
import { progressMissingRule } from '../../../src/core/rules/progressMissing';
import { statusInconsistentRule } from '../../../src/core/rules/statusInconsistent';
import { check } from '../../helpers/check';
import { WorkbookName, planted, plantedCell, readShared } from '../../helpers/workbooks';

const RULES = [progressMissingRule, statusInconsistentRule, behindScheduleRule, itemUnmatchedRule];

function findings(workbook: Workbook): string[] {
  return check(workbook, {}, RULES).findings.map((f) => `${f.code} ${f.cell}`);
}

/**
 * Every finding the progress rules give on the five real workbooks at their own report dates
 * (lanling 2023-06-30 from its subtitle, shanting 2025-03-31 from 一季度, linyi 2022-12-31 from
 * 12月份), with the reason each is fair. All are warnings.
 */
const EXPECTED: Record<WorkbookName, string[]> = {
  // A project list: no progress column, no status word, one table (nothing to link).
  lianshui: [],
  lanling: [
    // Project 6: 截止6月30日，全县无人管理小区已由城发集团全部完成接管任务，实现物业全覆盖, and the
    // status still reads 推进正常 at its 2023年6月 deadline.
    'STATUS_INCONSISTENT G9',
    // 两癌检查 (row 20) is not behind: 已检查4970人 of 48800名 is 10.2%, and its own monthly plan
    // back-loads the year (6月：检查4880人，完成年度计划的10%); the period's plan is the measure.
    // 送戏下乡191场 of 600场: 31.8%; the plan itself wanted 130 + 180 = 310 by June.
    'BEHIND_SCHEDULE F25',
    // 更新健身广场12处 of 更新70处: 17.1%.
    'BEHIND_SCHEDULE F26',
    // 困难人员就业31人 of 380人: 8.2%, the lowest of the three targets (5375/8000, 1030/2000).
    'BEHIND_SCHEDULE F28',
    // 公益电影2097场次 of 7200场次: 29.1%.
    'BEHIND_SCHEDULE F49',
    // 抽检 39 (生产领域) + 463 (流通领域化肥) + 273 (成品油, its 其中 breakdown not added again) = 775
    // 批次 of 全年不低于300批次: done by June, and the status still reads 推进正常.
    'STATUS_INCONSISTENT G51',
  ],
  // Every row says 已完成全年任务 (or a scanned form of it) and no completion read from the
  // text falls short: 1341 of 1232 户 (109%), 6014 of 4500 场, 170 of 143 口袋公园 …
  linyi: [],
  shanting: [
    // “四好农村路”已完成路基施工10公里 of 46公里, and nothing at all of “户户通”62公里: 0% is the lowest.
    'BEHIND_SCHEDULE E17',
    // 供热管网: 完成玄武路管网施工0.2公里 of 3公里, 6.7% at 24.7% of the year.
    'BEHIND_SCHEDULE E22',
    // 新增路内停车位35个 of 新增停车泊位256个: 13.7% (充电桩 399 of 400 is on time).
    'BEHIND_SCHEDULE E26',
    // 招聘活动5场 of 50场次: 10% (城镇就业 1052/2800 and 贷款 2575万/1亿 are on time).
    'BEHIND_SCHEDULE E31',
    // 新增高技能人才62人 of 1000人: 6.2%.
    'BEHIND_SCHEDULE E32',
  ],
  // A decomposition table: no progress column, no status word, one table.
  tancheng: [],
};

describe.each(Object.keys(EXPECTED) as WorkbookName[])('%s', (name) => {
  it('gives exactly the findings a careful reader gives', () => {
    expect(findings(readShared(name))).toEqual(EXPECTED[name]);
  });
});

it('gives the figures of every shanting finding', () => {
  const { findings: found } = check(readShared('shanting'), {}, [behindScheduleRule]);
  expect(found.map((f) => [f.cell, f.row, f.rowEnd, f.severity, f.expected, f.actual, f.message.zh])).toEqual([
    ['E17', 17, 17, 'warning', 0.2466, 0, '完成率 0%（0公里 / 62公里），落后序时进度 24.7% 超过 10 个百分点'],
    ['E22', 22, 22, 'warning', 0.2466, 0.0667, '完成率 6.7%（0.2公里 / 3公里），落后序时进度 24.7% 超过 10 个百分点'],
    ['E26', 26, 26, 'warning', 0.2466, 0.1367, '完成率 13.7%（35个 / 256个），落后序时进度 24.7% 超过 10 个百分点'],
    ['E31', 31, 31, 'warning', 0.2466, 0.1, '完成率 10%（5场 / 50场次），落后序时进度 24.7% 超过 10 个百分点'],
    ['E32', 32, 32, 'warning', 0.2466, 0.062, '完成率 6.2%（62人 / 1000人），落后序时进度 24.7% 超过 10 个百分点'],
  ]);
});

describe('defects planted in copies of the workbooks', () => {
  it('an emptied progress cell on a project in progress (lanling project 7)', () => {
    expect(findings(plantedCell('lanling', 'F10', ''))).toEqual([...EXPECTED.lanling.slice(0, 1), 'PROGRESS_MISSING F10', ...EXPECTED.lanling.slice(1)]);
  });

  it('an emptied progress cell on a project whose status says 工作完成 (lanling project 10)', () => {
    expect(findings(plantedCell('lanling', 'F13', ''))).toEqual(EXPECTED.lanling);
  });

  it('a 已完成全年任务 row whose text reads under half the target (linyi 54: 2014 of 4500 场)', () => {
    const workbook = planted('linyi', 'F57', (text) => text.replace('6014', '2014'));
    const { findings: found } = check(workbook, {}, [statusInconsistentRule]);
    expect(found.map((f) => [f.cell, f.row, f.expected, f.actual, f.message.zh])).toEqual([
      ['G57', 57, 1, 0.4476, '工作成效为「已完成全年任务」，但12月份推进情况中完成 2014场次，仅为目标 4500场 的 44.8%'],
    ]);
  });
});
