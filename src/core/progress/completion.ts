import { CodeSet } from "../text/codeSet";
import { Figure, parseFigures } from "../text/figures";
import { normalizeText } from "../text/normalize";
import { keySimilarity, subjectKey } from "../text/subject";
import { toBaseQuantity, unitComparisonKey, unitsComparable, unitsTallyAlike } from "../text/units";
import { QI, ZHONG } from "../text/charCodes";
import { CellFigure } from "../grid/cellFigure";
import {
  ACHIEVED,
  ACHIEVEMENT_SIGNAL,
  ANY_DONE_PERCENT,
  DONE_STATEMENT,
  EARLIER_YEAR_WORDS,
  NOT_ACHIEVED,
  NOT_DONE_STATEMENT,
  STANDARD_WORDS,
  UNDER_WAY_WORDS,
  WHOLE_TASK_PERCENT,
  WHOLE_WORK_WORDS,
  WORK_PART_WORDS,
} from "../vocabulary/achievement";
import { GENERIC_ONLY } from "../vocabulary/subjects";
import { ETC } from "../vocabulary/counting";
import { AS_OF_WORDS } from "../vocabulary/cumulative";

/** A quantity as the report shows it: `{ value: 3, unit: "公里", subject: "供热管网" }`. */
export interface Quantity {
  value: number;
  unit: string;
  subject: string;
}

export interface TargetCompletion {
  target: Quantity;
  /** What the progress text says was achieved towards it, or null when nothing can be set against it. */
  achieved: Quantity | null;
  completion: number | null;
}

export type CompletionBasis = "columns" | "figures" | "percent" | "statement";

export interface CompletionResult {
  targets: Quantity[];
  /** The achieved quantities set against targets (summed parts appear once, with their total). */
  actuals: Quantity[];
  perTarget: TargetCompletion[];
  /** achieved ÷ target as a fraction (may exceed 1 when a target is overshot); null when unknown. */
  completion: number | null;
  basis: CompletionBasis | null;
  /** With several targets, the lowest completion is the item's: this names that target. */
  lowestOf: { target: Quantity; count: number } | null;
}

export interface CompletionInput {
  /** The target texts: 任务目标 / 任务明细 / 具体项目内容 (or the project's target when the item states none). */
  targetTexts: string[];
  /** The progress texts: 推进情况 / 进展情况. */
  progressTexts: string[];
  /** Figures from 目标值 / 实际完成 columns, when the table has them (`8950人` read as 8950 人). */
  targetValue?: CellFigure | null;
  actualValue?: CellFigure | null;
  /** Lower is better (`失业率低于4.3%`): completion is target ÷ actual. */
  ceiling?: boolean;
  /** A 当前进度 column's percent, when the progress column holds percents. */
  progressPercent?: CellFigure | null;
  /** The completion rate the sheet states (a 完成率 column), read when nothing else tells. */
  statedRate?: CellFigure | null;
  /** The status word in the sheet says the work is complete (已完成, 工作完成…). */
  statusSaysDone: boolean;
  planYear: number;
}

// Clause boundaries inside a text: a figure's clause is what lies between these. Texts are scanned
// by character code: a one-character string made per character read is what long texts cost most.
const CLAUSE_ENDS = new CodeSet("，,；;。！!？?\n");
const SENTENCE_ENDS = new CodeSet("；;。！!？?\n");
/** A list element ends at a clause end or at 、. */
const ELEMENT_ENDS = new CodeSet("，,；;。！!？?\n、");
/** 其中 runs to the end of its sentence. */
const PART_ENDS = new CodeSet("。；;\n");
const OPEN_PARENTHESES = new CodeSet("（(");
const CLOSE_PARENTHESES = new CodeSet("）)");
const NAMED_YEAR = /(20\d\d)年/;
/** What separates the names of a list (`A、B、C等`). */
const LIST_SEPARATOR = "、";

