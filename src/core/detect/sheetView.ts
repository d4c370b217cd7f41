/**
 * A sheet as detection reads it: what a reader sees at a cell (merged areas show their top-left
 * value), told cheaply for the many data cells that are neither headers nor labels.
 */

import { EXCEL_COLUMNS } from "../grid/address";
// the modules themselves, not the grid index: its re-exports are getters, paid on every cell read
import { Cell, Grid, MergeIndex, cellText, effectiveCell, getCell } from "../grid/grid";
import { compactText } from "../text/normalize";

/** Text longer than this is never compacted to be compared with a header or a totals label. */
export const MAX_LABEL_SOURCE_LENGTH = 120;
/** Headers are names, not sentences: text with sentence punctuation is data, whatever words it holds. */
export const SENTENCE_MARKS = /[，,。；;]/;

export interface SheetView {
  grid: Grid;
  merges: MergeIndex;
  compactCache: Map<number, string>;
}

export function makeView(grid: Grid, merges: MergeIndex): SheetView {
  return { grid, merges, compactCache: new Map() };
}

/** The compact text a reader sees at a cell (merged areas show their top-left value everywhere). */
export function seenText(view: SheetView, row: number, col: number): string {
  const key = row * EXCEL_COLUMNS + col;
  const cached = view.compactCache.get(key);
  if (cached !== undefined) return cached;
  const text = compactText(cellText(effectiveCell(view.grid, view.merges, row, col)));
  view.compactCache.set(key, text);
  return text;
}

/** The cell's own text, not what a merge shows (empty for every cell of a merge but its top-left). */
export function ownText(view: SheetView, row: number, col: number): string {
  return cellText(getCell(view.grid, row, col)).trim();
}

/**
 * Whether a cell holds anything, without formatting its number as text: only text can be blank
 * (`cellText` writes every number and boolean with at least one character, and no space around).
 */
export function holdsValue(cell: Cell | undefined): boolean {
  const value = cell?.value;
  if (value === null || value === undefined) return false;
  return typeof value !== "string" || hasText(value);
}

/** Whether a text holds anything but white space; its first character mostly tells, without a trim. */
function hasText(text: string): boolean {
  const first = text.charCodeAt(0);
  // printable ASCII and the common Chinese characters are never white space
  if ((first > 0x20 && first < 0x7f) || (first >= 0x4e00 && first <= 0x9fff)) return true;
  return text.trim() !== "";
}

export function hasOwn(view: SheetView, row: number, col: number): boolean {
  return holdsValue(getCell(view.grid, row, col));
}

export function isCoveredFromAbove(view: SheetView, row: number, col: number): boolean {
  const area = view.merges.areaAt(row, col);
  return area !== undefined && area.top < row;
}

export function rowIsBlank(view: SheetView, row: number, left: number, right: number): boolean {
  // the cells first: they settle a data row without looking merges up
  for (let c = left; c <= right; c++) if (hasOwn(view, row, c)) return false;
  for (let c = left; c <= right; c++) if (isCoveredFromAbove(view, row, c)) return false;
  return true;
}

/**
 * What compacting does to a text, by which data cells are told apart without compacting them: it
 * folds full-width ASCII to ASCII (`，` to `,`) and drops white space; only HTML mark-up and
 * entities, which need `<` or `&`, take anything else away or bring anything in.
 */
export function mayHoldMarkup(text: string): boolean {
  return text.includes("<") || text.includes("&");
}

/** Whether compacting could give a text that holds `ch`, a character beyond Latin-1 (a Chinese one). */
export function mayCompactToHold(text: string, ch: string): boolean {
  return text.includes(ch) || mayHoldMarkup(text);
}

/** Whether a text's compact form surely holds sentence punctuation (folding keeps it, as `,` or `;`). */
export function isSurelySentence(text: string): boolean {
  return SENTENCE_MARKS.test(text) && !mayHoldMarkup(text);
}

/** A short label's compact form; long text is never a header or a totals label, so it is not compacted. */
export function shortLabel(text: string): string | null {
  return text.length > MAX_LABEL_SOURCE_LENGTH ? null : compactText(text);
}

/** A character beyond Latin-1 that a compact text holds, by which text that is not it is told cheaply. */
export function keyCharOf(compact: string): string | null {
  for (const ch of compact) if (ch.charCodeAt(0) > 0xff) return ch;
  return null;
}

export interface FirstText {
  col: number;
  text: string;
}

export function firstText(
  view: SheetView,
  row: number,
  left: number,
  right: number
): FirstText | null {
  for (let c = left; c <= right; c++)
    if (hasOwn(view, row, c)) return { col: c, text: ownText(view, row, c) };
  return null;
}

export function nonEmptyCount(view: SheetView, row: number, left: number, right: number): number {
  let n = 0;
  for (let c = left; c <= right; c++) if (hasOwn(view, row, c)) n++;
  return n;
}

/** A row with one text cell spanning most of the table: a title or a section heading. */
export function isSpanningSingleCell(
  view: SheetView,
  row: number,
  left: number,
  right: number
): string | null {
  return spanningText(
    view,
    row,
    firstText(view, row, left, right),
    nonEmptyCount(view, row, left, right),
    left,
    right
  );
}

/** The text of a row that is one spanning cell, given the row's first text and filled cell count. */
export function spanningText(
  view: SheetView,
  row: number,
  first: FirstText | null,
  filled: number,
  left: number,
  right: number
): string | null {
  if (!first || filled !== 1) return null;
  const area = view.merges.areaAt(row, first.col);
  const width = right - left + 1;
  if (area && area.right - area.left + 1 >= Math.max(2, Math.ceil(width * 0.5))) return first.text;
  return null;
}
