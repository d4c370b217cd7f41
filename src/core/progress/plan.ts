/**
 * Plan cells (进度计划, 项目月度计划, 月度计划): what will be done when, read into milestones in the order
 * written (`一季度：…`, `①5月，…`, `1 月：… 2 月：…`), with the headings that group them
 * (`公共停车泊位：`) and the quantities each one names.
 *
 * Where a label stands. A date phrase is a milestone's label when it opens an entry:
 *   1. at the start of the cell, of a line or of a run of three or more spaces (a pasted line break),
 *      right after a circled marker (①) or right after a heading's colon;
 *   2. at the start of a sentence, after 。 ; ! ?;
 *   3. anywhere else when a colon follows it (`审核2月:开展`), or when a space precedes it and a comma
 *      or an entry verb follows it (`统计 4-5月,对`, `任务 2、3 月份完成`), unless it is a deadline,
 *      a part of a month or follows 到/在/于 (`到 6 月底完成`): those are dates inside the text.
 * A circled marker that counts down is a stray copy left by scanning, inside its entry, unless a
 * date follows it (`②4月 ①3月`: the disorder stays for a later rule to flag).
 * In places 1 and 2 a list number may precede the label (`2、3-6月份`). A label must start with a
 * number, 第 or 上/下半年; a bare year (`2023年`) or a word (`年底`, `全年`) is a label only when a
 * colon follows it, and a bare year followed by another label sets the year of the labels after it.
 * A heading is a short line-opening text ending in a colon that a label or the end of the line
 * follows (`出租车更新：3月底…`, `西门片区：`), or in a semicolon ending the line before a label line.
 */

import { isDigitCode } from "../text/decimal";
import { CodeSet } from "../text/codeSet";
import { Figure, readFigures } from "../text/figures";
import { circledNumberValue, removeScanSpaces, stripHtml, toHalfWidth } from "../text/normalize";
import { isChineseNumeralCode } from "../text/numerals";
import {
  NotADate,
  Period,
  PeriodContext,
  addDays,
  isPhraseInitial,
  PeriodScan,
} from "../text/periods";
import {
  CIRCLED_FIRST,
  CIRCLED_LAST,
  CLOSE_PARENTHESIS,
  COLON,
  COMMA,
  DOT,
  LIST_COMMA,
  NEWLINE,
  OPEN_PARENTHESIS,
  SEMICOLON,
  isSpaceOrTab,
} from "../text/charCodes";
import { ENTRY_VERBS, PREPOSITIONS } from "../vocabulary/plans";

export interface Milestone {
  /** When: the period the entry is labelled with (一季度 → Jan 1–Mar 31 of ctx.year, '5月' → May, '1、2月份' → Jan–Feb). */
  period: Period;
  /** The label as written, scan spaces removed: '一季度', '5月', '3-5月', '1、2月份', '11月18日', '2024年6月底'. */
  label: string;
  /** The entry's text after its label, normalised and trimmed of leading ：:，, and spaces. */
  text: string;
  /** A heading the entry sits under, when a cell holds several sub-plans ('公共停车泊位', '西门片区', '出租车更新'); null otherwise. */
  topic: string | null;
  /** Quantities the entry names (readFigures over `text`; dates are not figures). */
  figures: readonly Figure[];
  /** Position of the label in the plan text with HTML stripped, full-width folded and CRLF made LF. */
  offset: number;
}

export interface ParsedPlan {
  milestones: Milestone[];
  /** Text before the first label, headings left out, or the whole text when no label is found. */
  preamble: string;
  /** Labels that are not dates (`2023年13月`): reported by a rule later. */
  invalid: { label: string; reason: string; offset: number }[];
}

/** Longer than any label (`2024年11月18日至2025年1月5日前`), short enough to keep label checks cheap. */
const LABEL_WINDOW = 48;
/** Headings are names (`中恒国际、泰山路、海安路片区`), not sentences. */
const MAX_HEADING = 40;
/** A run of spaces this long stands for a line break lost when the cell was pasted. */
const LINE_BREAK_SPACES = 3;
/** Scan spaces between a label and what follows it. */
const MAX_GAP = 2;

const SENTENCE_ENDS = "。;!?";
/** Characters no label holds: a label's window ends at the first. */
const LABEL_BREAKS = "\n。;!?:";
/** Characters a label may start with without a colon after it: numbers, 第, 上半年/下半年. */
const LABEL_INITIALS = "第上下";
const RANGE_CHARS = "-—–~至到―−";
const CHINESE_LIST_NUMERALS = "一二三四五六七八九十";

