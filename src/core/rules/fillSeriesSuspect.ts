import { MergeIndex, cellText, getCell } from "../grid";
import { Item } from "../model/items";
import { TableModel } from "../model/workbookModel";
import { compactText, isAsciiDigit } from "../text";
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

/** Splits compact text into its numbers (digit runs, with a decimal part) and the rest. */
export function tokenize(text: string): Tokens {
  let skeleton = "";
  const numbers: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isAsciiDigit(text[i])) {
      skeleton += text[i++];
      continue;
    }
    let j = i;
    while (isAsciiDigit(text[j])) j++;
    if (text[j] === "." && isAsciiDigit(text[j + 1])) {
      j++;
      while (isAsciiDigit(text[j])) j++;
    }
    numbers.push(text.slice(i, j));
    skeleton += NUMBER_MARK;
    i = j;
  }
  return { skeleton, numbers };
}

/** One cell of a sequence: where it is, what it says, and the item it belongs to. */
interface SeriesCell {
  row: number;
  col: number;
  item: Item;
  tokens: Tokens;
}

/** The one integer that differs between two cells of the same skeleton, or null. */
function soleDifference(
  first: Tokens,
  other: Tokens
): { index: number; from: number; to: number } | null {
  if (first.skeleton !== other.skeleton) return null;
  let index = -1;
  for (let i = 0; i < first.numbers.length; i++) {
    if (first.numbers[i] === other.numbers[i]) continue;
    if (index >= 0) return null;
    index = i;
  }
  if (index < 0) return null;
  const from = first.numbers[index];
  const to = other.numbers[index];
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
    const step = soleDifference(first.tokens, cells[start + 1].tokens);
    // dragged down the number grows by one per row; dragged up it shrinks going up, so it also
    // grows going down: a number falling row by row (5万亩, 4万亩, 3万亩) is a plan, not a drag
    if (!step || step.to - step.from !== 1) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end + 1 < cells.length) {
      const next = soleDifference(first.tokens, cells[end + 1].tokens);
      if (!next || next.index !== step.index || next.to - next.from !== end + 1 - start) break;
      end++;
    }
    const run = cells.slice(start, end + 1);
    // a year that follows the row's own 年度 is planning each year, not a drag
    const plansYears = run.some(
      (cell) => Number(cell.tokens.numbers[step.index]) === yearOf(cell.item)
    );
    if (!plansYears) {
      for (const cell of run.slice(1)) {
        const value = Number(cell.tokens.numbers[step.index]);
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
function ownCell(
  model: TableModel,
  merges: MergeIndex,
  item: Item,
  col: number
): SeriesCell | null | undefined {
  const area = merges.areaAt(item.row, col);
  if (area && area.top < item.row) return undefined;
  const parts: string[] = [];
  for (let row = item.row; row <= item.rowEnd; row++)
    parts.push(cellText(getCell(model.grid, row, col)));
  const text = compactText(parts.join(""));
  if (text === "") return null;
  const tokens = tokenize(text);
  if (
    tokens.numbers.length === 0 ||
    tokens.skeleton.length - tokens.numbers.length < MIN_SKELETON_LENGTH
  )
    return null;
  return { row: item.row, col, item, tokens };
}

/** Sequences of cells going down a column over consecutive items; an empty cell ends one. */
function columnSequences(model: TableModel, merges: MergeIndex, col: number): SeriesCell[][] {
  const sequences: SeriesCell[][] = [];
  let current: SeriesCell[] = [];
  for (const item of model.items) {
    const cell = ownCell(model, merges, item, col);
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
function yearSequences(model: TableModel, merges: MergeIndex, col: number): SeriesCell[][] {
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
      const cells = items.flatMap((item) => ownCell(model, merges, item, col) ?? []);
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
      const merges = new MergeIndex(model.grid.merges);
      for (const col of textColumns(model)) {
        for (const cells of columnSequences(model, merges, col)) reportRuns(cells, context);
        for (const cells of yearSequences(model, merges, col)) reportRuns(cells, context);
      }
    }
  },
};
