import {
  MIN_RELATION_ROWS,
  NumericColumn,
  RELATION_SHARE,
  Relation,
  findColumnSums,
  findRatios,
  findRowSum,
} from "../../../src/core/detect/relations";
import { SheetView, makeView } from "../../../src/core/detect/sheetView";
import { Cell, MergeIndex, createGrid, setCell } from "../../../src/core/grid";

/** A cell as a row gives it: a number, a text, a number with its format, or nothing. */
type Spec = number | string | { v: number; z: string } | null;

function viewOf(rows: Spec[][]): SheetView {
  const grid = createGrid("表", 0, 0);
  rows.forEach((cells, r) =>
    cells.forEach((spec, c) => {
      if (spec === null) return;
      const cell: Cell =
        typeof spec === "object" ? { value: spec.v, format: spec.z } : { value: spec };
      setCell(grid, r, c, cell);
    })
  );
  return makeView(grid, new MergeIndex([]));
}

const rowsOf = (rows: unknown[]): number[] => rows.map((_, k) => k);
const figures = (...cols: number[]): NumericColumn[] => cols.map((col) => ({ col, rate: false }));
const rates = (...cols: number[]): NumericColumn[] => cols.map((col) => ({ col, rate: true }));
const pct = (v: number): Spec => ({ v, z: "0%" });

describe("the thresholds", () => {
  test("a relation holds on 80% of the rows with values, and 4 at least", () => {
    expect(RELATION_SHARE).toBe(0.8);
    expect(MIN_RELATION_ROWS).toBe(4);
  });
});

