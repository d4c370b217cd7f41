/**
 * Dates and periods as ledgers write them (`2023年12月`, `12月底前`, `三、四季度`, `1-6月份`, `5月底前动工`),
 * resolved against the plan year when a phrase names none, plus the calendar helpers 序时进度 needs.
 */

import { CodeSet, WordIndex } from "./codeSet";
import { isDigitCode } from "./decimal";
import { toHalfWidth } from "./normalize";
import { isChineseNumeralCode, parseChineseNumeral } from "./numerals";
import { matchUnitAt } from "./units";
import { DOT, isSpaceOrTab, isAsciiLetterCode } from "./charCodes";
import {
  DEADLINE_PREFIX_WORDS,
  DEADLINE_SUFFIX_WORDS,
  DEADLINE_WORDS,
  HALF_YEAR_WORDS,
  MONTH_PARTS,
  NEXT_YEAR_WORDS,
  THIS_YEAR_WORDS,
} from "../vocabulary/periods";
import { FINISH_ACTION_WORDS, START_ACTION_WORDS } from "../vocabulary/stages";

export interface PeriodContext {
  /** The plan year from the sheet, used when a phrase names no year. */
  year: number;
}

export type PeriodKind =
  | "day"
  | "dayRange"
  | "month"
  | "monthRange"
  | "monthPart"
  | "quarter"
  | "quarterRange"
  | "half"
  | "year"
  | "yearRange";

export type PeriodAction = "start" | "finish";

export interface Period {
  /** ISO YYYY-MM-DD, inclusive. For a deadline, 1 January of the period's first year. */
  start: string;
  /** ISO YYYY-MM-DD, inclusive. */
  end: string;
  /** The period the phrase names; a deadline keeps the kind of the period it falls in (`6月底前` → monthPart). */
  kind: PeriodKind;
  /** The phrase says "by": 前/之前/以前/底前/年内/截至/截止/不晚于/最迟. */
  deadline: boolean;
  action?: PeriodAction;
  /** The phrase itself named a year. */
  explicitYear: boolean;
  /** The matched phrase (prefix and 前-like suffix included, the action word not). */
  text: string;
  startOffset: number;
  endOffset: number;
}

/** A phrase shaped like a date that names no real day (`2023年13月`, `2月30日`). */
export interface NotADate {
  invalid: true;
  text: string;
  /** In Chinese, for the report: `月份 13 不存在`. */
  reason: string;
  startOffset: number;
  endOffset: number;
}

