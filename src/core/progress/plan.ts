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

import { isAsciiDigit } from "../text/decimal";
import { Figure, parseFigures } from "../text/figures";
import { circledNumberValue, removeScanSpaces, stripHtml, toHalfWidth } from "../text/normalize";
import { isChineseNumeralChar } from "../text/numerals";
import { NotADate, Period, PeriodContext, addDays, findPeriods } from "../text/periods";

export interface Milestone {
  /** When: the period the entry is labelled with (一季度 → Jan 1–Mar 31 of ctx.year, '5月' → May, '1、2月份' → Jan–Feb). */
  period: Period;
  /** The label as written, scan spaces removed: '一季度', '5月', '3-5月', '1、2月份', '11月18日', '2024年6月底'. */
  label: string;
  /** The entry's text after its label, normalised and trimmed of leading ：:，, and spaces. */
  text: string;
  /** A heading the entry sits under, when a cell holds several sub-plans ('公共停车泊位', '西门片区', '出租车更新'); null otherwise. */
  topic: string | null;
  /** Quantities the entry names (parseFigures over `text`; dates are not figures). */
  figures: Figure[];
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
/** Characters a date phrase can begin with (see findPeriods); anywhere else no label starts. */
const PHRASE_INITIALS = "0123456789〇零一二三四五六七八九十第上下全年今本截不最";
/** Characters a label may start with without a colon after it: numbers, 第, 上半年/下半年. */
const LABEL_INITIALS = "第上下";
/** Words that open an entry after a month written in running text (`任务 2、3 月份完成`). */
const ENTRY_VERBS = [
  "完成",
  "开展",
  "开始",
  "启动",
  "组织",
  "推进",
  "实施",
  "建设",
  "建成",
  "召开",
  "制定",
  "对接",
  "联合",
  "加快",
  "做好",
  "进行",
  "实现",
  "督促",
  "指导",
  "落实",
  "印发",
  "举办",
  "确定",
  "开工",
  "竣工",
];
/** Before these a date belongs to the sentence (`到 6 月底`, `在 12 月`, `截止 5 月`). */
const PREPOSITIONS = "到在于至从自止";
const RANGE_CHARS = "-—–~至到―−";
const CHINESE_LIST_NUMERALS = "一二三四五六七八九十";

type Reading = Period | NotADate;

function isNotADate(reading: Reading): reading is NotADate {
  return "invalid" in reading;
}

function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t";
}

function skipSpaces(src: string, p: number, limit = Infinity): number {
  let q = p;
  while (q - p < limit && isSpace(src[q])) q++;
  return q;
}

/** Where the spaces before `p` begin. */
function skipBackSpaces(src: string, p: number): number {
  let k = p;
  while (k > 0 && isSpace(src[k - 1])) k--;
  return k;
}

/**
 * Part of the plan text in normal form. The text is already half-width and free of HTML, so only
 * the rest of normalizeText is done: stripping HTML twice would unescape `&amp;lt;` twice.
 */
function tidy(part: string): string {
  return removeScanSpaces(part)
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .trim();
}