describe("findColumnSums", () => {
  /** Total in column A, parts in B and C. */
  function sums(rows: Spec[][], columns = figures(0, 1, 2)): Relation[] {
    return findColumnSums(viewOf(rows), rowsOf(rows), columns, () => "");
  }

  const HOLDING: Spec[][] = [
    [30, 10, 20],
    [45, 15, 30],
    [12, 12, 0],
    [80, 50, 30],
    [6, 2, 4],
  ];

  test.each<[string, Spec[][], number[] | null]>([
    ["every row holds", HOLDING, []],
    ["four rows, all hold", HOLDING.slice(0, 4), []],
    ["4 of 5 rows hold (80%)", [...HOLDING.slice(0, 4), [7, 2, 4]], [4]],
    ["8 of 10 rows hold", [...HOLDING, ...HOLDING.slice(0, 3), [9, 2, 4], [8, 2, 4]], [8, 9]],
    ["3 of 5 rows hold (60%)", [...HOLDING.slice(0, 3), [7, 2, 4], [9, 2, 4]], null],
    [
      "7 of 10 rows hold",
      [...HOLDING, HOLDING[0], HOLDING[1], [7, 2, 4], [9, 2, 4], [8, 1, 1]],
      null,
    ],
    ["three rows with values only", HOLDING.slice(0, 3), null],
    ["four rows, one of them with no parts", [...HOLDING.slice(0, 3), [5, null, null]], null],
    // one part equals the total on every row: no sum that says anything
    [
      "one part beside zeros",
      [
        [10, 10, 0],
        [20, 0, 20],
        [30, 30, 0],
        [40, 0, 40],
        [50, 50, 0],
      ],
      null,
    ],
    [
      "a blank total beside parts is a break that does not count against discovery",
      [...HOLDING.slice(0, 4), [null, 3, 4], [null, 5, null]],
      [4, 5],
    ],
    [
      "a blank total beside blank parts is nothing",
      [...HOLDING.slice(0, 4), [null, null, null]],
      [],
    ],
  ])("%s: breaks %j", (_, rows, breaks) => {
    const found = sums(rows);
    if (breaks === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: "sum:A=B+C", kind: "columnSum", total: 0, parts: [1, 2] });
    expect(found[0].breaks).toEqual(breaks);
    const blanks = rows.flatMap((row, k) =>
      row[0] === null && row.slice(1).some((v) => v) ? [k] : []
    );
    expect(found[0].holds).toEqual(
      rowsOf(rows).filter((k) => !breaks.includes(k) && !blanks.includes(k) && rows[k][0] !== null)
    );
  });

  test.each<[string, Spec[], boolean]>([
    // the lianshui totals row: 69911.5 = 22894.5 + 27247 + 1526 + 18244
    ["a sum to the decimal", [69911.5, 22894.5, 27247 + 1526 + 18244], true],
    ["one unit of the last decimal shown", [10.3, 5.1, 5.1], true],
    ["more than one unit of the last decimal shown", [10.2, 5.14, 5.14], false],
    ["a cent apart", [100, 49.99, 50], true],
    ["two cents apart", [100, 49.98, 50], false],
    ["figures stored as text", ["1,200", "700", "500"], true],
  ])("%s: holds %s", (_, row, holds) => {
    const rows: Spec[][] = [...HOLDING.slice(0, 4), row];
    expect(sums(rows)[0].breaks).toEqual(holds ? [] : [4]);
  });

  test("the longest run of neighbouring columns that adds up", () => {
    const rows: Spec[][] = [
      [60, 10, 20, 30],
      [45, 15, 25, 5],
      [33, 11, 11, 11],
      [80, 50, 20, 10],
      [9, 2, 3, 4],
    ];
    const found = findColumnSums(viewOf(rows), rowsOf(rows), figures(0, 1, 2, 3), () => "");
    expect(found.map((r) => r.id)).toEqual(["sum:A=B+C+D"]);
  });

  test("a total beside groups of the same sub-column sums its namesakes", () => {
    // dianjiang: 合计 补助资金 = C级 + D级 + 无房户 补助资金; 户数 columns between them
    const rows: Spec[][] = [
      [1, 2.1, 3, 6.3, 0, 0, 4, 8.4],
      [2, 4.2, 0, 0, 1, 3.5, 3, 7.7],
      [1, 2.1, 1, 2.1, 1, 3.5, 3, 7.7],
      [0, 0, 2, 4.2, 2, 7, 4, 11.2],
      [3, 6.3, 0, 0, 0, 0, 3, 6.3],
    ];
    const keys = ["户数", "补助资金", "户数", "补助资金", "户数", "补助资金", "户数", "补助资金"];
    const found = findColumnSums(
      viewOf(rows),
      rowsOf(rows),
      figures(0, 1, 2, 3, 4, 5, 6, 7),
      (col) => keys[col]
    );
    expect(found.map((r) => r.id)).toEqual(["sum:G=A+C+E", "sum:H=B+D+F"]);
  });

  test("rate columns are neither totals nor parts", () => {
    expect(sums(HOLDING, [...figures(0, 1), ...rates(2)])).toEqual([]);
  });

  test("fewer than three figure columns hold no sum", () => {
    expect(sums(HOLDING, figures(0, 1))).toEqual([]);
  });
});

