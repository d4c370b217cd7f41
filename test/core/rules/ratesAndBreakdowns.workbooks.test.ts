import { cellText, getCell } from '../../../src/core/grid';
import { breakdownMismatchRule } from '../../../src/core/rules/breakdownMismatch';
import { rateMismatchRule } from '../../../src/core/rules/rateMismatch';
import { rateOutOfRangeRule } from '../../../src/core/rules/rateOutOfRange';
import { check } from '../../helpers/check';
import { WorkbookName, readShared, replaceCellText } from '../../helpers/workbooks';

const RULES = [rateOutOfRangeRule, rateMismatchRule, breakdownMismatchRule];

function findingsOf(name: WorkbookName): string[] {
  return check(readShared(name), {}, RULES).findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`);
}

describe('rates and breakdowns on the five familiar workbooks', () => {
  it('tancheng: the drag-filled 检验率', () => {
    expect(findingsOf('tancheng')).toEqual([
      // Item 17, 县市场监管局 2025: 特种设备定期检验率稳定在101% — a rate of inspections due cannot pass 100%.
      'RATE_OUT_OF_RANGE 任务分解表!D65',
      // Item 17, 2026: 稳定在102% — the same fill-handle drag one row further.
      'RATE_OUT_OF_RANGE 任务分解表!D66',
    ]);
  });

  // Every stated completion rate agrees with its figures (52.80% for 4947 of 9370, the 两癌 plan month
  // by month), and every plan breakdown adds up (187 小区, 8000/2000/380 人 by quarter).
  it('lanling: nothing', () => expect(findingsOf('lanling')).toEqual([]));

  // 完成率109% is 1341 of 1232 户 (the target as raised in the same text), 113.3% and 141.5% are
  // over-fulfilment; the May-to-December plans list what remains, so their increments are not summed.
  it('linyi: nothing', () => expect(findingsOf('linyi')).toEqual([]));

  it('shanting: nothing', () => expect(findingsOf('shanting')).toEqual([]));

  // 120 托位 = 60 + 60, 2万名 = 3000 + 9000 + 8000, 62 消火栓 = 8 + 23 + 23 + 8, 赛事 4 → 15 → 20 场 …
  it('lianshui: nothing', () => expect(findingsOf('lianshui')).toEqual([]));

  it('lianshui project 13 with one quarter changed finds the broken breakdown', () => {
    const workbook = readShared('lianshui');
    const grid = workbook.sheets[0];
    const plan = cellText(getCell(grid, 16, 11));
    expect(plan).toContain('完成9000名城乡妇女');
    const changed = replaceCellText(grid, plan, plan.replace('9000名', '8000名'));
    const { findings } = check({ ...workbook, sheets: [changed] }, {}, RULES);
    expect(findings.map((f) => [f.code, f.cell, f.row, f.rowEnd, f.expected, f.actual])).toEqual([
      ['BREAKDOWN_MISMATCH', 'L17', 17, 17, 20000, 19000],
    ]);
  });
});
