import { duplicateItemRule } from '../../../src/core/rules/duplicateItem';
import { fillSeriesSuspectRule } from '../../../src/core/rules/fillSeriesSuspect';
import { formulaRangeIncompleteRule } from '../../../src/core/rules/formulaRangeIncomplete';
import { numberAsTextRule } from '../../../src/core/rules/numberAsText';
import { totalNotFormulaRule } from '../../../src/core/rules/totalNotFormula';
import { check } from '../../helpers/check';
import { WorkbookName, readShared } from '../../helpers/workbooks';

const RULES = [numberAsTextRule, totalNotFormulaRule, formulaRangeIncompleteRule, duplicateItemRule, fillSeriesSuspectRule];

/** Every finding these rules give on the five real workbooks, as `CODE cell`, with the reason each is fair. */
const EXPECTED: Record<WorkbookName, string[]> = {
  lianshui: [
    // The totals row 项目（合计：50个） holds typed numbers in every figure column, no formula at
    // all in the file: right today (69911.5 = 22894.5 + 27247 + 1526 + 18244), but it will not
    // follow a changed project. An info each is fair.
    'TOTAL_NOT_FORMULA F4',
    'TOTAL_NOT_FORMULA G4',
    'TOTAL_NOT_FORMULA H4',
    'TOTAL_NOT_FORMULA I4',
    'TOTAL_NOT_FORMULA J4',
    'TOTAL_NOT_FORMULA K4',
  ],
  // No figure columns, no totals, no repeated name, no stepped text: 编号 restarts for 市级 with
  // other names, which is numbering, not duplication.
  lanling: [],
  // 编号 38 推进城市公园建设 on rows 40–41 is one task under two lead units (市住建局, 市城市管理局).
  linyi: [],
  // 序号 and 目标任务 merged over their sub-items; sub-items are one target, not duplicates.
  shanting: [],
  tancheng: [
    // Item 17, 县市场监管局: 特种设备定期检验率稳定在100% (2024) becomes 101% (2025) and 102%
    // (2026), the rest of the long text unchanged: a fill-handle drag, and a rate above 100%.
    'FILL_SERIES_SUSPECT D65',
    'FILL_SERIES_SUSPECT D66',
  ],
};

describe.each(Object.keys(EXPECTED) as WorkbookName[])('%s', (name) => {
  it('gives exactly the findings a careful reader gives', () => {
    const { findings } = check(readShared(name), {}, RULES);
    expect(findings.map((f) => `${f.code} ${f.cell}`)).toEqual(EXPECTED[name]);
  });
});

it('reports tancheng item 17 against its 2024 rate', () => {
  const { findings } = check(readShared('tancheng'), {}, [fillSeriesSuspectRule]);
  expect(findings.map((f) => [f.cell, f.row, f.rowEnd, f.expected, f.actual, f.severity])).toEqual([
    ['D65', 65, 65, 100, 101, 'warning'],
    ['D66', 66, 66, 100, 102, 'warning'],
  ]);
});
