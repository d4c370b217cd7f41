import { Cell, getCell } from "../grid";
import { DetectedTable } from "../detect/types";
import { NUMERIC_ROLES } from "../detect/roles";
import { memoizeByText } from "../text/memo";
import { compactText, toHalfWidth } from "../text/normalize";
import { TableModel } from "../model/workbookModel";

/** A figure read from a cell, and whether it was stored as a number or as text. */
export interface CellNumber {
  value: number;
  stored: "number" | "text";
}

/** Digits only, with an optional sign, thousands separators and decimals: `50`, `1,057`, `-3.5`. */
const PURE_NUMBER = /^[+\-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * The number a cell holds: a number, or text that is nothing but a number (`"50"`, `"1,057"`,
 * `"１２０"`). Not `50万` or `五十`, whose scale a figure column's unit (万元) may already carry.
 */
export function cellNumber(cell: Cell | undefined): CellNumber | null {
  if (!cell || cell.error) return null;
  if (typeof cell.value === "number") {
    return Number.isFinite(cell.value) ? { value: cell.value, stored: "number" } : null;
  }
  if (typeof cell.value !== "string") return null;
  const text = toHalfWidth(cell.value).trim().replace("−", "-");
  if (!PURE_NUMBER.test(text)) return null;
  return { value: Number(text.replace(/,/g, "")), stored: "text" };
}

/** Decimal places a number shows: from its number format when it has one (`0.00` → 2), else its digits. */
export function decimalsShown(value: number, format?: string): number {
  if (format) {
    const decimals = formatDecimals(format);
    if (decimals !== null) return decimals;
  }
  if (Number.isInteger(value)) return 0;
  const text = String(Number(value.toPrecision(15)));
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Decimal places a number format fixes (`0.00` → 2, `#,##0` → 0), or null when it fixes none. */
const formatDecimals: (format: string) => number | null = memoizeByText((format) => {
  const m = /0\.(0+)/.exec(format);
  if (m) return m[1].length;
  return /^[#,]*0(;|$)/.test(format) ? 0 : null;
});

/**
 * The tolerance for comparing a stated sum with its parts: the table's own rounding (the decimals
 * its figures show) or the configured money tolerance, whichever is larger, plus floating-point slack.
 */
export function sumTolerance(cells: (Cell | undefined)[], configured: number): number {
  let decimals = 0;
  for (const cell of cells) {
    if (cell && typeof cell.value === "number")
      decimals = Math.max(decimals, decimalsShown(cell.value, cell.format));
  }
  return Math.max(configured, decimals > 0 ? 10 ** -decimals : 0) + 1e-9;
}

/** Columns of a table that hold figures: investment, funding, target/actual values and rates. */
export function numericColumns(table: DetectedTable): number[] {
  const cols = new Set<number>(table.fundingColumns);
  for (const [role, col] of table.roleColumns) if (NUMERIC_ROLES.has(role)) cols.add(col);
  return [...cols].sort((a, b) => a - b);
}

export function cellAt(model: TableModel, row: number, col: number): Cell | undefined {
  return getCell(model.grid, row, col);
}

export function rowsOfKind(
  table: DetectedTable,
  kind: "totals" | "subtotal" | "category"
): number[] {
  return [...table.rowKinds]
    .filter(([, k]) => k === kind)
    .map(([r]) => r)
    .sort((a, b) => a - b);
}

/** The header a column shows, compacted, for messages (`县财政\n统  筹` → `县财政统筹`). */
export function columnLabel(table: DetectedTable, col: number): string {
  return compactText(table.columns.find((c) => c.col === col)?.header ?? "");
}
