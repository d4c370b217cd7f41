import { cellText, getCell } from "../grid";
import { Item } from "../model/items";
import { TableModel } from "../model/workbookModel";
import { compactText } from "../text";
import { DOT } from "../text/charCodes";
import { isDigitCode } from "../text/decimal";
import { numericColumns } from "./support";
import { Rule, RuleContext } from "./types";

/** Text shorter than this besides its numbers is a label (`2024年`, `第3批`), not a drag candidate. */
const MIN_SKELETON_LENGTH = 6;
/** Stands for a number in a skeleton; never occurs in cell text. */
const NUMBER_MARK = "\u0000";

interface Tokens {
  /** The text with every number replaced by NUMBER_MARK. */
  skeleton: string;
  /** The numbers in order, as written (`100`, `2.2`). */
  numbers: string[];
}

/** Where the number (a digit run, with a decimal part) starting at `i` ends. */
function numberEnd(text: string, i: number): number {
  let j = i;
  while (isDigitCode(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) === DOT && isDigitCode(text.charCodeAt(j + 1))) {
    j++;
    while (isDigitCode(text.charCodeAt(j))) j++;
  }
  return j;
}

/** Splits compact text into its numbers (digit runs, with a decimal part) and the rest. */
export function tokenize(text: string): Tokens {
  const pieces: string[] = [];
  const numbers: string[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && !isDigitCode(text.charCodeAt(j))) j++;
    if (j > i) pieces.push(text.slice(i, j));
    if (j === text.length) break;
    i = numberEnd(text, j);
    numbers.push(text.slice(j, i));
    pieces.push(NUMBER_MARK);
  }
  return { skeleton: pieces.join(""), numbers };
}

/** Half- or full-width digits: normalising a text turns no other character into one. */
const ANY_DIGIT = /[0-9\uff10-\uff19]/;

/** Whether text holds a number and, besides its numbers, at least MIN_SKELETON_LENGTH characters. */
function mayBeDragged(text: string): boolean {
  let hasNumber = false;
  let others = 0;
  let i = 0;
  // the skeleton holds one mark per number besides the other characters
  while (i < text.length && !(hasNumber && others >= MIN_SKELETON_LENGTH)) {
    if (isDigitCode(text.charCodeAt(i))) {
      i = numberEnd(text, i);
      hasNumber = true;
    } else {
      i++;
      others++;
    }
  }
  return hasNumber && others >= MIN_SKELETON_LENGTH;
}

/** One cell of a sequence: where it is, what it says (compact), and the item it belongs to. */
interface SeriesCell {
  row: number;
  col: number;
  item: Item;
  text: string;
}

/**
 * The one integer that differs between two texts of the same skeleton, or null. The texts are
 * walked side by side, so texts that differ early (nearly all neighbours) are left at once.
 */
function soleDifference(
  first: string,
  other: string
): { index: number; from: number; to: number } | null {
  let i = 0;
  let j = 0;
  let number = 0;
  let index = -1;
  let from = "";
  let to = "";
  while (i < first.length && j < other.length) {
    const a = first.charCodeAt(i);
    const b = other.charCodeAt(j);
    const aIsDigit = isDigitCode(a);
    if (aIsDigit !== isDigitCode(b)) return null;
    if (!aIsDigit) {
      if (a !== b) return null;
      i++;
      j++;
      continue;
    }
    const firstEnd = numberEnd(first, i);
    const otherEnd = numberEnd(other, j);
    const x = first.slice(i, firstEnd);
    const y = other.slice(j, otherEnd);
    if (x !== y) {
      if (index >= 0) return null;
      index = number;
      from = x;
      to = y;
    }
    number++;
    i = firstEnd;
    j = otherEnd;
  }
  if (i < first.length || j < other.length || index < 0) return null;
  // a decimal that changes (2.2 → 2.3亿元) is a planned figure; a drag steps whole numbers
  if (from.includes(".") || to.includes(".")) return null;
  return { index, from: Number(from), to: Number(to) };
}

function yearOf(item: Item): number | null {
  const m = /20\d\d/.exec(item.fields.year?.text ?? "");
  return m ? Number(m[0]) : null;
}

/**
 * Finds the runs of a sequence that a fill-handle drag leaves: each cell the first one but for one
 * number, which steps by one per cell. Reports every cell after the first.
 */
