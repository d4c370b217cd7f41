import { Workbook } from '../../../src/core/grid';
import { check } from '../../helpers/check';
import { WorkbookName, planted, plantedCell, readShared } from '../../helpers/workbooks';

function findings(workbook: Workbook, asOf?: string): string[] {
  return check(workbook, asOf ? { asOf } : {}).findings.map((f) => `${f.severity} ${f.code} ${f.cell} ${f.row}-${f.rowEnd}`);
}

/**
 * Every finding the whole rule set gives on the five workbooks, each with its reason. An error here
 * must be a true defect: a wrong error costs a user's trust faster than a missed warning.
 */
const EXPECTED: Record<WorkbookName, string[]> = {
  lianshui: [
    // The 合计 row (row 4) is typed, not =SUM(): right today (69911.5 = 22894.5 + 27247 + 1526 +
    // 18244), wrong after the next edit of any project.
    'info TOTAL_NOT_FORMULA F4 4-4',
    'info TOTAL_NOT_FORMULA G4 4-4',
    'info TOTAL_NOT_FORMULA H4 4-4',
    'info TOTAL_NOT_FORMULA I4 4-4',
    'info TOTAL_NOT_FORMULA J4 4-4',
    'info TOTAL_NOT_FORMULA K4 4-4',
  ],
  lanling: [
    // Project 6: 全县无人管理小区已由城发集团全部完成接管任务，实现物业全覆盖, yet 工作成效 says 推进正常.
    'warning STATUS_INCONSISTENT G9 9-9',
    // 建筑面积39318平方米。其中地下4369m²，地上34769m²: 4369 + 34769 = 39138 (two digits swapped).
    'error SUM_MISMATCH C12 12-12',
    // The same overview again under 扩增基础教育学位资源, with the same figures.
    'error SUM_MISMATCH C18 18-18',
    // 截至6月底已检查4970人 of 48800名: 10.2% at 49.6% of the year (its own plan back-loads the checks).
    // 送戏下乡 191 of 600 场: 31.8%.
    'warning BEHIND_SCHEDULE F25 25-25',
    // 更新健身广场 12 of 70 处: 17.1%.
    'warning BEHIND_SCHEDULE F26 26-26',
    // 困难人员就业 31 of 380人, the lowest of its three targets: 8.2%.
    'warning BEHIND_SCHEDULE F28 28-28',
    // 完成时限 2023年6月, yet the plan runs ④7月 … ⑨12月: six milestones after the deadline.
    'warning PLAN_BEYOND_DEADLINE E32 32-32',
    // 完成时限 2023年8月, yet ④9月-12月 按月足额拨付 is part of its own target.
    'warning PLAN_BEYOND_DEADLINE E35 35-35',
    // 放映公益电影 2097 of 7200 场次: 29.1%.
    'warning BEHIND_SCHEDULE F49 49-49',
    // 抽检 39 + 463 + 273 = 775 批次 of 全年不低于300批次 (the 其中 breakdown not added again): done,
    // yet 工作成效 says 推进正常.
    'warning STATUS_INCONSISTENT G51 51-51',
  ],
  linyi: [],
  shanting: [
    // At 2025-03-31 a quarter of the year has passed (24.7%):
    // 户户通 0 of 62公里 (named nowhere in the progress; 四好农村路 10 of 46公里), 供热管网 0.2 of 3公里 (6.7%),
    // 停车泊位 35 of 256 (13.7%), 招聘活动 5 of 50 场次 (10%), 高技能人才 62 of 1000人 (6.2%).
    'warning BEHIND_SCHEDULE E17 17-17',
    'warning BEHIND_SCHEDULE E22 22-22',
    'warning BEHIND_SCHEDULE E26 26-26',
    'warning BEHIND_SCHEDULE E31 31-31',
    'warning BEHIND_SCHEDULE E32 32-32',
  ],
  tancheng: [
    // Item 17: 特种设备定期检验率稳定在100% (2024) dragged down to 101% (2025) and 102% (2026):
    // an inspection rate cannot pass 100%, and the rest of the long text is the same to the letter.
    'warning FILL_SERIES_SUSPECT D65 65-65',
    'error RATE_OUT_OF_RANGE D65 65-65',
    'warning FILL_SERIES_SUSPECT D66 66-66',
    'error RATE_OUT_OF_RANGE D66 66-66',
  ],
};

