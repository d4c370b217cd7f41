/** The rows under a header, each by kind: items, totals and subtotals, headings, repeated headers, continuations. */

import { Cell, getCell } from "../grid/grid";
import { compactText } from "../text/normalize";
import { CATEGORY_HEADING, NOTE_WORDS } from "../vocabulary/generic";
import { SUBTOTAL_WORDS, TOTALS_WORDS, TOTALS_WORD_CHAR } from "../vocabulary/totals";
import { isHeaderCandidate } from "./headerBand";
import { Role } from "./roles";
import { ColumnInfo, DetectedTable } from "./types";
import {
  FirstText,
  SENTENCE_MARKS,
  SheetView,
  firstText,
  hasOwn,
  holdsValue,
  isCoveredFromAbove,
  keyCharOf,
  mayCompactToHold,
  nonEmptyCount,
  ownText,
  rowIsBlank,
  shortLabel,
  spanningText,
} from "./sheetView";

/** A text that ends a sentence or a bracket: the next row does not continue it. */
const TERMINAL_PUNCTUATION = /[。；;！!？?）)”"\]】]$/;

/** The header texts a repeated header row would show in one column (its group header too). */
interface HeaderLabel {
  col: number;
  texts: string[];
  /** Each text's key character (`keyCharOf`). */
  keys: (string | null)[];
}

function headerLabels(columns: ColumnInfo[]): HeaderLabel[] {
  return columns
    .map((column) => {
      const texts = [
        compactText(column.header),
        column.group ? compactText(column.group) : "",
      ].filter((t) => t !== "");
      return { col: column.col, texts, keys: texts.map(keyCharOf) };
    })
    .filter((c) => c.texts.length > 0);
}

/**
 * Whether a cell could repeat one of a column's header texts, told without compacting it. An empty
 * cell repeats none (every label has text); a figure's or a boolean's text is plain ASCII, so it
 * holds no key character.
 */
function mayRepeatLabel(cell: Cell | undefined, label: HeaderLabel): boolean {
  if (!holdsValue(cell)) return false;
  const value = cell?.value;
  for (const key of label.keys)
    if (key === null || (typeof value === "string" && mayCompactToHold(value, key))) return true;
  return false;
}

/** The share of a table's header labels a row must repeat to be a repeated header row. */
const REPEATED_HEADER_SHARE = 0.6;

function isRepeatedHeader(view: SheetView, row: number, labels: HeaderLabel[]): boolean {
  let same = 0;
  let unread = labels.length;
  for (const label of labels) {
    unread--;
    const text = mayRepeatLabel(getCell(view.grid, row, label.col), label)
      ? shortLabel(ownText(view, row, label.col))
      : null;
    if (text !== null && label.texts.includes(text)) same++;
    // settled as soon as matching every label left could not reach the share: a data row stops early
    else if ((same + unread) / labels.length < REPEATED_HEADER_SHARE) return false;
  }
  return labels.length > 0 && same / labels.length >= REPEATED_HEADER_SHARE;
}

/** The columns whose text names a totals row, before the row's first text. */
const TOTALS_LABEL_ROLES: readonly Role[] = ["seq", "category", "name"];

function totalsLabel(
  view: SheetView,
  row: number,
  roles: Map<Role, number>,
  first: FirstText | null
): string | null {
  for (const role of TOTALS_LABEL_ROLES) {
    const col = roles.get(role);
    const label = col === undefined ? null : asTotalsLabel(ownText(view, row, col));
    if (label !== null) return label;
  }
  return first ? asTotalsLabel(first.text) : null;
}

/** The compact form of a text that names a totals or subtotal row, or null. */
function asTotalsLabel(text: string): string | null {
  if (!mayCompactToHold(text, TOTALS_WORD_CHAR)) return null;
  const label = shortLabel(text);
  // a sentence (`打造9条农村生态河道，共计50千米`) states a figure, it labels no row
  return label !== null &&
    label !== "" &&
    label.length <= 40 &&
    !SENTENCE_MARKS.test(label) &&
    (TOTALS_WORDS.test(label) || SUBTOTAL_WORDS.test(label))
    ? label
    : null;
}

/**
 * A page-break artefact: a row that only continues the text of the row above (the PDF round trip
 * split one cell's text across two rows). It has no number or name of its own, and each of its
 * texts continues an unfinished text in the same column above.
 */
function isContinuationRow(view: SheetView, row: number, table: DetectedTable): boolean {
  for (const role of ["seq", "name", "lead", "year"] as Role[]) {
    const col = table.roleColumns.get(role);
    if (col !== undefined && (hasOwn(view, row, col) || isCoveredFromAbove(view, row, col)))
      return false;
  }
  let continued = 0;
  for (const column of table.columns) {
    const text = ownText(view, row, column.col);
    if (text === "") continue;
    if (typeof getCell(view.grid, row, column.col)?.value === "number") return false;
    const above = ownText(view, row - 1, column.col);
    if (above === "" || TERMINAL_PUNCTUATION.test(above)) return false;
    continued++;
  }
  return continued > 0;
}

export function classifyDataRows(view: SheetView, table: DetectedTable, stopRow: number): number {
  const { left, right } = table;
  const labels = headerLabels(table.columns);
  let lastContent = table.headerBottom;
  let row = table.headerBottom + 1;
  for (; row < stopRow; row++) {
    const filled = nonEmptyCount(view, row, left, right);
    if (filled === 0 && rowIsBlank(view, row, left, right)) {
      table.rowKinds.set(row, "blank");
      continue;
    }
    const first = firstText(view, row, left, right);
    if (filled === 1 && first && NOTE_WORDS.test(compactText(first.text))) break;
    if (isRepeatedHeader(view, row, labels)) {
      table.rowKinds.set(row, "repeatedHeader");
      lastContent = row;
      continue;
    }
    const heading = spanningText(view, row, first, filled, left, right);
    if (
      isHeaderCandidate(view, row) ||
      (heading !== null && isTitleBeforeHeader(view, row, stopRow))
    ) {
      break;
    }
    const label = totalsLabel(view, row, table.roleColumns, first);
    if (label !== null) {
      const isSubtotal = SUBTOTAL_WORDS.test(label);
      if (!isSubtotal && table.totalsRow === null) table.totalsRow = row;
      table.rowKinds.set(row, isSubtotal ? "subtotal" : "totals");
      lastContent = row;
      continue;
    }
    if (
      heading !== null ||
      (filled === 1 &&
        first &&
        CATEGORY_HEADING.test(compactText(first.text)) &&
        !table.roleColumns.has("category"))
    ) {
      table.rowKinds.set(row, "category");
      lastContent = row;
      continue;
    }
    if (row > table.headerBottom + 1 && isContinuationRow(view, row, table)) {
      table.rowKinds.set(row, "continuation");
      lastContent = row;
      continue;
    }
    table.rowKinds.set(row, "item");
    lastContent = row;
  }
  // blank rows after the last content belong to no table (every row after it was blank)
  for (let r = lastContent + 1; r < row; r++) table.rowKinds.delete(r);
  return row;
}

/** A spanning title row that a header follows within a few rows starts the next table. */
export function isTitleBeforeHeader(view: SheetView, row: number, stopRow: number): boolean {
  for (let r = row + 1; r < Math.min(stopRow, row + 4); r++)
    if (isHeaderCandidate(view, r)) return true;
  return false;
}
