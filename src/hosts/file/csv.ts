import { Cell, Grid, createGrid, setCell } from "../../core/grid";

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * CSV bytes to text. Staff save CSV from Excel in China as GBK (no BOM) or as UTF-8 (often with a BOM);
 * a strict UTF-8 decode that fails means GBK, read as GB18030 (its superset).
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: "utf-8" | "gb18030" } {
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  if (hasBom)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

// A CSV field is a number only when it looks like one Excel would store as a number: no leading
// zeros (编号 "01" stays text), no thousands separators, no units.
const CSV_NUMBER = /^-?(0|[1-9]\d{0,14})(\.\d{1,15})?$/;

function csvCell(field: string): Cell | undefined {
  if (field === "") return undefined;
  if (CSV_NUMBER.test(field)) return { value: Number(field) };
  return { value: field };
}

/** RFC 4180 parsing (quoted fields, doubled quotes, line breaks inside quotes), comma or tab separated. */
export function parseCsv(text: string, sheetName: string): Grid {
  const separator = detectSeparator(text);
  const grid = createGrid(sheetName, 0, 0);
  let row = 0;
  let col = 0;
  let field = "";
  let inQuotes = false;
  let rowHasContent = false;
  const endField = (): void => {
    const cell = csvCell(field);
    if (cell) {
      setCell(grid, row, col, cell);
      rowHasContent = true;
    }
    field = "";
    col++;
  };
  const endRow = (): void => {
    endField();
    if (!rowHasContent && grid.rowCount <= row) {
      // keep blank lines as blank rows so row numbers match what the user sees
      setRowCount(grid, row + 1);
    }
    row++;
    col = 0;
    rowHasContent = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"' && field === "") inQuotes = true;
    else if (ch === separator) endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else field += ch;
  }
  if (field !== "" || col > 0) endRow();
  trimTrailingBlankRows(grid);
  return grid;
}

function detectSeparator(text: string): "," | "\t" {
  const firstLine = text.slice(0, Math.min(text.length, 4096)).split("\n", 1)[0];
  const tabs = firstLine.split("\t").length;
  const commas = firstLine.split(",").length;
  return tabs > commas ? "\t" : ",";
}

function setRowCount(grid: Grid, count: number): void {
  while (grid.rowCount < count) {
    grid.cells.push(new Array<Cell | undefined>(grid.colCount));
    grid.rowCount++;
  }
}

function trimTrailingBlankRows(grid: Grid): void {
  while (grid.rowCount > 0 && grid.cells[grid.rowCount - 1].every((c) => c === undefined)) {
    grid.cells.pop();
    grid.rowCount--;
  }
}