type Reading = Period | NotADate;

function isNotADate(reading: Reading): reading is NotADate {
  return "invalid" in reading;
}

// Scanning compares character codes: a one-character string made per character read is most of
// what reading long cells would cost.

const SENTENCE_END_CODES = new CodeSet(SENTENCE_ENDS);
const LABEL_INITIAL_CODES = new CodeSet(LABEL_INITIALS);
const LABEL_BREAK_CODES = new CodeSet(LABEL_BREAKS);
/** What ties an entry's text to its label (`一季度：`, `5月，`). */
const LABEL_TIES = new CodeSet(":,、 ");

/** Characters that bear on where entries open: line breaks, spaces, sentence ends and markers. */
const ENTRY_EVENTS = new CodeSet(
  "\n \t" +
    SENTENCE_ENDS +
    String.fromCharCode(
      ...Array.from({ length: CIRCLED_LAST - CIRCLED_FIRST + 1 }, (_, k) => CIRCLED_FIRST + k)
    )
);

function skipSpaces(src: string, p: number, limit = Infinity): number {
  let q = p;
  while (q - p < limit && isSpaceOrTab(src.charCodeAt(q))) q++;
  return q;
}

/** Where the spaces before `p` begin. */
function skipBackSpaces(src: string, p: number): number {
  let k = p;
  while (k > 0 && isSpaceOrTab(src.charCodeAt(k - 1))) k--;
  return k;
}

/** The value of the circled marker (①) at `p`, or null. */
function markerAt(src: string, p: number): number | null {
  const code = src.charCodeAt(p);
  return code >= CIRCLED_FIRST && code <= CIRCLED_LAST ? circledNumberValue(src[p]) : null;
}

/**
 * Part of the plan text in normal form. The text is already half-width and free of HTML, so only
 * the rest of normalizeText is done: stripping HTML twice would unescape `&amp;lt;` twice.
 */
function tidy(part: string): string {
  // Trimmed first: the lines around the text are blank, and most entries are one line.
  const text = removeScanSpaces(part).trim();
  if (!text.includes("\n")) return text;
  return text
    .split("\n")
    .map((line) => line.trim())
    .join("\n");
}

/** Where a list number (`2、`, `1.`, `3)`, `(1)`) at `p` ends, spaces after it included; null if none. */
function listNumberEnd(src: string, p: number): number | null {
  let q = p;
  const open = src.charCodeAt(q) === OPEN_PARENTHESIS;
  if (open) q++;
  const digitsStart = q;
  while (q - digitsStart < 2 && isDigitCode(src.charCodeAt(q))) q++;
  if (q === digitsStart) return null;
  const mark = src.charCodeAt(q);
  if (open) return mark === CLOSE_PARENTHESIS ? skipSpaces(src, q + 1) : null;
  if (
    mark === LIST_COMMA ||
    mark === CLOSE_PARENTHESIS ||
    (mark === DOT && !isDigitCode(src.charCodeAt(q + 1)))
  )
    return skipSpaces(src, q + 1);
  return null;
}

/** A topic as shown: without its list number (`1.`, `一、`) and scan spaces. */
function topicName(heading: string): string {
  const text = tidy(heading);
  let p = listNumberEnd(text, 0) ?? 0;
  if (p === 0) {
    let q = 0;
    while (q < 3 && CHINESE_LIST_NUMERALS.includes(text[q] ?? "\u0000")) q++;
    if (q > 0 && text[q] === "、") p = q + 1;
  }
  return text.slice(p).trim();
}

/** The entry text as shown: normalised, without the punctuation that tied it to its label. */
function entryText(raw: string): string {
  const text = tidy(raw);
  let p = 0;
  while (p < text.length && LABEL_TIES.has(text.charCodeAt(p))) p++;
  return text.slice(p);
}

function lineEndsAt(src: string, p: number): boolean {
  const q = skipSpaces(src, p);
  return q >= src.length || src[q] === "\n" || q - p >= LINE_BREAK_SPACES;
}

/** A found label: its reading and where it stands. */
interface Label {
  reading: Reading;
  /** Where the entry starts: its list number or circled marker, or the label itself. */
  entryStart: number;
  start: number;
  end: number;
}

interface MilestoneMark {
  kind: "milestone";
  start: number;
  end: number;
  period: Period;
  label: Label;
  topic: string | null;
}

