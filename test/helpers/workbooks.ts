import * as path from 'node:path';
import * as XLSX from 'xlsx';
import * as iconv from 'iconv-lite';
import { Area, Cell, Grid, Workbook, cellText, parseCellAddress } from '../../src/core/grid';
import { readWorkbookFile } from '../../src/hosts/file/node';

/** The five familiar workbooks live beside the project, never inside it. */
export const SHARED_WORKBOOKS = path.resolve(__dirname, '..', '..', '..', 'shared', 'workbooks');

export const WORKBOOK_FILES = {
  lianshui: 'lianshui-2024-projects.xlsx',
  lanling: 'lanling-2023-h1-progress.xlsx',
  linyi: 'linyi-2022-dec-progress.xlsx',
  shanting: 'shanting-2025-q1-ledger.xlsx',
  tancheng: 'tancheng-2024-2026-decomposition.xlsx',
} as const;

export type WorkbookName = keyof typeof WORKBOOK_FILES;

export function sharedPath(name: WorkbookName): string {
  return path.join(SHARED_WORKBOOKS, WORKBOOK_FILES[name]);
}

export function readShared(name: WorkbookName): Workbook {
  return readWorkbookFile(sharedPath(name));
}

/** The text of every cell that holds text, in all five workbooks. */
export function sharedTexts(): string[] {
  const texts: string[] = [];
  for (const name of Object.keys(WORKBOOK_FILES) as WorkbookName[])
    for (const grid of readShared(name).sheets)
      for (const row of grid.cells) for (const cell of row) if (typeof cell?.value === 'string') texts.push(cell.value);
  return texts;
}

function cloneGrid(grid: Grid): Grid {
  return {
    ...grid,
    cells: grid.cells.map((row) => row.map((cell) => (cell ? { ...cell } : undefined))),
    merges: grid.merges.map((m) => ({ ...m })),
  };
}

/** The sheet with one row removed, as when staff delete the title row. */
export function deleteRow(grid: Grid, row: number): Grid {
  const copy = cloneGrid(grid);
  copy.cells.splice(row, 1);
  copy.rowCount--;
  copy.merges = copy.merges
    .filter((m) => !(m.top === row && m.bottom === row))
    .map((m): Area => ({
      ...m,
      top: m.top > row ? m.top - 1 : m.top,
      bottom: m.bottom >= row ? m.bottom - 1 : m.bottom,
    }));
  return copy;
}

/** The sheet with an empty column inserted before `col`. */
export function insertColumn(grid: Grid, col: number): Grid {
  const copy = cloneGrid(grid);
  for (const row of copy.cells) row.splice(col, 0, undefined);
  copy.colCount++;
  copy.merges = copy.merges.map((m) => ({
    ...m,
    left: m.left >= col ? m.left + 1 : m.left,
    right: m.right >= col ? m.right + 1 : m.right,
  }));
  return copy;
}

/** The sheet with one header text replaced by a synonym staff use. */
export function replaceCellText(grid: Grid, from: string, to: string): Grid {
  const copy = cloneGrid(grid);
  let replaced = 0;
  for (const row of copy.cells) {
    for (const cell of row) {
      if (cell && cellText(cell) === from) {
        cell.value = to;
        replaced++;
      }
    }
  }
  if (replaced === 0) throw new Error(`no cell reads "${from}"`);
  return copy;
}

function gridToSheet(grid: Grid): XLSX.WorkSheet {
  const rows = grid.cells.map((row) => Array.from({ length: grid.colCount }, (_, c) => row[c]?.value ?? null));
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!merges'] = grid.merges.map((m) => ({ s: { r: m.top, c: m.left }, e: { r: m.bottom, c: m.right } }));
  return sheet;
}

/** Writes grids as a real file of the given type, to read back through the file host. */
export function writeGrids(grids: Grid[], bookType: 'xlsx' | 'biff8' | 'csv-utf8' | 'csv-gbk'): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const grid of grids) XLSX.utils.book_append_sheet(book, gridToSheet(grid), grid.name);
  if (bookType === 'csv-utf8' || bookType === 'csv-gbk') {
    const text = XLSX.utils.sheet_to_csv(book.Sheets[book.SheetNames[0]]);
    return bookType === 'csv-gbk' ? new Uint8Array(iconv.encode(text, 'gbk')) : new TextEncoder().encode(text);
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
}

/** One of the five workbooks with one cell's text changed, as a planted defect. */
export function planted(name: WorkbookName, a1: string, change: (text: string) => string): Workbook {
  const workbook = readShared(name);
  const grid = workbook.sheets[0];
  const { row, col } = parseCellAddress(a1);
  const cell = grid.cells[row][col];
  if (!cell || typeof cell.value !== 'string') throw new Error(`${name} ${a1} holds no text`);
  const text = change(cell.value);
  if (text === cell.value) throw new Error(`${name} ${a1}: the change did nothing`);
  grid.cells[row][col] = { ...cell, value: text };
  return workbook;
}

/** One of the five workbooks with one cell replaced (a number, text, or a formula cell). */
export function plantedCell(name: WorkbookName, a1: string, cell: Cell | number | string): Workbook {
  const workbook = readShared(name);
  const grid = workbook.sheets[0];
  const { row, col } = parseCellAddress(a1);
  grid.cells[row][col] = typeof cell === 'object' ? cell : { value: cell };
  return workbook;
}