/** A figure and where it stands: offsets, so that only the texts a reader needs are cut out. */
interface Located {
  figure: Figure;
  /** The clause the figure stands in. */
  clauseStart: number;
  clauseEnd: number;
  /** The list element holding the figure (the clause cut at 、 too). */
  elementStart: number;
  elementEnd: number;
  /** Where the sentence holding the figure begins, and its number. */
  sentenceStart: number;
  sentence: number;
  order: number;
}

/**
 * The first offset at or after a given one where a character of `ends` stands (the length if none).
 * Asked with rising offsets, as for the figures of a text in order, each character is read once.
 */
class NextEnd {
  private from = -1;
  private found = -1;

  constructor(
    private readonly text: string,
    private readonly ends: CodeSet
  ) {}

  after(from: number): number {
    if (from >= this.from && from <= this.found) return this.found;
    let p = from;
    while (p < this.text.length && !this.ends.has(this.text.charCodeAt(p))) p++;
    this.from = from;
    this.found = p;
    return p;
  }
}

/**
 * Each figure with its clause, sentence and list element. Boundaries before the figures are found in
 * one pass and those after them read once, so a long text with many figures costs its length, not
 * its length times its figures.
 */
function locate(text: string, figures: readonly Figure[]): Located[] {
  if (figures.length === 0) return [];
  const n = text.length;
  const nextClauseEnd = new NextEnd(text, CLAUSE_ENDS);
  const nextElementEnd = new NextEnd(text, ELEMENT_ENDS);
  const located: Located[] = [];
  let sentence = 0;
  let sentenceStart = 0;
  let clauseStart = 0;
  let elementStart = 0;
  let scanned = 0;
  figures.forEach((figure, order) => {
    for (; scanned < figure.start; scanned++) {
      // Sentence ends are clause ends, and clause ends element ends.
      const code = text.charCodeAt(scanned);
      if (!ELEMENT_ENDS.has(code)) continue;
      elementStart = scanned + 1;
      if (!CLAUSE_ENDS.has(code)) continue;
      clauseStart = scanned + 1;
      if (!SENTENCE_ENDS.has(code)) continue;
      sentence++;
      sentenceStart = scanned + 1;
    }
    const after = Math.min(figure.end, n);
    const clauseEnd = nextClauseEnd.after(after);
    // Every clause end ends an element too, so the element never runs past its clause.
    const elementEnd = nextElementEnd.after(after);
    located.push({
      figure,
      clauseStart,
      clauseEnd,
      elementStart,
      elementEnd,
      sentenceStart,
      sentence,
      order,
    });
  });
  return located;
}

/** A progress text normalised, with its figures located once for every reader of it. */
interface ReadText {
  normal: string;
  figures: readonly Figure[];
  located: () => Located[];
}

function readText(text: string): ReadText {
  const normal = normalizeText(text);
  const figures = parseFigures(normal);
  let located: Located[] | null = null;
  return { normal, figures, located: () => (located ??= locate(normal, figures)) };
}

/** Longest words by pattern, measured once each. */
const longestWords = new Map<RegExp, number>();

/** The longest word of a pattern that is a plain alternation of words (`已|完成|投入使用` → 4). */
function longestWord(pattern: RegExp): number {
  let longest = longestWords.get(pattern);
  if (longest === undefined) {
    longest = Math.max(...pattern.source.split("|").map((word) => word.length));
    longestWords.set(pattern, longest);
  }
  return longest;
}

/**
 * Whether a word pattern matches inside text[from, to), asked with a growing `to` at one `from` (the
 * figures of one sentence in order): each question reads only what the one before did not, plus a
 * word's length of overlap, so a sentence of many figures is read once rather than once per figure.
 */
class GrowingSearch {
  private from = -1;
  private to = -1;
  private found = false;
  private readonly overlap: number;

  constructor(
    private readonly text: string,
    private readonly pattern: RegExp
  ) {
    this.overlap = longestWord(pattern) - 1;
  }

