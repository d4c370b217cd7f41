import { Area, areaAddress, cellAddress, columnLetter } from "../../core/grid";
import { ColumnPlan, Highlight, PlannedColumn, TEXT_FORMAT } from "../../core/report/columnPlan";
import { NoteKind } from "./readSheet";

export type { NoteKind } from "./readSheet";

/** Excel on the web refuses requests over 5 MB; batches are kept well under it. */
export const MAX_REQUEST_BYTES = 3_500_000;
/** What a queued call costs besides its data (the object path, the method, the JSON around it). */
export const CALL_OVERHEAD_BYTES = 200;
/** Spreadsheet width units (characters) to points, as Excel's default font measures them. */
const POINTS_PER_CHARACTER = 6;

/** The rectangle a plan writes: header to last data row, first to last planned column. */
export function planArea(plan: ColumnPlan): Area {
  const cols = plan.columns.map((c) => c.col);
  return {
    top: plan.headerTop,
    left: Math.min(...cols),
    bottom: plan.lastRow,
    right: Math.max(...cols),
  };
}

function argbToHex(argb: string): string {
  return `#${argb.slice(-6)}`;
}

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * A text as `Range.values` must receive it to be stored as that text: Excel reads a leading `=`,
 * `+`, `-` or `@` as a formula and numeric, date or boolean text as a number, so such text is
 * written behind an apostrophe (which Excel drops, keeping the text as it is). In a cell formatted
 * as text only a leading apostrophe of the text itself needs one more.
 */
export function literal(text: string, textFormat = false): string {
  if (textFormat) return text.startsWith("'") ? `'${text}` : text;
  return /^[=+\-@'\s\d.,(（$¥€£%]/.test(text) || /^(true|false)$/i.test(text.trim())
    ? `'${text}`
    : text;
}

/** A batch of calls queued on a context, with the payload it is estimated to carry. */
export interface Batch {
  bytes: number;
  queue: (context: Excel.RequestContext, sheet: Excel.Worksheet) => void;
}

function addHighlight(range: Excel.Range, highlight: Highlight): void {
  for (const rule of highlight.rules) {
    if (rule.type === "dataBar") {
      const bar = range.conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
      bar.dataBar.lowerBoundRule = { type: Excel.ConditionalFormatRuleType.number, formula: "0" };
      bar.dataBar.upperBoundRule = { type: Excel.ConditionalFormatRuleType.number, formula: "1" };
      bar.dataBar.positiveFormat.fillColor = argbToHex(rule.color);
    } else {
      const text = range.conditionalFormats.add(Excel.ConditionalFormatType.containsText);
      text.textComparison.format.fill.color = argbToHex(rule.fill);
      text.textComparison.format.font.color = argbToHex(rule.font);
      text.textComparison.rule = {
        operator: Excel.ConditionalTextOperator.contains,
        text: rule.text,
      };
    }
  }
}

/** The planned columns in runs of adjacent ones, left to right: a run shares its header and data formats. */
function adjacentRuns(plan: ColumnPlan): PlannedColumn[][] {
  const runs: PlannedColumn[][] = [];
  for (const column of [...plan.columns].sort((a, b) => a.col - b.col)) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].col === column.col - 1) run.push(column);
    else runs.push([column]);
  }
  return runs;
}

/**
 * The formats of the written columns, set range by range (never cell by cell): each run of adjacent
 * columns copies the table's header cell over its header and a data cell over its data rows in one
 * call each; number formats and widths per column; merges; one set of highlighting rules per column
 * over exactly the item rows.
 */
