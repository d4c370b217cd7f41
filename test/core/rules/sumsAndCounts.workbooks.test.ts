import fc from 'fast-check';
import { countMismatchRule } from '../../../src/core/rules/countMismatch';
import { partExceedsWholeRule } from '../../../src/core/rules/partExceedsWhole';
import { sumMismatchRule } from '../../../src/core/rules/sumMismatch';
import { check } from '../../helpers/check';
import { ledger } from '../../helpers/ledger';
import { WorkbookName, readShared } from '../../helpers/workbooks';
import { progressReport, projectList } from './sumsAndCounts.fixtures';

const RULES = [sumMismatchRule, countMismatchRule, partExceedsWholeRule];

function findingsOf(name: WorkbookName): string[] {
  return check(readShared(name), {}, RULES).findings.map((f) => `${f.code} ${f.cell}`);
}

describe('SUM_MISMATCH, COUNT_MISMATCH and PART_EXCEEDS_WHOLE on the five workbooks', () => {
  it('lianshui: every project adds up, the totals row adds up, 50 projects are 50', () => {
    // Checked and silent: 50 totals against their sources (69911.5 = 22894.5 + 27247 + 1526 + 18244
    // on the totals row too), 项目（合计：50个）, 薛行、红窑、五港3个, 其中 80元 = 10 + 60 + 10.
    expect(findingsOf('lianshui')).toEqual([]);
  });

  it('lanling: the school\'s floor area does not add up', () => {
    expect(findingsOf('lanling')).toEqual([
      // 建筑面积39318平方米。其中地下建筑面积4369m²，地上建筑面积34769m²（教学楼、综合楼、南北连廊33854m²，
      // 综合报告厅915m², which make the 34769）: 4369 + 34769 = 39138, not 39318 (two digits swapped).
      'SUM_MISMATCH C12',
      // The same project overview again under 扩增基础教育学位资源, with the same figures.
      'SUM_MISMATCH C18',
    ]);
  });

  it('linyi: the breakdowns and counts it states agree', () => {
    // 4.73万个 = 4.2万个 + 5300个; 14家 其中 …各建成2家 (each) and the % shares are left alone.
    expect(findingsOf('linyi')).toEqual([]);
  });

  it('shanting: 30处 其中新建7家、改扩建23家 is no comparison (处 against 家)', () => {
    expect(findingsOf('shanting')).toEqual([]);
  });

  it('tancheng: six and nine housing projects named and counted right', () => {
    expect(findingsOf('tancheng')).toEqual([]);
  });
});

/** Pieces the three rules look for, so random texts reach their corners. */
const PIECES = ['其中', '、', '，', '。', '；', '：', '（', '）', '“', '”', '共', '等', '各', '和', '约', '以上', '合计', '3', '12', '4.5',
  '万', '亿元', '万元', '个', '处', '家', '人', '名', '%', 'm²', '小区', '项目', '新建', '甲', '乙', ' ', '\n'];

describe('the three rules on odd input', () => {
  it('never throw, and every report they make is well formed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (a, b) => {
        check(ledger(progressReport([{ target: a.join(''), progress: b.join('') }])), {}, RULES);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on odd money cells', () => {
    const cell = fc.oneof(fc.constant(null), fc.double({ noNaN: false }), fc.constantFrom('', '—', 'abc', '12', '#REF!', true));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 6, maxLength: 6 }), fc.array(cell, { minLength: 6, maxLength: 6 }), (a, b) => {
        check(ledger(projectList([['合计', '', '', '', ...a, ''], ['一、教育', '1', '甲', '甲', ...b, '教体局']])), {}, RULES);
      }),
      { numRuns: 200 },
    );
  });
});
