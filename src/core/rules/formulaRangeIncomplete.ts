import { Area, MergeIndex, columnIndex, getCell } from "../grid";
import { Item } from "../model/items";
import { TableModel } from "../model/workbookModel";
import { columnLabel } from "./support";
import { cellNumber } from "../grid/numbers";
import { itemsByRow } from "./tableCells";
import { Rule, RuleContext } from "./types";

/** A rectangle a formula refers to, and the sheet it names (null: the formula's own sheet). */
export interface FormulaReference {
  sheet: string | null;
  area: Area;
}

const CELL = /\$?([A-Za-z]{1,3})\$?(\d{1,7})/y;
const FUNCTION_CALL = /([A-Za-z][A-Za-z0-9.]*)\s*\(/y;
/** SUBTOTAL's codes for a sum: 9, and 109 that also skips hidden rows. */
const SUBTOTAL_SUM = /(109|9)\s*,/y;
/** Characters that end an unquoted sheet name. */
const NAME_STOP = new Set([..." \t\n!'\"+-*/^&=<>,():;$"]);

interface Reader {
  text: string;
  pos: number;
}

function skipSpaces(reader: Reader): void {
  while (reader.pos < reader.text.length && /\s/.test(reader.text[reader.pos])) reader.pos++;
}

function accept(reader: Reader, ch: string): boolean {
  skipSpaces(reader);
  if (reader.text[reader.pos] !== ch) return false;
  reader.pos++;
  return true;
}

function matchAt(reader: Reader, pattern: RegExp): RegExpExecArray | null {
  pattern.lastIndex = reader.pos;
  const match = pattern.exec(reader.text);
  if (match) reader.pos = pattern.lastIndex;
  return match;
}

/**
 * The sheet a reference names (`'Sheet name'!`, `Sheet1!`): null when it names none, undefined
 * when a quoted name is not closed.
 */
function readSheetPrefix(reader: Reader): string | null | undefined {
  const { text } = reader;
  const start = reader.pos;
  if (text[start] === "'") {
    let name = "";
    let i = start + 1;
    while (i < text.length) {
      if (text[i] === "'" && text[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (text[i] === "'") break;
      else name += text[i++];
    }
    if (text[i] !== "'" || text[i + 1] !== "!") return undefined;
    reader.pos = i + 2;
    return name;
  }
  let i = start;
  while (i < text.length && !NAME_STOP.has(text[i])) i++;
  if (i > start && text[i] === "!") {
    reader.pos = i + 1;
    return text.slice(start, i);
  }
  return null;
}

function readCell(reader: Reader): { row: number; col: number } | null {
  const match = matchAt(reader, CELL);
  return match ? { row: Number(match[2]) - 1, col: columnIndex(match[1]) } : null;
}

/** `F5`, `$F$5:$F$54`, `Sheet1!F5:F9`; undefined when the text there is no reference. */
function readReference(reader: Reader): FormulaReference | undefined {
  skipSpaces(reader);
  const sheet = readSheetPrefix(reader);
  if (sheet === undefined) return undefined;
  const start = readCell(reader);
  if (!start) return undefined;
  let end = start;
  if (reader.text[reader.pos] === ":") {
    reader.pos++;
    const second = readCell(reader);
    if (!second) return undefined;
    end = second;
  }
  const area: Area = {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
  return { sheet, area };
}

/** One summand: a reference, `SUM(refs…)` or `SUBTOTAL(9, refs…)`; false when it is anything else. */
function readTerm(reader: Reader, into: FormulaReference[]): { call: boolean } | false {
  skipSpaces(reader);
  const call = matchAt(reader, FUNCTION_CALL);
  if (!call) {
    const reference = readReference(reader);
    if (!reference) return false;
    into.push(reference);
    return { call: false };
  }
  const name = call[1].toUpperCase();
  if (name === "SUBTOTAL") {
    skipSpaces(reader);
    if (!matchAt(reader, SUBTOTAL_SUM)) return false;
  } else if (name !== "SUM") return false;
  do {
    const reference = readReference(reader);
    if (!reference) return false;
    into.push(reference);
  } while (accept(reader, ","));
  return accept(reader, ")") ? { call: true } : false;
}

/**
 * The references a formula adds up, when it is nothing but a sum: `SUM(F5:F50,F52)`,
 * `SUBTOTAL(9,F5:F54)`, `F5+F6+F7`, `+F10+F20`. Null for anything else, which the rule leaves alone.
 */
export function summedReferences(formula: string): FormulaReference[] | null {
  const reader: Reader = { text: formula.trim().replace(/^=/, ""), pos: 0 };
  accept(reader, "+");
  const references: FormulaReference[] = [];
  let terms = 0;
  let calls = 0;
  do {
    const term = readTerm(reader, references);
    if (!term) return null;
    terms++;
    if (term.call) calls++;
  } while (accept(reader, "+"));
  skipSpaces(reader);
  if (reader.pos !== reader.text.length) return null;
  // a lone reference (`=F60`) copies a figure, it sums nothing
  return calls > 0 || terms > 1 ? references : null;
}

interface Span {
  top: number;
  bottom: number;
}

/**
 * The rows of `col` a sum formula covers on its own sheet, as sorted disjoint spans, or null when
 * it sums anything else (another column, another sheet, or not a plain sum at all).
 */
function summedRows(formula: string | undefined, sheet: string, col: number): Span[] | null {
  if (!formula) return null;
  const references = summedReferences(formula);
  if (!references) return null;
  const spans: Span[] = [];
  for (const { sheet: named, area } of references) {
    if (named !== null && named.toLowerCase() !== sheet.toLowerCase()) return null;
    if (area.left !== col || area.right !== col) return null;
    spans.push({ top: area.top, bottom: area.bottom });
  }
  spans.sort((a, b) => a.top - b.top);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.top <= last.bottom + 1) last.bottom = Math.max(last.bottom, span.bottom);
    else merged.push({ ...span });
  }
  return merged;
}

function inSpans(spans: Span[], row: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].top <= row) low = mid + 1;
    else high = mid - 1;
  }
  return high >= 0 && spans[high].bottom >= row;
}

