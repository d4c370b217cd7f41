import * as XLSX from "xlsx";
import { Area, Cell, Grid, Workbook, createGrid } from "../../core/grid";
import { decodeCsvBytes, parseCsv } from "./csv";

export type FileKind = "xlsx" | "xls" | "csv";

export function fileKindOf(fileName: string): FileKind | null {
  const ext = fileName.toLowerCase().split(".").pop();
  if (ext === "xlsx" || ext === "xlsm") return "xlsx";
  if (ext === "xls") return "xls";
  if (ext === "csv" || ext === "txt") return "csv";
  return null;
}

/** Reads a spreadsheet file's bytes into grids, one per sheet. Works in Node and in a browser worker. */
export function readWorkbookBytes(bytes: Uint8Array, fileName: string): Workbook {
  const baseName = fileName.split(/[\\/]/).pop() ?? fileName;
  const kind = fileKindOf(baseName);
  if (kind === "csv") {
    const { text } = decodeCsvBytes(bytes);
    const sheetName = baseName.replace(/\.[^.]+$/, "");
    return { name: baseName, sheets: [parseCsv(text, sheetName)] };
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
    sheets: book.SheetNames.map((name) => sheetToGrid(name, book.Sheets[name])),
  };
}

function sheetToGrid(name: string, sheet: XLSX.WorkSheet): Grid {
  const ref = sheet["!ref"];
  if (!ref) return createGrid(name, 0, 0);
  const range = XLSX.utils.decode_range(ref);
  const rowCount = range.e.r + 1;
  const colCount = range.e.c + 1;
  const data = (sheet["!data"] ?? []) as (XLSX.CellObject[] | undefined)[];
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
