/**
 * A1 addresses as Excel's JavaScript API takes and gives them: cells (`A1`), areas (`A1:C9`), whole
 * columns (`O:O`) and whole rows (`5:5`), optionally with a sheet (`Sheet1!A1`, `'工作 表'!A1`).
 * Pure TypeScript: the simulator also runs in a browser.
 */
import { Area, areaAddress, columnIndex, columnLetter } from '../../src/core/grid';

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface SheetArea {
  /** The sheet named in the address, when it named one. */
  sheet?: string;
  area: Area;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function part(text: string): { row?: number; col?: number } {
  const cell = CELL.exec(text);
  if (cell) return { row: Number(cell[2]) - 1, col: columnIndex(cell[1]) };
  const column = COLUMN.exec(text);
  if (column) return { col: columnIndex(column[1]) };
  const row = ROW.exec(text);
  if (row) return { row: Number(row[1]) - 1 };
  throw new RangeError(`not an address: ${text}`);
}

/** Splits `'Sheet 1'!A1:B2` into the sheet name and the address on it. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1).trim() };
}

/** Parses an address; throws a RangeError for anything else (a list, a name, R1C1). */
export function parseAddress(address: string): SheetArea {
  const { sheet, local } = splitSheet(address);
  if (local.includes(',') || local.includes(' ')) throw new RangeError(`not one area: ${address}`);
  const [first, second] = local.split(':');
  const a = part(first);
  const b = second === undefined ? a : part(second);
  const wholeColumns = a.row === undefined && b.row === undefined;
  const wholeRows = a.col === undefined && b.col === undefined;
  if (second === undefined && (wholeColumns || wholeRows)) throw new RangeError(`not an address: ${address}`);
  if ((a.row === undefined) !== (b.row === undefined) || (a.col === undefined) !== (b.col === undefined)) {
    throw new RangeError(`not an address: ${address}`);
  }
  const top = wholeColumns ? 0 : Math.min(a.row!, b.row!);
  const bottom = wholeColumns ? MAX_ROWS - 1 : Math.max(a.row!, b.row!);
  const left = wholeRows ? 0 : Math.min(a.col!, b.col!);
  const right = wholeRows ? MAX_COLS - 1 : Math.max(a.col!, b.col!);
  if (bottom >= MAX_ROWS || right >= MAX_COLS) throw new RangeError(`outside the sheet: ${address}`);
  return { sheet, area: { top, left, bottom, right } };
}

/** How Excel writes a sheet name in an address: quoted when it holds anything but letters, digits, `_`, `.`. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** An area as Excel writes it: `O:O` for whole columns, `5:5` for whole rows, else `A1` or `A1:C9`. */
export function localAddress(area: Area): string {
  if (area.top === 0 && area.bottom === MAX_ROWS - 1) return `${columnLetter(area.left)}:${columnLetter(area.right)}`;
  if (area.left === 0 && area.right === MAX_COLS - 1) return `${area.top + 1}:${area.bottom + 1}`;
  return areaAddress(area);
}

export function fullAddress(sheet: string, area: Area): string {
  return `${quoteSheet(sheet)}!${localAddress(area)}`;
}

export function cellCount(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

export function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function intersection(a: Area, b: Area): Area | null {
  const area = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return area.top <= area.bottom && area.left <= area.right ? area : null;
}

export function contains(outer: Area, inner: Area): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

/** `a` without `b`: up to four rectangles. */
export function subtract(a: Area, b: Area): Area[] {
  const cut = intersection(a, b);
  if (!cut) return [a];
  const parts: Area[] = [];
  if (a.top < cut.top) parts.push({ ...a, bottom: cut.top - 1 });
  if (cut.bottom < a.bottom) parts.push({ ...a, top: cut.bottom + 1 });
  if (a.left < cut.left) parts.push({ top: cut.top, bottom: cut.bottom, left: a.left, right: cut.left - 1 });
  if (cut.right < a.right) parts.push({ top: cut.top, bottom: cut.bottom, left: cut.right + 1, right: a.right });
  return parts;
}