function formatBatch(plan: ColumnPlan): Batch {
  return {
    bytes:
      CALL_OVERHEAD_BYTES *
      (8 * plan.columns.length + plan.merges.length + 8 * plan.highlights.length + 8),
    queue: (_context, sheet) => {
      const area = sheet.getRange(areaAddress(planArea(plan)));
      area.conditionalFormats.clearAll();
      area.unmerge();
      const headerSource = sheet.getRange(
        cellAddress(plan.headerStyleFrom.row, plan.headerStyleFrom.col)
      );
      const dataSource = sheet.getRange(
        cellAddress(plan.dataStyleFrom.row, plan.dataStyleFrom.col)
      );
      const firstDataRow = plan.headerBottom + 1;
      for (const run of adjacentRuns(plan)) {
        const left = run[0].col;
        const right = run[run.length - 1].col;
        sheet
          .getRange(areaAddress({ top: plan.headerTop, left, bottom: plan.headerBottom, right }))
          .copyFrom(headerSource, Excel.RangeCopyType.formats);
        const data = sheet.getRange(
          areaAddress({ top: firstDataRow, left, bottom: plan.lastRow, right })
        );
        data.copyFrom(dataSource, Excel.RangeCopyType.formats);
        data.format.wrapText = true;
        data.format.verticalAlignment = Excel.VerticalAlignment.center;
      }
      for (const column of plan.columns) {
        const letter = columnLetter(column.col);
        const data = sheet.getRange(
          areaAddress({
            top: firstDataRow,
            left: column.col,
            bottom: plan.lastRow,
            right: column.col,
          })
        );
        // one scalar applies to every cell of the range; text columns are text so `=…` never runs
        (data as unknown as { numberFormat: string }).numberFormat = column.numberFormat;
        sheet.getRange(`${letter}:${letter}`).format.columnWidth =
          column.width * POINTS_PER_CHARACTER;
      }
      for (const merge of plan.merges) sheet.getRange(areaAddress(merge)).merge(false);
      for (const highlight of plan.highlights)
        addHighlight(sheet.getRange(areaAddress(highlight.area)), highlight);
    },
  };
}

/**
 * The written area's values, row by row: '' for a blank cell (null would leave a cell as it was).
 * Text goes in as it is only where the cell is formatted as text; elsewhere (headers, the percent
 * columns) text Excel would read as a formula or a number is written as a literal.
 */
function valueRows(plan: ColumnPlan): (string | number)[][] {
  const area = planArea(plan);
  const width = area.right - area.left + 1;
  const rows = Array.from({ length: area.bottom - area.top + 1 }, () =>
    new Array<string | number>(width).fill("")
  );
  const columns = new Map(plan.columns.map((c) => [c.col, c]));
  for (const cell of plan.cells) {
    const column = columns.get(cell.col);
    if (!column) continue;
    const asText = column.numberFormat === TEXT_FORMAT && cell.row > plan.headerBottom;
    const value = typeof cell.value === "string" ? literal(cell.value, asText) : cell.value;
    rows[cell.row - area.top][cell.col - area.left] = value ?? "";
  }
  return rows;
}

/** A block of rows to write in one call: its first row's index among all, and the payload it carries. */
export interface RowSlice<T> {
  start: number;
  rows: T[][];
  bytes: number;
}

/** Rows in consecutive slices, each one's payload under `maxBytes` (a row larger alone goes alone). */
export function rowSlices<T>(rows: T[][], maxBytes: number): RowSlice<T>[] {
  const slices: RowSlice<T>[] = [];
  let start = 0;
  while (start < rows.length) {
    let bytes = CALL_OVERHEAD_BYTES;
    let end = start;
    while (end < rows.length) {
      const rowBytes = utf8Bytes(JSON.stringify(rows[end]));
      if (end > start && bytes + rowBytes > maxBytes) break;
      bytes += rowBytes;
      end++;
    }
    slices.push({ start, rows: rows.slice(start, end), bytes });
    start = end;
  }
  return slices;
}

/**
 * The values, in slices of rows whose payload stays under the request limit. Columns between the
 * planned ones (when a later run found its columns apart) are rewritten with what they hold.
 */
