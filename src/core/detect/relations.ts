/**
 * The arithmetic a table's figures keep, found in the numbers rather than the words: a column that
 * is the sum of a run of others (a total and its funding sources), a column that is one column
 * divided by another (a completion rate), a row that is the sum of the other rows (合计, 全市). A
 * relation counts when it holds on at least 80% of the rows (or columns) with values, and at least 4;
 * the rows that break it are what the rules report.
 */

import { columnLetter } from "../grid/address";
import { getCell } from "../grid/grid";
import { CellFigure, cellFigure, halfUnitShown } from "../grid/cellFigure";
import { ColumnProfile, sampleRows, share } from "./columnProfile";
import { SheetView } from "./sheetView";

export type RelationKind = "columnSum" | "ratio" | "rowSum";

export interface Relation {
  /** A stable key, by which a user switches a relation off: `sum:E=F+G+H+I`, `ratio:J=H/G*100`. */
  id: string;
  kind: RelationKind;
  /** columnSum: the total column and its parts. */
  total?: number;
  parts?: number[];
  /** ratio: rate = numerator ÷ denominator × scale. */
  rate?: number;
  numerator?: number;
  denominator?: number;
  scale?: 1 | 100;
  /** rowSum: the totals row, and the rows it sums. */
  totalRow?: number;
  rows?: number[];
  /** columnSum and ratio: rows (0-based); rowSum: columns. */
  holds: number[];
  breaks: number[];
}

/** The share of rows with values on which a relation must hold to be taken for the table's own. */
export const RELATION_SHARE = 0.8;
/** The fewest rows (or columns) with values a relation is found on. */
export const MIN_RELATION_ROWS = 4;
/** Rows on which a sum holds with two parts or more not zero: fewer, and one part may just equal the total. */
const MIN_TELLING_ROWS = 2;
/** A column is figures when this share of its filled cells are. */
const NUMERIC_SHARE = 0.6;
const EPSILON = 1e-9;

/** A table's figures, read once: value per row and column. */
export class Figures {
  private readonly cache = new Map<number, (CellFigure | null)[]>();

  constructor(
    private readonly view: SheetView,
    private readonly rows: readonly number[]
  ) {}

  column(col: number): (CellFigure | null)[] {
    let column = this.cache.get(col);
    if (!column) {
      column = this.rows.map((r) => cellFigure(getCell(this.view.grid, r, col)));
      this.cache.set(col, column);
    }
    return column;
  }
}

export interface NumericColumn {
  col: number;
  /** Its cells are percents or fractions of a whole: a rate, never summed. */
  rate: boolean;
}

/** The columns that hold figures, by their profiles. */
export function numericColumnsOf(
  profiles: readonly ColumnProfile[],
  isRate: (profile: ColumnProfile) => boolean
): NumericColumn[] {
  return profiles
    .filter(
      (p) =>
        p.filled > 0 &&
        share(p, "numbers") + share(p, "percents") + share(p, "units") >= NUMERIC_SHARE
    )
    .map((p) => ({ col: p.col, rate: isRate(p) }));
}

interface Tally {
  holds: number[];
  breaks: number[];
  /** Rows whose total is blank beside parts with figures: reported, but no evidence either way. */
  blanks: number[];
  /** Rows that hold with two parts or more not zero: sums that say something. */
  telling: number;
}

function found(tally: Tally): boolean {
  const withValues = tally.holds.length + tally.breaks.length;
  return withValues >= MIN_RELATION_ROWS && tally.holds.length >= RELATION_SHARE * withValues;
}

/** A money cent: the least tolerance of a sum, as the sum rules allow (`DEFAULT_SETTINGS.sumTolerance`). */
const SUM_TOLERANCE = 0.01;

/** Whether a total agrees with its parts within the table's own rounding (a unit of the last decimal shown). */
function sumAgrees(total: CellFigure, parts: (CellFigure | null)[]): boolean {
  let sum = 0;
  let decimals = total.decimals;
  for (const part of parts) {
    if (!part) continue;
    sum += part.value;
    decimals = Math.max(decimals, part.decimals);
  }
  const tolerance = Math.max(SUM_TOLERANCE, decimals > 0 ? 10 ** -decimals : 0) + EPSILON;
  return Math.abs(sum - total.value) <= tolerance;
}

function tallySum(
  figures: Figures,
  rowIndexes: number[],
  rows: readonly number[],
  total: number,
  parts: number[]
): Tally {
  const totalColumn = figures.column(total);
  const partColumns = parts.map((c) => figures.column(c));
  const tally: Tally = { holds: [], breaks: [], blanks: [], telling: 0 };
  for (const k of rowIndexes) {
    const t = totalColumn[k];
    const values = partColumns.map((column) => column[k]);
    // a total left blank beside parts that hold figures breaks the sum too
    if (!t) {
      if (values.some((v) => v && v.value !== 0)) tally.blanks.push(rows[k]);
      continue;
    }
    const nonZero = values.filter((v) => v && v.value !== 0).length;
    if (values.every((v) => v === null)) continue;
    if (sumAgrees(t, values)) {
      tally.holds.push(rows[k]);
      if (nonZero >= 2) tally.telling++;
    } else tally.breaks.push(rows[k]);
  }
  return tally;
}