// ---------------------------------------------------------------------------------------------------
// Calendar

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`; 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `00`…`99`: a month or a day is written without making a string to pad. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, "0"));

function pad(n: number, width: number): string {
  if (width === 2 && Number.isInteger(n) && n >= 0 && n < 100) return TWO_DIGITS[n];
  return String(n).padStart(width, "0");
}

/** Dates already written, by day: periods name the same few days (quarter ends, year ends) over and over. */
const isoDates = new Map<number, string>();
const MAX_ISO_DATES = 4096;

export function isoDate(year: number, month: number, day: number): string {
  const plain =
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 0 &&
    year < 10000 &&
    month >= 0 &&
    month < 100 &&
    day >= 0 &&
    day < 100;
  if (!plain) return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  const key = (year * 100 + month) * 100 + day;
  let text = isoDates.get(key);
  if (text === undefined) {
    text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    if (isoDates.size >= MAX_ISO_DATES) isoDates.clear();
    isoDates.set(key, text);
  }
  return text;
}

export interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

/** `YYYY-MM-DD` naming a real day → its parts; anything else → null. */
export function parseIsoDate(text: string): CalendarDate | null {
  if (text.length !== 10 || text[4] !== "-" || text[7] !== "-") return null;
  const y = digitsValue(text, 0, 4);
  const m = digitsValue(text, 5, 7);
  const d = digitsValue(text, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

const DIGIT_ZERO = 0x30;

/** The value of the ASCII digits text[from, to); -1 when another character stands there. */
function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!isDigitCode(code)) return -1;
    value = value * 10 + (code - DIGIT_ZERO);
  }
  return value;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function dayNumber(y: number, m: number, d: number): number {
  const yearFromMarch = m <= 2 ? y - 1 : y;
  const era = Math.floor(yearFromMarch / 400);
  const yearOfEra = yearFromMarch - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function dateOfDayNumber(days: number): CalendarDate {
  const shifted = days + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const m = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { y: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** The ISO date `days` after `iso` (negative goes back); null when `iso` is not a real date. */
export function addDays(iso: string, days: number): string | null {
  const date = parseIsoDate(iso);
  if (date === null || !Number.isInteger(days)) return null;
  const shifted = dateOfDayNumber(dayNumber(date.y, date.m, date.d) + days);
  return isoDate(shifted.y, shifted.m, shifted.d);
}

/** `to` minus `from` in days (2023-01-01 → 2023-01-02 is 1); null when either is not a real date. */
export function daysBetween(from: string, to: string): number | null {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (a === null || b === null) return null;
  return dayNumber(b.y, b.m, b.d) - dayNumber(a.y, a.m, a.d);
}

// ---------------------------------------------------------------------------------------------------
// Reading phrases. A reader sees the half-width text between two bounds and takes a position; none
// looks further than a bounded distance, so scanning a whole cell stays linear. Characters are compared
// by code: a one-character string made per character read is most of what scanning long cells costs.

/** Scanned text puts a space or two between characters; more than that separates phrases. */
const MAX_SPACES = 2;
/** More items than months in a year is a list of something else. */
const MAX_LIST_ITEMS = 12;

const RANGE_SEPARATORS = "-—–~至到―−";
const LIST_SEPARATORS = "、和及";
const DATE_NUMERAL_CHARS = "〇零一二三四五六七八九十";
/** What a list of months or quarters is written with (`1、2 月`, `第三、第四季度`, `1-6月`). */
const LIST_RUN_CHARS =
  "0123456789" + DATE_NUMERAL_CHARS + RANGE_SEPARATORS + LIST_SEPARATORS + " \t,第";
const CLAUSE_BREAKS = ",;。、\n:!?";

/** The first character of each of `words`. */
function initials(words: readonly string[]): string {
  return words.map((word) => word[0]).join("");
}

const DEADLINE_PREFIXES = new WordIndex(DEADLINE_PREFIX_WORDS, "first");
const DEADLINE_SUFFIXES = new WordIndex(DEADLINE_SUFFIX_WORDS, "first");
const START_ACTIONS = new WordIndex(START_ACTION_WORDS, "first");
const FINISH_ACTIONS = new WordIndex(FINISH_ACTION_WORDS, "first");
const NEXT_YEARS = new WordIndex(NEXT_YEAR_WORDS, "first");
const THIS_YEARS = new WordIndex(THIS_YEAR_WORDS, "first");
/** Every period named by a word (全年, 年内, 年底, 年末, 上半年, 下半年, 今年, 本年) begins with one of these. */
const NAMED_PERIOD_INITIALS = new CodeSet("全年上下" + initials(THIS_YEAR_WORDS));
/** How far after a phrase its action word may stand (`6月底前全面完成`). */
const MAX_ACTION_GAP = 2;

const RANGE_SEPARATOR_CODES = new CodeSet(RANGE_SEPARATORS);
/** Dashes a range separator may repeat (`——`). */
const DASH_CODES = new CodeSet("-—–―");
const LIST_SEPARATOR_CODES = new CodeSet(LIST_SEPARATORS);
const DATE_NUMERAL_CODES = new CodeSet(DATE_NUMERAL_CHARS);
const LIST_RUN_CODES = new CodeSet(LIST_RUN_CHARS);
const CLAUSE_BREAK_CODES = new CodeSet(CLAUSE_BREAKS);
/** 万/亿/千/百 after a number make it a quantity. */
const MAGNITUDE_CODES = new CodeSet("万亿千百");

/** Characters a phrase can begin with: numbers, 第, 上/下半年, 全年, 年内/年底, 今年/本年, 截止, 不晚于, 最迟. */
const PHRASE_INITIALS = new CodeSet(
  "0123456789" +
    DATE_NUMERAL_CHARS +
    "第上下全年" +
    initials(THIS_YEAR_WORDS) +
    initials(DEADLINE_PREFIX_WORDS)
);

/** No character: before the start or past the limit of what a reader sees. */
const NONE = -1;
/** What separates the parts of `2023-12-31`, `2023/12/31`, `2023.12.31`. */
const NUMERIC_DATE_SEPARATORS = new CodeSet("-/.");

interface NumberToken {
  value: number;
  end: number;
  /** Characters in the numeral: a year has four. */
  length: number;
}

type Problem = { reason: string; end: number };

interface Span {
  kind: PeriodKind;
  from: CalendarDate;
  to: CalendarDate;
  explicitYear: boolean;
  /** 年内 is a deadline by itself. */
  deadline?: boolean;
  end: number;
}

type Reading = Span | Problem;

function isProblem(reading: Reading): reading is Problem {
  return "reason" in reading;
}

/** A phrase as read at its start: a deadline prefix and a 前-like suffix included in `end`. */
interface Phrase {
  reading: Reading;
  end: number;
  deadline: boolean;
}

function monthProblem(month: number, end: number): Problem | null {
  return month >= 1 && month <= 12 ? null : { reason: `月份 ${month} 不存在`, end };
}

function dayProblem(y: number, m: number, d: number, end: number): Problem | null {
  if (d >= 1 && d <= daysInMonth(y, m)) return null;
  if (m === 2 && d === 29) return { reason: `${y}年不是闰年，2月没有29日`, end };
  if (d < 1 || d > 31) return { reason: `日期 ${d} 不存在`, end };
  return { reason: `${m}月没有${d}日`, end };
}

function monthSpan(y: number, m: number, end: number, explicitYear: boolean): Span {
  return {
    kind: "month",
    from: { y, m, d: 1 },
    to: { y, m, d: daysInMonth(y, m) },
    explicitYear,
    end,
  };
}

function yearSpan(y: number, end: number, explicitYear: boolean, deadline = false): Span {
  const span: Span = {
    kind: "year",
    from: { y, m: 1, d: 1 },
    to: { y, m: 12, d: 31 },
    explicitYear,
    end,
  };
  if (deadline) span.deadline = true;
  return span;
}

/** The first or second half of year `y`. */
function halfSpan(y: number, half: 1 | 2, end: number, explicitYear: boolean): Span {
  const from = half === 1 ? { y, m: 1, d: 1 } : { y, m: 7, d: 1 };
  const to = half === 1 ? { y, m: 6, d: 30 } : { y, m: 12, d: 31 };
  return { kind: "half", from, to, explicitYear, end };
}

/** 年底: read like 12月底, the last third of December. */
function yearEndSpan(y: number, end: number, explicitYear: boolean): Span {
  return {
    kind: "monthPart",
    from: { y, m: 12, d: 21 },
    to: { y, m: 12, d: 31 },
    explicitYear,
    end,
  };
}

function isBefore(a: CalendarDate, b: CalendarDate): boolean {
  return dayNumber(a.y, a.m, a.d) < dayNumber(b.y, b.m, b.d);
}

function monthRange(
  y1: number,
  m1: number,
  y2: number,
  m2: number,
  explicitYear: boolean,
  end: number
): Reading {
  if (y2 < y1 || (y2 === y1 && m2 < m1)) return { reason: `起止月份颠倒：${m1}月至${m2}月`, end };
  return {
    kind: "monthRange",
    from: { y: y1, m: m1, d: 1 },
    to: { y: y2, m: m2, d: daysInMonth(y2, m2) },
    explicitYear,
    end,
  };
}

function dayRange(
  from: CalendarDate,
  to: CalendarDate,
  explicitYear: boolean,
  end: number
): Reading {
  if (isBefore(to, from))
    return { reason: `起止日期颠倒：${from.m}月${from.d}日至${to.m}月${to.d}日`, end };
  return { kind: "dayRange", from, to, explicitYear, end };
}

function yearRange(first: number, last: number, end: number): Reading {
  if (last < first) return { reason: `起止年份颠倒：${first}年至${last}年`, end };
  return {
    kind: "yearRange",
    from: { y: first, m: 1, d: 1 },
    to: { y: last, m: 12, d: 31 },
    explicitYear: true,
    end,
  };
}

/**
 * The grammar of one phrase over the half-width text of a cell, seen between `start` and `limit`:
 * what lies outside reads as nothing, as if the text were cut there.
 */
class PhraseReader {
  /** The last run of list characters measured; every number of a long list starts an attempt. */
  private listRunStart = -1;
  private listRunStop = -1;
  /** The numeral read last: where a phrase begins, its number is tried as a year, quarter and month. */
  private numberAt = -1;
  private number: NumberToken | null = null;

  constructor(
    private readonly src: string,
    private readonly start: number,
    private readonly limit: number
  ) {}

  /** The character code at `i`; -1 past the limit (an integer keeps the arithmetic on integers). */
  private code(i: number): number {
    return i < this.limit ? this.src.charCodeAt(i) : NONE;
  }

  private is(i: number, ch: string): boolean {
    return this.code(i) === ch.charCodeAt(0);
  }

  private startsWith(word: string, p: number): boolean {
    return (
      this.code(p) === word.charCodeAt(0) &&
      p + word.length <= this.limit &&
      this.src.startsWith(word, p)
    );
  }

  private wordAt(p: number, words: WordIndex): string | null {
    for (const word of words.withCode(this.code(p))) if (this.startsWith(word, p)) return word;
    return null;
  }

  private skipSpaces(p: number): number {
    let q = p;
    while (q - p < MAX_SPACES && isSpaceOrTab(this.code(q))) q++;
    return q;
  }

  /** Past a run of range separators (`——`) and the spaces around them; null when none stands at `p`. */
  private skipRangeSeparator(p: number): number | null {
    const q = this.skipSpaces(p);
    if (!RANGE_SEPARATOR_CODES.has(this.code(q))) return null;
    let r = q + 1;
    while (r - q < 3 && DASH_CODES.has(this.code(r))) r++;
    return this.skipSpaces(r);
  }

  /** An Arabic or Chinese numeral of at most six characters at `p` (a longer run is no date part). */
  private readNumber(p: number): NumberToken | null {
    if (p !== this.numberAt) {
      this.number = this.scanNumber(p);
      this.numberAt = p;
    }
    return this.number;
  }

  private scanNumber(p: number): NumberToken | null {
    const end = this.numeralEnd(p);
    const length = end - p;
    if (length === 0 || length > 6) return null;
    const value = isDigitCode(this.code(p))
      ? digitsValue(this.src, p, end)
      : parseChineseNumeral(this.src.slice(p, end));
    return value === null ? null : { value, end, length };
  }

  /** Where the run of Arabic digits, or of Chinese date numerals, at `p` ends; seven at most are read. */
  private numeralEnd(p: number): number {
    const arabic = isDigitCode(this.code(p));
    let q = p;
    while (
      q - p <= 6 &&
      (arabic ? isDigitCode(this.code(q)) : DATE_NUMERAL_CODES.has(this.code(q)))
    )
      q++;
    return q;
  }

  private readYear(p: number): NumberToken | null {
    const token = this.readNumber(p);
    return token !== null && token.length === 4 && token.value >= 1900 && token.value <= 2199
      ? token
      : null;
  }

  /** A month, day or quarter number: one or two Arabic digits, or a short Chinese numeral. */
  private readSmallNumber(p: number): NumberToken | null {
    const token = this.readNumber(p);
    if (token === null) return null;
    if (isDigitCode(this.code(p)) ? token.length > 2 : token.length > 3 || token.value > 99)
      return null;
    return token;
  }

  /** A unit or 万/亿 after a number makes it a quantity (`2023.5万元`), not a date. */
  private followsAsQuantity(p: number): boolean {
    const q = this.skipSpaces(p);
    if (MAGNITUDE_CODES.has(this.code(q))) return true;
    const visible = this.limit === this.src.length ? this.src : this.src.slice(0, this.limit);
    return matchUnitAt(visible, q) !== null;
  }

  /** Where the run of characters a month or quarter list is made of, from `p` on, ends. */
  private listRunEnd(p: number): number {
    if (p >= this.listRunStart && p < this.listRunStop) return this.listRunStop;
    let q = p;
    while (q < this.limit && LIST_RUN_CODES.has(this.code(q))) q++;
    this.listRunStart = p;
    this.listRunStop = q;
    return q;
  }

  /** `上旬`, `底`… at `p` after `M月`. */
  private monthPartSpan(y: number, m: number, p: number, explicitYear: boolean): Span | null {
    for (const [word, firstDay, lastDay] of MONTH_PARTS) {
      if (!this.startsWith(word, p)) continue;
      return {
        kind: "monthPart",
        from: { y, m, d: firstDay },
        to: { y, m, d: lastDay ?? daysInMonth(y, m) },
        explicitYear,
        end: p + word.length,
      };
    }
    return null;
  }

  /** `2024年`, `次年`, or nothing, before the second month of a range. */
  private readRangeYear(p: number, year: number): { year: number; end: number; explicit: boolean } {
    const nextYearWord = this.wordAt(p, NEXT_YEARS);
    if (nextYearWord !== null)
      return { year: year + 1, end: p + nextYearWord.length, explicit: false };
    const token = this.readYear(p);
    if (token !== null) {
      const q = this.skipSpaces(token.end);
      if (this.is(q, "年"))
        return { year: token.value, end: this.skipSpaces(q + 1), explicit: true };
    }
    return { year, end: p, explicit: false };
  }

  /** `18日`, `18号` at `p`. */
  private readDay(p: number): { day: number; end: number } | null {
    const token = this.readSmallNumber(p);
    if (token === null) return null;
    const q = this.skipSpaces(token.end);
    if (!this.is(q, "日") && !this.is(q, "号")) return null;
    return { day: token.value, end: q + 1 };
  }

  /** What follows `M月` of year `y`: a day or day range, a part of the month, a month range, or nothing. */
  private readAfterMonth(y: number, m: number, monthEnd: number, explicitYear: boolean): Reading {
    const invalidMonth = monthProblem(m, monthEnd);
    if (invalidMonth !== null) return invalidMonth;
    let after = monthEnd;
    if (this.is(after, "份")) after++;
    const p = this.skipSpaces(after);

    const day = this.readDay(p);
    if (day !== null) return this.readAfterDay(y, m, day.day, day.end, explicitYear);
    const dayRangeStart = this.readSmallNumber(p);
    if (dayRangeStart !== null && after === monthEnd) {
      // 11月18-20日
      const afterSeparator = this.skipRangeSeparator(dayRangeStart.end);
      const lastDay = afterSeparator === null ? null : this.readDay(afterSeparator);
      if (lastDay !== null) {
        const problem =
          dayProblem(y, m, dayRangeStart.value, lastDay.end) ??
          dayProblem(y, m, lastDay.day, lastDay.end);
        if (problem !== null) return problem;
        return dayRange(
          { y, m, d: dayRangeStart.value },
          { y, m, d: lastDay.day },
          explicitYear,
          lastDay.end
        );
      }
    }

    const part = after === monthEnd ? this.monthPartSpan(y, m, p, explicitYear) : null;
    if (part !== null) return part;

    const afterSeparator = this.skipRangeSeparator(after);
    if (afterSeparator !== null) {
      const endYear = this.readRangeYear(afterSeparator, y);
      const lastMonth = this.readSmallNumber(endYear.end);
      const q = lastMonth === null ? -1 : this.skipSpaces(lastMonth.end);
      if (lastMonth !== null && this.is(q, "月")) {
        let end = q + 1;
        if (this.is(end, "份")) end++;
        const problem = monthProblem(lastMonth.value, end);
        if (problem !== null) return problem;
        return monthRange(
          y,
          m,
          endYear.year,
          lastMonth.value,
          explicitYear || endYear.explicit,
          end
        );
      }
    }
    return monthSpan(y, m, after, explicitYear);
  }

  /** What follows `M月D日`: nothing, or the end of a day range (`-20日`, `至12月5日`, `至2024年1月5日`). */
  private readAfterDay(
    y: number,
    m: number,
    d: number,
    dayEnd: number,
    explicitYear: boolean
  ): Reading {
    const problem = dayProblem(y, m, d, dayEnd);
    if (problem !== null) return problem;
    const afterSeparator = this.skipRangeSeparator(dayEnd);
    if (afterSeparator !== null) {
      const endYear = this.readRangeYear(afterSeparator, y);
      let m2 = m;
      let p = endYear.end;
      const month = this.readSmallNumber(p);
      if (month !== null && this.is(this.skipSpaces(month.end), "月")) {
        m2 = month.value;
        p = this.skipSpaces(this.skipSpaces(month.end) + 1);
      } else if (endYear.end !== afterSeparator) {
        return { kind: "day", from: { y, m, d }, to: { y, m, d }, explicitYear, end: dayEnd };
      }
      const lastDay = this.readDay(p);
      if (lastDay !== null) {
        const invalid =
          monthProblem(m2, lastDay.end) ?? dayProblem(endYear.year, m2, lastDay.day, lastDay.end);
        if (invalid !== null) return invalid;
        return dayRange(
          { y, m, d },
          { y: endYear.year, m: m2, d: lastDay.day },
          explicitYear || endYear.explicit,
          lastDay.end
        );
      }
    }
    return { kind: "day", from: { y, m, d }, to: { y, m, d }, explicitYear, end: dayEnd };
  }

  /** `一季度`, `第二季度`, `三、四季度`, `1-3季度` at `p`. */
  private readQuarters(p: number, y: number, explicitYear: boolean): Reading | null {
    if (!this.startsWith("季度", this.listRunEnd(p))) return null;
    let first = 0;
    let last = 0;
    let count = 0;
    /** The first quarter named that does not exist: the reading's problem once the list is read. */
    let unknown: number | null = null;
    let q = p;
    for (;;) {
      if (this.is(q, "第")) q++;
      const token = this.readSmallNumber(q);
      if (token === null || token.length > 1) return null;
      if (count === 0) first = token.value;
      last = token.value;
      count++;
      if (unknown === null && (token.value < 1 || token.value > 4)) unknown = token.value;
      q = this.skipSpaces(token.end);
      if (this.startsWith("季度", q)) break;
      if (count >= 4) return null;
      const afterRange = this.skipRangeSeparator(q);
      if (afterRange !== null) q = afterRange;
      else if (LIST_SEPARATOR_CODES.has(this.code(q)) || this.is(q, ","))
        q = this.skipSpaces(q + 1);
      else return null;
    }
    const end = q + 2;
    if (unknown !== null) return { reason: `季度 ${unknown} 不存在`, end };
    if (last < first) return { reason: `起止季度颠倒：第${first}季度至第${last}季度`, end };
    return {
      kind: count === 1 ? "quarter" : "quarterRange",
      from: { y, m: first * 3 - 2, d: 1 },
      to: { y, m: last * 3, d: daysInMonth(y, last * 3) },
      explicitYear,
      end,
    };
  }

  /** `8月…`, `3-5月`, `1、2月份`, `十二月` at `p`. */
  private readMonths(p: number, y: number, explicitYear: boolean): Reading | null {
    const first = this.readSmallNumber(p);
    if (first === null) return null;
    let q = this.skipSpaces(first.end);
    if (this.is(q, "月")) {
      // 统一月度: a Chinese numeral before 月度 is part of a word.
      if (!isDigitCode(this.code(p)) && this.is(q + 1, "度")) return null;
      return this.readAfterMonth(y, first.value, q + 1, explicitYear);
    }
    if (!this.is(this.listRunEnd(p), "月")) return null;
    const months = [first.value];
    for (;;) {
      const afterRange = this.skipRangeSeparator(q);
      if (afterRange !== null) q = afterRange;
      else if (LIST_SEPARATOR_CODES.has(this.code(q))) q = this.skipSpaces(q + 1);
      else return null;
      const next = this.readSmallNumber(q);
      if (next === null || months.length >= MAX_LIST_ITEMS) return null;
      months.push(next.value);
      q = this.skipSpaces(next.end);
      if (this.is(q, "月")) break;
    }
    let end = q + 1;
    if (this.is(end, "份")) end++;
    for (const month of months) {
      const problem = monthProblem(month, end);
      if (problem !== null) return problem;
    }
    return monthRange(y, months[0], y, months[months.length - 1], explicitYear, end);
  }

  /** After `2023年`: the rest of the phrase inside that year, or the year itself. */
  private readWithinYear(y: number, yearEnd: number): Reading {
    let p = yearEnd;
    if (this.is(p, "度")) p++;
    const q = this.skipSpaces(p);
    const yearWord = this.readYearWord(q, y, true);
    if (yearWord !== null) return yearWord;
    // 2023年底: the 年 is shared.
    if (this.is(q, "底") || this.is(q, "末")) return yearEndSpan(y, q + 1, true);
    const quarters = this.readQuarters(q, y, true);
    if (quarters !== null) return quarters;
    const months = this.readMonths(q, y, true);
    if (months !== null) return months;
    return yearSpan(y, p, true);
  }

  /** 全年, 年内, 年底, 年末, 上半年, 下半年 at `p`, in year `y`. */
  private readYearWord(p: number, y: number, explicitYear: boolean): Span | null {
    if (this.startsWith("全年", p)) return yearSpan(y, p + 2, explicitYear);
    if (this.startsWith("年内", p)) return yearSpan(y, p + 2, explicitYear, true);
    if (this.startsWith("年底", p) || this.startsWith("年末", p))
      return yearEndSpan(y, p + 2, explicitYear);
    const [firstHalf, secondHalf] = HALF_YEAR_WORDS;
    if (this.startsWith(firstHalf, p)) return halfSpan(y, 1, p + firstHalf.length, explicitYear);
    if (this.startsWith(secondHalf, p)) return halfSpan(y, 2, p + secondHalf.length, explicitYear);
    return null;
  }

  /** Past `年` at `p` and a following `度` (`2023-2024年度`). */
  private afterYearWord(p: number): number {
    return this.is(p + 1, "度") ? p + 2 : p + 1;
  }

  /** `2023-12-31`, `2023/12/31`, `2023.12.31`, `2023-12` after a four-digit year. */
  private readNumericDate(year: NumberToken, p: number): Reading | null {
    const separator = this.code(year.end);
    if (!isDigitCode(this.code(p)) || !NUMERIC_DATE_SEPARATORS.has(separator)) return null;
    const month = this.readSmallNumber(year.end + 1);
    if (month === null || isDigitCode(this.code(month.end))) return null;
    if (this.code(month.end) === separator && isDigitCode(this.code(month.end + 1))) {
      const day = this.readSmallNumber(month.end + 1);
      if (day === null || isDigitCode(this.code(day.end))) return null;
      const problem =
        monthProblem(month.value, day.end) ??
        dayProblem(year.value, month.value, day.value, day.end);
      if (problem !== null) return problem;
      const date = { y: year.value, m: month.value, d: day.value };
      return { kind: "day", from: date, to: date, explicitYear: true, end: day.end };
    }
    // 2023.5 could as well be a number: only a real month not followed by a unit makes it a date.
    if (month.value < 1 || month.value > 12 || this.followsAsQuantity(month.end)) return null;
    return monthSpan(year.value, month.value, month.end, true);
  }

  /** A phrase starting with a four-digit year at `p` (`2023年…`, `2024—2026年`, `2023-12-31`). */
  private readFromYear(p: number): Reading | null {
    const year = this.readYear(p);
    if (year === null) return null;
    const q = this.skipSpaces(year.end);
    if (this.is(q, "年")) {
      const afterSeparator = this.skipRangeSeparator(q + 1);
      const second = afterSeparator === null ? null : this.readYear(afterSeparator);
      if (second !== null) {
        const r = this.skipSpaces(second.end);
        if (this.is(r, "年")) return yearRange(year.value, second.value, this.afterYearWord(r));
      }
      return this.readWithinYear(year.value, q + 1);
    }
    const afterSeparator = this.skipRangeSeparator(year.end);
    const second = afterSeparator === null ? null : this.readYear(afterSeparator);
    if (second !== null) {
      const r = this.skipSpaces(second.end);
      return this.is(r, "年") ? yearRange(year.value, second.value, this.afterYearWord(r)) : null;
    }
    return this.readNumericDate(year, year.end + 1);
  }

  /** Words that name a period of the plan year by themselves (`上半年`, `全年`, `年内`, `年底`, `今年`). */
  private readNamedPeriod(p: number, y: number): Reading | null {
    // 三年内 is a duration, not the plan year.
    const before = p > this.start ? this.code(p - 1) : NONE;
    const afterNumber = isDigitCode(before) || isChineseNumeralCode(before);
    const yearWord = afterNumber ? null : this.readYearWord(p, y, false);
    if (yearWord !== null) return yearWord;
    const thisYear = this.wordAt(p, THIS_YEARS);
    if (thisYear === null) return null;
    const end = p + thisYear.length;
    return yearSpan(y, this.is(end, "度") ? end + 1 : end, false);
  }

  /** One date phrase at `p`, without deadline prefix or suffix; null when none starts there. */
  private readPhrase(p: number, y: number): Reading | null {
    if (NAMED_PERIOD_INITIALS.has(this.code(p))) return this.readNamedPeriod(p, y);
    // Anything else begins with a number or 第: a year of four numerals, or quarters or months,
    // whose run of numbers and separators ends at 季度 or 月. Most numbers are neither.
    const runEnd = this.listRunEnd(p);
    const quarters = this.startsWith("季度", runEnd);
    const months = this.is(runEnd, "月");
    if (!quarters && !months && this.numeralEnd(p) - p !== 4) return null;
    const fromYear = this.readFromYear(p);
    if (fromYear !== null) return fromYear;
    if (quarters) return this.readQuarters(p, y, false);
    return months ? this.readMonths(p, y, false) : null;
  }

  /** Whether a phrase may begin at `i`: not inside a number, and at a character phrases begin with. */
  mayStartAt(i: number): boolean {
    const code = this.src.charCodeAt(i);
    if (!PHRASE_INITIALS.has(code)) return false;
    const before = i > this.start ? this.code(i - 1) : NONE;
    if (isDigitCode(code))
      return !isDigitCode(before) && before !== DOT && !isAsciiLetterCode(before);
    if (DATE_NUMERAL_CODES.has(code)) return !isChineseNumeralCode(before);
    return true;
  }

  /** The phrase at `i` with its deadline prefix and suffix; null when none starts there. */
  phraseAt(i: number, year: number): Phrase | null {
    const prefix = this.wordAt(i, DEADLINE_PREFIXES);
    const reading = this.readPhrase(prefix === null ? i : this.skipSpaces(i + prefix.length), year);
    if (reading === null) return null;
    if (isProblem(reading)) return { reading, end: reading.end, deadline: false };
    const suffixAt = this.skipSpaces(reading.end);
    const suffix = this.wordAt(suffixAt, DEADLINE_SUFFIXES);
    const end = suffix === null ? reading.end : suffixAt + suffix.length;
    return {
      reading,
      end,
      deadline: prefix !== null || suffix !== null || reading.deadline === true,
    };
  }

  /** The action word (`动工`, `完成`) within a short gap after a phrase ending at `p`. */
  actionAfter(p: number): PeriodAction | undefined {
    const q = this.skipSpaces(p);
    for (let gap = 0; gap <= MAX_ACTION_GAP; gap++) {
      const at = q + gap;
      if (gap > 0) {
        const skipped = this.code(at - 1);
        if (skipped === NONE || CLAUSE_BREAK_CODES.has(skipped) || isDigitCode(skipped))
          return undefined;
      }
      if (this.wordAt(at, START_ACTIONS) !== null) return "start";
      if (this.wordAt(at, FINISH_ACTIONS) !== null) return "finish";
    }
    return undefined;
  }

  /** The period or invalid date a phrase found at `i` reads as; its text is taken from `text`. */
  found(text: string, i: number, phrase: Phrase): Period | NotADate {
    const { reading, end } = phrase;
    if (isProblem(reading))
      return {
        invalid: true,
        text: text.slice(i, end),
        reason: reading.reason,
        startOffset: i,
        endOffset: end,
      };
    return this.period(text, i, reading, phrase);
  }

  private period(text: string, i: number, span: Span, phrase: Phrase): Period {
    const { end } = phrase;
    const start = phrase.deadline ? { y: span.from.y, m: 1, d: 1 } : span.from;
    const period: Period = {
      start: isoDate(start.y, start.m, start.d),
      end: isoDate(span.to.y, span.to.m, span.to.d),
      kind: span.kind,
      deadline: phrase.deadline,
      explicitYear: span.explicitYear,
      text: text.slice(i, end),
      startOffset: i,
      endOffset: end,
    };
    const action = this.actionAfter(end);
    if (action !== undefined) period.action = action;
    return period;
  }

  /** The deadline a phrase found at `i` names, or null when it names none. */
  deadline(text: string, i: number, phrase: Phrase): Period | null {
    const { reading } = phrase;
    return phrase.deadline && !isProblem(reading) ? this.period(text, i, reading, phrase) : null;
  }
}

/** Calls `visit` with each phrase of `src`, which `reader` sees whole, where it starts, in order. */
function scanPhrases(
  reader: PhraseReader,
  src: string,
  year: number,
  visit: (start: number, phrase: Phrase) => void
): void {
  let i = 0;
  while (i < src.length) {
    // Most characters begin no phrase: they are passed without an attempt.
    const phrase =
      PHRASE_INITIALS.has(src.charCodeAt(i)) && reader.mayStartAt(i)
        ? reader.phraseAt(i, year)
        : null;
    if (phrase === null) {
      i++;
      continue;
    }
    visit(i, phrase);
    i = phrase.end;
  }
}

/** Every date or period mentioned in `text`, in order and non-overlapping; offsets index `text`. */
export function findPeriods(text: string, ctx: PeriodContext): (Period | NotADate)[] {
  const found: (Period | NotADate)[] = [];
  const src = toHalfWidth(text);
  const reader = new PhraseReader(src, 0, src.length);
  scanPhrases(reader, src, ctx.year, (start, phrase) =>
    found.push(reader.found(text, start, phrase))
  );
  return found;
}

/**
 * The deadlines (`6月底前`, `截至2024年5月`, `年内`) among the mentions findPeriods finds in `text`.
 * A text without a deadline word is not read at all.
 */
export function findDeadlines(text: string, ctx: PeriodContext): Period[] {
  const deadlines: Period[] = [];
  // The words are Chinese, which folding to half-width leaves as they are.
  if (!DEADLINE_WORDS.test(text)) return deadlines;
  const src = toHalfWidth(text);
  const reader = new PhraseReader(src, 0, src.length);
  scanPhrases(reader, src, ctx.year, (start, phrase) => {
    const deadline = reader.deadline(text, start, phrase);
    if (deadline !== null) deadlines.push(deadline);
  });
  return deadlines;
}

/**
 * Characters no phrase holds and no reader reads past (none is part of a date, a separator, a word or
 * a unit a reader looks for): at one, every reader stops as at the end of the text.
 */
const PHRASE_STOPS = new CodeSet("\n。;!?:");

/**
 * The mentions findPeriods finds in half-width `src`: where they start, each read into a period
 * only when asked for.
 */
export class PeriodScan {
  /** Where each mention starts, in order. */
  readonly starts: number[] = [];
  private readonly phrases: Phrase[] = [];
  private readonly reader: PhraseReader;

  constructor(
    private readonly src: string,
    private readonly ctx: PeriodContext
  ) {
    this.reader = new PhraseReader(src, 0, src.length);
    scanPhrases(this.reader, src, ctx.year, (start, phrase) => {
      this.starts.push(start);
      this.phrases.push(phrase);
    });
  }

  /**
   * What periodAt(src, start, limit, { year }) reads. A window that ends at the end of the text or
   * at a stop reads as the whole text, so where the scan found a mention at `start` in the same
   * year, that mention is the window's: the character before `start`, which the window does not
   * see, can only keep a phrase from being found, never change one.
   */
  periodAt(start: number, limit: number, year: number): Period | NotADate | null {
    const whole = limit === this.src.length || PHRASE_STOPS.has(this.src.charCodeAt(limit));
    if (whole && year === this.ctx.year) {
      const k = indexIn(this.starts, start);
      if (k >= 0) return this.reader.found(this.src, start, this.phrases[k]);
    }
    return periodAt(this.src, start, limit, { year });
  }
}

/** Where `value` stands in the ascending `sorted`, or -1. */
function indexIn(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] === value) return middle;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Whether a date phrase can begin with the character of code `code`: anywhere else none starts. */
export function isPhraseInitial(code: number): boolean {
  return PHRASE_INITIALS.has(code);
}

/**
 * The date phrase starting exactly at `start` of half-width `src`, reading nothing at or after
 * `limit`: what findPeriods(src.slice(start, limit)) finds first when that is at its start, with
 * offsets into `src`. Null when no phrase starts there.
 */
export function periodAt(
  src: string,
  start: number,
  limit: number,
  ctx: PeriodContext
): Period | NotADate | null {
  const reader = new PhraseReader(src, start, limit);
  const phrase =
    start < limit && reader.mayStartAt(start) ? reader.phraseAt(start, ctx.year) : null;
  return phrase === null ? null : reader.found(src, start, phrase);
}

/**
 * The date a whole cell states, such as a 完成时限 value: its first date mention (`2023年12月底前`,
 * `9月投入使用`); a NotADate when that mention names no real day; null when the cell holds no date.
 */
export function parsePeriod(text: string, ctx: PeriodContext): Period | NotADate | null {
  return findPeriods(text, ctx)[0] ?? null;
}
