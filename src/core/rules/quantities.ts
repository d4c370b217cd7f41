/**
 * Quantities in ledger text, as the rate and breakdown rules compare them: which figures of a text
 * state an amount of work (not a rate, not an amount per unit, not inside parentheses), which are
 * the parts of a 其中 breakdown, where the sentence around a figure begins, and which figure of an
 * item's target text another figure counts toward.
 */

import { CellSet } from "../grid";
import { Role } from "../detect/roles";
import { Field, Item } from "../model/items";
import { Figure } from "../text/figures";
import { SUBJECT_MATCH_THRESHOLD, keySimilarity, subjectKey } from "../text/subject";
import { toBaseQuantity, unitsComparable } from "../text/units";
import { CodeSet } from "../text/codeSet";
import { RuleContext } from "./types";
import { isDigitCode } from "../text/decimal";
import {
  CIRCLED_FIRST,
  CIRCLED_LAST,
  CLOSE_PARENTHESIS,
  COMMA,
  DOT,
  OPEN_PARENTHESIS,
  QI,
  ZHONG,
} from "../text/charCodes";
import { EACH_MARK_CODES, PER_MARK } from "../vocabulary/counting";

/** Where one statement ends: sentence punctuation, a line break or a circled list marker. */
const SENTENCE_BREAK_CODES = new CodeSet("。;!?\n");
/** A comma, colon or 、 also ends a clause. */
const CLAUSE_ONLY_BREAK_CODES = new CodeSet(",:、");

function isSentenceBreakCode(code: number): boolean {
  return SENTENCE_BREAK_CODES.has(code) || (code >= CIRCLED_FIRST && code <= CIRCLED_LAST);
}
/** How far before a figure an EACH_MARK_CODES character makes it an amount per unit. */
const EACH_REACH = 5;
/** What a two-character subject inside a longer one, not at its end, is worth: a modifier names no thing. */
const MODIFIER_SIMILARITY = SUBJECT_MATCH_THRESHOLD / 2;

/** Where the sentence holding position `p` of `text` begins. */
export function sentenceStart(text: string, p: number): number {
  let k = Math.min(p, text.length);
  while (k > 0 && !isSentenceBreakCode(text.charCodeAt(k - 1))) k--;
  return k;
}

/** Where the clause holding position `p` begins (a comma, colon or 、 also ends a clause). */
export function clauseStart(text: string, p: number): number {
  let k = Math.min(p, text.length);
  while (k > 0 && !isClauseBreakAt(text, k - 1)) k--;
  return k;
}

function isClauseBreakAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (code === COMMA)
    return !(isDigitCode(text.charCodeAt(k - 1)) && isDigitCode(text.charCodeAt(k + 1)));
  return isSentenceBreakCode(code) || CLAUSE_ONLY_BREAK_CODES.has(code);
}

function isPercentUnit(unit: string): boolean {
  return unit === "%" || unit === "百分点";
}

/** A figure with its base quantity (万元 → 元, 公里 → 米) for comparing. */
export interface Quantity {
  figure: Figure;
  value: number;
  /** The upper end of a range (`3-5名`), else the value. */
  max: number;
  unit: string;
  /** Half a unit of the last digit written, in the base unit (`12.74万人次` → 50); 0 for whole numbers. */
  rounding: number;
  /** A part of a 其中 breakdown, not a whole. */
  part: boolean;
}

/** Half a unit of the last digit written, in the figure's own unit (`12.74万人次` → 50); 0 for whole numbers. */
function roundingOf(figure: Figure): number {
  if (figure.source !== "digits") return 0;
  const text = figure.text;
  // The first number written (`\d[\d,]*(\.\d+)?`): its digits, and how many follow the point.
  let start = 0;
  while (start < text.length && !isDigitCode(text.charCodeAt(start))) start++;
  let point = start;
  while (
    point < text.length &&
    (isDigitCode(text.charCodeAt(point)) || text.charCodeAt(point) === COMMA)
  )
    point++;
  if (
    point >= text.length ||
    text.charCodeAt(point) !== DOT ||
    !isDigitCode(text.charCodeAt(point + 1))
  )
    return 0;
  let end = point + 1;
  while (isDigitCode(text.charCodeAt(end))) end++;
  const written = Number(text.slice(start, end).replace(/,/g, ""));
  if (!(written > 0)) return 0;
  return (0.5 * 10 ** -(end - point - 1) * figure.value) / written;
}

