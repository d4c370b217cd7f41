import * as XLSX from "xlsx";
import { Cell, Grid, cellText } from "../core/grid";
import { PreviewSheet } from "./protocol";

// Preview column widths: a CJK character is about two Latin ones wide.
const PX_PER_UNIT = 7;
const CELL_PADDING_PX = 16;
const MIN_WIDTH_PX = 40;
const MAX_WIDTH_PX = 280;
/** Rows sampled for the widths: enough for headers and typical content, cheap on huge sheets. */
const WIDTH_SAMPLE_ROWS = 400;

function displayUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return units;
}

/** The text a spreadsheet shows for a cell: numbers through their number format (dates, percents). */
function shownText(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return "";
  if (typeof cell.value === "number" && cell.format) {
    try {
      return XLSX.SSF.format(cell.format, cell.value);
    } catch {
      // a format SheetJS cannot render: the plain number is still right
      return cellText(cell);
    }
  }
  return cellText(cell);
}

/** A sheet as the page previews it: each cell as a spreadsheet shows it, and column widths to fit. */
export function previewOf(grid: Grid): PreviewSheet {
  const text = grid.cells.map((row) =>
    Array.from({ length: grid.colCount }, (_, c) => shownText(row[c]))
  );
  const merged = new Set<string>();
  for (const area of grid.merges) {
    if (area.left === area.right) continue;
    for (let r = area.top; r <= area.bottom && r < WIDTH_SAMPLE_ROWS; r++)
      merged.add(`${r}:${area.left}`);
  }
  const widths = Array.from({ length: grid.colCount }, (_, c) => {
    let units = 0;
    for (let r = 0; r < Math.min(grid.rowCount, WIDTH_SAMPLE_ROWS); r++) {
      // a title merged across the table says nothing about its first column's width
      if (merged.has(`${r}:${c}`)) continue;
      units = Math.max(units, displayUnits(text[r][c]));
    }
    return Math.min(MAX_WIDTH_PX, Math.max(MIN_WIDTH_PX, units * PX_PER_UNIT + CELL_PADDING_PX));
  });
  return {
    name: grid.name,
    rowCount: grid.rowCount,
    colCount: grid.colCount,
    text,
    merges: grid.merges,
    widths,
  };
}
