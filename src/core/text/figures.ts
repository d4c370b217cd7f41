/**
 * Figures in ledger text: `新建62个市政消火栓`, `应急救护普及培训1.9万人次`, `力争发放创业担保贷款1亿元`,
 * `3—5名`, `72%`. Each comes with its unit, how strictly it is meant (约/以上/以内/力争), whether it is
 * cumulative or new, and the words it counts. Dates, list numbers and identifiers are not figures.
 *
 * parseFigures accepts raw cell text: it folds full-width characters itself and tolerates the spaces
 * scanning leaves, and every offset it reports indexes the string it was given. HTML fragments are
 * not stripped; pass normalizeText output when the text may hold them.
 */

import { isAsciiDigit, isDigitCode, scaleDecimal, toPlainDecimal } from "./decimal";
import { CodeSet, WordIndex } from "./codeSet";
import { memoizeByText } from "./memo";
import { toHalfWidth } from "./normalize";
import { isChineseNumeralChar, isChineseNumeralCode, parseChineseNumeral } from "./numerals";
import { matchUnitAt, UnitMatch } from "./units";
import {
  CLOSE_PARENTHESIS,
  COLON,
  COMMA,
  DOT,
  NEWLINE,
  OPEN_PARENTHESIS,
  QI,
  ZHONG,
  SPACE,
  isSpaceOrTab,
  isAsciiLetterCode,
} from "./charCodes";
import {
  AFTER_SUBJECT_STOPS,
  LEADING_SUBJECT_WORDS,
  SUBJECT_BEFORE_UNITS,
  TRAILING_FILLER_WORDS,
  TRAILING_GENERIC_WORDS,
} from "../vocabulary/subjects";
import {
  AIM_WORDS,
  MORE_THAN_CODES,
  NOT_APPROX_BEFORE_近,
  PREFIX_QUALIFIERS,
  SUFFIX_QUALIFIERS,
} from "../vocabulary/qualifiers";
import {
  CUMULATIVE_WORDS,
  INCREMENT_WORDS,
  NOT_CUMULATIVE_AFTER_共,
  NOT_INCREMENT_AFTER_再,
} from "../vocabulary/cumulative";
import { KILO_UNITS } from "../vocabulary/units";
import {
  CHINESE_NAME_UNITS,
  DATE_WORDS,
  WORD_CHARS_BEFORE_一,
  WORDS_STARTING_WITH_UNIT,
} from "../vocabulary/notFigures";
import { DATE_SUFFIX_WORDS } from "../vocabulary/periods";

export type Qualifier = "approx" | "atLeast" | "atMost" | "aim";

export interface Figure {
  /** Exact; 万/亿 applied unless the unit carries them (1.9万人次 → 19000 人次, 2575万元 → 2575 万元). */
  value: number;
  /** Upper end of a range (`3-5名` → value 3, valueMax 5). */
  valueMax?: number;
  /** Canonical unit ('万元', '人次', '公里', '%'); '' when none. */
  unit: string;
  qualifier?: Qualifier;
  /** 累计/共/共计/总计/合计/达到… precede the figure in its clause. */
  cumulative?: boolean;
  /** 新增/新建/增加/再 precede the figure in its clause. */
  increment?: boolean;
  /** The words the figure counts (`市政消火栓`, `城镇就业`); '' when none stand near it. */
  subject: string;
  /** Offsets of the figure's own text (qualifier words excluded) in the string given. */
  start: number;
  end: number;
  /** The figure's own text, e.g. '1.9万人次'. */
  text: string;
  source: "digits" | "chinese";
}

// ---------------------------------------------------------------------------------------------------
// Reach and number syntax (the words read around a figure are in ../vocabulary)

const MAX_SPACES = 2;
/** Lists longer than the months of a year are not date lists. */
const MAX_LIST_ITEMS = 12;
/** A Chinese numeral longer than this is no figure (一万二千三百四十五 has 11 characters). */
const MAX_CHINESE_NUMERAL_LENGTH = 16;
/** How far back qualifier and flag words are looked for within the clause. */
const FLAG_WINDOW = 40;
/** How far from the figure its subject words are taken. */
const SUBJECT_WINDOW = 30;

const RANGE_SEPARATOR_CODES = new CodeSet("-—–~至到―−");
const DASH_CODES = new CodeSet("-—–―−");
const DATE_LIST_SEPARATOR_CODES = new CodeSet("、和及与");
/** 万/亿 written after the digits (1.9万人次); a unit that itself starts with 万 (万元) wins. */
const SCALE_WORDS: readonly [string, number][] = [
  ["万亿", 12],
  ["千万", 7],
  ["百万", 6],
  ["万", 4],
  ["亿", 8],
  ["千", 3],
];
/** What the word right before a figure must end with to be a prefix qualifier. */
const PREFIX_QUALIFIER_LAST_CHARS = new Set(
  PREFIX_QUALIFIERS.map(([word]) => word[word.length - 1])
);
/** 共 and 再 are single characters inside many words; they count only this close to the figure. */
const SHORT_FLAG_REACH = 4;