function toQuantity(figure: Figure, part: boolean): Quantity {
  const base = toBaseQuantity(figure.value, figure.unit);
  const scale = figure.value === 0 ? 1 : base.value / figure.value;
  const max = figure.valueMax === undefined ? base.value : figure.valueMax * scale;
  return {
    figure,
    value: base.value,
    max,
    unit: base.unit,
    rounding: roundingOf(figure) * scale,
    part,
  };
}

function isPerUnit(text: string, figure: Figure): boolean {
  const clause = clauseStart(text, figure.start);
  if (figure.start > 0 && text.lastIndexOf(PER_MARK, figure.start - 1) >= clause) return true;
  for (let k = Math.max(clause, figure.start - EACH_REACH); k < figure.start; k++)
    if (EACH_MARK_CODES.has(text.charCodeAt(k))) return true;
  return false;
}

/**
 * The figures of a text that state an amount: not percents, not rates (元/月, `每人100元`, `各1家`),
 * not inside parentheses. Figures after a 其中 up to the end of its sentence are marked as parts.
 */
export function quantitiesOf(text: string, figures: readonly Figure[]): Quantity[] {
  const out: Quantity[] = [];
  let depth = 0;
  // Without parentheses or 其中 no figure stands inside either: there is nothing to scan for.
  let scanned = text.includes("(") || text.includes("其中") ? 0 : text.length;
  // A 其中 breakdown runs to the end of its sentence, or of the parentheses it opened in; a 其中
  // with no figure before it in its sentence (a sub-target's own cell: `其中，新增徽菜师傅180人次`)
  // has no whole to break down.
  let breakdownDepth = -1;
  let wholeInSentence = false;
  for (const figure of figures) {
    for (; scanned < figure.start; scanned++) {
      const code = text.charCodeAt(scanned);
      if (code === OPEN_PARENTHESIS) depth++;
      else if (code === CLOSE_PARENTHESIS && depth > 0) depth--;
      if (code === QI && text.charCodeAt(scanned + 1) === ZHONG) {
        if (wholeInSentence) breakdownDepth = depth;
      } else if (depth < breakdownDepth || isSentenceBreakCode(code)) {
        breakdownDepth = -1;
        if (isSentenceBreakCode(code)) wholeInSentence = false;
      }
    }
    if (isPercentUnit(figure.unit) || figure.unit.includes("/")) continue;
    if (depth > 0 || isPerUnit(text, figure)) continue;
    out.push(toQuantity(figure, breakdownDepth >= 0));
    // a list number (`2.其中…`) is no whole
    if (figure.unit !== "") wholeInSentence = true;
  }
  return out;
}

/**
 * What an item is committed to: the quantities of its target text (or of its overview when the
 * target states none), and the subject of every figure in that text, which tells what a figure
 * elsewhere speaks of even when the figure itself is no target (`文化小广场各145个`).
 */
export interface TargetText {
  field: Field;
  quantities: Quantity[];
  subjects: string[];
}

/** Each item's target text, read once however many rules and fields ask (items belong to one model). */
const targetTexts = new WeakMap<Item, TargetText | null>();

export function targetTextOf(context: RuleContext, item: Item): TargetText | null {
  if (targetTexts.has(item)) return targetTexts.get(item) ?? null;
  const read = readTargetText(context, item);
  targetTexts.set(item, read);
  return read;
}

