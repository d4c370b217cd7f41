/**
 * Chinese numerals as ledgers write them: 三, 十二, 一百零五, 两千, 一万二 (colloquial for 12000),
 * 二〇二三 (a year read digit by digit).
 */

import { CodeSet } from "./codeSet";

const DIGIT_VALUES = new Map<string, number>([
  ["零", 0],
  ["〇", 0],
  ["一", 1],
  ["二", 2],
  ["两", 2],
  ["三", 3],
  ["四", 4],
  ["五", 5],
  ["六", 6],
  ["七", 7],
  ["八", 8],
  ["九", 9],
]);

const SMALL_UNIT_VALUES = new Map<string, number>([
  ["十", 10],
  ["百", 100],
  ["千", 1000],
]);
const SECTION_UNIT_VALUES = new Map<string, number>([
  ["万", 1e4],
  ["亿", 1e8],
]);
const NUMERAL_CHARS = new Set([
  ...DIGIT_VALUES.keys(),
  ...SMALL_UNIT_VALUES.keys(),
  ...SECTION_UNIT_VALUES.keys(),
]);

/** 0–9 for 零〇一二两三四五六七八九, otherwise null. */
export function chineseDigitValue(ch: string): number | null {
  return DIGIT_VALUES.get(ch) ?? null;
}

/** NUMERAL_CHARS by character code, so scanners test a code without making a one-character string. */
const NUMERAL_CODES = new CodeSet(NUMERAL_CHARS);

/** Any character that can be part of a Chinese numeral, units 十百千万亿 included. */
export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isChineseNumeralCode(ch.charCodeAt(0));
}

/** isChineseNumeralChar for a character code (NaN, as charCodeAt gives past the end, is none). */
export function isChineseNumeralCode(code: number): boolean {
  return NUMERAL_CODES.has(code);
}

/**
 * 二〇二三 → 2023: digits only, no units, 两 excluded (it is never read so). Two digits without a zero
 * are the colloquial "three or five" (三五个), not 35.
 */
function parseDigitByDigit(text: string): number | null {
  if (text.length < 2 || (text.length === 2 && !text.includes("〇") && !text.includes("零")))
    return null;
  let value = 0;
  for (const ch of text) {
    const digit = chineseDigitValue(ch);
    if (digit === null || ch === "两") return null;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The value of a Chinese numeral, or null when `text` is not one. A bare digit after a unit means the
 * next lower unit (一万二 → 12000, 三千五 → 3500); after 零 it is a plain digit (一百零五 → 105).
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  if (text.length === 1) {
    if (text === "十") return 10;
    return chineseDigitValue(text);
  }
  const digitByDigit = parseDigitByDigit(text);
  if (digitByDigit !== null) return digitByDigit;

  let total = 0; // whole 亿 sections
  let section = 0; // the 万 part below the current 亿
  let small = 0; // below 万
  let digit: number | null = null;
  let lastUnit = 0; // the most recent unit's value, for the colloquial trailing digit
  let lastSmallUnit = 1e4; // small units must fall within a section: 千 before 百 before 十
  let afterZero = false;
  let seenAnything = false;

  for (const ch of text) {
    const digitValue = chineseDigitValue(ch);
    if (digitValue === 0) {
      if (digit !== null || !seenAnything) return null;
      afterZero = true;
      continue;
    }
    if (digitValue !== null) {
      if (digit !== null) return null;
      digit = digitValue;
      seenAnything = true;
      continue;
    }
    const smallUnit = SMALL_UNIT_VALUES.get(ch);
    if (smallUnit !== undefined) {
      if (smallUnit >= lastSmallUnit) return null;
      let multiplier = digit;
      if (multiplier === null) {
        // Only 十 may stand without a digit (十二, 十万); 百/千 alone are words (百姓, 千家万户).
        if (smallUnit !== 10 || small !== 0 || afterZero) return null;
        multiplier = 1;
      }
      small += multiplier * smallUnit;
      lastSmallUnit = smallUnit;
      lastUnit = smallUnit;
      digit = null;
      afterZero = false;
      seenAnything = true;
      continue;
    }
    const sectionUnit = SECTION_UNIT_VALUES.get(ch);
    if (sectionUnit === undefined) return null;
    const below = small + (digit ?? 0);
    if (sectionUnit === 1e8) {
      // 一万亿 is fine, 一亿亿 is not.
      if (total !== 0 || below + section === 0) return null;
      total = (section + below) * 1e8;
      section = 0;
    } else {
      if (section !== 0 || below === 0) return null;
      section = below * 1e4;
    }
    small = 0;
    digit = null;
    afterZero = false;
    lastSmallUnit = 1e4;
    lastUnit = sectionUnit;
    seenAnything = true;
  }
  if (!seenAnything) return null;
  let trailing = 0;
  if (digit !== null) trailing = afterZero || lastUnit === 0 ? digit : (digit * lastUnit) / 10;
  return total + section + small + trailing;
}

const DIGIT_CHARS = "〇一二三四五六七八九";

/**
 * A whole number 0–99 as ledgers write months and quarters (三, 十, 十二, 二十一); a longer number
 * digit by digit, as years are (二〇二五).
 */
export function chineseNumeral(n: number): string {
  if (n >= 100) return [...String(n)].map((d) => DIGIT_CHARS[Number(d)]).join("");
  if (n < 10) return DIGIT_CHARS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGIT_CHARS[tens]}十${ones === 0 ? "" : DIGIT_CHARS[ones]}`;
}
