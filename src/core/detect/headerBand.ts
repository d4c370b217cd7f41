/** The header band of a table: which rows name columns, how deep the band is, each column's header. */

import { compactText } from "../text/normalize";
import { FUNDING_GROUP_WORDS } from "../vocabulary/funding";
import { cellText, effectiveCell, getCell } from "../grid/grid";
import { HeaderMatch, matchHeader } from "./roles";
import { ColumnInfo } from "./types";
import {
  MAX_LABEL_SOURCE_LENGTH,
  SENTENCE_MARKS,
  SheetView,
  isSurelySentence,
  ownText,
  seenText,
} from "./sheetView";

/** Header cells are short; long text is data, whatever words it contains. */
const MAX_HEADER_LENGTH = 40;
/** A row names at least this many roles to be taken for a header row. */
const MIN_HEADER_ROLES = 2;
/** A header band is at most this many rows deep (a group header over one or two sub-rows). */
const MAX_HEADER_DEPTH = 3;

export interface HeaderCell {
  col: number;
  text: string;
  match: HeaderMatch;
}

export function headerMatchesInRow(view: SheetView, row: number): HeaderCell[] {
  const found: HeaderCell[] = [];
  const cells = view.grid.cells[row];
  if (!cells) return found;
  for (let c = 0; c < view.grid.colCount; c++) {
    const cell = cells[c];
    if (!cell || typeof cell.value !== "string") continue;
    // long text and sentences are told apart first: most cells of a data row are one or the other
    if (cell.value.length > MAX_LABEL_SOURCE_LENGTH || isSurelySentence(cell.value)) continue;
    const area = view.merges.areaAt(row, c);
    if (area && (area.top !== row || area.left !== c)) continue;
    const text = compactText(cell.value);
    if (text.length === 0 || text.length > MAX_HEADER_LENGTH || SENTENCE_MARKS.test(text)) continue;
    const match = matchHeader(text);
    // a header names each column once; the same text twice is data (a plan copied beside its
    // source). Only a text that matches can repeat a match, so only those are compared.
    if (match && !found.some((earlier) => earlier.text === text))
      found.push({ col: c, text, match });
  }
  return found;
}

export function isHeaderCandidate(view: SheetView, row: number): boolean {
  const matches = headerMatchesInRow(view, row);
  let roleCount = 0;
  for (const { match } of matches) if (match.roles.length > 0) roleCount++;
  return roleCount >= MIN_HEADER_ROLES || (roleCount >= 1 && matches.length >= 3);
}

/** How far down a header starting at `top` reaches: vertical merges and group headers pull it down. */
export function headerBottomOf(view: SheetView, top: number): number {
  let bottom = top;
  const grid = view.grid;
  for (let c = 0; c < grid.colCount; c++) {
    const area = view.merges.areaAt(top, c);
    if (!area || area.top !== top) continue;
    if (area.bottom > bottom && area.bottom - top < MAX_HEADER_DEPTH) bottom = area.bottom;
    // a group header spanning columns has its sub-headers on the row below
    if (area.right > area.left && area.bottom === top && top + 1 < grid.rowCount) {
      const below = headerMatchesInRow(view, top + 1).filter(
        (m) => m.col >= area.left && m.col <= area.right
      );
      if (below.length > 0 || ownText(view, top + 1, area.left) !== "")
        bottom = Math.max(bottom, top + 1);
    }
  }
  // without merges (CSV, or a sheet whose merges were undone) a sub-header row is one more header row
  while (
    bottom + 1 < grid.rowCount &&
    bottom + 1 - top < MAX_HEADER_DEPTH &&
    isSubHeaderRow(view, bottom + 1)
  )
    bottom++;
  return bottom;
}

/** Short texts that all name columns, with no figure among them: the second row of a header. */
function isSubHeaderRow(view: SheetView, row: number): boolean {
  const matches = headerMatchesInRow(view, row);
  if (matches.length < 2) return false;
  const cells = view.grid.cells[row] ?? [];
  let filled = 0;
  for (const cell of cells) {
    if (!cell || cell.value === null || cell.value === "") continue;
    if (typeof cell.value === "number") return false;
    filled++;
  }
  return matches.length === filled;
}

