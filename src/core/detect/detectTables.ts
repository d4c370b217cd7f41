import { EXCEL_COLUMNS, columnIndex } from "../grid/address";
// the modules themselves, not the grid index: its re-exports are getters, paid on every cell read
import { Cell, Grid, MergeIndex, cellText, effectiveCell, getCell } from "../grid/grid";
import { compactText } from "../text/normalize";
import { ALL_ROLES, HeaderMatch, Role, matchHeader } from "./roles";
import { ColumnInfo, DetectedTable, RowKind, TableKind } from "./types";

/** Header cells are short; long text is data, whatever words it contains. */
const MAX_HEADER_LENGTH = 40;
/** Text longer than this is never compacted to be compared with a header or a totals label. */
const MAX_LABEL_SOURCE_LENGTH = 120;
/** Headers are names, not sentences: text with sentence punctuation is data, whatever words it holds. */
const SENTENCE_MARKS = /[，,。；;]/;
/** A row names at least this many roles to be taken for a header row. */
const MIN_HEADER_ROLES = 2;
/** A header band is at most this many rows deep (a group header over one or two sub-rows). */
const MAX_HEADER_DEPTH = 3;

const TOTALS_PATTERN = /合计|总计|共计/;
const SUBTOTAL_PATTERN = /小计/;
const NOTE_PATTERN = /^(注|说明|备注|填报人|审核人|制表人|联系人|联系电话|填表说明|数据来源)[:：]?/;
const CATEGORY_HEADING_PATTERN =
  /^[一二三四五六七八九十百]+[、.．]|^[（(][一二三四五六七八九十]+[）)]|^第[一二三四五六七八九十]+(部分|类)/;
const TITLE_WORDS = /表|情况|台账|清单|计划|方案/;
const MONEY_UNIT_PATTERN = /单位[:：]?(万元|元|亿元|千元)/;
const TERMINAL_PUNCTUATION = /[。；;！!？?）)”"\]】]$/;

interface SheetView {
  grid: Grid;
  merges: MergeIndex;
  compactCache: Map<number, string>;
}

function makeView(grid: Grid, merges: MergeIndex): SheetView {
  return { grid, merges, compactCache: new Map() };
}

/** The compact text a reader sees at a cell (merged areas show their top-left value everywhere). */
function seenText(view: SheetView, row: number, col: number): string {
  const key = row * EXCEL_COLUMNS + col;
  const cached = view.compactCache.get(key);
  if (cached !== undefined) return cached;
  const text = compactText(cellText(effectiveCell(view.grid, view.merges, row, col)));
  view.compactCache.set(key, text);
  return text;
}