/** The rows of a sorted list that fall inside the spans, found by bisection. */
function sumRowsIn(sumRows: number[], spans: Span[]): number[] {
  const found: number[] = [];
  for (const span of spans) {
    let low = 0;
    let high = sumRows.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sumRows[mid] < span.top) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < sumRows.length && sumRows[i] <= span.bottom; i++) found.push(sumRows[i]);
  }
  return found;
}

interface TableView {
  model: TableModel;
  merges: MergeIndex;
  byRow: Map<number, Item>;
  sumRows: number[];
  /** Each totals row stands for the whole table, unless there are several (section totals). */
  singleTotals: boolean;
  /** Whether subtotals sit above the items they add up (the first one comes before any item). */
  sumsHead: boolean;
  segments: Map<string, number[]>;
}

function makeView(model: TableModel): TableView {
  const { rowKinds } = model.table;
  const sumRows = [...rowKinds]
    .filter(([, kind]) => kind === "subtotal" || kind === "totals")
    .map(([row]) => row)
    .sort((a, b) => a - b);
  const totals = sumRows.filter((row) => rowKinds.get(row) === "totals");
  const firstItem = model.items.length > 0 ? model.items[0].row : Infinity;
  const firstSection = sumRows.find((row) => rowKinds.get(row) === "subtotal" || totals.length > 1);
  return {
    model,
    merges: model.merges,
    byRow: itemsByRow(model),
    sumRows,
    singleTotals: totals.length === 1,
    sumsHead: firstSection !== undefined && firstSection < firstItem,
    segments: new Map(),
  };
}

/** Item rows whose own cell in `col` can hold a figure (not the lower rows of a merged cell). */
function holdsOwnCell(view: TableView, row: number, col: number): boolean {
  const area = view.merges.areaAt(row, col);
  return !area || area.top === row;
}

function categoryKey(item: Item | undefined): string {
  const cell = item?.fields.category?.cell;
  return cell ? `${cell.row}:${cell.col}` : "";
}

/**
 * The item rows a subtotal (or a section total) adds up: those between it and the next sum or
 * category row, on the side its own formula points to, within one category.
 */
function segmentOf(view: TableView, sumRow: number, col: number): number[] {
  const key = `${sumRow}:${col}`;
  const known = view.segments.get(key);
  if (known) return known;
  const { rowKinds, sheet } = view.model.table;
  const spans = summedRows(getCell(view.model.grid, sumRow, col)?.formula, sheet, col);
  let step = view.sumsHead ? 1 : -1;
  if (spans && spans.length > 0) {
    if (spans.every((s) => s.bottom < sumRow)) step = -1;
    else if (spans.every((s) => s.top > sumRow)) step = 1;
  }
  const rows: number[] = [];
  let category: string | undefined;
  for (let row = sumRow + step; ; row += step) {
    const kind = rowKinds.get(row);
    if (kind === undefined || kind === "subtotal" || kind === "totals" || kind === "category")
      break;
    if (kind !== "item") continue;
    const key = categoryKey(view.byRow.get(row));
    if (category === undefined) category = key;
    else if (key !== category) break;
    if (holdsOwnCell(view, row, col)) rows.push(row);
  }
  if (step < 0) rows.reverse();
  view.segments.set(key, rows);
  return rows;
}

