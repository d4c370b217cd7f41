import { Area, Cell, Grid, parseAreaAddress } from "../../core/grid";

/** Merged areas can be read from ExcelApi 1.13; below it the engine reads the sheet as it reads CSV. */
const MERGED_AREAS_SET = "1.13";

export function supportsExcelApi(version: string): boolean {
  return (
    typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", version)
  );
}

/** `Sheet1!B2:D9` or `'工作表 1'!B2:D9` → `B2:D9`. */
export function stripSheetName(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

function toCell(value: unknown, formula: unknown, format: unknown): Cell | undefined {
  const hasFormula = typeof formula === "string" && formula.startsWith("=");
  const isError =
    typeof value === "string" &&
    /^#(REF!|DIV\/0!|N\/A|NAME\?|NULL!|NUM!|VALUE!|SPILL!|CALC!)/.test(value);
  if ((value === "" || value === null || value === undefined) && !hasFormula) return undefined;
  const cell: Cell = {
    value:
      typeof value === "number" || typeof value === "boolean" || typeof value === "string"
        ? value
        : null,
  };
  if (hasFormula) cell.formula = (formula as string).slice(1);
  if (typeof format === "string" && format !== "General" && format !== "") cell.format = format;
  if (isError) cell.error = true;
  return cell;
}

/**
 * Reads the active (or named) sheet's used range into a grid in one request: values, formulas,
 * number formats, and merged areas where the host supports reading them.
 */
export async function readSheet(context: Excel.RequestContext, sheetName?: string): Promise<Grid> {
  const sheet = sheetName
    ? context.workbook.worksheets.getItem(sheetName)
    : context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject();
  used.load([
    "values",
    "formulas",
    "numberFormat",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
  ]);
  const merged = supportsExcelApi(MERGED_AREAS_SET) ? used.getMergedAreasOrNullObject() : null;
  merged?.load("areas/items/address");
  await context.sync();
  if (used.isNullObject)
    return { name: sheet.name, rowCount: 0, colCount: 0, cells: [], merges: [] };
  const rowCount = used.rowIndex + used.rowCount;
  const colCount = used.columnIndex + used.columnCount;
  const cells: (Cell | undefined)[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const row = new Array<Cell | undefined>(colCount);
    const source = r - used.rowIndex;
    if (source >= 0) {
      for (let c = 0; c < used.columnCount; c++) {
        const cell = toCell(
          used.values[source][c],
          used.formulas[source][c],
          used.numberFormat[source][c]
        );
        if (cell) row[used.columnIndex + c] = cell;
      }
    }
    cells.push(row);
  }
  const merges: Area[] =
    merged && !merged.isNullObject
      ? merged.areas.items.map((range) => parseAreaAddress(stripSheetName(range.address)))
      : [];
  return { name: sheet.name, rowCount, colCount, cells, merges };
}
