/**
 * What Excel makes of a value written through `Range.values` / `Range.formulas`: a string starting
 * with `=`, `+` or `-` is a formula (unless the cell is formatted as text `@` or the string starts
 * with an apostrophe, which Excel drops in any cell), numeric text becomes a number, `50%` a percentage, `TRUE` a boolean, an ISO
 * date a date serial. Formulas are evaluated once, when written (SUM, a reference, a number);
 * anything else evaluates to #NAME?.
 */
import { parseAreaAddress } from '../../src/core/grid';
import { CellValue, SheetState } from './workbookState';

export interface WrittenCell {
  value: CellValue;
  formula?: string;
  error?: boolean;
  /** A number format Excel gives the cell along with the value (a percentage, a date), when it had General. */
  impliedFormat?: string;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?(?:[eE][+-]?\d+)?$|^[+-]?\.\d+(?:[eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))%$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

function dateSerial(y: number, m: number, d: number): number | null {
  const ms = Date.UTC(y, m - 1, d);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return Math.round((ms - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function numericText(text: string): number | null {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t.replace(/,/g, '')) : null;
}

/** Evaluates the few formulas the simulator understands against the sheet as it stands. */
export function evaluateFormula(formula: string, sheet: SheetState): { value: CellValue; error?: boolean } {
  const body = formula.replace(/^=/, '').trim();
  const cellValue = (row: number, col: number): CellValue => sheet.cells[row]?.[col]?.value ?? null;
  const sumOf = (arg: string): number | null => {
    const n = numericText(arg);
    if (n !== null) return n;
    let area;
    try {
      area = parseAreaAddress(arg.replace(/\$/g, ''));
    } catch {
      return null;
    }
    let sum = 0;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const v = cellValue(r, c);
        if (typeof v === 'number') sum += v;
      }
    }
    return sum;
  };
  const sum = /^SUM\((.*)\)$/i.exec(body);
  if (sum) {
    let total = 0;
    for (const arg of sum[1].split(',')) {
      const part = sumOf(arg.trim());
      if (part === null) return { value: '#NAME?', error: true };
      total += part;
    }
    return { value: Number(total.toPrecision(15)) };
  }
  const n = numericText(body);
  if (n !== null) return { value: n };
  if (/^\$?[A-Z]{1,3}\$?\d+$/i.test(body)) {
    const { top, left } = parseAreaAddress(body.replace(/\$/g, ''));
    const v = cellValue(top, left);
    return { value: v === null ? 0 : v };
  }
  return { value: '#NAME?', error: true };
}

export class InvalidValueError extends Error {}

/**
 * The cell a value written through `values` (or `formulas`, which reads a leading `=` the same way)
 * leaves, given the cell's number format at the time; 'unchanged' for null, which leaves a cell as it is.
 */
export function interpretInput(input: unknown, numberFormat: string | undefined, sheet: SheetState): WrittenCell | 'unchanged' {
  if (input === null || input === undefined) return 'unchanged';
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new InvalidValueError(`not a finite number: ${input}`);
    return { value: input };
  }
  if (typeof input === 'boolean') return { value: input };
  if (typeof input !== 'string') throw new InvalidValueError(`not a cell value: ${JSON.stringify(input)}`);
  if (input === '') return { value: null };
  // a leading apostrophe marks text whatever the cell's format, and is not part of it
  if (input.startsWith("'")) return input.length === 1 ? { value: null } : { value: input.slice(1) };
  if (numberFormat === '@') return { value: input };
  const number = numericText(input);
  if (number !== null) return { value: number };
  if (input.startsWith('=') || input.startsWith('+') || input.startsWith('-')) {
    const formula = input.startsWith('=') ? input : `=${input}`;
    return { formula, ...evaluateFormula(formula, sheet) };
  }
  const percent = PERCENT.exec(input.trim());
  if (percent) {
    const decimals = percent[1].split('.')[1]?.length ?? 0;
    return { value: Number((Number(percent[1]) / 100).toPrecision(15)), impliedFormat: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%' };
  }
  if (/^(true|false)$/i.test(input.trim())) return { value: input.trim().toLowerCase() === 'true' };
  const date = ISO_DATE.exec(input.trim());
  if (date) {
    const serial = dateSerial(Number(date[1]), Number(date[2]), Number(date[3]));
    if (serial !== null) return { value: serial, impliedFormat: 'yyyy/m/d' };
  }
  return { value: input };
}
