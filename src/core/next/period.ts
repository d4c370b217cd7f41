import { toHalfWidth } from "../text/normalize";
import { chineseNumeral, parseChineseNumeral } from "../text/numerals";
import { Period, daysInMonth, findPeriods, isoDate, parseIsoDate } from "../text/periods";
import { HALF_YEAR_WORDS } from "../vocabulary/periods";

/** How often a ledger reports: every month, quarter or half year. */
export type Cadence = "month" | "quarter" | "half";

/** A reporting period: its cadence and the year and month (1–12) it ends with. */
export interface ReportPeriod {
  cadence: Cadence;
  year: number;
  month: number;
}

const CADENCE_MONTHS: Record<Cadence, number> = { month: 1, quarter: 3, half: 6 };

/** Months counted from year 0, so that periods move by plain arithmetic across the year's end. */
function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

function monthAt(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The period after `period`, at the same cadence: 3月 → 4月, 一季度 → 二季度, 下半年 → next year's 上半年. */
export function periodAfter(period: ReportPeriod): ReportPeriod {
  const next = monthAt(monthIndex(period.year, period.month) + CADENCE_MONTHS[period.cadence]);
  return { cadence: period.cadence, ...next };
}

/** The period's last day, ISO: the report date of a ledger for it. */
export function periodEnd(period: ReportPeriod): string {
  return isoDate(period.year, period.month, daysInMonth(period.year, period.month));
}

/** The period the month of `date` (ISO) ends, at `cadence`: the month itself, its quarter or half. */
export function periodOfDate(date: string, cadence: Cadence): ReportPeriod {
  const day = parseIsoDate(date);
  const year = day?.y ?? 0;
  const month = day?.m ?? 1;
  const length = CADENCE_MONTHS[cadence];
  return { cadence, year, month: Math.ceil(month / length) * length };
}

/** `2025-04`, `2025-Q2`, `2025-H2` as the user names a period; null for anything else. */
export function parsePeriodOption(text: string): ReportPeriod | null {
  const m = /^(\d{4})-(?:(\d{1,2})|[Qq]([1-4])|[Hh]([12]))$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { cadence: "month", year, month } : null;
  }
  if (m[3] !== undefined) return { cadence: "quarter", year, month: Number(m[3]) * 3 };
  return { cadence: "half", year, month: Number(m[4]) * 6 };
}

/** The period as the option writes it: `2025-04`, `2025-Q2`, `2025-H2`. */
export function periodLabel(period: ReportPeriod): string {
  if (period.cadence === "quarter") return `${period.year}-Q${period.month / 3}`;
  if (period.cadence === "half") return `${period.year}-H${period.month / 6}`;
  return `${period.year}-${String(period.month).padStart(2, "0")}`;
}

function isPeriod(found: ReturnType<typeof findPeriods>[number]): found is Period {
  return !("invalid" in found);
}

/** The months a period phrase spans, first and last, as month indexes. */
function monthSpan(period: Period): { first: number; last: number } {
  const start = parseIsoDate(period.start);
  const end = parseIsoDate(period.end);
  return {
    first: start ? monthIndex(start.y, start.m) : 0,
    last: end ? monthIndex(end.y, end.m) : 0,
  };
}

/**
 * The cadence a phrase names, when it names a reporting period: a month (and a running total from
 * January, `1-6月`, reported monthly), a quarter, a half year. A date (`截至6月30日`) says only when.
 */
function cadenceOf(period: Period): Cadence | null {
  const { first, last } = monthSpan(period);
  const fromJanuary = first % 12 === 0;
  switch (period.kind) {
    case "month":
      return "month";
    case "quarter":
      return "quarter";
    case "half":
      return "half";
    case "monthRange":
      if (fromJanuary) return "month";
      return last - first === 2 ? "quarter" : last - first === 5 ? "half" : null;
    case "quarterRange":
      return fromJanuary ? "quarter" : null;
    default:
      return null;
  }
}

/**
 * The period a ledger reports on, read from its title and period headers: the phrases that end on the
 * report date say the cadence (the longest wins: `2025年一季度` over `3月31日`). Null when none does, as
 * in a project list with no period of its own.
 */