describe("findRatios", () => {
  /** Target in A, actual in B, rate in C. */
  function ratios(rows: Spec[][]): Relation[] {
    return findRatios(viewOf(rows), rowsOf(rows), [...figures(0, 1), ...rates(2)]);
  }

  const BASE: [number, number][] = [
    [8950, 6453],
    [51, 3],
    [2500, 3321],
    [120, 98],
    [30, 30],
  ];
  const withRates = (rate: (target: number, actual: number) => Spec): Spec[][] =>
    BASE.map(([t, a]) => [t, a, rate(t, a)]);

  test.each<[string, Spec[][], 1 | 100]>([
    ["bare percents", withRates((t, a) => Math.round((a / t) * 1000) / 10), 100],
    ["whole percents", withRates((t, a) => Math.round((a / t) * 100)), 100],
    ["percents as text", withRates((t, a) => `${Math.round((a / t) * 100)}%`), 1],
    ["fractions shown as percents", withRates((t, a) => pct(Math.round((a / t) * 100) / 100)), 1],
    ["bare fractions", withRates((t, a) => Math.round((a / t) * 100) / 100), 1],
  ])("a rate column of %s: scale %d", (_, rows, scale) => {
    const found = ratios(rows);
    expect(found).toEqual([
      {
        id: "ratio:C=B/A",
        kind: "ratio",
        rate: 2,
        numerator: 1,
        denominator: 0,
        scale,
        holds: [0, 1, 2, 3, 4],
        breaks: [],
      },
    ]);
  });

  /** The other rows state their rates the way the row under test does. */
  function baseFor(rate: Spec): Spec[][] {
    if (typeof rate === "string") return withRates((t, a) => `${Math.round((a / t) * 100)}%`);
    if (typeof rate === "number") return withRates((t, a) => Math.round((a / t) * 1000) / 10);
    return withRates((t, a) => pct(Math.round((a / t) * 100) / 100));
  }

  // 736 of 1000 is 73.6%, 739 of 1000 is 73.9%
  test.each<[string, number, Spec, boolean]>([
    ["74% for 73.6%", 736, "74%", true],
    ["73% for 73.9%", 739, "73%", false],
    ["74% for 73.9%", 739, "74%", true],
    ["73% for 73.6%", 736, "73%", false],
    ["74 for 73.6", 736, 74, true],
    ["73 for 73.9", 739, 73, false],
    ["73.6 for 73.6", 736, 73.6, true],
    ["73.9 for 73.6", 736, 73.9, false],
    ["0.74 shown as 74% for 73.6%", 736, pct(0.74), true],
    ["0.73 shown as 73% for 73.9%", 739, pct(0.73), false],
    ["0.736 shown as 73.6% for 73.6%", 736, { v: 0.736, z: "0.0%" }, true],
    ["0.739 shown as 73.9% for 73.6%", 736, { v: 0.739, z: "0.0%" }, false],
  ])("rounding: a printed %s holds: %s", (_, actual, rate, holds) => {
    const rows: Spec[][] = [...baseFor(rate), [1000, actual, rate]];
    const found = ratios(rows);
    expect(found).toHaveLength(1);
    expect(found[0].holds).toEqual(holds ? [0, 1, 2, 3, 4, 5] : [0, 1, 2, 3, 4]);
    expect(found[0].breaks).toEqual(holds ? [] : [5]);
  });

  test.each<[string, Spec[][], number[] | null]>([
    [
      "4 of 5 rows hold",
      [...withRates((t, a) => `${Math.round((a / t) * 100)}%`).slice(0, 4), [30, 30, "90%"]],
      [4],
    ],
    [
      "3 of 5 rows hold",
      [
        ...withRates((t, a) => `${Math.round((a / t) * 100)}%`).slice(0, 3),
        [120, 98, "60%"],
        [30, 30, "90%"],
      ],
      null,
    ],
    [
      "three rows with values",
      withRates((t, a) => `${Math.round((a / t) * 100)}%`).slice(0, 3),
      null,
    ],
    [
      "rows without a rate, an actual or a target, or with a zero target, are no evidence",
      [
        ...withRates((t, a) => `${Math.round((a / t) * 100)}%`).slice(0, 3),
        [30, 30, null],
        [30, null, "100%"],
        [null, 30, "100%"],
        [0, 30, "100%"],
      ],
      null,
    ],
  ])("%s: breaks %j", (_, rows, breaks) => {
    const found = ratios(rows);
    if (breaks === null) expect(found).toEqual([]);
    else expect(found.map((r) => r.breaks)).toEqual([breaks]);
  });

  test("of the pairs that fit, the nearest columns win", () => {
    // A and C are the same target twice; the rate in E divides D by C, its neighbours
    const rows: Spec[][] = BASE.map(([t, a]) => [t, "甲", t, a, `${Math.round((a / t) * 100)}%`]);
    const found = findRatios(viewOf(rows), rowsOf(rows), [...figures(0, 2, 3), ...rates(4)]);
    expect(found.map((r) => r.id)).toEqual(["ratio:E=D/C"]);
  });

  test("without a rate column, or with one figure column, there is no ratio", () => {
    const rows = withRates((t, a) => `${Math.round((a / t) * 100)}%`);
    expect(findRatios(viewOf(rows), rowsOf(rows), figures(0, 1, 2))).toEqual([]);
    expect(findRatios(viewOf(rows), rowsOf(rows), [...figures(0), ...rates(2)])).toEqual([]);
  });
});