function indexes(n: number): number[] {
  return Array.from({ length: n }, (_, k) => k);
}

/**
 * Runs of neighbouring figure columns (the total left out where it stands among them), and each run
 * of three or more with one inner column left out too (a year's plan standing among the sources):
 * the part sets a total may sum.
 */
function partSets(summable: readonly number[], total: number): number[][] {
  const sets: number[][] = [];
  for (let from = 0; from < summable.length; from++) {
    for (let to = from + 1; to < summable.length; to++) {
      const run = summable.slice(from, to + 1).filter((c) => c !== total);
      if (run.length < 2 || summable[from] === total || summable[to] === total) continue;
      sets.push(run);
      for (let skip = 1; skip < run.length - 1; skip++)
        sets.push([...run.slice(0, skip), ...run.slice(skip + 1)]);
    }
  }
  return sets;
}

/** Of the part sets that sum to a total on most rows, the one that holds on the most, then the longest. */
function bestRun(
  summable: readonly number[],
  total: number,
  claimed: (parts: number[]) => boolean,
  tally: (parts: number[]) => Tally
): number[] | null {
  let best: { parts: number[]; holds: number } | null = null;
  for (const parts of partSets(summable, total)) {
    if (claimed(parts)) continue;
    const t = tally(parts);
    if (!found(t) || t.telling < MIN_TELLING_ROWS) continue;
    const better =
      !best ||
      t.holds.length > best.holds ||
      (t.holds.length === best.holds && parts.length > best.parts.length);
    if (better) best = { parts, holds: t.holds.length };
  }
  return best?.parts ?? null;
}

/**
 * Column sums: for each figure column, the longest run of neighbouring figure columns (rates left
 * out) that adds up to it on most rows. Runs are tried on a sample of rows first, so a long table
 * pays for the one relation found, not for every run tried.
 */
export function findColumnSums(
  view: SheetView,
  rows: readonly number[],
  columns: readonly NumericColumn[],
  headerKey: (col: number) => string
): Relation[] {
  const summable = columns.filter((c) => !c.rate).map((c) => c.col);
  if (summable.length < 3) return [];
  const sample = sampleRows(rows);
  const sampleFigures = new Figures(view, sample);
  const allFigures = new Figures(view, rows);
  const sampleIndexes = indexes(sample.length);
  const relations: Relation[] = [];
  const usedAsPart = new Set<number>();
  // the same parts sum to one total: a year's plan equal to the total on most rows is no second sum
  const claimed = (parts: number[]): boolean => parts.every((p) => usedAsPart.has(p));
  for (const total of summable) {
    if (usedAsPart.has(total)) continue;
    let best: number[] | null = null;
    // a total beside groups of the same sub-columns (合计 补助资金 over C级, D级 … 补助资金) sums its namesakes
    const key = headerKey(total);
    const namesakes = summable.filter((c) => c !== total && key !== "" && headerKey(c) === key);
    if (namesakes.length >= 2 && !claimed(namesakes)) {
      const tally = tallySum(sampleFigures, sampleIndexes, sample, total, namesakes);
      if (found(tally) && tally.telling >= MIN_TELLING_ROWS) best = namesakes;
    }
    if (!best)
      best = bestRun(summable, total, claimed, (parts) =>
        tallySum(sampleFigures, sampleIndexes, sample, total, parts)
      );
    if (!best) continue;
    const tally = tallySum(allFigures, indexes(rows.length), rows, total, best);
    if (!found(tally)) continue;
    for (const part of best) usedAsPart.add(part);
    relations.push({
      id: `sum:${columnLetter(total)}=${best.map(columnLetter).join("+")}`,
      kind: "columnSum",
      total,
      parts: best,
      holds: tally.holds,
      breaks: [...tally.breaks, ...tally.blanks].sort((a, b) => a - b),
    });
  }
  return relations;
}

/**
 * Whether a rate agrees with numerator ÷ denominator, allowing the rounding of every figure shown.
 * A rate shown as a percent is compared in percent; a bare number is a percent when `scale` is 100,
 * a fraction when it is 1.
 */
function ratioAgrees(
  rate: CellFigure,
  numerator: CellFigure,
  denominator: CellFigure,
  scale: number
): boolean {
  const low = denominator.value - denominator.rounding;
  if (low <= 0) return true;
  const toPercent = rate.percent || scale === 1 ? 100 : 1;
  const percent = rate.value * toPercent;
  const rateSlack = halfUnitShown(rate) * toPercent + EPSILON;
  const lowest =
    ((numerator.value - numerator.rounding) / (denominator.value + denominator.rounding)) * 100;
  const highest = ((numerator.value + numerator.rounding) / low) * 100;
  return percent + rateSlack >= lowest && percent - rateSlack <= highest;
}

