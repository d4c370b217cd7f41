import { Area, Cell, Grid, Workbook, createGrid, parseAreaAddress, setCell } from '../../src/core/grid';

/** A cell as a test writes it: a value, or a value with a formula or number format. */
export type CellSpec = string | number | boolean | null | { v: string | number | null; f?: string; z?: string };

export interface LedgerSpec {
  sheet?: string;
  /** Title rows above the header (each one text merged across the table). */
  title?: string | string[];
  /** One header row, or two (group headers above sub-headers). */
  headers: string[] | string[][];
  rows: CellSpec[][];
  /** Extra merged areas in A1 form ('A5:A6'). */
  merges?: string[];
}

function toCell(spec: CellSpec): Cell | undefined {
  if (spec === null || spec === '') return undefined;
  if (typeof spec === 'object') {
    const cell: Cell = { value: spec.v };
    if (spec.f) cell.formula = spec.f.replace(/^=/, '');
    if (spec.z) cell.format = spec.z;
    return cell;
  }
  return { value: spec };
}

/** A sheet laid out as staff lay out ledgers: title rows, header rows, then the rows given. */
export function ledgerGrid(spec: LedgerSpec): Grid {
  const grid = createGrid(spec.sheet ?? '台账', 0, 0);
  const titles = spec.title === undefined ? [] : Array.isArray(spec.title) ? spec.title : [spec.title];
  const headerRows = Array.isArray(spec.headers[0]) ? (spec.headers as string[][]) : [spec.headers as string[]];
  const width = Math.max(...headerRows.map((h) => h.length), ...spec.rows.map((r) => r.length));
  let row = 0;
  const merges: Area[] = [];
  for (const title of titles) {
    setCell(grid, row, 0, { value: title });
    merges.push({ top: row, left: 0, bottom: row, right: width - 1 });
    row++;
  }
  for (const header of headerRows) {
    header.forEach((text, col) => text && setCell(grid, row, col, { value: text }));
    row++;
  }
  for (const cells of spec.rows) {
    cells.forEach((cellSpec, col) => {
      const cell = toCell(cellSpec);
      if (cell) setCell(grid, row, col, cell);
    });
    row++;
  }
  while (grid.colCount < width) grid.colCount++;
  for (const r of grid.cells) r.length = grid.colCount;
  grid.merges = [...merges, ...(spec.merges ?? []).map(parseAreaAddress)];
  return grid;
}

export function ledger(spec: LedgerSpec, name = 'ledger.xlsx'): Workbook {
  return { name, sheets: [ledgerGrid(spec)] };
}
