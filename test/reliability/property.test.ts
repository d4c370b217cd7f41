import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import { detectTables } from '../../src/core/detect/detectTables';
import { Cell, Grid } from '../../src/core/grid';
import {
  findPeriods,
  normalizeText,
  parseChineseNumeral,
  parseFigures,
  parseIsoDate,
  parseNumber,
  parsePeriod,
  removeScanSpaces,
  splitCircledList,
  stripHtml,
  subjectKey,
  subjectsMatch,
} from '../../src/core/text';

/** Runs per property: bounded, so a property that hangs fails the test's timeout rather than CI's. */
const RUNS = 200;
/** No single input may take longer than this (a quadratic blow-up on a small grid would). */
const MAX_MS_PER_RUN = 2_000;

/** Words ledgers are made of: headers, totals, statuses, periods, units, so grids look like ledgers. */
const WORDS = [
  '序号', '项目名称', '牵头单位', '责任单位', '计划总投资', '完成投资', '上级补助', '县财政', '资金来源', '计划投资',
  '完成时限', '进展情况', '工作成效', '完成率', '目标任务', '实际完成', '合计', '小计', '其中', '备注', '一、', '（一）',
  '已完成', '推进中', '滞后', '未开工', '2025年', '6月底前', '一季度', '3-5月', '年底前', '万元', '个', '%', '=SUM(D3:D9)',
  '#REF!', '__proto__', 'constructor', 'toString', '', ' ', '①', '\n',
];

const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom(...WORDS));

const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  text.map((value) => ({ value })),
  fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: false }), fc.constantFrom(0, -0, 45657, 0.5, 1e21)).map((value) => ({ value })),
  fc.boolean().map((value) => ({ value })),
  fc.record({ value: fc.constantFrom('#REF!', '#DIV/0!', '#N/A'), error: fc.constant(true as const), formula: fc.constantFrom('SUM(#REF!)', 'A1/0') }),
  fc.record({ value: fc.oneof(fc.integer(), text), formula: fc.constantFrom('SUM(D3:D9)', 'D3+E3', 'SUM(D:D)', 'Sheet2!A1', '@#$'), format: fc.constantFrom('0.00', 'yyyy-mm-dd', '@', '0%', 'General') }),
);

/** A small sheet: up to 10 rows and 8 columns of ledger-like cells, with merged areas anywhere, overlapping or not. */
const grid: fc.Arbitrary<Grid> = fc
  .record({ rows: fc.integer({ min: 0, max: 10 }), cols: fc.integer({ min: 0, max: 8 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      cells: fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      merges: fc.array(
        fc.record({ top: fc.nat(12), left: fc.nat(9), height: fc.nat(3), width: fc.nat(4) }).map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width })),
        { maxLength: 4 },
      ),
      name: fc.constantFrom('台账', '__proto__', 'Sheet1'),
    }).map(({ cells, merges, name }): Grid => ({ name, rowCount: rows, colCount: cols, cells, merges })),
  );

function timed(work: () => void): void {
  const started = Date.now();
  work();
  expect(Date.now() - started).toBeLessThan(MAX_MS_PER_RUN);
}

describe('nothing throws and nothing hangs on arbitrary input', () => {
  it('the text parsers, on arbitrary strings', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1900, max: 2199 }), (a, b, year) =>
        timed(() => {
          normalizeText(a);
          stripHtml(a);
          removeScanSpaces(a);
          parseNumber(a);
          parseChineseNumeral(a);
          parseIsoDate(a);
          parseFigures(a);
          splitCircledList(a);
          parsePeriod(a, { year });
          findPeriods(a, { year });
          subjectKey(a);
          subjectsMatch(a, b);
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it('detection, on arbitrary small grids', () => {
    fc.assert(
      fc.property(grid, (g) => timed(() => void detectTables(g))),
      { numRuns: RUNS },
    );
  });

  it('the whole check (detection, model, rules, progress), on arbitrary small grids and report dates', () => {
    fc.assert(
      fc.property(grid, fc.constantFrom('2025-06-30', '2024-02-29', '1900-01-01'), fc.constantFrom('zh' as const, 'en' as const), (g, asOf, lang) =>
        timed(() => {
          const { report } = checkWorkbook({ name: 'arbitrary.xlsx', sheets: [g] }, { today: '2025-06-30', asOf, lang });
          JSON.stringify(report);
        }),
      ),
      { numRuns: RUNS },
    );
  });
});