function tallyRatio(
  figures: Figures,
  rowIndexes: number[],
  rows: readonly number[],
  rate: number,
  numerator: number,
  denominator: number,
  scale: number
): Tally {
  const r = figures.column(rate);
  const a = figures.column(numerator);
  const b = figures.column(denominator);
  const tally: Tally = { holds: [], breaks: [], blanks: [], telling: 0 };
  for (const k of rowIndexes) {
    const rk = r[k];
    const ak = a[k];
    const bk = b[k];
    if (!rk || !ak || !bk || bk.value === 0) continue;
    if (ratioAgrees(rk, ak, bk, scale)) tally.holds.push(rows[k]);
    else tally.breaks.push(rows[k]);
  }
  return tally;
}

/**
 * Ratios: for each rate column, the pair of figure columns whose quotient it is on most rows, in
 * percent (×100) or as a fraction. Of several pairs that fit, the nearest columns win: a rate stands
 * right of what it divides.
 */
export function findRatios(
  view: SheetView,
  rows: readonly number[],
  columns: readonly NumericColumn[]
): Relation[] {
  const rates = columns.filter((c) => c.rate).map((c) => c.col);
  const figureCols = columns.filter((c) => !c.rate).map((c) => c.col);
  if (rates.length === 0 || figureCols.length < 2) return [];
  const sample = sampleRows(rows);
  const sampleFigures = new Figures(view, sample);
  const allFigures = new Figures(view, rows);
  const relations: Relation[] = [];
  for (const rate of rates) {
    const rateColumn = sampleFigures.column(rate);
    const asFraction = rateColumn.every((v) => !v || v.percent || Math.abs(v.value) <= 1.5);
    const scales: (1 | 100)[] = asFraction ? [1, 100] : [100];
    const pairs: [number, number][] = [];
    for (const a of figureCols) for (const b of figureCols) if (a !== b) pairs.push([a, b]);
    // nearest first: the numerator next to the rate, the denominator next to the numerator
    pairs.sort(
      (p, q) =>
        Math.abs(p[0] - rate) +
        Math.abs(p[1] - p[0]) -
        (Math.abs(q[0] - rate) + Math.abs(q[1] - q[0]))
    );
    let chosen: Relation | null = null;
    for (const [a, b] of pairs) {
      for (const scale of scales) {
        const tally = tallyRatio(sampleFigures, indexes(sample.length), sample, rate, a, b, scale);
        if (!found(tally)) continue;
        const all = tallyRatio(allFigures, indexes(rows.length), rows, rate, a, b, scale);
        if (!found(all)) continue;
        chosen = {
          id: `ratio:${columnLetter(rate)}=${columnLetter(a)}/${columnLetter(b)}`,
          kind: "ratio",
          rate,
          numerator: a,
          denominator: b,
          scale,
          holds: all.holds,
          breaks: all.breaks,
        };
        break;
      }
      if (chosen) break;
    }
    if (chosen) relations.push(chosen);
  }
  return relations;
}

/**
 * A row that is the sum of the other rows (合计, 全市), at the top or the bottom: it holds in most
 * figure columns with values (rates left out, and never summed): two at least, or one for a row
 * named as a whole (全市, 合计).
 */
export function findRowSum(
  view: SheetView,
  rows: readonly number[],
  columns: readonly NumericColumn[],
  candidates: readonly { row: number; labelled: boolean }[]
): Relation | null {
  const summable = columns.filter((c) => !c.rate).map((c) => c.col);
  if (summable.length === 0 || rows.length < 3) return null;
  const figures = new Figures(view, rows);
  for (const { row: candidate, labelled } of candidates) {
    const k = rows.indexOf(candidate);
    if (k < 0) continue;
    const holds: number[] = [];
    const breaks: number[] = [];
    for (const col of summable) {
      const column = figures.column(col);
      const total = column[k];
      if (!total) continue;
      const parts = column.filter((_, j) => j !== k);
      if (parts.every((p) => p === null)) continue;
      if (sumAgrees(total, parts)) holds.push(col);
      else breaks.push(col);
    }
    const withValues = holds.length + breaks.length;
    // a row named as a whole is the totals row where half its columns add up; any other row, where most do
    const enough = labelled
      ? holds.length >= 1 && holds.length >= 0.5 * withValues
      : holds.length >= 2 && holds.length >= RELATION_SHARE * withValues;
    if (enough) {
      const others = rows.filter((r) => r !== candidate);
      return {
        id: `rows:${candidate + 1}`,
        kind: "rowSum",
        totalRow: candidate,
        rows: others,
        holds,
        breaks,
      };
    }
  }
  return null;
}
