import ExcelJS from "exceljs";
import { Area, cellAddress, parseAreaAddress } from "../../core/grid";

/** What ExcelJS 4.4.0 (pinned) keeps on a worksheet about its merges: private, hence this file. */
interface WorksheetInternals {
  /** The sheet's merges by master cell address. */
  _merges: Record<string, unknown>;
  _parseMergeCells(model: { mergeCells?: string[] }): void;
}

/**
 * Merges an area in time proportional to its cells. ExcelJS's own merge compares the new area with
 * every merge of the sheet first: quadratic in their number, which a ledger grouped by project has
 * in thousands (writing 20,000 shanting items took 33 s, 50,000 over 4 minutes). An overlap is
 * found instead by looking at the area's own cells, and refused with ExcelJS's own error.
 */
export function mergeArea(sheet: ExcelJS.Worksheet, area: Area, keepStyles: boolean): void {
  const internals = sheet as unknown as WorksheetInternals;
  const index = internals._merges;
  for (let row = area.top + 1; row <= area.bottom + 1; row++) {
    for (let col = area.left + 1; col <= area.right + 1; col++) {
      const cell = sheet.findCell(row, col);
      if (cell?.type === ExcelJS.ValueType.Merge || index[cellAddress(row - 1, col - 1)])
        throw new Error("Cannot merge already merged cells");
    }
  }
  internals._merges = {};
  try {
    const [top, left, bottom, right] = [
      area.top + 1,
      area.left + 1,
      area.bottom + 1,
      area.right + 1,
    ];
    if (keepStyles) sheet.mergeCellsWithoutStyle(top, left, bottom, right);
    else sheet.mergeCells(top, left, bottom, right);
    Object.assign(index, internals._merges);
  } finally {
    internals._merges = index;
  }
}

/**
 * Makes ExcelJS read a file's merges with mergeArea, once per process: its reader merges each
 * imported area through the quadratic check above. Imported cells keep their own styles, as ExcelJS
 * does on import.
 */
function installLinearMergeImport(): void {
  const probe = new ExcelJS.Workbook().addWorksheet("probe");
  const prototype = Object.getPrototypeOf(probe) as WorksheetInternals;
  prototype._parseMergeCells = function (this: ExcelJS.Worksheet, model) {
    for (const range of model.mergeCells ?? []) mergeArea(this, parseAreaAddress(range), true);
  };
}

installLinearMergeImport();
