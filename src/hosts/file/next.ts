import { CheckOptions, CheckResult, checkWorkbook } from "../../core/check";
import { Workbook } from "../../core/grid";
import { NextOptions, NextPlan, NextSheetPlan, planNextPeriod } from "../../core/next/plan";
import { HIGHLIGHT_COLOURS } from "../../core/report/columnPlan";
import { isOwnFormatting } from "./annotate";
import { WorkbookEditor, WriteOptions } from "./package/editor";
import { CellWrite, SheetEdit } from "./package/sheetXml";
import { StyleSheet } from "./package/styles";
import { readWorkbookBytes } from "./readWorkbook";

export interface NextFileOptions extends CheckOptions, NextOptions {}

export interface NextFileResult {
  check: CheckResult;
  plan: NextPlan;
  /** The copy for the next period, or null when the file has no ledger table. */
  bytes: Uint8Array | null;
}

/** The writes of one sheet: changed cells keep their format; the cells of removed columns go. */
function cellWrites(sheet: NextSheetPlan): CellWrite[] {
  const writes: CellWrite[] = sheet.cells.map((c) => ({
    row: c.row,
    col: c.col,
    style: "kept",
    value: c.text,
  }));
  for (const column of sheet.removed)
    for (let row = column.top; row <= column.bottom; row++)
      writes.push({ row, col: column.col, style: 0, value: null, removed: true });
  return writes;
}

function sheetEdit(sheet: NextSheetPlan, styles: StyleSheet): SheetEdit {
  const removed = new Set(sheet.removed.map((c) => c.col));
  return {
    cells: cellWrites(sheet),
    columns: [],
    // the header and item merges an earlier fill made in its columns
    unmerge: (area) =>
      sheet.removed.some(
        (c) =>
          area.left === c.col && area.right === c.col && area.top >= c.top && area.top <= c.bottom
      ),
    merges: [],
    dropFormatting: (sqref, block) =>
      removed.size > 0 && isOwnFormatting(sqref, block, removed, HIGHLIGHT_COLOURS, styles),
    formatting: () => [],
  };
}

/**
 * Writes a next-period plan into a copy of the workbook and returns the copy's bytes: only the
 * planned cells, their notes, and the merges and highlighting of Taizhang's removed columns change
 * (an .xls or .csv becomes an .xlsx first). Every other part is carried over as it was stored.
 */
export function writeNextPeriod(
  bytes: Uint8Array,
  fileName: string,
  plan: NextPlan,
  options: WriteOptions = {}
): Uint8Array {
  const editor = new WorkbookEditor(bytes, fileName, options);
  const changed = plan.sheets.filter(
    (s) => s.cells.length > 0 || s.notes.length > 0 || s.removed.length > 0
  );
  for (const sheet of changed)
    editor.editSheet(sheet.sheet, () => sheetEdit(sheet, editor.styles), sheet.notes);
  return editor.toBytes();
}

/** Checks a workbook and plans its copy for the next period. */
export function planNextFile(
  workbook: Workbook,
  options: NextFileOptions
): { check: CheckResult; plan: NextPlan } {
  const check = checkWorkbook(workbook, options);
  return { check, plan: planNextPeriod(check, options) };
}

/**
 * A ledger file's copy for the next period (bytes in, bytes out): the title and period headers moved
 * on, the departments' cells emptied with their text in notes, Taizhang's own columns removed. No
 * copy when the file has no ledger table.
 */
export function nextPeriodWorkbook(
  bytes: Uint8Array,
  fileName: string,
  options: NextFileOptions,
  /** The bytes as grids, when the caller has read them already. */
  workbook: Workbook = readWorkbookBytes(bytes, fileName)
): NextFileResult {
  const { check, plan } = planNextFile(workbook, options);
  if (plan.sheets.length === 0) return { check, plan, bytes: null };
  return { check, plan, bytes: writeNextPeriod(bytes, fileName, plan) };
}