describe("findRowSum", () => {
  const TOP_TOTAL: Spec[][] = [
    [2800, 440, 112.9],
    [1000, 150, 120],
    [800, 120, 112.5],
    [400, 70, 105],
    [300, 50, 106.7],
    [300, 50, 106.7],
  ];
  const top = (labelled: boolean) => [{ row: 0, labelled }];

  function rowSum(
    rows: Spec[][],
    candidates: { row: number; labelled: boolean }[],
    columns = [...figures(0, 1), ...rates(2)]
  ): Relation | null {
    return findRowSum(viewOf(rows), rowsOf(rows), columns, candidates);
  }

  test("a first row that sums the others in every figure column, rates left out", () => {
    expect(rowSum(TOP_TOTAL, top(false))).toEqual({
      id: "rows:1",
      kind: "rowSum",
      totalRow: 0,
      rows: [1, 2, 3, 4, 5],
      holds: [0, 1],
      breaks: [],
    });
  });

  test("a last row that sums the others", () => {
    const rows = [...TOP_TOTAL.slice(1), TOP_TOTAL[0]];
    const found = rowSum(rows, [
      { row: 0, labelled: false },
      { row: 5, labelled: false },
    ]);
    expect(found).toMatchObject({ id: "rows:6", totalRow: 5, rows: [0, 1, 2, 3, 4] });
  });

  // haidong: 合计 4000 above the 县区, one amount column
  const ONE_COLUMN: Spec[][] = [[4000], [819], [100], [1081], [1000], [1000]];

  test.each<[string, Spec[][], boolean, number[] | null]>([
    ["one column, the row named as a whole", ONE_COLUMN, true, []],
    ["one column, the row not named", ONE_COLUMN, false, null],
    [
      "a named row that holds in half its columns",
      TOP_TOTAL.map((row, k) => (k === 0 ? [2800, 441, row[2]] : row)),
      true,
      [1],
    ],
    [
      "an unnamed row that holds in half its columns",
      TOP_TOTAL.map((row, k) => (k === 0 ? [2800, 441, row[2]] : row)),
      false,
      null,
    ],
    [
      "a named row that holds in no column",
      TOP_TOTAL.map((row, k) => (k === 0 ? [2801, 441, row[2]] : row)),
      true,
      null,
    ],
  ])("%s (named: %s): breaks %j", (_, rows, labelled, breaks) => {
    const columns = rows[0].length === 1 ? figures(0) : [...figures(0, 1), ...rates(2)];
    const found = rowSum(rows, top(labelled), columns);
    if (breaks === null) expect(found).toBeNull();
    else expect(found?.breaks).toEqual(breaks);
  });

  test("an unnamed row that holds in 4 of 5 columns breaks in the fifth", () => {
    const rows: Spec[][] = [
      [10, 20, 30, 40, 51],
      [4, 8, 12, 16, 20],
      [3, 6, 9, 12, 15],
      [3, 6, 9, 12, 15],
    ];
    expect(rowSum(rows, top(false), figures(0, 1, 2, 3, 4))?.breaks).toEqual([4]);
  });

  test("fewer than three rows hold no row sum", () => {
    expect(rowSum(TOP_TOTAL.slice(0, 2), top(true))).toBeNull();
  });
});