function reportRuns(cells: SeriesCell[], context: RuleContext): void {
  let start = 0;
  while (start < cells.length - 1) {
    const first = cells[start];
    const step = soleDifference(first.text, cells[start + 1].text);
    // dragged down the number grows by one per row; dragged up it shrinks going up, so it also
    // grows going down: a number falling row by row (5万亩, 4万亩, 3万亩) is a plan, not a drag
    if (!step || step.to - step.from !== 1) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end + 1 < cells.length) {
      const next = soleDifference(first.text, cells[end + 1].text);
      if (!next || next.index !== step.index || next.to - next.from !== end + 1 - start) break;
      end++;
    }
    const run = cells.slice(start, end + 1);
    const values = run.map((cell) => Number(tokenize(cell.text).numbers[step.index]));
    // a year that follows the row's own 年度 is planning each year, not a drag
    const plansYears = run.some((cell, k) => values[k] === yearOf(cell.item));
    if (!plansYears) {
      for (let k = 1; k < run.length; k++) {
        const cell = run[k];
        const value = values[k];
        context.report({
          messageId: "stepped",
          values: {
            first: step.from,
            value,
            firstRow: first.row + 1,
          },
          at: { row: cell.row, col: cell.col },
          item: cell.item,
          expected: step.from,
          actual: value,
        });
      }
    }
    start = end;
  }
}

/** Columns of free text: not the number, the year or a figure column. */
function textColumns(model: TableModel): number[] {
  const numeric = new Set(numericColumns(model.table));
  return model.table.columns
    .filter(
      (c) =>
        !c.output && !c.roles.includes("seq") && !c.roles.includes("year") && !numeric.has(c.col)
    )
    .map((c) => c.col);
}

/**
 * The item's own cell in a column (its rows' texts joined): undefined when a merge from a row above
 * covers it (the cell already counted), null when it holds no number or only a short label.
 */
function ownCell(model: TableModel, item: Item, col: number): SeriesCell | null | undefined {
  const area = model.merges.areaAt(item.row, col);
  if (area && area.top < item.row) return undefined;
  let joined = cellText(getCell(model.grid, item.row, col));
  for (let row = item.row + 1; row <= item.rowEnd; row++)
    joined += cellText(getCell(model.grid, row, col));
  // a text without a digit holds no number however it is normalised: most cells are passed here
  if (!ANY_DIGIT.test(joined)) return null;
  const text = compactText(joined);
  return mayBeDragged(text) ? { row: item.row, col, item, text } : null;
}

/** Sequences of cells going down a column over consecutive items; an empty cell ends one. */
function columnSequences(model: TableModel, col: number): SeriesCell[][] {
  const sequences: SeriesCell[][] = [];
  let current: SeriesCell[] = [];
  for (const item of model.items) {
    const cell = ownCell(model, item, col);
    if (cell === undefined) continue;
    if (cell === null) {
      if (current.length > 1) sequences.push(current);
      current = [];
      continue;
    }
    current.push(cell);
  }
  if (current.length > 1) sequences.push(current);
  return sequences;
}

/**
 * In a decomposition table, the rows of one lead unit across the years of one project (2024, 2025,
 * 2026 with other units' rows between them), where the project has several lead units.
 */
function yearSequences(model: TableModel, col: number): SeriesCell[][] {
  if (!model.table.roleColumns.has("year")) return [];
  const sequences: SeriesCell[][] = [];
  for (const group of model.groups) {
    const byLead = new Map<string, Item[]>();
    for (const item of group.items) {
      const key = item.leads.map((l) => compactText(l)).join("、");
      if (key === "" || yearOf(item) === null) continue;
      const items = byLead.get(key);
      if (items) items.push(item);
      else byLead.set(key, [item]);
    }
    if (byLead.size < 2) continue;
    for (const items of byLead.values()) {
      const cells = items.flatMap((item) => ownCell(model, item, col) ?? []);
      const distinctYears = new Set(items.map(yearOf)).size === items.length;
      if (cells.length > 1 && cells.length === items.length && distinctYears) sequences.push(cells);
    }
  }
  return sequences;
}

export const fillSeriesSuspectRule: Rule = {
  meta: {
    code: "FILL_SERIES_SUSPECT",
    severity: "warning",
    description: {
      zh: "相邻单元格除一个逐行加一的数字外完全相同，疑似下拉填充造成",
      en: "Consecutive cells identical but for a number that grows by one per row: a fill-handle drag",
    },
    messages: {
      stepped: {
        zh: "本格与第 {firstRow} 行内容相同，只有数字由 {first} 逐行变为 {value}，疑似下拉填充所致",
        en: "Same text as row {firstRow} but for a number stepping from {first} to {value}: likely a fill-handle drag",
      },
    },
  },
  check(context) {
    for (const model of context.model.tables) {
      for (const col of textColumns(model)) {
        for (const cells of columnSequences(model, col)) reportRuns(cells, context);
        for (const cells of yearSequences(model, col)) reportRuns(cells, context);
      }
    }
  },
};