// ---------------------------------------------------------------------------------------------------
// Character classes and small readers over the folded text

const UNDERSCORE = 0x5f;
const NUMBER_SIGN = 0x23;

function skipSpaces(src: string, p: number): number {
  let q = p;
  for (let code = src.charCodeAt(q); q - p < MAX_SPACES && isSpaceOrTab(code);)
    code = src.charCodeAt(++q);
  return q;
}

const CLAUSE_PUNCTUATION = new CodeSet(";。、\n:!?");

function isClauseBreak(src: string, k: number): boolean {
  const code = src.charCodeAt(k);
  if (code === COMMA || code === DOT)
    return !(isDigitCode(src.charCodeAt(k - 1)) && isDigitCode(src.charCodeAt(k + 1)));
  return (
    CLAUSE_PUNCTUATION.has(code) ||
    (code === QI && src.charCodeAt(k + 1) === ZHONG) ||
    (code === ZHONG && src.charCodeAt(k - 1) === QI)
  );
}

/**
 * Where the clause holding `p` begins, looking back at most `limit` characters. Figures look only
 * this far, so a text's clauses are never worked out beyond the few characters around each figure.
 */
function clauseStartBefore(src: string, p: number, limit: number): number {
  const floor = Math.max(0, p - limit);
  for (let q = p; q > floor; q--) if (isClauseBreak(src, q - 1)) return q;
  return floor;
}

/** Where the clause holding `p` ends (its break, or the end of the text), looking ahead at most `limit` characters. */
function clauseEndAfter(src: string, p: number, limit: number): number {
  const ceiling = Math.min(src.length, p + limit);
  for (let k = p; k < ceiling; k++) if (isClauseBreak(src, k)) return k;
  return ceiling;
}

interface DecimalToken {
  /** Digits and at most one point, thousands separators removed. */
  literal: string;
  start: number;
  end: number;
  isInteger: boolean;
}

/** Where the run of ASCII digits from `p` ends. */
function digitsEnd(src: string, p: number): number {
  let q = p;
  while (isDigitCode(src.charCodeAt(q))) q++;
  return q;
}

/** A point with a digit after it at `q` (a decimal point, or a separator of versions and dates). */
function isDecimalPointAt(src: string, q: number): boolean {
  return src.charCodeAt(q) === DOT && isDigitCode(src.charCodeAt(q + 1));
}

/** `1,057`, `4.73`, `69911.5` at `p`. A comma groups thousands only before exactly three digits. */
function readDecimal(src: string, p: number): DecimalToken {
  let q = digitsEnd(src, p);
  let literal = src.slice(p, q);
  if (q - p <= 3) {
    while (
      src.charCodeAt(q) === COMMA &&
      isDigitCode(src.charCodeAt(q + 1)) &&
      isDigitCode(src.charCodeAt(q + 2)) &&
      isDigitCode(src.charCodeAt(q + 3)) &&
      !isDigitCode(src.charCodeAt(q + 4))
    ) {
      literal += src.slice(q + 1, q + 4);
      q += 4;
    }
  }
  let isInteger = true;
  if (isDecimalPointAt(src, q)) {
    const fractionStart = q + 1;
    q = digitsEnd(src, fractionStart);
    literal += "." + src.slice(fractionStart, q);
    isInteger = false;
  }
  return { literal, start: p, end: q, isInteger };
}

const DATE_WORDS_BY_FIRST_CHAR = new WordIndex(DATE_WORDS, "first");
const SCALE_FIRST_CHARS = new CodeSet(SCALE_WORDS.map(([word]) => word[0]));

function dateWordAt(src: string, p: number): boolean {
  const q = skipSpaces(src, p);
  return DATE_WORDS_BY_FIRST_CHAR.withCode(src.charCodeAt(q)).some((word) =>
    src.startsWith(word, q)
  );
}

function scaleAt(src: string, p: number): { power10: number; end: number } | null {
  if (!SCALE_FIRST_CHARS.has(src.charCodeAt(p))) return null;
  for (const [word, power10] of SCALE_WORDS)
    if (src.startsWith(word, p)) return { power10, end: p + word.length };
  return null;
}

/** Four digits from 1900 to 2199: a year when nothing says otherwise. `literal` holds digits and a point. */
function isYearNumber(literal: string): boolean {
  return literal.length === 4 && !literal.includes(".") && literal >= "1900" && literal <= "2199";
}

/** `2023.5`, `2023.12`: a four-digit year, a point and a month, as dates are also written. */
function readsAsYearAndMonth(literal: string): boolean {
  const [integerPart, fraction] = literal.split(".");
  if (fraction === undefined || fraction.length > 2 || !isYearNumber(integerPart)) return false;
  const month = Number(fraction);
  return month >= 1 && month <= 12;
}

/** At line start, ignoring a few spaces: where list numbers (`1.`, `2、`) stand. */
function atLineStart(src: string, p: number): boolean {
  let k = p - 1;
  while (k >= 0 && p - k <= 4 && isSpaceOrTab(src.charCodeAt(k))) k--;
  return k < 0 || src.charCodeAt(k) === NEWLINE;
}

