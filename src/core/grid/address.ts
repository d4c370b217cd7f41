/** A1 addressing. Rows and columns are 0-based inside the engine; A1 text is what users see. */

export interface CellRef {
  row: number;
  col: number;
}

/** An inclusive rectangle of cells, 0-based. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetter(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`not a column: ${letters}`);
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

const A1_PATTERN = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseCellAddress(a1: string): CellRef {
  const match = A1_PATTERN.exec(a1.trim());
  if (!match) throw new RangeError(`not an A1 address: ${a1}`);
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

export function areaAddress(area: Area): string {
  const start = cellAddress(area.top, area.left);
  const end = cellAddress(area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
}

export function parseAreaAddress(a1: string): Area {
  const [first, second] = a1.split(":");
  const start = parseCellAddress(first);
  const end = second === undefined ? start : parseCellAddress(second);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function areaContains(area: Area, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

/** Excel's column count: row * EXCEL_COLUMNS + col numbers every cell of a sheet once. */
export const EXCEL_COLUMNS = 16384;

/** A set of cells across sheets, keyed by number rather than by an address string made per cell. */
export class CellSet {
  private readonly bySheet = new Map<string, Set<number>>();

  /** Adds the cell; false when it was already there. */
  add(sheet: string, cell: CellRef): boolean {
    let cells = this.bySheet.get(sheet);
    if (!cells) {
      cells = new Set();
      this.bySheet.set(sheet, cells);
    }
    const key = cell.row * EXCEL_COLUMNS + cell.col;
    if (cells.has(key)) return false;
    cells.add(key);
    return true;
  }
}