/**
 * The text of the narrowest merged header above a column's leaf: in a by-place table, the indicator
 * its 目标任务 / 进度 / 完成比例 columns report on (`城镇新增就业(人)` over three columns).
 */
function narrowestGroupAbove(
  view: SheetView,
  top: number,
  leafRow: number,
  col: number,
  header: string
): string | undefined {
  let narrowest: { width: number; text: string } | undefined;
  for (let r = top; r < leafRow; r++) {
    const area = view.merges.areaAt(r, col);
    if (!area || area.right === area.left || area.top !== r) continue;
    const text = cellText(getCell(view.grid, area.top, area.left)).trim();
    const width = area.right - area.left + 1;
    if (text === "" || compactText(text) === compactText(header)) continue;
    // of two as narrow, the upper names the indicator (a unit's name may stand below it)
    if (!narrowest || width < narrowest.width) narrowest = { width, text };
  }
  return narrowest?.text;
}

/** How far up from a header row its band reaches: a header cell merged down onto the row starts it. */
const MAX_HEADER_RISE = 4;

export function headerTopAbove(view: SheetView, row: number): number {
  let top = row;
  for (let c = 0; c < view.grid.colCount; c++) {
    const area = view.merges.areaAt(row, c);
    if (area && area.top < top && row - area.top <= MAX_HEADER_RISE && area.left === c)
      top = area.top;
  }
  return top;
}

export function columnsOf(view: SheetView, top: number, bottom: number): ColumnInfo[] {
  const columns: ColumnInfo[] = [];
  for (let c = 0; c < view.grid.colCount; c++) {
    let leafRow = -1;
    for (let r = bottom; r >= top; r--) {
      if (seenText(view, r, c) !== "") {
        leafRow = r;
        break;
      }
    }
    if (leafRow < 0) continue;
    const leafCell = effectiveCell(view.grid, view.merges, leafRow, c);
    const header = cellText(leafCell).trim();
    let group: string | undefined;
    for (let r = top; r < leafRow; r++) {
      const area = view.merges.areaAt(r, c);
      if (area && area.right > area.left && seenText(view, r, c) !== compactText(header)) {
        group = cellText(getCell(view.grid, area.top, area.left)).trim();
        break;
      }
      // unmerged, the group header stands only above its first sub-column
      if (!area && ownText(view, r, c) !== "") {
        group = ownText(view, r, c);
        break;
      }
    }
    const match = matchHeader(compactText(header));
    const info: ColumnInfo = { col: c, header, roles: match ? [...match.roles] : [] };
    if (group !== undefined) info.group = group;
    const indicator = narrowestGroupAbove(view, top, leafRow, c, header);
    if (indicator !== undefined) info.indicator = indicator;
    if (match?.funding) info.funding = true;
    if (match?.otherwise) info.otherwise = match.otherwise;
    if (match?.output) info.output = true;
    // under an investment group, columns that are neither the total nor the year's plan are funding sources
    if (
      group !== undefined &&
      FUNDING_GROUP_WORDS.test(compactText(group)) &&
      info.roles.length === 0 &&
      !info.output
    ) {
      info.funding = true;
    }
    columns.push(info);
  }
  settleOutputColumns(columns);
  return columns;
}

/** Taizhang writes its columns side by side; fewer than this many of them together are the user's own. */
const MIN_OUTPUT_BLOCK = 3;

/**
 * Columns named like Taizhang's output are its output only when they stand together at the right
 * of the table, as Taizhang writes them; then their roles are dropped so they are never read as input.
 */
function settleOutputColumns(columns: ColumnInfo[]): void {
  const outputs = columns.filter((c) => c.output);
  const trailing =
    outputs.length > 0 && columns.slice(columns.length - outputs.length).every((c) => c.output);
  const isBlock = outputs.length >= MIN_OUTPUT_BLOCK && trailing;
  for (const column of outputs) {
    if (isBlock) column.roles = [];
    else delete column.output;
  }
}