function valueBatches(plan: ColumnPlan, maxBytes: number): Batch[] {
  const area = planArea(plan);
  return rowSlices(valueRows(plan), maxBytes).map(({ start, rows, bytes }) => {
    const top = area.top + start;
    return {
      bytes,
      queue: (_context, sheet) => {
        const address = areaAddress({
          top,
          left: area.left,
          bottom: top + rows.length - 1,
          right: area.right,
        });
        sheet.getRange(address).values = rows;
      },
    };
  });
}

/** A note or comment of Taizhang's found on a cell, to be removed before new ones go in. */
export interface NoteToRemove {
  address: string;
  /** The comment's id, where notes are comments. */
  commentId?: string;
}

/** What is known of the notes on the cells a write touches. */
export interface NoteChanges {
  /** Taizhang's own notes (from an earlier write) to take away first. */
  remove: NoteToRemove[];
  /** Cells with a note of the user's: left alone (校验提示 carries the message anyway). */
  skip: ReadonlySet<string>;
}

export const NO_NOTE_CHANGES: NoteChanges = { remove: [], skip: new Set() };

/** Queues taking away Taizhang's notes (or comments) from cells. */
export function queueRemoveNotes(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  kind: NoteKind,
  notes: NoteToRemove[]
): void {
  for (const note of notes) {
    if (kind === "note") sheet.notes.getItemOrNullObject(note.address).delete();
    else if (kind === "comment" && note.commentId)
      context.workbook.comments.getItem(note.commentId).delete();
  }
}

/** `Sheet!A1` as the comment collection takes it, the sheet's name quoted. */
export function sheetCellAddress(sheetName: string, address: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${address}`;
}

/** Queues a note (or threaded comment) on a cell of `sheet` (named `sheetName`), as `noteKind` says. */
export function queueAddNote(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  noteKind: NoteKind,
  address: string,
  text: string
): void {
  if (noteKind === "note") sheet.notes.add(address, text);
  else if (noteKind === "comment")
    context.workbook.comments.add(sheetCellAddress(sheetName, address), text);
}

function noteBatch(plan: ColumnPlan, noteKind: NoteKind, changes: NoteChanges): Batch {
  const notes =
    noteKind === "none"
      ? []
      : plan.notes.filter((n) => !changes.skip.has(cellAddress(n.row, n.col)));
  return {
    bytes:
      changes.remove.length * CALL_OVERHEAD_BYTES +
      notes.reduce((sum, n) => sum + CALL_OVERHEAD_BYTES + utf8Bytes(n.text) * 2, 0),
    queue: (context, sheet) => {
      queueRemoveNotes(context, sheet, noteKind, changes.remove);
      for (const note of notes)
        queueAddNote(
          context,
          sheet,
          plan.sheet,
          noteKind,
          cellAddress(note.row, note.col),
          note.text
        );
    },
  };
}

/** The cells a plan puts notes on, given the user's own notes it leaves alone. */
export function notedCells(
  plan: ColumnPlan,
  noteKind: NoteKind,
  skip: ReadonlySet<string>
): string[] {
  if (noteKind === "none") return [];
  return plan.notes.map((n) => cellAddress(n.row, n.col)).filter((a) => !skip.has(a));
}

/**
 * Every batch a plan needs, in order: formats, notes (Taizhang's earlier ones removed first), then
 * the values in row slices.
 */
export function planBatches(
  plan: ColumnPlan,
  noteKind: NoteKind,
  changes: NoteChanges,
  maxBytes = MAX_REQUEST_BYTES
): Batch[] {
  return [formatBatch(plan), noteBatch(plan, noteKind, changes), ...valueBatches(plan, maxBytes)];
}

/** Packs batches into requests under the size limit: as few syncs as the payload allows. */
export function packRequests(batches: Batch[], maxBytes = MAX_REQUEST_BYTES): Batch[][] {
  const requests: Batch[][] = [];
  let current: Batch[] = [];
  let bytes = 0;
  for (const batch of batches) {
    if (current.length > 0 && bytes + batch.bytes > maxBytes) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(batch);
    bytes += batch.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}