/** What reading found, in order: milestones, the headings between them and labels that are no dates. */
type Mark =
  | MilestoneMark
  | { kind: "heading"; start: number; end: number }
  | { kind: "invalid"; start: number; end: number; label: Label; reason: string };

type Position = "segment" | "sentence" | "inline";

/** Reads one plan cell; state is the year, topic and circled marker in force as reading goes on. */
class PlanReader {
  readonly marks: Mark[] = [];
  private year: number;
  /** The year came from the text (a year heading or a label naming one), not from the context. */
  private yearFromText = false;
  private topic: string | null = null;
  private lastMarker = 0;
  /** Everything before this has been read as a label or heading. */
  private consumed = 0;
  /** Readings by position in `cachedYear`: the same place is often tried as line, marker and date. */
  private readonly readings = new Map<number, Reading | null>();
  private cachedYear: number;

  constructor(
    private readonly src: string,
    private readonly ctx: PeriodContext,
    /** The dates findPeriods finds in the cell, which labels are read from where they can be. */
    private readonly scan: PeriodScan
  ) {
    this.year = ctx.year;
    this.cachedYear = ctx.year;
  }

  /** The date phrase starting exactly at `p`, read in the year in force. */
  private readingAt(p: number): Reading | null {
    if (!isPhraseInitial(this.src.charCodeAt(p))) return null;
    if (this.cachedYear !== this.year) {
      this.readings.clear();
      this.cachedYear = this.year;
    }
    const cached = this.readings.get(p);
    if (cached !== undefined) return cached;
    // A label holds no clause break, so the window ends at the first one.
    let end = p;
    while (
      end < this.src.length &&
      end - p < LABEL_WINDOW &&
      !LABEL_BREAK_CODES.has(this.src.charCodeAt(end))
    )
      end++;
    const reading = this.scan.periodAt(p, end, this.year);
    this.readings.set(p, reading);
    return reading;
  }

  private colonAfter(p: number): boolean {
    return this.src.charCodeAt(skipSpaces(this.src, p, MAX_GAP)) === COLON;
  }

  /** Whether a reading may be a label at all, wherever it stands. */
  private mayLabel(reading: Reading): boolean {
    const first = this.src.charCodeAt(reading.startOffset);
    const numberish =
      isDigitCode(first) || isChineseNumeralCode(first) || LABEL_INITIAL_CODES.has(first);
    const bareYear =
      !isNotADate(reading) && (reading.kind === "year" || reading.kind === "yearRange");
    return (numberish && !bareYear) || this.colonAfter(reading.endOffset);
  }

  /** A label at `p` in place 1 or 2, with a list number before it or not. */
  private labelAt(p: number, entryStart: number): Label | null {
    const direct = this.readingAt(p);
    const numberEnd = listNumberEnd(this.src, p);
    const afterNumber = numberEnd === null ? null : this.readingAt(numberEnd);
    // `2、3-6月份` is item 2 of a list, `1、2 月份` January and February.
    const numbered =
      afterNumber !== null &&
      (direct === null || [...afterNumber.text].some((ch) => RANGE_CHARS.includes(ch)));
    const reading = numbered ? afterNumber : direct;
    if (reading === null || !this.mayLabel(reading)) return null;
    return { reading, entryStart, start: reading.startOffset, end: reading.endOffset };
  }

  /** A label at `p` in running text (place 3). */
  private inlineLabelAt(p: number): Label | null {
    const reading = this.readingAt(p);
    if (reading === null || !this.mayLabel(reading)) return null;
    const label = { reading, entryStart: p, start: p, end: reading.endOffset };
    if (this.colonAfter(reading.endOffset)) return label;
    if (!isSpaceOrTab(this.src.charCodeAt(p - 1))) return null;
    if (PREPOSITIONS.includes(this.src[skipBackSpaces(this.src, p) - 1] ?? "\u0000")) return null;
    if (!isNotADate(reading) && (reading.deadline || reading.kind === "monthPart")) return null;
    const next = skipSpaces(this.src, reading.endOffset, MAX_GAP);
    const opensEntry =
      this.src[next] === "," || ENTRY_VERBS.some((verb) => this.src.startsWith(verb, next));
    return opensEntry ? label : null;
  }