  matchesIn(from: number, to: number): boolean {
    if (from !== this.from || to < this.to) {
      this.from = from;
      this.to = from;
      this.found = false;
    }
    if (!this.found && to > this.to) {
      this.found = this.pattern.test(this.text.slice(Math.max(from, this.to - this.overlap), to));
      this.to = to;
    }
    return this.found;
  }
}

/**
 * A test of a figure's clause, run once per clause however many figures it holds: figures come in
 * the order written, so those of one clause are asked about one after the other.
 */
function perClause(text: string, test: (clause: string) => boolean): (at: Located) => boolean {
  let clauseStart = -1;
  let result = false;
  return (at) => {
    if (at.clauseStart !== clauseStart) {
      clauseStart = at.clauseStart;
      result = test(text.slice(at.clauseStart, at.clauseEnd));
    }
    return result;
  };
}

/**
 * Which offsets lie inside parentheses or after 其中 in the same sentence: parts of a figure already
 * counted. An open parenthesis runs to the next closing one (when there is one), 其中 to the end of its
 * sentence; the spans are found in one pass, however many there are, and each offset is looked up.
 */
function partOffsets(text: string): (offset: number) => boolean {
  if (!text.includes("(") && !text.includes("（") && !text.includes("其中")) return () => false;
  const n = text.length;
  // The spans, read backwards so that the next closing parenthesis and sentence end are known at
  // each offset: they come out last first.
  const starts: number[] = [];
  const ends: number[] = [];
  let nextClose = n;
  let nextSentenceEnd = n;
  for (let p = n - 1; p >= 0; p--) {
    const code = text.charCodeAt(p);
    if (CLOSE_PARENTHESES.has(code)) nextClose = p;
    if (PART_ENDS.has(code)) nextSentenceEnd = p;
    if (OPEN_PARENTHESES.has(code) && nextClose < n) {
      starts.push(p);
      ends.push(nextClose);
    }
    if (code === QI && text.charCodeAt(p + 1) === ZHONG) {
      starts.push(p);
      ends.push(nextSentenceEnd);
    }
  }
  // Overlapping spans merged, in order: an offset is inside one when it is inside the last that starts
  // at or before it.
  const mergedStarts: number[] = [];
  const mergedEnds: number[] = [];
  for (let k = starts.length - 1; k >= 0; k--) {
    const last = mergedEnds.length - 1;
    if (last >= 0 && starts[k] <= mergedEnds[last])
      mergedEnds[last] = Math.max(mergedEnds[last], ends[k]);
    else {
      mergedStarts.push(starts[k]);
      mergedEnds.push(ends[k]);
    }
  }
  return (offset) => {
    let low = 0;
    let high = mergedStarts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (mergedStarts[middle] <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found >= 0 && offset < mergedEnds[found];
  };
}

function quantityOf(figure: Figure): Quantity {
  return { value: figure.value, unit: figure.unit, subject: figure.subject };
}

function isQuantity(figure: Figure): boolean {
  return figure.unit !== "" && figure.unit !== "%" && !figure.unit.includes("/");
}

/** A quantity with the clause it was read from: the clause names what is counted better than the subject. */
interface Contextual {
  quantity: Quantity;
  context: string;
}

/** A target figure, with the kinds it lumps together when it counts several (`A、B、C等400人`). */
interface Target extends Contextual {
  kinds: string[];
}

/**
 * The kinds a figure lumps together: the list of two or more its clause names right before it, closed
 * by 等 (`残疾人托养服务、残疾儿童康复救助、困难职工救助等400人` → the three services).
 */
function lumpedKinds(text: string, at: Located): string[] {
  const before = text.slice(at.clauseStart, at.figure.start).trimEnd();
  if (!before.endsWith(ETC)) return [];
  const kinds = before.slice(0, -ETC.length).split(LIST_SEPARATOR);
  if (kinds.length < 2) return [];
  return kinds.map(meaningfulKey).filter((kind) => kind.length >= 2);
}

function targetFigures(text: string): Target[] {
  const read = readText(text);
  const { normal } = read;
  if (read.figures.length === 0) return [];
  const isPart = partOffsets(normal);
  const standard = perClause(normal, (clause) => STANDARD_WORDS.test(clause));
  const targets: Target[] = [];
  for (const at of read.located()) {
    if (!isQuantity(at.figure) || isPart(at.figure.start) || standard(at)) continue;
    const context = normal.slice(at.clauseStart, at.clauseEnd);
    targets.push({ quantity: quantityOf(at.figure), context, kinds: lumpedKinds(normal, at) });
  }
  return targets;
}

/** The quantities a target text commits to (wholes, not their 其中 parts; no standards or ratios). */
export function targetQuantities(text: string): Quantity[] {
  return targetFigures(text).map((t) => t.quantity);
}

interface Achievement extends Contextual {
  /** 累计/共计/总计/合计… stand before it, or 截至 in its sentence: a running total, not a part. */
  cumulative: boolean;
  /** The noun right after the figure when it is short (`15个村` → 村): the head of what is counted. */
  noun: string;
  sentence: number;
  order: number;
}

/** The longest text after a figure read as the head noun it counts (`村`, `台区`). */
const HEAD_NOUN_LENGTH = 4;

/** The words after a figure to the end of its list element, when they are a short noun. */
function nounAfter(text: string, at: Located): string {
  const end = at.elementEnd;
  if (end - at.figure.end > HEAD_NOUN_LENGTH) return "";
  return meaningfulKey(text.slice(at.figure.end, end));
}

function achievements(text: ReadText, planYear: number): Achievement[] {
  const { normal, figures } = text;
  if (figures.length === 0) return [];
  const isPart = partOffsets(normal);
  const excluded = perClause(normal, (clause) => {
    if (EARLIER_YEAR_WORDS.test(clause) || STANDARD_WORDS.test(clause)) return true;
    const year = NAMED_YEAR.exec(clause);
    return year !== null && Number(year[1]) < planYear;
  });
  const signalled = perClause(normal, (clause) => ACHIEVEMENT_SIGNAL.test(clause));
  const notAchieved = perClause(normal, (clause) => NOT_ACHIEVED.test(clause));
  const signalBefore = new GrowingSearch(normal, ACHIEVEMENT_SIGNAL);
  const achievedBefore = new GrowingSearch(normal, ACHIEVED);
  // most texts date nothing: the search is set up only for those that do
  const asOfBefore = AS_OF_WORDS.test(normal) ? new GrowingSearch(normal, AS_OF_WORDS) : null;
  const found: Achievement[] = [];
  for (const at of text.located()) {
    const { figure, sentence, order } = at;
    if (!isQuantity(figure) || isPart(figure.start) || excluded(at)) continue;
    if (!signalled(at) && !signalBefore.matchesIn(at.sentenceStart, figure.start)) continue;
    if (notAchieved(at) && !achievedBefore.matchesIn(at.clauseStart, figure.start)) continue;
    const context = normal.slice(at.elementStart, at.elementEnd);
    const noun = nounAfter(normal, at);
    const cumulative =
      figure.cumulative === true ||
      (asOfBefore?.matchesIn(at.sentenceStart, figure.start) ?? false);
    found.push({ quantity: quantityOf(figure), context, cumulative, noun, sentence, order });
  }
  return found;
}

/** Whether the character of code `code` stands in text[0, end). */
function codeIn(text: string, code: number, end: number): boolean {
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/** Characters two subject keys share, over the shorter one: catches `失业人员再就业` ~ `失业转就业`. */
function keyOverlap(left: string, right: string): number {
  if (left.length === 0 || right.length === 0) return 0;
  const shorter = left.length <= right.length ? left : right;
  const longer = shorter === left ? right : left;
  // Keys hold word characters of the Basic Multilingual Plane only, each one code unit, and are
  // short (a figure's subject is read from a few words), so characters are compared in place.
  let distinct = 0;
  let shared = 0;
  for (let i = 0; i < shorter.length; i++) {
    const code = shorter.charCodeAt(i);
    if (codeIn(shorter, code, i)) continue;
    distinct++;
    if (codeIn(longer, code, longer.length)) shared++;
  }
  return shared >= 2 ? shared / distinct : 0;
}

/** `全民健身赛事、抱犊崮登山赛等活动` names `活动`: what follows the last 等 is the head of a list. */
function head(subject: string): string {
  const at = subject.lastIndexOf(ETC);
  return at >= 0 && at < subject.length - 1 ? subject.slice(at + 1) : subject;
}

/** A subject's key when it names something; '' for a subject of generic words only (`完成`). */
function meaningfulKey(subject: string): string {
  const key = subjectKey(subject);
  return GENERIC_ONLY.test(key) ? "" : key;
}

/** A quantity's keys, read once for all the pairs it is weighed in. */
interface QuantityKeys {
  unit: string;
  subject: string;
  /** The key of the subject's head (`…等活动` → 活动). */
  head: string;
  meaningful: string;
}

function keysOf({ unit, subject }: Quantity): QuantityKeys {
  return {
    unit: unitComparisonKey(unit),
    subject: subjectKey(subject),
    head: subjectKey(head(subject)),
    meaningful: meaningfulKey(subject),
  };
}

/**
 * How well an achieved figure fits a target: subject likeness, one's subject named in the other's
 * clause, the noun the figure counts heading the target's subject, or one of the kinds a target
 * lumps together named where the figure stands.
 */
function fit(
  target: Target,
  targetKeys: QuantityKeys,
  achieved: Achievement,
  achievedKeys: QuantityKeys
): number {
  let score = 0;
  for (const key of [targetKeys.subject, targetKeys.head])
    score = Math.max(
      score,
      keySimilarity(key, achievedKeys.subject),
      0.9 * keyOverlap(key, achievedKeys.subject)
    );
  const achievedKey = achievedKeys.meaningful;
  const targetKey = targetKeys.meaningful;
  const contained =
    (achievedKey.length >= 2 && target.context.includes(achievedKey)) ||
    (targetKey.length >= 2 && achieved.context.includes(targetKey)) ||
    // `15个村` counts 行政村: the noun counted is the head of the target's subject
    (achieved.noun !== "" && targetKey.endsWith(achieved.noun)) ||
    target.kinds.some((kind) => achieved.context.includes(kind));
  return contained ? Math.max(score, CONTAINED_FIT) : score;
}

const MIN_FIT = 0.5;
/** One subject named inside the other's clause (`检查` in `为48800名适龄妇女提供…免费检查服务`). */
const CONTAINED_FIT = 0.6;
/** When a target is the only one of its unit and one figure of that unit was achieved, a weaker fit will do. */
const MIN_FIT_ALONE = 0.35;

function inBase(q: Quantity): number {
  return toBaseQuantity(q.value, q.unit).value;
}

/**
 * Whether achievements in several sentences, none a running total, are parts to add up
 * (`生产领域抽检39批次。流通领域抽检化肥463批次。`): each names its own subject. A subject stated again
 * in another sentence is a later figure for the same thing (`已检查2230人。…已检查4970人。`).
 */
function partsAcrossSentences(matched: Achievement[]): boolean {
  const sentenceOf = new Map<string, number>();
  for (const a of matched) {
    const key = subjectKey(a.quantity.subject);
    const sentence = sentenceOf.get(key);
    if (sentence !== undefined && sentence !== a.sentence) return false;
    sentenceOf.set(key, a.sentence);
  }
  return true;
}

/**
 * Several achievements against one target: the parts stated in the last sentence that mentions it
 * (`区级赛事活动3场，镇街赛事活动4场` → 7); earlier sentences are older snapshots (`截至4月…截至6月…`).
 * An item's only target takes the parts of all its sentences when they are parts (partsAcrossSentences);
 * beside a running total in another sentence, the last total is the actual.
 */
function combine(target: Quantity, matched: Achievement[], onlyTarget: boolean): Quantity {
  const lastSentence = matched[matched.length - 1].sentence;
  let parts = matched.filter((a) => a.sentence === lastSentence);
  if (onlyTarget && parts.length < matched.length) {
    const totals = matched.filter((a) => a.cumulative);
    if (totals.length > 0) return totals[totals.length - 1].quantity;
    if (partsAcrossSentences(matched)) parts = matched;
  }
  const subjects = new Set<string>();
  const distinct = parts.filter((a) => {
    const key = subjectKey(a.quantity.subject);
    if (subjects.has(key)) return false;
    subjects.add(key);
    return true;
  });
  if (distinct.length === 1) return distinct[distinct.length - 1].quantity;
  const total = distinct.reduce((sum, a) => sum + inBase(a.quantity), 0);
  const base = toBaseQuantity(1, target.unit);
  return { value: total / base.value, unit: target.unit, subject: target.subject };
}

/** The achievements set against each target, by the target's index. */
function assign(targets: Target[], achieved: Achievement[]): Map<number, Achievement[]> {
  const assigned = new Map<number, Achievement[]>();
  if (achieved.length === 0) return assigned;
  const targetKeys = targets.map((t) => keysOf(t.quantity));
  const achievedKeys = achieved.map((a) => keysOf(a.quantity));
  const countByUnit = (keys: QuantityKeys[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const { unit } of keys) counts.set(unit, (counts.get(unit) ?? 0) + 1);
    return counts;
  };
  const targetsByUnit = countByUnit(targetKeys);
  const achievedByUnit = countByUnit(achievedKeys);
  // A target that names nothing but its unit (`全年不低于300批次`) and is the only one of it takes
  // what no other target fits better.
  const namesNothing = targetKeys.map(
    (keys) => keys.meaningful === "" && targetsByUnit.get(keys.unit) === 1
  );
  achieved.forEach((a, k) => {
    const keys = achievedKeys[k];
    let best = -1;
    let bestFit = 0;
    let unnamed = -1;
    targets.forEach((t, i) => {
      const comparable = targetKeys[i].unit === keys.unit;
      // a target lumping kinds together takes their tallies too (`…救助等400人` ← `120人次`)
      if (
        !comparable &&
        (t.kinds.length === 0 || !unitsTallyAlike(t.quantity.unit, a.quantity.unit))
      )
        return;
      if (comparable && namesNothing[i]) unnamed = i;
      const score = fit(t, targetKeys[i], a, keys);
      if (score > bestFit) {
        best = i;
        bestFit = score;
      }
    });
    const alone = targetsByUnit.get(keys.unit) === 1 && achievedByUnit.get(keys.unit) === 1;
    const fits = best >= 0 && (bestFit >= MIN_FIT || (alone && bestFit >= MIN_FIT_ALONE));
    const chosen = fits ? best : unnamed;
    if (chosen < 0) return;
    const list = assigned.get(chosen);
    if (list) list.push(a);
    else assigned.set(chosen, [a]);
  });
  return assigned;
}

function matchTargets(targets: Target[], achieved: Achievement[]): TargetCompletion[] {
  const assigned = assign(targets, achieved);
  return targets.map(({ quantity: target }, i) => {
    const matched = assigned.get(i);
    if (!matched) return { target, achieved: null, completion: null };
    const total = combine(
      target,
      matched.sort((x, y) => x.order - y.order),
      targets.length === 1
    );
    const targetBase = inBase(target);
    return {
      target,
      achieved: total,
      completion: targetBase > 0 ? inBase(total) / targetBase : null,
    };
  });
}

/** Whether a text names a subject's key in part: any two characters of it in a row. */
function mentions(texts: string[], key: string): boolean {
  for (let i = 0; i + 1 < key.length; i++) {
    const pair = key.slice(i, i + 2);
    if (texts.some((text) => text.includes(pair))) return true;
  }
  return false;
}

/**
 * When the progress reports figures for some targets, a target whose subject it does not name at
 * all has nothing done (`“四好农村路”已完成路面施工1公里` against 46公里 and `“户户通”62公里`).
 * A target it names without a figure to set against it stays unread.
 */
function unmentionedAsNone(perTarget: TargetCompletion[], texts: ReadText[]): TargetCompletion[] {
  if (
    !perTarget.some((t) => t.completion !== null) ||
    perTarget.every((t) => t.completion !== null)
  )
    return perTarget;
  const progress = texts.map((t) => t.normal);
  return perTarget.map((t) => {
    if (t.completion !== null) return t;
    const key = meaningfulKey(t.target.subject);
    if (key.length < 2 || mentions(progress, key)) return t;
    const none: Quantity = { value: 0, unit: t.target.unit, subject: t.target.subject };
    return { target: t.target, achieved: none, completion: 0 };
  });
}

/** A progress cell holding nothing but a percent (`100%`): the share of the work done. */
const BARE_PERCENT = /^\d+(?:\.\d+)?%[。.]?$/;

/** Longer than any words WHOLE_TASK_PERCENT or ANY_DONE_PERCENT match before a percent. */
const PERCENT_LEAD_LENGTH = 24;
const LEAD_PUNCTUATION = "，,、。；;";

/**
 * The words before a percent without white space, as the percent patterns read them. Both patterns
 * end at the percent and are short, so only the last words are kept: a long clause with many
 * percents is not copied whole for each. Kept whole when short, or when only punctuation (which
 * ANY_DONE_PERCENT strips from the front) stands before the kept words.
 */
function percentLead(before: string): string {
  let words = 0;
  let k = before.length;
  while (k > 0 && words <= PERCENT_LEAD_LENGTH) {
    k--;
    const ch = before[k];
    if (!/\s/.test(ch) && !LEAD_PUNCTUATION.includes(ch)) words++;
  }
  return before.slice(k).replace(/\s+/g, "");
}

/**
 * Whether a bare `已完成80%` is the share of a part of the work: its sentence says before it that a part
 * is under way (`正在推进主体二次结构施工，目前已完成80%`), and its own words do not name the whole.
 */
function partShare(text: string, at: Located, lead: string): boolean {
  if (WHOLE_WORK_WORDS.test(lead) || at.sentenceStart === at.clauseStart) return false;
  const before = text.slice(at.sentenceStart, at.clauseStart);
  return UNDER_WAY_WORDS.test(before) && WORK_PART_WORDS.test(before);
}

/**
 * The completion percent the progress text states: a whole-task one (完成任务的52.80%) wherever it
 * stands, else a lone `已完成80%` or a cell of a percent alone — several such percents describe parts (one per park), not the item,
 * and so does one after words that a part of the work is under way.
 */
function statedPercent(texts: ReadText[]): { value: number; wholeTask: boolean } | null {
  let whole: number | null = null;
  const others: number[] = [];
  for (const text of texts) {
    const { normal, figures } = text;
    if (!figures.some((figure) => figure.unit === "%")) continue;
    for (const at of text.located()) {
      const { figure } = at;
      if (figure.unit !== "%") continue;
      const lead = percentLead(normal.slice(at.clauseStart, figure.start));
      if (WHOLE_TASK_PERCENT.test(lead)) whole = figure.value / 100;
      else if (BARE_PERCENT.test(normal)) others.push(figure.value / 100);
      else if (
        ANY_DONE_PERCENT.test(lead.replace(/^[，,、。；;]+/, "")) &&
        !partShare(normal, at, lead)
      )
        others.push(figure.value / 100);
    }
  }
  if (whole !== null) return { value: whole, wholeTask: true };
  return others.length === 1 ? { value: others[0], wholeTask: false } : null;
}

function saysDone(texts: ReadText[]): boolean {
  return texts.some(
    ({ normal }) => DONE_STATEMENT.test(normal) && !NOT_DONE_STATEMENT.test(normal)
  );
}

/**
 * achieved ÷ target from a table's columns: both figures of comparable units, or the achieved figure
 * against the one target the item's words state (`新建城市书房20个` beside `23`). Lower-is-better
 * indicators are met at or under the target: target ÷ actual.
 */
function columnCompletion(input: CompletionInput, targets: Quantity[]): number | null {
  const actual = input.actualValue;
  if (!actual || actual.percent) return null;
  let target: { value: number; unit: string } | null = input.targetValue ?? null;
  if (!target && targets.length === 1) target = targets[0];
  if (!target || target.value <= 0) return null;
  if (actual.unit !== "" && target.unit !== "" && !unitsComparable(actual.unit, target.unit))
    return null;
  if (!input.ceiling) return actual.value / target.value;
  return actual.value > 0 ? target.value / actual.value : null;
}

/**
 * Completion of one item from its own words: targets set against achievements of the same unit and
 * subject; a stated whole-task percent; or a plain statement that the work is done. Null when nothing
 * can honestly be set against a target.
 */
export function computeCompletion(input: CompletionInput): CompletionResult {
  const targetContexts = input.targetTexts.flatMap(targetFigures);
  const targets = targetContexts.map((t) => t.quantity);
  const fromColumns = columnCompletion(input, targets);
  if (fromColumns !== null) return withoutFigures(targets, [], fromColumns, "columns");
  const percent = input.progressPercent;
  if (percent)
    return withoutFigures(
      targets,
      [],
      percent.percent ? percent.value : percent.value / 100,
      "percent"
    );
  const progress = input.progressTexts.map(readText);
  const stated = statedPercent(progress);
  if (stated?.wholeTask) return withoutFigures(targets, [], stated.value, "percent");
  if (saysDone(progress)) return withoutFigures(targets, [], 1, "statement");
  const achieved = progress.flatMap((t) => achievements(t, input.planYear));
  const matched = matchTargets(targetContexts, achieved);
  // a sheet that calls the work done outweighs a target the progress leaves unnamed
  const perTarget = input.statusSaysDone ? matched : unmentionedAsNone(matched, progress);
  const known = perTarget.filter((t) => t.completion !== null);
  const unread = perTarget.length - known.length;
  const lowestKnown = Math.min(...known.map((t) => t.completion ?? 0));
  // every target read met, but others not read at all: done cannot be claimed, nor a lower figure set
  const honest = known.length > 0 && (unread === 0 || lowestKnown < 1);
  if (honest) {
    const lowest = known.reduce((low, t) =>
      (t.completion ?? 0) < (low.completion ?? 0) ? t : low
    );
    return {
      targets,
      actuals: known.map((t) => t.achieved as Quantity),
      perTarget,
      completion: lowest.completion,
      basis: "figures",
      lowestOf: known.length > 1 ? { target: lowest.target, count: known.length } : null,
    };
  }
  if (stated) return withoutFigures(targets, perTarget, stated.value, "percent");
  if (input.statusSaysDone) return withoutFigures(targets, perTarget, 1, "statement");
  const rate = input.statedRate;
  if (rate)
    return withoutFigures(
      targets,
      perTarget,
      rate.percent ? rate.value : rate.value / 100,
      "percent"
    );
  return withoutFigures(targets, perTarget, null, null);
}

/**
 * A completion not set from figures read against targets. Written out rather than spread from a
 * shared empty result: a spread followed by more properties costs about a microsecond in V8 (Node 20),
 * and this runs per item.
 */
function withoutFigures(
  targets: Quantity[],
  perTarget: TargetCompletion[],
  completion: number | null,
  basis: CompletionBasis | null
): CompletionResult {
  return { targets, actuals: [], perTarget, completion, basis, lowestOf: null };
}