describe.each(Object.keys(EXPECTED) as WorkbookName[])('every rule on %s', (name) => {
  it('finds the natural defects and nothing else', () => {
    expect(findings(readShared(name))).toEqual(EXPECTED[name]);
  });
});

describe('defects planted in copies of the workbooks are found with their code, row and cell', () => {
  const lianshui = new Set(EXPECTED.lianshui);
  const added = (workbook: Workbook): string[] => findings(workbook).filter((f) => !lianshui.has(f));

  it('a funding figure changed (lianshui project 3: 上级补助 67 → 76)', () => {
    // the project no longer adds up, and neither does the 上级补助 column of the totals row
    expect(added(plantedCell('lianshui', 'H7', 76))).toEqual(['error SUM_MISMATCH H4 4-4', 'error SUM_MISMATCH F7 7-7']);
  });

  it('a totals cell changed (lianshui F4: 69911.5 → 69811.5)', () => {
    // the total no longer matches its column, and now falls below the year's plan beside it
    expect(added(plantedCell('lianshui', 'F4', 69811.5))).toEqual(['error SUM_MISMATCH F4 4-4', 'error PART_EXCEEDS_WHOLE G4 4-4']);
  });

  it('a count changed (lianshui 项目（合计：50个） → 49个)', () => {
    expect(added(planted('lianshui', 'A4', (t) => t.replace('50个', '49个')))).toEqual(['error COUNT_MISMATCH A4 4-4']);
  });

  it('a count in text changed (lianshui project 35: 薛行、红窑、五港3个 → 4个)', () => {
    expect(added(planted('lianshui', 'D39', (t) => t.replace('五港3个', '五港4个')))).toEqual(['error COUNT_MISMATCH D39 39-39']);
  });

  it('a quarterly figure changed (lianshui project 13: 9000名 → 8000名 of 2万名)', () => {
    expect(added(planted('lianshui', 'L17', (t) => t.replace('9000名', '8000名')))).toEqual(['error BREAKDOWN_MISMATCH L17 17-17']);
  });

  it('a year’s plan above the total (lianshui project 1: 2024年计划投资 110 → 1100)', () => {
    expect(added(plantedCell('lianshui', 'G5', 1100))).toEqual(['error SUM_MISMATCH G4 4-4', 'error PART_EXCEEDS_WHOLE G5 5-5']);
  });

  it('a figure stored as text (lianshui project 1: 县财政统筹 110 as "110")', () => {
    expect(added(plantedCell('lianshui', 'I5', '110'))).toEqual(['warning NUMBER_AS_TEXT I5 5-5']);
  });

  it('a SUM range shortened (lianshui F4 = SUM(F5:F50) while items run to row 54)', () => {
    const workbook = plantedCell('lianshui', 'F4', { value: 69911.5 - 20 - 200 - 900 - 90, formula: 'SUM(F5:F50)' });
    // the short sum also leaves the total below the year's plan beside it (G4 = 69911.5)
    expect(added(workbook)).toEqual(['error FORMULA_RANGE_INCOMPLETE F4 4-4', 'error PART_EXCEEDS_WHOLE G4 4-4']);
  });

  it('a rate changed (lanling row 14: 完成任务的 52.80% → 50.80%)', () => {
    const workbook = planted('lanling', 'F14', (t) => t.replace('52.80%', '50.80%'));
    expect(findings(workbook)).toEqual([...EXPECTED.lanling.slice(0, 2), 'error RATE_MISMATCH F14 14-14', ...EXPECTED.lanling.slice(2)]);
  });

  it('a percent that names no capped rate stays quiet (shanting 药品集采100%全覆盖 → 110%)', () => {
    expect(findings(planted('shanting', 'C4', (t) => t.replace('100%', '110%')))).toEqual(EXPECTED.shanting);
  });
});