function readTargetText(context: RuleContext, item: Item): TargetText | null {
  for (const role of ["target", "overview"] as const) {
    const field = item.fields[role];
    if (!field) continue;
    const figures = context.figures(field);
    const quantities = quantitiesOf(field.text, figures);
    if (quantities.length === 0) continue;
    const subjects = figures.filter((f) => !isPercentUnit(f.unit)).map((f) => f.subject);
    return { field, quantities, subjects };
  }
  return null;
}

/** Whether figures in these units can be set against each other. */
export function comparableUnits(a: Quantity, b: Quantity): boolean {
  return a.unit !== "" && b.unit !== "" && unitsComparable(a.unit, b.unit);
}

/**
 * How alike two subjects are (subjectSimilarity), except that a two-character subject inside a
 * longer one names the longer thing only as its head (培训 in 应急救护普及培训), not as its first
 * word (路面 in 路面状况改善工程).
 */
function affinity(a: string, b: string): number {
  const keyA = subjectKey(a);
  const keyB = subjectKey(b);
  const similarity = keySimilarity(keyA, keyB);
  const [short, long] = keyB.length < keyA.length ? [keyB, keyA] : [keyA, keyB];
  const modifier =
    short.length === 2 && long.length > 2 && long.includes(short) && !long.endsWith(short);
  return modifier ? Math.min(similarity, MODIFIER_SIMILARITY) : similarity;
}

/** How figures are matched to targets. */
export interface MatchOptions {
  /**
   * Breakdowns: a figure whose subject is like nothing in the target text is not compared, and the
   * only target of a unit takes figures by unit alone only when no 其中 part of that unit stands beside it.
   */
  strict: boolean;
}

function soleWholeOfItsUnit(
  target: Quantity,
  targets: readonly Quantity[],
  strict: boolean
): boolean {
  if (target.part) return false;
  return targets.every(
    (t) => !comparableUnits(t, target) || (t.part ? !strict : t.value === target.value)
  );
}

/**
 * The targets a figure counts toward: of a comparable unit, named at least as alike as anything in
 * the target text, and either matching its subject or the only whole of its unit. Figures without a
 * unit (`75万农村居民`) count only by subject.
 */
export function targetsOf(
  quantity: Quantity,
  targetText: TargetText,
  options: MatchOptions
): Quantity[] {
  const countable = (target: Quantity): boolean =>
    (quantity.unit === "" && target.unit === "") || comparableUnits(quantity, target);
  // Subjects are weighed only for a figure some target can take by its unit.
  if (!targetText.quantities.some(countable)) return [];
  const subject = quantity.figure.subject;
  let best = 0;
  for (const other of targetText.subjects) best = Math.max(best, affinity(subject, other));
  const out: Quantity[] = [];
  for (const target of targetText.quantities) {
    if (!countable(target)) continue;
    const unitless = quantity.unit === "" && target.unit === "";
    const alike = affinity(subject, target.figure.subject);
    if (alike < best) continue;
    if (alike >= SUBJECT_MATCH_THRESHOLD) out.push(target);
    else if (unitless) continue;
    else if (options.strict && alike === 0 && subjectKey(subject) !== "") continue;
    else if (soleWholeOfItsUnit(target, targetText.quantities, options.strict)) out.push(target);
  }
  return out;
}

/** Calls `visit` once per text cell of the given roles: a merged cell shared by several items counts once. */
export function forEachTextField(
  context: RuleContext,
  roles: readonly Role[],
  visit: (item: Item, field: Field) => void
): void {
  const seen = new CellSet();
  for (const item of context.model.items) {
    for (const role of roles) {
      const field = item.fields[role];
      if (!field || field.source === "carried") continue;
      if (!seen.add(item.sheet, field.cell)) continue;
      visit(item, field);
    }
  }
}

/** Decimal places a figure's text shows (`52.80%` → 2). */
export function decimalsWritten(figure: Figure): number {
  const m = /\.(\d+)/.exec(figure.text);
  return m ? m[1].length : 0;
}
