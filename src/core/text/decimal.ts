/**
 * Exact decimal scaling for figures. `1.9万` must be exactly 19000 and `2.2亿` exactly 220000000, which
 * float multiplication does not guarantee (2.2 * 1e8 = 220000000.00000003), so the decimal point is
 * moved in the digit string and the result converted once.
 */

/** Powers beyond this overflow or underflow a double anyway; padding strings that long is waste. */
const MAX_STRING_SHIFT = 400;

/** True for a plain decimal literal: optional sign, digits, optional point and digits (`12`, `-0.5`). */
export function isDecimalLiteral(text: string): boolean {
  let i = text[0] === "-" || text[0] === "+" ? 1 : 0;
  const digitsStart = i;
  while (i < text.length && isAsciiDigit(text[i])) i++;
  if (i === digitsStart) return false;
  if (i === text.length) return true;
  if (text[i] !== ".") return false;
  i++;
  const fractionStart = i;
  while (i < text.length && isAsciiDigit(text[i])) i++;
  return i > fractionStart && i === text.length;
}

/** isAsciiDigit for a character code (NaN, as charCodeAt gives past the end, is none). */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && ch >= "0" && ch <= "9";
}

/**
 * The value of decimal literal `digits` times 10^power10, computed exactly on the string
 * (`scaleDecimal('2.2', 8)` → 220000000, `scaleDecimal('4.73', 4)` → 47300). NaN when `digits` is not a
 * decimal literal.
 */
export function scaleDecimal(digits: string, power10: number): number {
  if (!isDecimalLiteral(digits) || !Number.isInteger(power10)) return Number.NaN;
  if (power10 === 0) return Number(digits);
  if (Math.abs(power10) > MAX_STRING_SHIFT) return Number(digits) * 10 ** power10;
  const negative = digits[0] === "-";
  const unsigned = digits[0] === "-" || digits[0] === "+" ? digits.slice(1) : digits;
  const point = unsigned.indexOf(".");
  let integer = point < 0 ? unsigned : unsigned.slice(0, point);
  let fraction = point < 0 ? "" : unsigned.slice(point + 1);
  if (power10 >= 0) {
    const moved = fraction.slice(0, power10);
    integer += moved + "0".repeat(power10 - moved.length);
    fraction = fraction.slice(moved.length);
  } else {
    const shift = -power10;
    const padded = integer.length < shift ? "0".repeat(shift - integer.length) + integer : integer;
    fraction = padded.slice(padded.length - shift) + fraction;
    integer = padded.slice(0, padded.length - shift);
  }
  const literal = (integer === "" ? "0" : integer) + (fraction === "" ? "" : "." + fraction);
  const value = Number(literal);
  return negative ? -value : value;
}

/** `n` written out in positional notation, never with an exponent (1e21 → '1000000000000000000000'). */
export function toPlainDecimal(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const shortest = String(n);
  const exponentAt = shortest.indexOf("e");
  if (exponentAt < 0) return shortest;
  const negative = shortest[0] === "-";
  const mantissa = shortest.slice(negative ? 1 : 0, exponentAt);
  const exponent = Number(shortest.slice(exponentAt + 1));
  const point = mantissa.indexOf(".");
  const mantissaDigits =
    point < 0 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  const integerLength = (point < 0 ? mantissa.length : point) + exponent;
  let plain: string;
  if (integerLength <= 0) plain = "0." + "0".repeat(-integerLength) + mantissaDigits;
  else if (integerLength >= mantissaDigits.length)
    plain = mantissaDigits + "0".repeat(integerLength - mantissaDigits.length);
  else plain = mantissaDigits.slice(0, integerLength) + "." + mantissaDigits.slice(integerLength);
  return (negative ? "-" : "") + plain;
}

/** `value` × 10^power10 without float error, for unit conversion (2.2 万元 → 22000 元). */
export function shiftDecimal(value: number, power10: number): number {
  if (!Number.isFinite(value)) return value;
  return scaleDecimal(toPlainDecimal(value), power10);
}

/** A value rounded to `decimals` places (0.24657 → 0.2466 at 4), for figures shown to people. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