export function reportedPeriod(
  texts: readonly string[],
  asOf: string,
  planYear: number
): ReportPeriod | null {
  const day = parseIsoDate(asOf);
  if (!day) return null;
  const reportMonth = monthIndex(day.y, day.m);
  let cadence: Cadence | null = null;
  let dated = false;
  for (const text of texts) {
    for (const period of findPeriods(text, { year: planYear }).filter(isPeriod)) {
      if (monthSpan(period).last !== reportMonth) continue;
      const named = cadenceOf(period);
      if (named === null) dated ||= period.kind === "day" || period.kind === "monthPart";
      else if (cadence === null || CADENCE_MONTHS[named] > CADENCE_MONTHS[cadence]) cadence = named;
    }
  }
  if (cadence === null && !dated) return null;
  return periodOfDate(asOf, cadence ?? "month");
}

/** A number in a phrase: where it stands, what it is, and whether it is a year. */
interface NumberToken {
  start: number;
  end: number;
  text: string;
  value: number;
  year: boolean;
}

const NUMBER_TOKEN = /\d+|[〇零一二三四五六七八九十]+/g;

function numberTokens(phrase: string): NumberToken[] {
  return [...phrase.matchAll(NUMBER_TOKEN)].map((m) => {
    const text = m[0];
    const start = m.index;
    const value = /\d/.test(text) ? Number(text) : (parseChineseNumeral(text) ?? 0);
    const after = phrase.slice(start + text.length).trimStart()[0] ?? "";
    const year = text.length === 4 && value >= 1900 && value <= 2199 && /[年\-/.]/.test(after);
    return { start, end: start + text.length, text, value, year };
  });
}

/** `value` written the way `token` was: Arabic (keeping a leading zero) or Chinese numerals. */
function written(token: NumberToken, value: number): string {
  if (!/\d/.test(token.text)) return chineseNumeral(value);
  return token.text.startsWith("0")
    ? String(value).padStart(token.text.length, "0")
    : String(value);
}

/**
 * The phrase with the numbers in `values` rewritten; a `dropped` number is cut out up to the number
 * after it (`1-1月份` → `1月份`).
 */
function rewritten(
  phrase: string,
  tokens: readonly NumberToken[],
  values: ReadonlyMap<NumberToken, number>,
  dropped: NumberToken | null = null
): string {
  let text = "";
  let at = 0;
  tokens.forEach((token, i) => {
    text += phrase.slice(at, token.start);
    if (token === dropped) {
      at = tokens[i + 1]?.start ?? token.end;
      return;
    }
    const value = values.get(token);
    text += value === undefined ? token.text : written(token, value);
    at = token.end;
  });
  return text + phrase.slice(at);
}

/** From a period to the one a copy is for: how far every period word moves. */
export interface PeriodShift {
  from: ReportPeriod;
  to: ReportPeriod;
}

/**
 * One period phrase moved on: a month, a quarter, a half year or a date by the shift's months (its
 * year with it), a running total from January (`1-6月`) to the new period's end, the plan year when the
 * period passes the year's end. Only phrases naming the period reported on or the one after (a
 * `4月份计划` in a March report) move: `1-12月` or a deadline stay as they are.
 */
