/** The figure a cell holds, and the decimals it shows: what sums and rates are compared by. */

import { Cell } from "./grid";
import { memoizeByText } from "../text/memo";
import { toHalfWidth } from "../text/normalize";

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
