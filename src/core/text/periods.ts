/**
 * Dates and periods as ledgers write them (`2023年12月`, `12月底前`, `三、四季度`, `1-6月份`, `5月底前动工`),
 * resolved against the plan year when a phrase names none, plus the calendar helpers 序时进度 needs.
 */

import { isAsciiDigit } from "./decimal";
import { toHalfWidth } from "./normalize";
import { isChineseNumeralChar, parseChineseNumeral } from "./numerals";
import { matchUnitAt } from "./units";

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

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

/** `YYYY-MM-DD` naming a real day → its parts; anything else → null. */
export function parseIsoDate(text: string): CalendarDate | null {
  if (text.length !== 10 || text[4] !== "-" || text[7] !== "-") return null;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isAsciiDigit(text[i])) return null;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
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
// Reading phrases. Every reader takes the half-width text and a position and returns where it stopped;
// none looks further than a bounded distance, so scanning a whole cell stays linear.

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
const DEADLINE_PREFIXES = ["截止到", "截至到", "截至", "截止", "不晚于", "最迟"];
const DEADLINE_SUFFIXES = ["之前", "以前", "为止", "以内", "之内", "前", "内"];
const START_ACTIONS = ["动工", "开工", "进场", "启动", "开建", "开始"];
const FINISH_ACTIONS = [
  "投入使用",
  "完成",
  "竣工",
  "完工",
  "建成",
  "投用",
  "交付",
  "通车",
  "验收",
  "办结",
];
const NEXT_YEAR_WORDS = ["次年", "翌年", "明年"];
/** How far after a phrase its action word may stand (`6月底前全面完成`). */
const MAX_ACTION_GAP = 2;

function skipSpaces(src: string, p: number): number {
  let q = p;
  while (q - p < MAX_SPACES && (src[q] === " " || src[q] === "\t")) q++;
  return q;
}

function wordAt(src: string, p: number, words: readonly string[]): string | null {
  for (const word of words) if (src.startsWith(word, p)) return word;
  return null;
}

/** Past a run of range separators (`——`) and the spaces around them; null when none stands at `p`. */
function skipRangeSeparator(src: string, p: number): number | null {
  const q = skipSpaces(src, p);
  if (!RANGE_SEPARATORS.includes(src[q] ?? "\u0000")) return null;
  let r = q + 1;
  while (r - q < 3 && "-—–―".includes(src[r] ?? "\u0000")) r++;
  return skipSpaces(src, r);
}

interface NumberToken {
  value: number;
  end: number;
  /** Characters in the numeral: a year has four. */
  length: number;
}

/** An Arabic or Chinese numeral of at most six characters at `p` (a longer run is no date part). */
function readNumber(src: string, p: number): NumberToken | null {
  let q = p;
  if (isAsciiDigit(src[p])) {
    while (q - p <= 6 && isAsciiDigit(src[q])) q++;
    if (q - p > 6) return null;
    return { value: Number(src.slice(p, q)), end: q, length: q - p };
  }
  while (q - p <= 6 && src[q] !== undefined && DATE_NUMERAL_CHARS.includes(src[q])) q++;
  if (q === p || q - p > 6) return null;
  const value = parseChineseNumeral(src.slice(p, q));
  return value === null ? null : { value, end: q, length: q - p };
}

function readYear(src: string, p: number): NumberToken | null {
  const token = readNumber(src, p);
  return token !== null && token.length === 4 && token.value >= 1900 && token.value <= 2199
    ? token
    : null;
}

