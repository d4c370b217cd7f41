import * as XLSX from "xlsx";
import { Area, Cell, Grid, Workbook, createGrid } from "../../core/grid";
import { decodeCsvBytes, parseCsv } from "./csv";
import { DEFAULT_LIMITS, ReadFailure } from "./limits";

export type FileKind = "xlsx" | "xls" | "csv";

export function fileKindOf(fileName: string): FileKind | null {
  const ext = fileName.toLowerCase().split(".").pop();
  if (ext === "xlsx" || ext === "xlsm") return "xlsx";
  if (ext === "xls") return "xls";
  if (ext === "csv" || ext === "txt") return "csv";
  return null;
}

/** How far the used range may exceed the cells a sheet holds (blank rows and columns cost memory too). */
const SPARSE_FACTOR = 16;

/** A sheet holding more cells than the limit, or spanning far more, is refused before its grid is built. */
function checkCells(name: string, cells: number, area: number, maxCells: number): void {
  const over = cells > maxCells ? cells : area > maxCells * SPARSE_FACTOR ? area : 0;
  if (over > 0)
    throw new ReadFailure({ kind: "tooManyCells", sheet: name, cells: over, limit: maxCells });
}

function countCells(grid: Grid): number {
  let cells = 0;
  for (const row of grid.cells) for (const cell of row) if (cell) cells++;
  return cells;
}

/**
 * Reads a spreadsheet file's bytes into grids, one per sheet. Works in Node and in a browser worker.
 * Byte-level limits (size, zip) are checked before, by `readWorkbookWithinLimits`.
 */
export function readWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  maxCellsPerSheet = DEFAULT_LIMITS.maxCellsPerSheet
): Workbook {
  const baseName = fileName.split(/[\\/]/).pop() ?? fileName;
  const kind = fileKindOf(baseName);
  if (kind === "csv") {
    const { text } = decodeCsvBytes(bytes);
    const sheetName = baseName.replace(/\.[^.]+$/, "");
    const grid = parseCsv(text, sheetName);
    checkCells(sheetName, countCells(grid), grid.rowCount * grid.colCount, maxCellsPerSheet);
    return { name: baseName, sheets: [grid] };
  }
  const book = XLSX.read(bytes, {
    type: "array",
    dense: true,
    cellFormula: true,
    cellNF: true,
    cellHTML: false,
  });
  return {
    name: baseName,
    sheets: book.SheetNames.map((name) => sheetToGrid(name, book.Sheets[name], maxCellsPerSheet)),
  };
}

function sheetToGrid(name: string, sheet: XLSX.WorkSheet, maxCells: number): Grid {
  const ref = sheet["!ref"];
  if (!ref) return createGrid(name, 0, 0);
  const range = XLSX.utils.decode_range(ref);
  const rowCount = range.e.r + 1;
  const colCount = range.e.c + 1;
  const data = (sheet["!data"] ?? []) as (XLSX.CellObject[] | undefined)[];
  let held = 0;
  for (const source of data) if (source) for (const cell of source) if (cell) held++;
  checkCells(name, held, rowCount * colCount, maxCells);
  const cells: (Cell | undefined)[][] = new Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    const source = data[r];
    const row = new Array<Cell | undefined>(colCount);
    if (source) {
      for (let c = 0; c < source.length && c < colCount; c++) {
        const cell = source[c] ? toCell(source[c]) : undefined;
        if (cell) row[c] = cell;
      }
    }
    cells[r] = row;
  }
  const merges: Area[] = (sheet["!merges"] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  const grid: Grid = { name, rowCount, colCount, cells, merges };
  return grid;
}

function toCell(source: XLSX.CellObject): Cell | undefined {
  const format = source.z && source.z !== "General" ? String(source.z) : undefined;
  const formula = source.f ? source.f : undefined;
  let cell: Cell;
  switch (source.t) {
    case "n":
      cell = { value: typeof source.v === "number" ? source.v : Number(source.v) };
      break;
    case "s":
      cell = { value: String(source.v ?? "") };
      break;
    case "b":
      cell = { value: Boolean(source.v) };
      break;
    case "e":
      cell = { value: source.w ?? "#N/A", error: true };
      break;
    case "d":
      cell = {
        value: source.v instanceof Date ? source.v.toISOString().slice(0, 10) : String(source.v),
      };
      break;
    default:
      if (!formula) return undefined;
      cell = { value: null };
  }
  if (formula) cell.formula = formula;
  if (format) cell.format = format;
  return cell;
}