  /**
   * A heading at `p` (`公共停车泊位：`, `1. 发放租房补贴 816 户：`): where its colon or semicolon
   * stands, or null.
   */
  private headingEnd(p: number): number | null {
    for (let q = p; q < this.src.length && q - p <= MAX_HEADING; q++) {
      const code = this.src.charCodeAt(q);
      if (code === NEWLINE || code === COMMA || SENTENCE_END_CODES.has(code)) {
        if (code !== SEMICOLON || q === p) return null;
        // `农村道路提档升级;` ends its line, and the next line opens with a label.
        const next = skipSpaces(this.src, q + 1);
        if (this.src.charCodeAt(next) !== NEWLINE) return null;
        const line = skipSpaces(this.src, next + 1);
        return this.labelAt(line, line) !== null ? q : null;
      }
      if (code === COLON) {
        if (q === p) return null;
        const next = skipSpaces(this.src, q + 1);
        const opens =
          lineEndsAt(this.src, q + 1) ||
          markerAt(this.src, next) !== null ||
          this.labelAt(next, next) !== null;
        return opens ? q : null;
      }
    }
    return null;
  }

  private addLabel(first: Label): void {
    let label = first;
    for (;;) {
      const { reading } = label;
      this.consumed = label.end;
      if (isNotADate(reading)) {
        const { entryStart: start, end } = label;
        this.marks.push({ kind: "invalid", start, end, label, reason: reading.reason });
        return;
      }
      if (reading.kind === "year" && reading.explicitYear && this.colonAfter(reading.endOffset)) {
        // `2023年：11月18日进场施工`: the year heads the labels on its line and after.
        this.year = Number(reading.start.slice(0, 4));
        this.yearFromText = true;
        const colon = skipSpaces(this.src, reading.endOffset, MAX_GAP);
        const next = skipSpaces(this.src, colon + 1);
        const dated = this.labelAt(next, next);
        if (dated !== null) {
          this.marks.push({ kind: "heading", start: label.entryStart, end: next });
          label = dated;
          continue;
        }
      }
      if (reading.explicitYear) {
        this.year = Number(reading.end.slice(0, 4));
        this.yearFromText = true;
      }
      // A year in force from the text makes the label's year explicit too.
      const period =
        reading.explicitYear || !this.yearFromText ? reading : { ...reading, explicitYear: true };
      const { entryStart: start, end } = label;
      this.marks.push({ kind: "milestone", start, end, period, label, topic: this.topic });
      return;
    }
  }

  private addHeading(start: number, textStart: number, end: number, marker: number): void {
    this.topic = topicName(this.src.slice(textStart, end));
    this.year = this.ctx.year;
    this.yearFromText = false;
    this.lastMarker = marker;
    this.marks.push({ kind: "heading", start, end: end + 1 });
    this.consumed = end + 1;
    const next = skipSpaces(this.src, end + 1);
    const label = this.labelAt(next, next);
    if (label !== null) this.addLabel(label);
  }

  /** An entry may open at `p` (place 1); its marker or list number stands at `entryStart`. */
  private readSegment(p: number, entryStart: number, marker: number): void {
    const label = this.labelAt(p, entryStart);
    if (label !== null) {
      this.addLabel(label);
      return;
    }
    const end = this.headingEnd(listNumberEnd(this.src, p) ?? p);
    if (end !== null) this.addHeading(entryStart, p, end, marker);
  }

  /** A circled marker at `p`: an entry when it counts up or a date follows it, else a stray copy. */
  readMarker(p: number, value: number): void {
    if (p < this.consumed) return;
    const q = skipSpaces(this.src, p + 1);
    const label = this.labelAt(q, p);
    if (label !== null) {
      // A marker that goes back but carries a date is kept: a later rule flags the disorder.
      this.lastMarker = Math.max(this.lastMarker, value);
      this.addLabel(label);
      return;
    }
    if (value <= this.lastMarker) return;
    this.lastMarker = value;
    this.readSegment(q, p, value);
  }

  read(p: number, position: Position): void {
    if (p < this.consumed) return;
    if (position === "segment") {
      this.readSegment(p, p, 0);
      return;
    }
    const label = position === "sentence" ? this.labelAt(p, p) : this.inlineLabelAt(p);
    if (label !== null) this.addLabel(label);
  }
}