/** The code of the last character before `p` other than a few spaces; NaN at the start. */
function previousNonSpace(src: string, p: number): number {
  let k = p - 1;
  while (k >= 0 && p - k <= MAX_SPACES && src.charCodeAt(k) === SPACE) k--;
  return src.charCodeAt(k);
}

// ---------------------------------------------------------------------------------------------------
// Finding the figures

/** A figure before its qualifiers, flags and subject are worked out. */
interface FoundFigure {
  value: number;
  valueMax?: number;
  unit: string;
  start: number;
  end: number;
  source: "digits" | "chinese";
  /** 100余人, 三十多名: "more than". */
  moreThan: boolean;
}

type Scan = { figure: FoundFigure | null; next: number };

/** The unit after a number, past an optional 余/多, and where the figure ends. */
function readUnit(
  src: string,
  p: number
): { unit: UnitMatch | null; moreThan: boolean; end: number } {
  let q = skipSpaces(src, p);
  let moreThan = false;
  if (MORE_THAN_CODES.has(src.charCodeAt(q))) {
    moreThan = true;
    q = skipSpaces(src, q + 1);
  }
  const unit = matchUnitAt(src, q);
  if (unit !== null) return { unit, moreThan, end: unit.end };
  return { unit: null, moreThan, end: moreThan ? skipSpaces(src, p) + 1 : p };
}

/** The rest of a number after its digits: a unit, or 万/亿 and a unit, and where that ends. */
function readMagnitude(src: string, p: number): { power10: number; unitAt: number } {
  const q = skipSpaces(src, p);
  if (matchUnitAt(src, q) !== null) return { power10: 0, unitAt: p };
  const scale = scaleAt(src, q);
  return scale === null ? { power10: 0, unitAt: p } : { power10: scale.power10, unitAt: scale.end };
}

/** What closes an identifier's number: 1#, 〔2023〕, [3], 【5】. */
const IDENTIFIER_ENDS = new CodeSet("#〕]】");
/** What ends a list number opening a line or a sentence: 1. 2、 3) */
const ITEM_NUMBER_ENDS = new CodeSet(".、)");
/** Sentence ends after which a number may open a list item. */
const ITEM_OPENERS = new CodeSet("。;!?:");
const NUMERIC_DATE_SEPARATORS = new CodeSet("-/.");
const DI = "第".charCodeAt(0);

/** What scanning remembers between numbers. */
interface ScanState {
  /** Numbers before this belong to a list already found not to be dates, which need not be read again. */
  notDateListBefore: number;
}

/** A figure written in Arabic digits starting at `p`, or why the digits there are no figure. */
function scanDigits(src: string, p: number, state: ScanState): Scan {
  const first = readDecimal(src, p);
  const skip = (next: number): Scan => ({ figure: null, next });
  const before = src.charCodeAt(p - 1);

  // Identifiers: G518, A1教学楼, B1B2, 1#, 〔2023〕, versions and dates like 1.2.3.
  if (isAsciiLetterCode(before) || before === UNDERSCORE || before === NUMBER_SIGN)
    return skip(first.end);
  if (isDecimalPointAt(src, first.end)) {
    let q = first.end;
    while (isDecimalPointAt(src, q)) q = digitsEnd(src, q + 1);
    return skip(q);
  }
  const after = src.charCodeAt(first.end);
  if (IDENTIFIER_ENDS.has(after)) return skip(first.end);
  if (
    (after === COLON && isDigitCode(src.charCodeAt(first.end + 1))) ||
    (before === COLON && isDigitCode(src.charCodeAt(p - 2)))
  ) {
    return skip(first.end);
  }
  // Ordinals: 第2剂次, (1), and 1. or 2、 opening a line or a sentence.
  const previous = previousNonSpace(src, p);
  if (previous === DI) return skip(first.end);
  if (first.isInteger && before === OPEN_PARENTHESIS && after === CLOSE_PARENTHESIS)
    return skip(first.end + 1);
  const opensItem = atLineStart(src, p) || ITEM_OPENERS.has(previous);
  if (first.isInteger && opensItem && ITEM_NUMBER_ENDS.has(after)) return skip(first.end + 1);
  // Dates: 2023年, 8月, 2023-12-31, 2023.08, 1、2月份.
  if (dateWordAt(src, first.end)) return skip(first.end);
  if (
    first.isInteger &&
    isYearNumber(first.literal) &&
    NUMERIC_DATE_SEPARATORS.has(after) &&
    isDigitCode(src.charCodeAt(first.end + 1))
  ) {
    let q = first.end;
    for (
      let group = 0;
      group < 2 &&
      NUMERIC_DATE_SEPARATORS.has(src.charCodeAt(q)) &&
      isDigitCode(src.charCodeAt(q + 1));
      group++
    ) {
      const next = readDecimal(src, q + 1);
      if (next.literal.length > 2) break;
      q = next.end;
    }
    if (q !== first.end) return skip(q);
  }
  if (p >= state.notDateListBefore) {
    const list = numberListAfter(src, first.end);
    if (list.isDate) return skip(list.end);
    state.notDateListBefore = list.end;
  }

  const magnitude = readMagnitude(src, first.end);
  const range = readRangeEnd(src, magnitude.unitAt, magnitude.power10);
  if (range === "date") return skip(skipRangeSeparator(src, magnitude.unitAt) ?? first.end);
  const power10 = range !== null && magnitude.power10 === 0 ? range.power10 : magnitude.power10;
  const value = scaleDecimal(first.literal, power10);
  const valueMax = range === null ? undefined : scaleDecimal(range.token.literal, power10);
  // 10-3 is no range; the upper number is read on its own.
  const upper = valueMax !== undefined && valueMax > value && range !== null ? range : null;
  const unit = readUnit(src, upper !== null ? upper.unitAt : magnitude.unitAt);
  const unitName = unit.unit?.unit ?? "";

  if (unitName === "" && isAsciiLetterCode(src.charCodeAt(skipSpaces(src, unit.end))))
    return skip(unit.end);
  if (unitName === "" && power10 === 0) {
    // 2023.5 alone reads as a year and month; 2024-2026 alone as years.
    if (readsAsYearAndMonth(first.literal)) return skip(first.end);
    if (
      upper !== null &&
      upper.dashed &&
      isYearNumber(first.literal) &&
      isYearNumber(upper.token.literal)
    ) {
      return skip(upper.token.end);
    }
  }

  const figure: FoundFigure = {
    value,
    unit: unitName,
    start: p,
    end: unit.end,
    source: "digits",
    moreThan: unit.moreThan,
  };
  if (upper !== null) figure.valueMax = valueMax;
  return { figure, next: unit.end };
}