/** The cell's own text, not what a merge shows (empty for every cell of a merge but its top-left). */
function ownText(view: SheetView, row: number, col: number): string {
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

function hasOwn(view: SheetView, row: number, col: number): boolean {
  return holdsValue(getCell(view.grid, row, col));
}

function isCoveredFromAbove(view: SheetView, row: number, col: number): boolean {
  const area = view.merges.areaAt(row, col);
  return area !== undefined && area.top < row;
}

function rowIsBlank(view: SheetView, row: number, left: number, right: number): boolean {
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
function mayHoldMarkup(text: string): boolean {
  return text.includes("<") || text.includes("&");
}

/** Whether compacting could give a text that holds `ch`, a character beyond Latin-1 (a Chinese one). */
function mayCompactToHold(text: string, ch: string): boolean {
  return text.includes(ch) || mayHoldMarkup(text);
}

/** Whether a text's compact form surely holds sentence punctuation (folding keeps it, as `,` or `;`). */
function isSurelySentence(text: string): boolean {
  return SENTENCE_MARKS.test(text) && !mayHoldMarkup(text);
}

interface HeaderCell {
  col: number;
  text: string;
  match: HeaderMatch;
}

function headerMatchesInRow(view: SheetView, row: number): HeaderCell[] {
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

function isHeaderCandidate(view: SheetView, row: number): boolean {
  const matches = headerMatchesInRow(view, row);
  let roleCount = 0;
  for (const { match } of matches) if (match.roles.length > 0) roleCount++;
  return roleCount >= MIN_HEADER_ROLES || (roleCount >= 1 && matches.length >= 3);
}

/** How far down a header starting at `top` reaches: vertical merges and group headers pull it down. */
function headerBottomOf(view: SheetView, top: number): number {
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

function columnsOf(view: SheetView, top: number, bottom: number): ColumnInfo[] {
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
    if (match?.funding) info.funding = true;
    if (match?.output) info.output = true;
    // under an investment group, columns that are neither the total nor the year's plan are funding sources
    if (
      group !== undefined &&
      /投资|资金|筹措/.test(compactText(group)) &&
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

/** Rows needed before a name column full of figures is taken for a target value column. */
const MIN_ROWS_TO_SETTLE = 3;

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

/** A short label's compact form; long text is never a header or a totals label, so it is not compacted. */
function shortLabel(text: string): string | null {
  return text.length > MAX_LABEL_SOURCE_LENGTH ? null : compactText(text);
}

/** A character beyond Latin-1 that a compact text holds, by which text that is not it is told cheaply. */
function keyCharOf(compact: string): string | null {
  for (const ch of compact) if (ch.charCodeAt(0) > 0xff) return ch;
  return null;
}

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

interface FirstText {
  col: number;
  text: string;
}

function firstText(view: SheetView, row: number, left: number, right: number): FirstText | null {
  for (let c = left; c <= right; c++)
    if (hasOwn(view, row, c)) return { col: c, text: ownText(view, row, c) };
  return null;
}

function nonEmptyCount(view: SheetView, row: number, left: number, right: number): number {
  let n = 0;
  for (let c = left; c <= right; c++) if (hasOwn(view, row, c)) n++;
  return n;
}

/** A row with one text cell spanning most of the table: a title or a section heading. */
function isSpanningSingleCell(
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
function spanningText(
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

function roleColumnsOf(columns: ColumnInfo[]): Map<Role, number> {
  const roles = new Map<Role, number>();
  for (const column of columns) {
    if (column.output) continue;
    for (const role of column.roles) if (!roles.has(role)) roles.set(role, column.col);
  }
  return roles;
}

function isMostlyNumeric(view: SheetView, col: number, rows: number[]): boolean {
  let numbers = 0;
  let filled = 0;
  for (const r of rows) {
    const cell = getCell(view.grid, r, col);
    if (!cell || cell.value === null || cell.value === "") continue;
    filled++;
    if (typeof cell.value === "number" || /^\s*-?[\d,.]+\s*%?\s*$/.test(String(cell.value)))
      numbers++;
  }
  return filled > 0 && numbers / filled >= 0.6;
}

function kindOf(roles: Map<Role, number>): TableKind {
  if (roles.has("progress") || roles.has("actualValue") || roles.has("status")) return "progress";
  if (roles.has("year") && !roles.has("investTotal")) return "targets";
  return "projects";
}

/** The columns whose text names a totals row, before the row's first text. */
const TOTALS_LABEL_ROLES: readonly Role[] = ["seq", "category", "name"];

/** The character every totals word (合计, 总计, 共计, 小计) holds. */
const TOTALS_WORD_CHAR = "计";

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
  return label !== null &&
    label !== "" &&
    label.length <= 40 &&
    (TOTALS_PATTERN.test(label) || SUBTOTAL_PATTERN.test(label))
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

function classifyDataRows(view: SheetView, table: DetectedTable, stopRow: number): number {
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
    if (filled === 1 && first && NOTE_PATTERN.test(compactText(first.text))) break;
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
      const isSubtotal = SUBTOTAL_PATTERN.test(label);
      if (!isSubtotal && table.totalsRow === null) table.totalsRow = row;
      table.rowKinds.set(row, isSubtotal ? "subtotal" : "totals");
      lastContent = row;
      continue;
    }
    if (
      heading !== null ||
      (filled === 1 &&
        first &&
        CATEGORY_HEADING_PATTERN.test(compactText(first.text)) &&
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
function isTitleBeforeHeader(view: SheetView, row: number, stopRow: number): boolean {
  for (let r = row + 1; r < Math.min(stopRow, row + 4); r++)
    if (isHeaderCandidate(view, r)) return true;
  return false;
}

function titleRowsAbove(
  view: SheetView,
  headerTop: number,
  floor: number,
  left: number,
  right: number
): number[] {
  const rows: number[] = [];
  for (let r = headerTop - 1; r >= floor; r--) {
    if (rowIsBlank(view, r, left, right)) continue;
    if (nonEmptyCount(view, r, left, right) > 3) break;
    rows.unshift(r);
  }
  return rows;
}

function moneyUnitOf(columns: ColumnInfo[], titleTexts: string[]): string | null {
  for (const text of [
    ...columns.map((c) => c.group ?? ""),
    ...columns.map((c) => c.header),
    ...titleTexts,
  ]) {
    const m = MONEY_UNIT_PATTERN.exec(compactText(text));
    if (m) return m[1];
  }
  return null;
}

/** Finds every table in a sheet: titles, header band, data rows by kind, totals, notes below. */
export function detectTables(
  grid: Grid,
  merges: MergeIndex = new MergeIndex(grid.merges)
): DetectedTable[] {
  const view = makeView(grid, merges);
  const tables: DetectedTable[] = [];
  let row = 0;
  let floor = 0;
  while (row < grid.rowCount) {
    if (!isHeaderCandidate(view, row)) {
      row++;
      continue;
    }
    const headerTop = row;
    const headerBottom = headerBottomOf(view, headerTop);
    const columns = columnsOf(view, headerTop, headerBottom);
    const left = columns.length > 0 ? columns[0].col : 0;
    const right = columns.length > 0 ? columns[columns.length - 1].col : grid.colCount - 1;
    const titleRows = titleRowsAbove(view, headerTop, floor, left, right);
    const titleTexts = titleRows
      .map((r) => firstText(view, r, left, right)?.text ?? "")
      .filter((t) => t !== "");
    const title = titleTexts.find((t) => TITLE_WORDS.test(t)) ?? titleTexts[0] ?? null;
    const table: DetectedTable = {
      sheet: grid.name,
      kind: "projects",
      titleRows,
      title,
      subtitles: titleTexts.filter((t) => t !== title),
      headerTop,
      headerBottom,
      left,
      right,
      dataTop: headerBottom + 1,
      dataBottom: headerBottom,
      totalsRow: null,
      rowKinds: new Map<number, RowKind>(),
      noteRows: [],
      columns,
      roleColumns: roleColumnsOf(columns),
      fundingColumns: columns.filter((c) => c.funding).map((c) => c.col),
      outputColumns: columns.filter((c) => c.output).map((c) => c.col),
      moneyUnit: moneyUnitOf(columns, titleTexts),
    };
    const end = classifyDataRows(view, table, grid.rowCount);
    const itemRows: number[] = [];
    let lastItemRow = -1;
    table.rowKinds.forEach((kind, r) => {
      if (kind === "item") itemRows.push(r);
      if (kind === "item" || kind === "continuation") lastItemRow = Math.max(lastItemRow, r);
    });
    settleAmbiguousRoles(view, table, itemRows);
    table.kind = kindOf(table.roleColumns);
    if (itemRows.length > 0) {
      table.dataTop = itemRows[0];
      table.dataBottom = lastItemRow;
    }
    let next = end;
    while (
      next < grid.rowCount &&
      !isHeaderCandidate(view, next) &&
      !(
        isSpanningSingleCell(view, next, left, right) !== null &&
        isTitleBeforeHeader(view, next, grid.rowCount)
      )
    ) {
      if (!rowIsBlank(view, next, left, right)) table.noteRows.push(next);
      next++;
    }
    if (itemRows.length > 0 || table.roleColumns.size >= 3) tables.push(table);
    floor = next;
    row = Math.max(next, headerBottom + 1);
  }
  return tables;
}

/**
 * `目标任务` names a task in a text table and holds the target figure in a numeric one; a column of
 * figures under a name-like header is a target value.
 */
function settleAmbiguousRoles(view: SheetView, table: DetectedTable, itemRows: number[]): void {
  const nameCol = table.roleColumns.get("name");
  if (nameCol === undefined || table.roleColumns.has("targetValue")) return;
  // a handful of rows cannot tell a column of figures from names that happen to be numbers
  if (itemRows.length < MIN_ROWS_TO_SETTLE) return;
  if (!isMostlyNumeric(view, nameCol, itemRows)) return;
  const column = table.columns.find((c) => c.col === nameCol);
  if (column) column.roles = column.roles.map((r) => (r === "name" ? "targetValue" : r));
  table.roleColumns = roleColumnsOf(table.columns);
}

/** A user's correction of what detection found: a role moved to another column, or removed. */
export interface TableOverride {
  sheet: string;
  /** The table's first header row (1-based), when a sheet holds several tables. */
  headerRow?: number;
  /** Role → column letter, or null to say the table has no such column. */
  roles: Partial<Record<Role, string | null>>;
}

/**
 * Applies the user's corrections to a detected table: each role given moves to its column (taken
 * from any column that had it), a null role is dropped. The table's kind follows its new roles.
 */
export function applyOverride(table: DetectedTable, override: TableOverride): void {
  for (const [role, letter] of Object.entries(override.roles) as [Role, string | null][]) {
    // corrections come from storage the user can edit: a key that is no role (`__proto__`) is skipped
    if (!ALL_ROLES.includes(role)) continue;
    for (const column of table.columns) column.roles = column.roles.filter((r) => r !== role);
    if (letter === null) continue;
    const col = columnIndex(letter);
    let column = table.columns.find((c) => c.col === col);
    if (!column) {
      column = { col, header: letter, roles: [] };
      table.columns.push(column);
      table.columns.sort((a, b) => a.col - b.col);
    }
    column.roles.push(role);
    delete column.output;
  }
  table.roleColumns = roleColumnsOf(table.columns);
  table.kind = kindOf(table.roleColumns);
}

/** The override meant for a table, if any. */
export function overrideFor(
  table: DetectedTable,
  overrides: readonly TableOverride[]
): TableOverride | undefined {
  return overrides.find(
    (o) =>
      o.sheet === table.sheet && (o.headerRow === undefined || o.headerRow === table.headerTop + 1)
  );
}