function movedPhrase(phrase: string, period: Period, shift: PeriodShift): string {
  const { from, to } = shift;
  const tokens = numberTokens(phrase);
  const years = tokens.filter((t) => t.year);
  const values = new Map<NumberToken, number>();
  const reported = monthIndex(from.year, from.month);
  const target = monthIndex(to.year, to.month);
  const delta = target - reported;
  // the plan year (`2022年度`) names the list, not the period: it stays, and a period past the year's
  // end carries its own year instead (`12月份` → `2023年1月份`)
  if (period.kind === "year" || period.kind === "yearRange") return phrase;
  let { first, last } = monthSpan(period);
  // a month named without a year that falls before the period belongs to the next year (`1月份计划` in December)
  const periodStart = reported - CADENCE_MONTHS[from.cadence] + 1;
  if (!period.explicitYear && last < periodStart) {
    first += 12;
    last += 12;
  }
  if (last < periodStart || last > reported + CADENCE_MONTHS[from.cadence]) return phrase;
  const running = first % 12 === 0 && last === reported && last > first;
  const newFirst = running ? monthIndex(to.year, 1) : first + delta;
  const newLast = last + delta;
  const endMonth = monthAt(newLast);
  const startMonth = monthAt(newFirst);
  if (years.length > 0) values.set(years[0], (years.length > 1 ? startMonth : endMonth).year);
  if (years.length > 1) values.set(years[years.length - 1], endMonth.year);
  // only a phrase moved past the year's end gains it (a December report's `1月份计划` was next year's already)
  const crossed =
    years.length === 0 && monthAt(last).year === from.year && endMonth.year !== from.year;
  const yearAdded = crossed ? `${endMonth.year}年` : "";
  return (
    yearAdded + movedNumbers(phrase, period, tokens, values, { newFirst, newLast, running, delta })
  );
}

/** A phrase's month, day, quarter or half-year numbers moved to the new period. */
function movedNumbers(
  phrase: string,
  period: Period,
  tokens: NumberToken[],
  values: Map<NumberToken, number>,
  moved: { newFirst: number; newLast: number; running: boolean; delta: number }
): string {
  const { newFirst, newLast, running, delta } = moved;
  const slots = tokens.filter((t) => !t.year);
  const endMonth = monthAt(newLast);
  const startMonth = monthAt(newFirst);
  switch (period.kind) {
    case "month":
    case "monthPart":
      if (slots[0]) values.set(slots[0], endMonth.month);
      return rewritten(phrase, tokens, values);
    case "day": {
      const end = parseIsoDate(period.end);
      const lastDay = daysInMonth(endMonth.year, endMonth.month);
      const day =
        end && end.d === daysInMonth(end.y, end.m) ? lastDay : Math.min(end?.d ?? 1, lastDay);
      const [month, dayToken] = slots;
      if (month) values.set(month, endMonth.month);
      if (dayToken) values.set(dayToken, day);
      return rewritten(phrase, tokens, values);
    }
    case "monthRange": {
      const [low, high] = [slots[0], slots[slots.length - 1]];
      if (low && high && low !== high) {
        values.set(high, endMonth.month);
        values.set(low, startMonth.month);
        if (newFirst === newLast) return rewritten(phrase, tokens, values, low);
      }
      return rewritten(phrase, tokens, values);
    }
    case "quarter":
    case "quarterRange":
      // a running total (`一至三季度`) keeps its first quarter
      for (const slot of running ? slots.slice(-1) : slots) {
        const moved = monthAt(monthIndex(0, slot.value * 3) + delta);
        values.set(slot, Math.ceil(moved.month / 3));
      }
      return rewritten(phrase, tokens, values);
    case "half": {
      const [firstHalf, secondHalf] = HALF_YEAR_WORDS;
      const half = endMonth.month <= 6 ? firstHalf : secondHalf;
      return rewritten(phrase, tokens, values).replace(
        new RegExp(`${firstHalf}|${secondHalf}`),
        half
      );
    }
    default:
      return phrase;
  }
}

/**
 * `text` with its period words moved on (`2025年一季度` → `2025年二季度`, `4月份计划` → `7月份计划`,
 * `（1-6月份）` → `（1-7月份）`, `截至时间：2023年6月30日` → `…7月31日`); the text itself when none moves.
 */
export function movePeriodWords(text: string, shift: PeriodShift, planYear: number): string {
  const periods = findPeriods(text, { year: planYear }).filter(isPeriod);
  let moved = text;
  for (const period of [...periods].reverse()) {
    const phrase = toHalfWidth(text.slice(period.startOffset, period.endOffset));
    const replaced = movedPhrase(phrase, period, shift);
    if (replaced !== phrase)
      moved = moved.slice(0, period.startOffset) + replaced + moved.slice(period.endOffset);
  }
  return moved;
}