function allItemRows(view: TableView, col: number): number[] {
  const rows: number[] = [];
  for (const [row, kind] of view.model.table.rowKinds) {
    if (kind === "item" && holdsOwnCell(view, row, col)) rows.push(row);
  }
  return rows.sort((a, b) => a - b);
}

const MAX_LISTED_RANGES = 8;

/** `51–54、58`: sheet rows, consecutive ones joined; a long list ends in 等. */
export function formatRowList(rows: number[]): string {
  const ranges: string[] = [];
  let i = 0;
  while (i < rows.length && ranges.length < MAX_LISTED_RANGES) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    ranges.push(j === i ? `${rows[i] + 1}` : `${rows[i] + 1}–${rows[j] + 1}`);
    i = j + 1;
  }
  return ranges.join("、") + (i < rows.length ? "等" : "");
}

function figureAt(view: TableView, row: number, col: number): number | null {
  return cellNumber(getCell(view.model.grid, row, col))?.value ?? null;
}

function checkSumCell(view: TableView, sumRow: number, col: number, context: RuleContext): void {
  const { grid, table } = view.model;
  const cell = getCell(grid, sumRow, col);
  const spans = summedRows(cell?.formula, table.sheet, col);
  if (!cell || !spans || spans.length === 0) return;
  // a range over its own cell is circular, and Excel says so already
  if (spans.some((s) => s.top <= sumRow && s.bottom >= sumRow)) return;
  const kind = table.rowKinds.get(sumRow);
  const whole = kind === "totals" && view.singleTotals;
  const expectedRows = whole ? allItemRows(view, col) : segmentOf(view, sumRow, col);
  // a formula over subtotal rows (`=F10+F20`) covers the items those subtotals add up
  const viaSums = new Set<number>();
  for (const row of sumRowsIn(view.sumRows, spans)) {
    if (row !== sumRow) for (const r of segmentOf(view, row, col)) viaSums.add(r);
  }
  const covered = (row: number): boolean => inSpans(spans, row) || viaSums.has(row);
  const missed = expectedRows.filter((row) => !covered(row));
  if (!missed.some((row) => figureAt(view, row, col) !== null)) return;
  let expected = 0;
  let coveredSum = 0;
  for (const row of expectedRows) {
    const figure = figureAt(view, row, col) ?? 0;
    expected += figure;
    if (covered(row)) coveredSum += figure;
  }
  // summed in floating point; 15 digits drop the residue (0.1 + 0.2)
  expected = Number(expected.toPrecision(15));
  const actual = typeof cell.value === "number" ? cell.value : Number(coveredSum.toPrecision(15));
  context.report({
    messageId: whole ? "totals" : "subtotal",
    values: {
      column: columnLabel(view.model.table, col),
      rows: formatRowList(missed),
      expected,
      actual,
    },
    at: { row: sumRow, col },
    sheet: table.sheet,
    expected,
    actual,
  });
}

export const formulaRangeIncompleteRule: Rule = {
  meta: {
    code: "FORMULA_RANGE_INCOMPLETE",
    severity: "error",
    description: {
      zh: "合计、小计公式的求和范围漏掉了项目行",
      en: "A totals or subtotal formula whose range misses item rows",
    },
    messages: {
      totals: {
        zh: "合计行{column}的求和公式漏掉第 {rows} 行：全部项目合计 {expected}，公式结果 {actual}",
        en: "The totals formula of {column} misses rows {rows}: the items add up to {expected}, the formula gives {actual}",
      },
      subtotal: {
        zh: "小计行{column}的求和公式漏掉本段第 {rows} 行：本段项目合计 {expected}，公式结果 {actual}",
        en: "The subtotal formula of {column} misses rows {rows} of its section: they add up to {expected}, the formula gives {actual}",
      },
    },
  },
  check(context) {
    for (const model of context.model.tables) {
      const view = makeView(model);
      for (const row of view.sumRows) {
        for (let col = model.table.left; col <= model.table.right; col++) {
          if (getCell(model.grid, row, col)?.formula) checkSumCell(view, row, col, context);
        }
      }
    }
  },
};