/**
 * The list of numbers starting after the number ending at `p` (`、2、3`): where it ends, and whether a
 * date word follows it (`1、2月份`, `3、4季度`).
 */
function numberListAfter(src: string, p: number): { end: number; isDate: boolean } {
  let q = p;
  let items = 0;
  while (
    items < MAX_LIST_ITEMS &&
    DATE_LIST_SEPARATOR_CODES.has(src.charCodeAt(skipSpaces(src, q)))
  ) {
    const r = skipSpaces(src, skipSpaces(src, q) + 1);
    if (!isDigitCode(src.charCodeAt(r))) break;
    q = readDecimal(src, r).end;
    items++;
  }
  return { end: q, isDate: items > 0 && dateWordAt(src, q) };
}

function skipRangeSeparator(src: string, p: number): number | null {
  const q = skipSpaces(src, p);
  if (!RANGE_SEPARATOR_CODES.has(src.charCodeAt(q))) return null;
  let r = q + 1;
  while (r - q < 3 && DASH_CODES.has(src.charCodeAt(r))) r++;
  return skipSpaces(src, r);
}

interface RangeEnd {
  token: DecimalToken;
  power10: number;
  unitAt: number;
  /** Written with a dash rather than 至/到. */
  dashed: boolean;
}

/**
 * The upper end of a range after a number (`3-5`, `3—5名`, `3至5`, `3-5万人`), 'date' when the range
 * is one of months or days (`1-6月份`), or null. `firstPower10` is the 万/亿 written after the lower end.
 */
function readRangeEnd(src: string, p: number, firstPower10: number): RangeEnd | "date" | null {
  const q = skipRangeSeparator(src, p);
  if (q === null || !isDigitCode(src.charCodeAt(q))) return null;
  const token = readDecimal(src, q);
  if (dateWordAt(src, token.end)) return "date";
  if (isDecimalPointAt(src, token.end)) return null;
  const magnitude = readMagnitude(src, token.end);
  // 3万-5人 mixes magnitudes; it is no range.
  if (firstPower10 !== 0 && magnitude.power10 !== firstPower10) return null;
  return {
    token,
    power10: magnitude.power10,
    unitAt: magnitude.unitAt,
    dashed: DASH_CODES.has(src.charCodeAt(skipSpaces(src, p))),
  };
}

/**
 * Whether a Chinese numeral with its classifier is part of a word (统一部署, 进一步, 一次性, 个人) or a
 * slogan (一户一档), not a count.
 */
function isWordNotCount(src: string, p: number, numeral: string, unitEnd: number): boolean {
  // 一户一档 and 一村一年一场戏 are slogans: a 一 next to another 一X is no count
  if (
    numeral === "一" &&
    (WORD_CHARS_BEFORE_一.includes(src[p - 1] ?? "\u0000") ||
      src[unitEnd] === "一" ||
      src[p - 2] === "一")
  )
    return true;
  const unitStart = p + numeral.length;
  return WORDS_STARTING_WITH_UNIT.some(
    (word) => src.startsWith(word, unitStart) && unitEnd - unitStart < word.length
  );
}