/** A month, day or quarter number: one or two Arabic digits, or a short Chinese numeral. */
function readSmallNumber(src: string, p: number): NumberToken | null {
  const token = readNumber(src, p);
  if (token === null) return null;
  if (isAsciiDigit(src[p]) ? token.length > 2 : token.length > 3 || token.value > 99) return null;
  return token;
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

function monthProblem(month: number, end: number): Problem | null {
  return month >= 1 && month <= 12 ? null : { reason: `月份 ${month} 不存在`, end };
}

function dayProblem(y: number, m: number, d: number, end: number): Problem | null {
  if (d >= 1 && d <= daysInMonth(y, m)) return null;
  if (m === 2 && d === 29) return { reason: `${y}年不是闰年，2月没有29日`, end };
  if (d < 1 || d > 31) return { reason: `日期 ${d} 不存在`, end };
  return { reason: `${m}月没有${d}日`, end };
}

function monthSpan(y: number, m: number): { from: CalendarDate; to: CalendarDate } {
  return { from: { y, m, d: 1 }, to: { y, m, d: daysInMonth(y, m) } };
}

function yearSpan(y: number, end: number, explicitYear: boolean): Span {
  return { kind: "year", from: { y, m: 1, d: 1 }, to: { y, m: 12, d: 31 }, explicitYear, end };
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

/** 上旬/初 → days 1–10, 中旬/中 → 11–20, 下旬/底/末 → 21 to the month's end. */
const MONTH_PARTS: readonly [string, number, number | null][] = [
  ["上旬", 1, 10],
  ["中旬", 11, 20],
  ["下旬", 21, null],
  ["初", 1, 10],
  ["中", 11, 20],
  ["底", 21, null],
  ["末", 21, null],
];

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

/** A unit or 万/亿 after a number makes it a quantity (`2023.5万元`), not a date. */
function followsAsQuantity(src: string, p: number): boolean {
  const q = skipSpaces(src, p);
  return "万亿千百".includes(src[q] ?? "\u0000") || matchUnitAt(src, q) !== null;
}

/** The grammar of one phrase over the half-width text of a cell. */
class PhraseReader {
  /** The last run of list characters measured; every number of a long list starts an attempt. */
  private listRun = { start: -1, end: -1 };

  constructor(private readonly src: string) {}

  /** Where the run of characters a month or quarter list is made of, from `p` on, ends. */
  listRunEnd(p: number): number {
    if (p >= this.listRun.start && p < this.listRun.end) return this.listRun.end;
    let q = p;
    while (q < this.src.length && LIST_RUN_CHARS.includes(this.src[q])) q++;
    this.listRun = { start: p, end: q };
    return q;
  }

  /** `上旬`, `底`… at `p` after `M月`. */
  monthPartSpan(y: number, m: number, p: number, explicitYear: boolean): Span | null {
    for (const [word, firstDay, lastDay] of MONTH_PARTS) {
      if (!this.src.startsWith(word, p)) continue;
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
  readRangeYear(p: number, year: number): { year: number; end: number; explicit: boolean } {
    const nextYearWord = wordAt(this.src, p, NEXT_YEAR_WORDS);
    if (nextYearWord !== null)
      return { year: year + 1, end: p + nextYearWord.length, explicit: false };
    const token = readYear(this.src, p);
    if (token !== null) {
      const q = skipSpaces(this.src, token.end);
      if (this.src[q] === "年")
        return { year: token.value, end: skipSpaces(this.src, q + 1), explicit: true };
    }
    return { year, end: p, explicit: false };
  }

  /** `18日`, `18号` at `p`. */
  readDay(p: number): { day: number; end: number } | null {
    const token = readSmallNumber(this.src, p);
    if (token === null) return null;
    const q = skipSpaces(this.src, token.end);
    if (this.src[q] !== "日" && this.src[q] !== "号") return null;
    return { day: token.value, end: q + 1 };
  }

  /** What follows `M月` of year `y`: a day or day range, a part of the month, a month range, or nothing. */
  readAfterMonth(y: number, m: number, monthEnd: number, explicitYear: boolean): Reading {
    const invalidMonth = monthProblem(m, monthEnd);
    if (invalidMonth !== null) return invalidMonth;
    let after = monthEnd;
    if (this.src[after] === "份") after++;
    const p = skipSpaces(this.src, after);

    const day = this.readDay(p);
    if (day !== null) return this.readAfterDay(y, m, day.day, day.end, explicitYear);
    const dayRangeStart = readSmallNumber(this.src, p);
    if (dayRangeStart !== null && after === monthEnd) {
      // 11月18-20日
      const afterSeparator = skipRangeSeparator(this.src, dayRangeStart.end);
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

    const afterSeparator = skipRangeSeparator(this.src, after);
    if (afterSeparator !== null) {
      const endYear = this.readRangeYear(afterSeparator, y);
      const lastMonth = readSmallNumber(this.src, endYear.end);
      const q = lastMonth === null ? -1 : skipSpaces(this.src, lastMonth.end);
      if (lastMonth !== null && this.src[q] === "月") {
        let end = q + 1;
        if (this.src[end] === "份") end++;
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
    return { kind: "month", ...monthSpan(y, m), explicitYear, end: after };
  }

  /** What follows `M月D日`: nothing, or the end of a day range (`-20日`, `至12月5日`, `至2024年1月5日`). */
  readAfterDay(y: number, m: number, d: number, dayEnd: number, explicitYear: boolean): Reading {
    const problem = dayProblem(y, m, d, dayEnd);
    if (problem !== null) return problem;
    const afterSeparator = skipRangeSeparator(this.src, dayEnd);
    if (afterSeparator !== null) {
      const endYear = this.readRangeYear(afterSeparator, y);
      let m2 = m;
      let p = endYear.end;
      const month = readSmallNumber(this.src, p);
      if (month !== null && this.src[skipSpaces(this.src, month.end)] === "月") {
        m2 = month.value;
        p = skipSpaces(this.src, skipSpaces(this.src, month.end) + 1);
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
  readQuarters(p: number, y: number, explicitYear: boolean): Reading | null {
    if (!this.src.startsWith("季度", this.listRunEnd(p))) return null;
    const quarters: number[] = [];
    let q = p;
    for (;;) {
      if (this.src[q] === "第") q++;
      const token = readSmallNumber(this.src, q);
      if (token === null || token.length > 1) return null;
      quarters.push(token.value);
      q = skipSpaces(this.src, token.end);
      if (this.src.startsWith("季度", q)) break;
      if (quarters.length >= 4) return null;
      const afterRange = skipRangeSeparator(this.src, q);
      if (afterRange !== null) q = afterRange;
      else if (LIST_SEPARATORS.includes(this.src[q] ?? "\u0000") || this.src[q] === ",")
        q = skipSpaces(this.src, q + 1);
      else return null;
    }
    const end = q + 2;
    for (const quarter of quarters)
      if (quarter < 1 || quarter > 4) return { reason: `季度 ${quarter} 不存在`, end };
    const first = quarters[0];
    const last = quarters[quarters.length - 1];
    if (last < first) return { reason: `起止季度颠倒：第${first}季度至第${last}季度`, end };
    return {
      kind: quarters.length === 1 ? "quarter" : "quarterRange",
      from: { y, m: first * 3 - 2, d: 1 },
      to: { y, m: last * 3, d: daysInMonth(y, last * 3) },
      explicitYear,
      end,
    };
  }

  /** `8月…`, `3-5月`, `1、2月份`, `十二月` at `p`. */
  readMonths(p: number, y: number, explicitYear: boolean): Reading | null {
    const first = readSmallNumber(this.src, p);
    if (first === null) return null;
    let q = skipSpaces(this.src, first.end);
    if (this.src[q] === "月") {
      // 统一月度: a Chinese numeral before 月度 is part of a word.
      if (!isAsciiDigit(this.src[p]) && this.src[q + 1] === "度") return null;
      return this.readAfterMonth(y, first.value, q + 1, explicitYear);
    }
    if (this.src[this.listRunEnd(p)] !== "月") return null;
    const months = [first.value];
    for (;;) {
      const afterRange = skipRangeSeparator(this.src, q);
      if (afterRange !== null) q = afterRange;
      else if (LIST_SEPARATORS.includes(this.src[q] ?? "\u0000")) q = skipSpaces(this.src, q + 1);
      else return null;
      const next = readSmallNumber(this.src, q);
      if (next === null || months.length >= MAX_LIST_ITEMS) return null;
      months.push(next.value);
      q = skipSpaces(this.src, next.end);
      if (this.src[q] === "月") break;
    }
    let end = q + 1;
    if (this.src[end] === "份") end++;
    for (const month of months) {
      const problem = monthProblem(month, end);
      if (problem !== null) return problem;
    }
    return monthRange(y, months[0], y, months[months.length - 1], explicitYear, end);
  }

  /** After `2023年`: the rest of the phrase inside that year, or the year itself. */
  readWithinYear(y: number, yearEnd: number): Reading {
    let p = yearEnd;
    if (this.src[p] === "度") p++;
    const q = skipSpaces(this.src, p);
    const yearWord = this.readYearWord(q, y, true);
    if (yearWord !== null) return yearWord;
    // 2023年底: the 年 is shared.
    if (this.src[q] === "底" || this.src[q] === "末") return yearEndSpan(y, q + 1, true);
    const quarters = this.readQuarters(q, y, true);
    if (quarters !== null) return quarters;
    const months = this.readMonths(q, y, true);
    if (months !== null) return months;
    return yearSpan(y, p, true);
  }

  /** 全年, 年内, 年底, 年末, 上半年, 下半年 at `p`, in year `y`. */
  readYearWord(p: number, y: number, explicitYear: boolean): Span | null {
    if (this.src.startsWith("全年", p)) return yearSpan(y, p + 2, explicitYear);
    if (this.src.startsWith("年内", p))
      return { ...yearSpan(y, p + 2, explicitYear), deadline: true };
    if (this.src.startsWith("年底", p) || this.src.startsWith("年末", p))
      return yearEndSpan(y, p + 2, explicitYear);
    if (this.src.startsWith("上半年", p)) return halfSpan(y, 1, p + 3, explicitYear);
    if (this.src.startsWith("下半年", p)) return halfSpan(y, 2, p + 3, explicitYear);
    return null;
  }

  /** Past `年` at `p` and a following `度` (`2023-2024年度`). */
  afterYearWord(p: number): number {
    return this.src[p + 1] === "度" ? p + 2 : p + 1;
  }

  /** `2023-12-31`, `2023/12/31`, `2023.12.31`, `2023-12` after a four-digit year. */
  readNumericDate(year: NumberToken, p: number): Reading | null {
    const separator = this.src[year.end];
    if (!isAsciiDigit(this.src[p]) || (separator !== "-" && separator !== "/" && separator !== "."))
      return null;
    const month = readSmallNumber(this.src, year.end + 1);
    if (month === null || isAsciiDigit(this.src[month.end])) return null;
    if (this.src[month.end] === separator && isAsciiDigit(this.src[month.end + 1])) {
      const day = readSmallNumber(this.src, month.end + 1);
      if (day === null || isAsciiDigit(this.src[day.end])) return null;
      const problem =
        monthProblem(month.value, day.end) ??
        dayProblem(year.value, month.value, day.value, day.end);
      if (problem !== null) return problem;
      const date = { y: year.value, m: month.value, d: day.value };
      return { kind: "day", from: date, to: date, explicitYear: true, end: day.end };
    }
    // 2023.5 could as well be a number: only a real month not followed by a unit makes it a date.
    if (month.value < 1 || month.value > 12 || followsAsQuantity(this.src, month.end)) return null;
    return {
      kind: "month",
      ...monthSpan(year.value, month.value),
      explicitYear: true,
      end: month.end,
    };
  }

  /** A phrase starting with a four-digit year at `p` (`2023年…`, `2024—2026年`, `2023-12-31`). */
  readFromYear(p: number): Reading | null {
    const year = readYear(this.src, p);
    if (year === null) return null;
    const q = skipSpaces(this.src, year.end);
    if (this.src[q] === "年") {
      const afterSeparator = skipRangeSeparator(this.src, q + 1);
      const second = afterSeparator === null ? null : readYear(this.src, afterSeparator);
      if (second !== null) {
        const r = skipSpaces(this.src, second.end);
        if (this.src[r] === "年") return yearRange(year.value, second.value, this.afterYearWord(r));
      }
      return this.readWithinYear(year.value, q + 1);
    }
    const afterSeparator = skipRangeSeparator(this.src, year.end);
    const second = afterSeparator === null ? null : readYear(this.src, afterSeparator);
    if (second !== null) {
      const r = skipSpaces(this.src, second.end);
      return this.src[r] === "年"
        ? yearRange(year.value, second.value, this.afterYearWord(r))
        : null;
    }
    return this.readNumericDate(year, year.end + 1);
  }

  /** Words that name a period of the plan year by themselves (`上半年`, `全年`, `年内`, `年底`, `今年`). */
  readNamedPeriod(p: number, y: number): Reading | null {
    // 三年内 is a duration, not the plan year.
    const afterNumber =
      p > 0 && (isAsciiDigit(this.src[p - 1]) || isChineseNumeralChar(this.src[p - 1]));
    const yearWord = afterNumber ? null : this.readYearWord(p, y, false);
    if (yearWord !== null) return yearWord;
    for (const word of ["今年", "本年"]) {
      if (this.src.startsWith(word, p))
        return yearSpan(y, this.src[p + 2] === "度" ? p + 3 : p + 2, false);
    }
    return null;
  }

  /** One date phrase at `p`, without deadline prefix or suffix; null when none starts there. */
  readPhrase(p: number, y: number): Reading | null {
    const named = this.readNamedPeriod(p, y);
    if (named !== null) return named;
    const fromYear = this.readFromYear(p);
    if (fromYear !== null) return fromYear;
    const quarters = this.readQuarters(p, y, false);
    if (quarters !== null) return quarters;
    return this.readMonths(p, y, false);
  }
}

/** Characters a phrase can begin with; anything else is skipped without an attempt. */
const PHRASE_INITIALS = "第上下全年今本截不最";

function isAsciiLetter(ch: string): boolean {
  return (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z");
}

function mayStartAt(src: string, i: number): boolean {
  const ch = src[i];
  const prev = i > 0 ? src[i - 1] : "";
  if (isAsciiDigit(ch)) return !isAsciiDigit(prev) && prev !== "." && !isAsciiLetter(prev);
  if (DATE_NUMERAL_CHARS.includes(ch)) return prev === "" || !isChineseNumeralChar(prev);
  return PHRASE_INITIALS.includes(ch);
}

function actionAfter(src: string, p: number): PeriodAction | undefined {
  const q = skipSpaces(src, p);
  for (let gap = 0; gap <= MAX_ACTION_GAP; gap++) {
    const at = q + gap;
    if (gap > 0) {
      const skipped = src[at - 1];
      if (skipped === undefined || CLAUSE_BREAKS.includes(skipped) || isAsciiDigit(skipped))
        return undefined;
    }
    if (wordAt(src, at, START_ACTIONS) !== null) return "start";
    if (wordAt(src, at, FINISH_ACTIONS) !== null) return "finish";
  }
  return undefined;
}

/** Every date or period mentioned in `text`, in order and non-overlapping; offsets index `text`. */
export function findPeriods(text: string, ctx: PeriodContext): (Period | NotADate)[] {
  const src = toHalfWidth(text);
  const reader = new PhraseReader(src);
  const found: (Period | NotADate)[] = [];
  let i = 0;
  while (i < src.length) {
    if (!mayStartAt(src, i)) {
      i++;
      continue;
    }
    const prefix = wordAt(src, i, DEADLINE_PREFIXES);
    const reading = reader.readPhrase(
      prefix === null ? i : skipSpaces(src, i + prefix.length),
      ctx.year
    );
    if (reading === null) {
      i++;
      continue;
    }
    if (isProblem(reading)) {
      found.push({
        invalid: true,
        text: text.slice(i, reading.end),
        reason: reading.reason,
        startOffset: i,
        endOffset: reading.end,
      });
      i = reading.end;
      continue;
    }
    let end = reading.end;
    const suffixAt = skipSpaces(src, end);
    const suffix = wordAt(src, suffixAt, DEADLINE_SUFFIXES);
    if (suffix !== null) end = suffixAt + suffix.length;
    const deadline = prefix !== null || suffix !== null || reading.deadline === true;
    const start = deadline ? { y: reading.from.y, m: 1, d: 1 } : reading.from;
    const period: Period = {
      start: isoDate(start.y, start.m, start.d),
      end: isoDate(reading.to.y, reading.to.m, reading.to.d),
      kind: reading.kind,
      deadline,
      explicitYear: reading.explicitYear,
      text: text.slice(i, end),
      startOffset: i,
      endOffset: end,
    };
    const action = actionAfter(src, end);
    if (action !== undefined) period.action = action;
    found.push(period);
    i = end;
  }
  return found;
}

/**
 * The date a whole cell states, such as a 完成时限 value: its first date mention (`2023年12月底前`,
 * `9月投入使用`); a NotADate when that mention names no real day; null when the cell holds no date.
 */
export function parsePeriod(text: string, ctx: PeriodContext): Period | NotADate | null {
  return findPeriods(text, ctx)[0] ?? null;
}