/** The places entries may open, in order: line and sentence starts, circled markers, dates inline. */
function readEntries(reader: PlanReader, src: string, scan: PeriodScan): void {
  const inline = scan.starts;
  let nextInline = 0;
  // Dates inline are read in order with the other places: before any place after them.
  const readInlineBefore = (p: number): void => {
    while (nextInline < inline.length && inline[nextInline] < p)
      reader.read(inline[nextInline++], "inline");
  };
  let segmentStart = true;
  /** The last character other than a space ended a sentence. */
  let sentenceStart = false;
  const n = src.length;
  let i = 0;
  while (i < n) {
    const code = src.charCodeAt(i);
    // In running text most characters open nothing.
    if (!segmentStart && !sentenceStart && !ENTRY_EVENTS.has(code)) {
      i++;
      continue;
    }
    if (code === NEWLINE) {
      segmentStart = true;
      sentenceStart = false;
      i++;
      continue;
    }
    if (isSpaceOrTab(code)) {
      const q = skipSpaces(src, i);
      segmentStart = segmentStart || q - i >= LINE_BREAK_SPACES;
      i = q;
      continue;
    }
    const marker = markerAt(src, i);
    if (marker !== null || segmentStart || sentenceStart) {
      readInlineBefore(i);
      if (marker !== null) reader.readMarker(i, marker);
      else if (segmentStart) reader.read(i, "segment");
      else reader.read(i, "sentence");
    }
    segmentStart = false;
    sentenceStart = SENTENCE_END_CODES.has(code);
    i++;
  }
  readInlineBefore(n);
}

/**
 * Reads a plan cell into milestones, in the order written. Accepts the cell's text as stored: the
 * spaces between entries (`审核 2 月：`) help find them, so pass raw text rather than normalised.
 */
export function parsePlan(text: string, ctx: PeriodContext): ParsedPlan {
  const unified = toHalfWidth(stripHtml(text));
  const src = unified.includes("\r") ? unified.replace(/\r\n?/g, "\n") : unified;
  const scan = new PeriodScan(src, ctx);
  const reader = new PlanReader(src, ctx, scan);
  readEntries(reader, src, scan);
  const marks = reader.marks;

  const labelled: MilestoneMark[] = [];
  /** The text after each milestone's label, up to the next mark. */
  const bodies: string[] = [];
  const invalid: ParsedPlan["invalid"] = [];
  const stray: string[] = [];
  marks.forEach((mark, k) => {
    const body = src.slice(mark.end, k + 1 < marks.length ? marks[k + 1].start : src.length);
    if (mark.kind === "milestone") {
      labelled.push(mark);
      bodies.push(body);
    } else if (mark.kind === "invalid") {
      const label = tidy(src.slice(mark.label.start, mark.label.end));
      invalid.push({ label, reason: mark.reason, offset: mark.label.start });
    } else if (body.trim() !== "") {
      // Text under a heading before its first label goes with what came before.
      if (bodies.length > 0) bodies[bodies.length - 1] += `\n${body}`;
      else stray.push(body);
    }
  });
  if (labelled.length === 0) return { milestones: [], preamble: tidy(src), invalid };
  const milestones = labelled.map((mark, k): Milestone => {
    const text = entryText(bodies[k]);
    return {
      period: mark.period,
      label: tidy(src.slice(mark.label.start, mark.label.end)),
      text,
      topic: mark.topic,
      figures: readFigures(text),
      offset: mark.label.start,
    };
  });
  const before = src.slice(0, marks[0].start);
  const preamble = stray.length === 0 ? before : [before, ...stray].join("\n");
  return { milestones, preamble: tidy(preamble), invalid };
}

/**
 * When a milestone is due: its period, except that a deadline label (`6月底前`) runs from the end of
 * the milestone before it in the same topic, as `3月底前… 6月底前…` schedules mean.
 */
function dueSpans(milestones: Milestone[]): { start: string; end: string }[] {
  const lastEnd = new Map<string | null, string>();
  return milestones.map(({ period, topic }) => {
    const previous = lastEnd.get(topic);
    lastEnd.set(topic, period.end);
    const after = period.deadline && previous !== undefined ? addDays(previous, 1) : null;
    const start = after !== null && after <= period.end ? after : period.start;
    return { start, end: period.end };
  });
}

/**
 * The milestones due at `at` (ISO date: 本期计划) and those of the next labelled period after it
 * (下期计划): every milestone whose period starts first after `at`, in any topic.
 */
export function milestonesFor(
  plan: ParsedPlan,
  at: string
): { current: Milestone[]; next: Milestone[] } {
  const spans = dueSpans(plan.milestones);
  const current = plan.milestones.filter((_, k) => spans[k].start <= at && at <= spans[k].end);
  let nextStart: string | null = null;
  for (const span of spans)
    if (span.start > at && (nextStart === null || span.start < nextStart)) nextStart = span.start;
  const next = plan.milestones.filter((_, k) => spans[k].start === nextStart);
  return { current, next };
}