/** A Chinese numeral at `p` (三个, 两千人, 一万二千人, 三至五名), or why it is no figure. */
function scanChinese(src: string, p: number): Scan {
  let runEnd = p;
  while (isChineseNumeralCode(src.charCodeAt(runEnd))) runEnd++;
  const skip: Scan = { figure: null, next: runEnd };
  if (runEnd - p > MAX_CHINESE_NUMERAL_LENGTH || previousNonSpace(src, p) === DI) return skip;

  // A unit may begin with the run's last character: 三千五百万元 is 3500 万元.
  let numeralEnd = runEnd;
  let unitAt = runEnd;
  const last = src[runEnd - 1];
  if (runEnd - p > 1 && (last === "万" || last === "亿" || last === "千")) {
    const unit = matchUnitAt(src, runEnd - 1);
    if (unit !== null && (last !== "千" || KILO_UNITS.has(unit.unit))) {
      numeralEnd = runEnd - 1;
      unitAt = runEnd - 1;
    }
  }
  const value = parseChineseNumeral(src.slice(p, numeralEnd));
  if (value === null) return skip;

  let valueMax: number | undefined;
  const separatorEnd = skipRangeSeparator(src, runEnd);
  if (separatorEnd !== null && unitAt === runEnd) {
    let upperEnd = separatorEnd;
    while (
      upperEnd < src.length &&
      isChineseNumeralChar(src[upperEnd]) &&
      upperEnd - separatorEnd < MAX_CHINESE_NUMERAL_LENGTH
    )
      upperEnd++;
    const upper = parseChineseNumeral(src.slice(separatorEnd, upperEnd));
    if (upper !== null && upper > value && matchUnitAt(src, skipSpaces(src, upperEnd)) !== null) {
      valueMax = upper;
      unitAt = upperEnd;
    }
  }

  const unit = readUnit(src, unitAt);
  const numeral = src.slice(p, numeralEnd);
  let unitName = unit.unit?.unit ?? "";
  let start = p;
  if (unitName === "" && p >= 3 && src.startsWith("百分之", p - 3)) {
    unitName = "%";
    start = p - 3;
  } else if (unitName === "") {
    // Without a unit only 十万, 两亿… count: 一是, 统一, 三级 do not.
    if (!numeral.endsWith("万") && !numeral.endsWith("亿")) return skip;
  } else if (CHINESE_NAME_UNITS.has(unitName) || isWordNotCount(src, p, numeral, unit.end)) {
    return { figure: null, next: unit.end };
  }
  const figure: FoundFigure = {
    value,
    unit: unitName,
    start,
    end: unit.end,
    source: "chinese",
    moreThan: unit.moreThan,
  };
  if (valueMax !== undefined) figure.valueMax = valueMax;
  return { figure, next: unit.end };
}