/** Where a list number (`2、`, `1.`, `3)`, `(1)`) at `p` ends, spaces after it included; null if none. */
function listNumberEnd(src: string, p: number): number | null {
  let q = p;
  const open = src[q] === "(";
  if (open) q++;
  const digitsStart = q;
  while (q - digitsStart < 2 && isAsciiDigit(src[q])) q++;
  if (q === digitsStart) return null;
  if (open) return src[q] === ")" ? skipSpaces(src, q + 1) : null;
  const mark = src[q];
  if (mark === "、" || mark === ")" || (mark === "." && !isAsciiDigit(src[q + 1])))
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
  while (p < text.length && ":,、 ".includes(text[p])) p++;
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

/** What reading found, in order: milestones, the headings between them and labels that are no dates. */
type Mark =
  | {
      kind: "milestone";
      start: number;
      end: number;
      period: Period;
      label: Label;
      topic: string | null;
    }
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
    private readonly ctx: PeriodContext
  ) {
    this.year = ctx.year;
    this.cachedYear = ctx.year;
  }

  /** The date phrase starting exactly at `p`, read in the year in force. */
  private readingAt(p: number): Reading | null {
    if (!PHRASE_INITIALS.includes(this.src[p] ?? "\u0000")) return null;
    if (this.cachedYear !== this.year) {
      this.readings.clear();
      this.cachedYear = this.year;
    }
    const cached = this.readings.get(p);
    if (cached !== undefined) return cached;
    // A label holds no clause break, so the window ends at the first one: findPeriods reads it all.
    let end = p;
    while (end < this.src.length && end - p < LABEL_WINDOW && !LABEL_BREAKS.includes(this.src[end]))
      end++;
    const found = findPeriods(this.src.slice(p, end), { year: this.year })[0];
    const reading =
      found === undefined || found.startOffset !== 0
        ? null
        : { ...found, startOffset: p, endOffset: p + found.endOffset };
    this.readings.set(p, reading);
    return reading;
  }

  private colonAfter(p: number): boolean {
    return this.src[skipSpaces(this.src, p, MAX_GAP)] === ":";
  }

  /** Whether a reading may be a label at all, wherever it stands. */
  private mayLabel(reading: Reading): boolean {
    const first = this.src[reading.startOffset];
    const numberish =
      isAsciiDigit(first) || isChineseNumeralChar(first) || LABEL_INITIALS.includes(first);
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
    if (!isSpace(this.src[p - 1])) return null;
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
      const ch = this.src[q];
      if (ch === "\n" || ch === "," || SENTENCE_ENDS.includes(ch)) {
        if (ch !== ";" || q === p) return null;
        // `农村道路提档升级;` ends its line, and the next line opens with a label.
        const next = skipSpaces(this.src, q + 1);
        if (this.src[next] !== "\n") return null;
        const line = skipSpaces(this.src, next + 1);
        return this.labelAt(line, line) !== null ? q : null;
      }
      if (ch === ":") {
        if (q === p) return null;
        const next = skipSpaces(this.src, q + 1);
        const opens =
          lineEndsAt(this.src, q + 1) ||
          circledNumberValue(this.src[next] ?? "") !== null ||
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
      const period = { ...reading, explicitYear: reading.explicitYear || this.yearFromText };
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
function readEntries(reader: PlanReader, src: string, ctx: PeriodContext): void {
  const inline = findPeriods(src, ctx).map((found) => found.startOffset);
  let next = 0;
  const readInlineBefore = (p: number): void => {
    while (next < inline.length && inline[next] < p) reader.read(inline[next++], "inline");
  };
  let i = 0;
  let segmentStart = true;
  while (i < src.length) {
    const ch = src[i];
    if (ch === "\n" || isSpace(ch)) {
      const q = skipSpaces(src, i);
      if (ch === "\n") {
        segmentStart = true;
        i++;
      } else {
        segmentStart = segmentStart || q - i >= LINE_BREAK_SPACES;
        i = q;
      }
      continue;
    }
    readInlineBefore(i);
    const marker = circledNumberValue(ch);
    if (marker !== null) {
      reader.readMarker(i, marker);
    } else if (segmentStart) reader.read(i, "segment");
    else if (SENTENCE_ENDS.includes(src[skipBackSpaces(src, i) - 1] ?? "\n")) {
      reader.read(i, "sentence");
    }
    segmentStart = false;
    i++;
  }
  readInlineBefore(src.length);
}

/**
 * Reads a plan cell into milestones, in the order written. Accepts the cell's text as stored: the
 * spaces between entries (`审核 2 月：`) help find them, so pass raw text rather than normalised.
 */
export function parsePlan(text: string, ctx: PeriodContext): ParsedPlan {
  const src = toHalfWidth(stripHtml(text)).replace(/\r\n?/g, "\n");
  const reader = new PlanReader(src, ctx);
  readEntries(reader, src, ctx);
  const marks = reader.marks;

  const milestones: Milestone[] = [];
  const bodies: string[][] = [];
  const invalid: ParsedPlan["invalid"] = [];
  const stray: string[] = [];
  marks.forEach((mark, k) => {
    const body = src.slice(mark.end, k + 1 < marks.length ? marks[k + 1].start : src.length);
    if (mark.kind === "milestone") {
      milestones.push({
        period: mark.period,
        label: tidy(src.slice(mark.label.start, mark.label.end)),
        text: "",
        topic: mark.topic,
        figures: [],
        offset: mark.label.start,
      });
      bodies.push([body]);
    } else if (mark.kind === "invalid") {
      const label = tidy(src.slice(mark.label.start, mark.label.end));
      invalid.push({ label, reason: mark.reason, offset: mark.label.start });
    } else if (body.trim() !== "") {
      // Text under a heading before its first label goes with what came before.
      (bodies.length > 0 ? bodies[bodies.length - 1] : stray).push(body);
    }
  });
  if (milestones.length === 0) return { milestones, preamble: tidy(src), invalid };
  milestones.forEach((m, k) => {
    m.text = entryText(bodies[k].join("\n"));
    m.figures = parseFigures(m.text);
  });
  const preamble = [src.slice(0, marks[0].start), ...stray].join("\n");
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
    const after = previous === undefined ? null : addDays(previous, 1);
    const start = period.deadline && after !== null && after <= period.end ? after : period.start;
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
