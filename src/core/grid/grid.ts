import { Area, areaContains } from "./address";

/** What a cell holds as the engine sees it. Dates arrive as Excel serial numbers with a date format. */
export type CellValue = string | number | boolean | null;

export interface Cell {
  value: CellValue;
  /** The formula without the leading `=`, when the cell has one. */
  formula?: string;
  /** The number format code, when not General. */
  format?: string;
  /** True when the cell holds an error value (#REF!, #DIV/0!...); `value` is then the error text. */
  error?: boolean;
}

/** One sheet: a dense, row-major block anchored at A1, plus its merged areas. */
export interface Grid {
  name: string;
  rowCount: number;
  colCount: number;
  /** cells[row][col], 0-based; a missing entry is an empty cell. */
  cells: (Cell | undefined)[][];
  merges: Area[];
  /** Sheet-level hints a host could read (hidden state, frozen panes); optional. */
  hidden?: boolean;
}

export interface Workbook {
  /** The file name as the user knows it (no directories). */
  name: string;
  sheets: Grid[];
}

export function createGrid(name: string, rowCount: number, colCount: number): Grid {
  const cells: (Cell | undefined)[][] = [];
  for (let r = 0; r < rowCount; r++) cells.push(new Array<Cell | undefined>(colCount));
  return { name, rowCount, colCount, cells, merges: [] };
}

export function getCell(grid: Grid, row: number, col: number): Cell | undefined {
  if (row < 0 || col < 0 || row >= grid.rowCount || col >= grid.colCount) return undefined;
  return grid.cells[row]?.[col];
}

export function setCell(grid: Grid, row: number, col: number, cell: Cell): void {
  while (grid.rowCount <= row) {
    grid.cells.push(new Array<Cell | undefined>(grid.colCount));
    grid.rowCount++;
  }
  if (col >= grid.colCount) {
    grid.colCount = col + 1;
  }
  grid.cells[row][col] = cell;
}

/** The cell's text as a user would read it: strings as they are, numbers in plain decimal. */
export function cellText(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return "";
  const v = cell.value;
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatPlainNumber(v);
  return v ? "TRUE" : "FALSE";
}

/** A number written without exponent and without floating-point residue (0.1+0.2 → "0.3"). */
export function formatPlainNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  // whole numbers under 15 digits are written exactly as they are (most cells: counts, money)
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const rounded = Number(n.toPrecision(15));
  if (Math.abs(rounded) >= 1e21 || (Math.abs(rounded) < 1e-6 && rounded !== 0)) {
    return rounded.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
  }
  return String(rounded);
}

/**
 * Resolves merged areas: the merge that covers (row, col), if any. Built once per grid because
 * detection asks this for every cell.
 */
export class MergeIndex {
  private readonly byRow = new Map<number, Area[]>();
  /**
   * Per column, the last row a merged area covers there. Most columns of a table are merged in its
   * title and header rows only: below that row, the answer for the column needs no look-up.
   */
  private readonly lastMergedRow: number[] = [];

  constructor(merges: readonly Area[]) {
    for (const area of merges) {
      for (let r = area.top; r <= area.bottom; r++) {
        const list = this.byRow.get(r);
        if (list) list.push(area);
        else this.byRow.set(r, [area]);
      }
      for (let c = area.left; c <= area.right; c++)
        this.lastMergedRow[c] = Math.max(this.lastMergedRow[c] ?? -1, area.bottom);
    }
  }

  areaAt(row: number, col: number): Area | undefined {
    const last = this.lastMergedRow[col];
    if (last === undefined || row > last) return undefined;
    const list = this.byRow.get(row);
    if (!list) return undefined;
    for (const area of list) if (areaContains(area, row, col)) return area;
    return undefined;
  }
}

/**
 * The value a reader sees at (row, col): a merged area shows its top-left cell's value in every cell
 * it covers. This is how a 目标任务 merged over four rows applies to each of them.
 */
export function effectiveCell(
  grid: Grid,
  merges: MergeIndex,
  row: number,
  col: number
): Cell | undefined {
  const area = merges.areaAt(row, col);
  if (area) return getCell(grid, area.top, area.left);
  return getCell(grid, row, col);
}