/** The figures in `text`, before qualifiers and subjects. */
function scanFigures(src: string): FoundFigure[] {
  const found: FoundFigure[] = [];
  const state: ScanState = { notDateListBefore: 0 };
  let i = 0;
  while (i < src.length) {
    const code = src.charCodeAt(i);
    let scan: Scan | null = null;
    if (isDigitCode(code)) scan = scanDigits(src, i, state);
    else if (isChineseNumeralCode(code) && !isChineseNumeralCode(src.charCodeAt(i - 1)))
      scan = scanChinese(src, i);
    if (scan === null) {
      i++;
      continue;
    }
    if (scan.figure !== null) found.push(scan.figure);
    i = Math.max(scan.next, i + 1);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------
// Qualifiers, flags and subjects

interface Qualified {
  found: FoundFigure;
  /** Where the qualifier before the figure begins (its start when there is none). */
  prefixStart: number;
  /** Where the qualifier after the figure ends (its end when there is none). */
  suffixEnd: number;
  prefixQualifier?: Qualifier;
  suffixQualifier?: Qualifier;
}

function prefixQualifierBefore(
  src: string,
  before: number
): { word: string; qualifier: Qualifier } | null {
  if (!PREFIX_QUALIFIER_LAST_CHARS.has(src[before - 1] ?? "")) return null;
  for (const [word, qualifier] of PREFIX_QUALIFIERS) {
    if (before < word.length || !src.startsWith(word, before - word.length)) continue;
    if (word === "近" && NOT_APPROX_BEFORE_近.includes(src[before - 2] ?? "\u0000")) continue;
    return { word, qualifier };
  }
  return null;
}

function qualify(src: string, found: FoundFigure): Qualified {
  const qualified: Qualified = { found, prefixStart: found.start, suffixEnd: found.end };
  let before = found.start;
  while (found.start - before < MAX_SPACES && src[before - 1] === " ") before--;
  const prefix = prefixQualifierBefore(src, before);
  if (prefix !== null) {
    qualified.prefixQualifier = prefix.qualifier;
    qualified.prefixStart = before - prefix.word.length;
  }
  const after = skipSpaces(src, found.end);
  for (const [word, qualifier] of SUFFIX_QUALIFIERS) {
    if (!src.startsWith(word, after)) continue;
    qualified.suffixQualifier = qualifier;
    qualified.suffixEnd = after + word.length;
    break;
  }
  return qualified;
}

const AIM_BY_FIRST_CHAR = new WordIndex(AIM_WORDS, "first");
const CUMULATIVE_BY_FIRST_CHAR = new WordIndex(CUMULATIVE_WORDS, "first");
const INCREMENT_BY_FIRST_CHAR = new WordIndex(INCREMENT_WORDS, "first");
const AFTER_SUBJECT_STOPS_BY_FIRST_CHAR = new WordIndex(AFTER_SUBJECT_STOPS, "first");

/** A single-character flag word (共, 再) close before `end`, not inside a longer word that means else. */
function shortFlagBefore(
  src: string,
  from: number,
  end: number,
  ch: string,
  accepts: (src: string, at: number) => boolean
): boolean {
  for (let k = Math.max(from, end - SHORT_FLAG_REACH); k < end; k++)
    if (src[k] === ch && accepts(src, k)) return true;
  return false;
}

/** 共 as "in all", not in 公共 or 共享/共同/共建…. */
function isCumulative共(src: string, at: number): boolean {
  return src[at - 1] !== "公" && !NOT_CUMULATIVE_AFTER_共.includes(src[at + 1]);
}

/** 再 as "a further", not in 再就业/再生/再次/再造. */
function isIncrement再(src: string, at: number): boolean {
  return !NOT_INCREMENT_AFTER_再.some((w) => src.startsWith(w, at + 1));
}

function isCjkIdeographCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

function isSubjectCode(code: number): boolean {
  return isCjkIdeographCode(code) || isAsciiLetterCode(code) || isDigitCode(code);
}

/** Text with no Chinese character or Latin letter holds no subject. */
function mayHoldSubject(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (isCjkIdeographCode(code) || isAsciiLetterCode(code)) return true;
  }
  return false;
}

/**
 * Where a subject stands within its text while words are stripped from its ends: the bounds move,
 * and the subject is cut out once at the end rather than at every step.
 */
interface SubjectSpan {
  text: string;
  start: number;
  end: number;
}

/** Drops what is no word character at either end; a closing parenthesis may end a subject. */
function stripSubjectEdges(span: SubjectSpan): void {
  const { text } = span;
  while (span.start < span.end && !isSubjectCode(text.charCodeAt(span.start))) span.start++;
  while (span.end > span.start) {
    const last = text.charCodeAt(span.end - 1);
    if (isSubjectCode(last) || last === CLOSE_PARENTHESIS) break;
    span.end--;
  }
}

const LEADING_BY_FIRST_CHAR = new WordIndex(LEADING_SUBJECT_WORDS, "first");
/** Fillers end a subject first; after them, qualifiers of more than one character (至少, 超过). */
const FILLERS_BY_LAST_CHAR = new WordIndex(
  [...TRAILING_FILLER_WORDS, ...PREFIX_QUALIFIERS.map(([w]) => w).filter((w) => w.length > 1)],
  "last"
);
const GENERIC_BY_LAST_CHAR = new WordIndex(TRAILING_GENERIC_WORDS, "last");
/** What ends a list number before a subject (`1.`, `2、`, `3)`). */
const LIST_NUMBER_END_CODES = new CodeSet(".、)");

/** Removes list numbers (`1.`, `2、`) and leading verbs and qualifiers, keeping at least two characters. */
function stripLeadingWords(span: SubjectSpan): void {
  const { text } = span;
  stripSubjectEdges(span);
  for (;;) {
    let k = span.start;
    while (k < span.end && isDigitCode(text.charCodeAt(k))) k++;
    if (k > span.start && k < span.end && LIST_NUMBER_END_CODES.has(text.charCodeAt(k))) {
      span.start = k + 1;
      stripSubjectEdges(span);
      continue;
    }
    if (span.start >= span.end) return;
    const room = span.end - span.start;
    let word: string | undefined;
    for (const w of LEADING_BY_FIRST_CHAR.withCode(text.charCodeAt(span.start))) {
      if (room - w.length >= 2 && text.startsWith(w, span.start)) {
        word = w;
        break;
      }
    }
    if (word === undefined) return;
    span.start += word.length;
    stripSubjectEdges(span);
  }
}

/** The first of `words` that ends the span, leaving at least `keep` characters. */
function wordEnding(span: SubjectSpan, words: readonly string[], keep: number): string | undefined {
  const room = span.end - span.start;
  for (const w of words) if (room - w.length >= keep && span.text.endsWith(w, span.end)) return w;
  return undefined;
}

/**
 * Removes trailing fillers (达到, 共计, 至少, 的) always, and generic verbs (建设, 施工) when two characters
 * remain. Single-character qualifiers stay: 约 ends 签约.
 */
function stripTrailingWords(span: SubjectSpan): void {
  stripSubjectEdges(span);
  while (span.start < span.end) {
    const last = span.text.charCodeAt(span.end - 1);
    const word =
      wordEnding(span, FILLERS_BY_LAST_CHAR.withCode(last), 0) ??
      wordEnding(span, GENERIC_BY_LAST_CHAR.withCode(last), 2);
    if (word === undefined) return;
    span.end -= word.length;
    stripSubjectEdges(span);
  }
}

/** Spaces and quotation marks: inside a subject they count for nothing (`1场“护戎江淮”法律讲座`). */
const SPACES_AND_QUOTES = /[\s“”"]+/g;
/** What `\s` matches, as codes: ASCII tab to carriage return and space, and Unicode's spaces. */
const WHITE_SPACE_CODES = new CodeSet(
  "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" +
    "\u2028\u2029\u202f\u205f\u3000\ufeff"
);
const QUOTE_CODES = new CodeSet('“”"');

/** Whether text[from, to) holds white space or a quotation mark, without cutting it out. */
function holdsSpaceOrQuote(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (WHITE_SPACE_CODES.has(code) || QUOTE_CODES.has(code)) return true;
  }
  return false;
}

/**
 * The subject in text[from, to): spaces and quotation marks dropped, leading and trailing words
 * stripped; after a figure, a leading 的 goes too (`300名的老人` → 老人).
 */
function subjectIn(text: string, from: number, to: number, after: boolean): string {
  let span: SubjectSpan = { text, start: from, end: to };
  if (holdsSpaceOrQuote(text, from, to)) {
    const squeezed = text.slice(from, to).replace(SPACES_AND_QUOTES, "");
    span = { text: squeezed, start: 0, end: squeezed.length };
  }
  if (after) {
    stripSubjectEdges(span);
    if (span.start < span.end && span.text.charCodeAt(span.start) === DE) span.start++;
  }
  stripLeadingWords(span);
  stripTrailingWords(span);
  return span.text.slice(span.start, span.end);
}

const DATE_UNIT_CODES = new CodeSet("年月日号");
const DATE_EDGE_CODES = new CodeSet("底初末");
const TEN_DAY_CODES = new CodeSet("上中下");
const [NIAN, YUE, BAN, FEN, DU, JI, XUN, DE] = [..."年月半份度季旬的"].map((ch) =>
  ch.charCodeAt(0)
);

/**
 * Where a date ends within text[from, to), as the last place a subject may start: after `2023年8月`,
 * `1-6月份`, `一季度`, `年底前`. A character check rather than findPeriods, as it runs for every figure.
 */
function afterLastDate(text: string, from: number, to: number): number {
  let cut = from;
  for (let k = from + 1; k < to; k++) {
    const ch = text.charCodeAt(k);
    const prev = text.charCodeAt(k - 1);
    const afterNumber = isDigitCode(prev) || isChineseNumeralCode(prev);
    if (
      (DATE_UNIT_CODES.has(ch) && afterNumber) ||
      (ch === NIAN && prev === BAN) ||
      ((ch === FEN || ch === DU) && cut === k) ||
      (ch === DU && prev === JI) ||
      (DATE_EDGE_CODES.has(ch) && (prev === YUE || prev === NIAN)) ||
      (ch === XUN && TEN_DAY_CODES.has(prev))
    ) {
      cut = k + 1;
    }
  }
  for (const word of DATE_SUFFIX_WORDS)
    if (cut + word.length <= to && text.startsWith(word, cut)) return cut + word.length;
  return cut;
}

/**
 * The subject in the words of text[from, to) before a figure: past any date, without leading verbs
 * and trailing fillers. Quotes mark names inside a subject (`1场“护戎江淮”法律讲座`); the words
 * count, not the marks.
 */
function subjectBefore(text: string, from: number, to: number): string {
  if (!mayHoldSubject(text, from, to)) return "";
  return subjectIn(text, afterLastDate(text, from, to), to, false);
}

/**
 * The subject in the words of text[from, to) after a figure, up to the first verb or aside
 * (`为300名老人提供服务` → 老人).
 */
function subjectAfter(text: string, from: number, to: number): string {
  if (!mayHoldSubject(text, from, to)) return "";
  const stop = AFTER_SUBJECT_STOPS_BY_FIRST_CHAR.firstIn(text, from, to);
  let end = stop >= 0 ? stop : to;
  for (let k = from; k < end; k++) {
    if (isDigitCode(text.charCodeAt(k))) {
      end = k;
      break;
    }
  }
  return subjectIn(text, from, end, true);
}

/** A text being read for figures, in the forms the steps need. */
interface Reading {
  /** As given: figure texts are cut from it. */
  text: string;
  /** Half-width: subjects are cut from it. */
  half: string;
  /** Half-width with ASCII letters lowered: scanned. */
  src: string;
  figures: Qualified[];
}

function describe(reading: Reading, k: number): Figure {
  const { text, half, src, figures } = reading;
  const { found, prefixStart, suffixEnd, prefixQualifier, suffixQualifier } = figures[k];
  const previousEnd = k > 0 ? figures[k - 1].suffixEnd : 0;
  const nextStart = k + 1 < figures.length ? figures[k + 1].prefixStart : src.length;

  const flagsFrom = Math.max(
    clauseStartBefore(src, prefixStart, FLAG_WINDOW),
    Math.min(previousEnd, prefixStart)
  );
  const aim = AIM_BY_FIRST_CHAR.firstIn(src, flagsFrom, prefixStart) >= 0;
  const cumulative =
    CUMULATIVE_BY_FIRST_CHAR.firstIn(src, flagsFrom, prefixStart) >= 0 ||
    shortFlagBefore(src, flagsFrom, prefixStart, "共", isCumulative共);
  const increment =
    INCREMENT_BY_FIRST_CHAR.firstIn(src, flagsFrom, prefixStart) >= 0 ||
    shortFlagBefore(src, flagsFrom, prefixStart, "再", isIncrement再);

  const beforeFrom = Math.max(
    clauseStartBefore(src, prefixStart, SUBJECT_WINDOW),
    Math.min(previousEnd, prefixStart)
  );
  const afterTo = Math.min(
    clauseEndAfter(src, suffixEnd, SUBJECT_WINDOW),
    Math.max(nextStart, suffixEnd)
  );
  const before = subjectBefore(half, beforeFrom, prefixStart);
  const after = subjectAfter(half, suffixEnd, afterTo);
  let subject: string;
  if (SUBJECT_BEFORE_UNITS.has(found.unit)) subject = before !== "" ? before : after;
  else subject = after.length >= 2 || before === "" ? after : before;

  const figure: Figure = {
    value: found.value,
    unit: found.unit,
    subject,
    start: found.start,
    end: found.end,
    text: text.slice(found.start, found.end),
    source: found.source,
  };
  if (found.valueMax !== undefined) figure.valueMax = found.valueMax;
  const qualifier =
    suffixQualifier ?? prefixQualifier ?? (found.moreThan ? "atLeast" : aim ? "aim" : undefined);
  if (qualifier !== undefined) figure.qualifier = qualifier;
  if (cumulative) figure.cumulative = true;
  if (increment) figure.increment = true;
  return figure;
}

/** Half-width with ASCII letters lowered, character for character, so offsets stay those of the input. */
function foldForScan(half: string): string {
  return half.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/**
 * Every figure in `text`, in order. Accepts raw cell text (full-width digits, scan spaces); offsets
 * index `text` itself. Strip HTML beforehand (normalizeText) if the text may hold it.
 */
export const parseFigures: (text: string) => readonly Figure[] = memoizeByText(readFigures);

/**
 * parseFigures without the text memory, for text read once (the body of a plan entry): remembering
 * what no one asks for again would cost more than it saves. The result is the caller's own.
 */
export function readFigures(text: string): Figure[] {
  const half = toHalfWidth(text);
  const src = foldForScan(half);
  const figures = scanFigures(src).map((found) => qualify(src, found));
  if (figures.length === 0) return [];
  const reading: Reading = { text, half, src, figures };
  return figures.map((_, k) => describe(reading, k));
}

/**
 * Whether any figure of `text` can be a percent: one needs a percent sign (of either width) or
 * 百分之. Rules that read only percents pass over other text without parsing it.
 */
export function mayStatePercent(text: string): boolean {
  return text.includes("%") || text.includes("％") || text.includes("百分之");
}

/**
 * A cell that is nothing but a number: '1,234.5', '１２０', ' 69911.5 ', '2.2亿', '三', '-3'. Anything
 * more, a qualifier (约5), a unit (5个) or a percent (72%), gives null: those are figures, for
 * parseFigures.
 */
export function parseNumber(text: string): number | null {
  const trimmed = toHalfWidth(text).trim();
  const negative = trimmed[0] === "-" || trimmed[0] === "−";
  const body = negative || trimmed[0] === "+" ? trimmed.slice(1).trim() : trimmed;
  if (body === "") return null;
  let value: number | null = null;
  if (isAsciiDigit(body[0])) {
    const token = readDecimal(body, 0);
    const scale =
      token.end === body.length ? { power10: 0, end: token.end } : scaleAt(body, token.end);
    if (scale !== null && scale.end === body.length)
      value = scaleDecimal(token.literal, scale.power10);
  } else {
    value = parseChineseNumeral(body);
  }
  if (value === null || !Number.isFinite(value)) return null;
  return negative ? -value : value;
}

/**
 * Text that parseFigures reads back to the same value, unit, range and qualifier: `约3-5名`,
 * `1000人以上`, `力争2.2亿元`. Values are written out in full (no 万/亿), so 19000 人次 gives `19000人次`.
 */
export function formatFigure(
  figure: Pick<Figure, "value" | "unit" | "valueMax" | "qualifier">
): string {
  const unitless = figure.unit === "";
  const number = (value: number): string => {
    const plain = toPlainDecimal(value);
    // Without a unit 2023.5 reads as May 2023; 2023.500 does not.
    return unitless && readsAsYearAndMonth(plain)
      ? plain.padEnd(plain.indexOf(".") + 4, "0")
      : plain;
  };
  // 2024-2026 without a unit reads as years, so unitless ranges are written with 至.
  const range =
    figure.valueMax === undefined ? "" : (unitless ? "至" : "-") + number(figure.valueMax);
  const body = number(figure.value) + range + figure.unit;
  switch (figure.qualifier) {
    case "approx":
      return "约" + body;
    case "aim":
      return "力争" + body;
    case "atLeast":
      return body + "以上";
    case "atMost":
      return body + "以内";
    default:
      return body;
  }
}
