import { Figure, parseFigures } from "../text/figures";
import { normalizeText } from "../text/normalize";
import { subjectKey, subjectSimilarity } from "../text/subject";
import { toBaseQuantity, unitsComparable } from "../text/units";

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
  /** Figures from 目标值 / 实际完成 columns, when the table has them. */
  targetValue?: number | null;
  actualValue?: number | null;
  /** The status word in the sheet says the work is complete (已完成, 工作完成…). */
  statusSaysDone: boolean;
  planYear: number;
}

// Clause boundaries inside a text: a figure's clause is what lies between these.
const CLAUSE_END = /[，,；;。！!？?\n]/;
const SENTENCE_END = /[；;。！!？?\n]/;
/** Words that make a figure a plan, an intention or work merely started, not an achievement. */
const NOT_ACHIEVED =
  /计划|拟|将于|将在|预计|争取|力争|准备|筹备|谋划|正在|正加快|加快推进|推进中|开工|动工|启动|进场|招标|招投标|投标|挂网|设计|编制|申请|下达|评审|审核|确定|摸底|摸排/;
/** Words that say the figure was achieved even where a NOT_ACHIEVED word also stands. */
const ACHIEVED =
  /已完成|完成了|建成|竣工|完工|累计|共完成|实现|发放|上岗|惠及|救助|检查|培训|接管|新增|投入使用/;
/** A progress figure counts only in a clause that reports something done. */
const ACHIEVEMENT_SIGNAL =
  /已|完成|建成|竣工|完工|累计|共|实现|发放|上岗|惠及|救助|检查|培训|接管|新增|投入使用|举办|开展|达到|覆盖|服务|改造|铺设|安装|落实/;
/** Figures that are standards, ratios or rates rather than quantities of work. */
const STANDARD_WORDS =
  /标准|每人每|每个|每千人|人均|户均|提高到|提高至|提升至|提升到|比例|占比|比重|覆盖率/;
const EARLIER_YEAR_WORDS = /去年|上年|上一年|往年/;
/** A whole-task completion percent: 完成任务的52.80%, 完成全年目标的20.8%, 完成率80%. */
const WHOLE_TASK_PERCENT = /完成(全年|年度|总体)?(任务|目标|计划)的?$|完成率(为|达)?$/;
/** A percent about the whole work with nothing more specific named: `目前已完成80%`, not `电气施工完成30%`. */
const ANY_DONE_PERCENT =
  /^(目前|现|现已|截至目前|总体|整体|累计)?(已)?完成(了)?(全年|年度|总体)?(任务|目标|计划|工程量|进度)?的?$/;
/** The whole item said to be done: `已完成。`, `工程已竣工`, `已全部完成…任务`, `已完成全年任务`. */
const DONE_STATEMENT =
  /^(工程|项目)?(已完成|已全部完成|全部完成|已竣工|已完工|已建成|已全面完成)[。.]?$|全部完成|全面完成|已完成全年任务|已全年完成|完成全年任务|已竣工|已投入使用/;
const NOT_DONE_STATEMENT =
  /未完成|尚未|正在|推进中|加快|剩余|施工中|建设中|进行中|实施中|待|下一步/;

interface Located {
  figure: Figure;
  /** The clause the figure stands in, and the part of it before the figure. */
  clause: string;
  before: string;
  /** The sentence up to the figure: parallel clauses share the verb that opens it. */
  sentenceBefore: string;
  /** The list element holding the figure (the clause cut at 、 too). */
  element: string;
  sentence: number;
  order: number;
}

function locate(text: string, figures: Figure[]): Located[] {
  const located: Located[] = [];
  let sentence = 0;
  let lastEnd = 0;
  figures.forEach((figure, order) => {
    for (let i = lastEnd; i < figure.start; i++) if (SENTENCE_END.test(text[i])) sentence++;
    lastEnd = figure.start;
    let from = figure.start;
    while (from > 0 && !CLAUSE_END.test(text[from - 1])) from--;
    let to = figure.end;
    while (to < text.length && !CLAUSE_END.test(text[to])) to++;
    let sentenceStart = from;
    while (sentenceStart > 0 && !SENTENCE_END.test(text[sentenceStart - 1])) sentenceStart--;
    let elementFrom = figure.start;
    while (elementFrom > from && text[elementFrom - 1] !== "、") elementFrom--;
    let elementTo = figure.end;
    while (elementTo < to && text[elementTo] !== "、") elementTo++;
    located.push({
      figure,
      clause: text.slice(from, to),
      element: text.slice(elementFrom, elementTo),
      before: text.slice(from, figure.start),
      sentenceBefore: text.slice(sentenceStart, figure.start),
      sentence,
      order,
    });
  });
  return located;
}

/** Offsets of text inside parentheses and after 其中 in the same sentence: parts of a figure already counted. */
function partRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const open = /[（(]/g;
  let m: RegExpExecArray | null;
  while ((m = open.exec(text)) !== null) {
    const close = text.slice(m.index).search(/[）)]/);
    if (close > 0) ranges.push([m.index, m.index + close]);
  }
  let at = text.indexOf("其中");
  while (at >= 0) {
    const rest = text.slice(at).search(/[。；;\n]/);
    ranges.push([at, rest < 0 ? text.length : at + rest]);
    at = text.indexOf("其中", at + 2);
  }
  return ranges;
}

function inRanges(offset: number, ranges: [number, number][]): boolean {
  return ranges.some(([from, to]) => offset >= from && offset < to);
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

function targetFigures(text: string): Contextual[] {
  const normal = normalizeText(text);
  const parts = partRanges(normal);
  return locate(normal, parseFigures(normal))
    .filter(
      ({ figure, clause }) =>
        isQuantity(figure) && !inRanges(figure.start, parts) && !STANDARD_WORDS.test(clause)
    )
    .map(({ figure, clause }) => ({ quantity: quantityOf(figure), context: clause }));
}

/** The quantities a target text commits to (wholes, not their 其中 parts; no standards or ratios). */
export function targetQuantities(text: string): Quantity[] {
  return targetFigures(text).map((t) => t.quantity);
}

interface Achievement extends Contextual {
  sentence: number;
  order: number;
}

function achievements(text: string, planYear: number): Achievement[] {
  const normal = normalizeText(text);
  const parts = partRanges(normal);
  const earlierYear = new RegExp(`(20\\d\\d)年`);
  return locate(normal, parseFigures(normal))
    .filter(({ figure, clause, before, sentenceBefore }) => {
      if (!isQuantity(figure) || inRanges(figure.start, parts)) return false;
      if (EARLIER_YEAR_WORDS.test(clause) || STANDARD_WORDS.test(clause)) return false;
      const year = earlierYear.exec(clause);
      if (year && Number(year[1]) < planYear) return false;
      if (!ACHIEVEMENT_SIGNAL.test(clause) && !ACHIEVEMENT_SIGNAL.test(sentenceBefore))
        return false;
      return !NOT_ACHIEVED.test(clause) || ACHIEVED.test(before);
    })
    .map(({ figure, element, sentence, order }) => ({
      quantity: quantityOf(figure),
      context: element,
      sentence,
      order,
    }));
}

/** Characters two subject keys share, over the shorter one: catches `失业人员再就业` ~ `失业转就业`. */
function overlap(a: string, b: string): number {
  const left = subjectKey(a);
  const right = subjectKey(b);
  if (left.length === 0 || right.length === 0) return 0;
  const shorter = left.length <= right.length ? left : right;
  const longer = shorter === left ? right : left;
  let shared = 0;
  for (const ch of new Set(shorter)) if (longer.includes(ch)) shared++;
  return shared >= 2 ? shared / new Set(shorter).size : 0;
}

/** `全民健身赛事、抱犊崮登山赛等活动` names `活动`: what follows the last 等 is the head of a list. */
function head(subject: string): string {
  const at = subject.lastIndexOf("等");
  return at >= 0 && at < subject.length - 1 ? subject.slice(at + 1) : subject;
}

const GENERIC_ONLY =
  /^(已|共|完成|建设|新增|新建|工作|项目|实施|开展|累计|共计|任务|目标|全年|年度|总计|合计|达到)+$/;

/** A subject's key when it names something; '' for a subject of generic words only (`完成`). */
function meaningfulKey(subject: string): string {
  const key = subjectKey(subject);
  return GENERIC_ONLY.test(key) ? "" : key;
}

/** How well an achieved figure fits a target: subject likeness, or one's subject named in the other's clause. */
function fit(target: Contextual, achieved: Contextual): number {
  const scores = [target.quantity.subject, head(target.quantity.subject)].map((subject) =>
    Math.max(
      subjectSimilarity(subject, achieved.quantity.subject),
      0.9 * overlap(subject, achieved.quantity.subject)
    )
  );
  const achievedKey = meaningfulKey(achieved.quantity.subject);
  const targetKey = meaningfulKey(target.quantity.subject);
  if (achievedKey.length >= 2 && target.context.includes(achievedKey)) scores.push(CONTAINED_FIT);
  if (targetKey.length >= 2 && achieved.context.includes(targetKey)) scores.push(CONTAINED_FIT);
  return Math.max(...scores);
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
 * Several achievements against one target: the parts stated in the last sentence that mentions it
 * (`区级赛事活动3场，镇街赛事活动4场` → 7); earlier sentences are older snapshots (`截至4月…截至6月…`).
 */
function combine(target: Quantity, matched: Achievement[]): Quantity {
  const lastSentence = matched[matched.length - 1].sentence;
  const parts = matched.filter((a) => a.sentence === lastSentence);
  const distinct = parts.filter(
    (a, i) =>
      parts.findIndex((b) => subjectKey(b.quantity.subject) === subjectKey(a.quantity.subject)) ===
      i
  );
  if (distinct.length === 1) return distinct[distinct.length - 1].quantity;
  const total = distinct.reduce((sum, a) => sum + inBase(a.quantity), 0);
  const base = toBaseQuantity(1, target.unit);
  return { value: total / base.value, unit: target.unit, subject: target.subject };
}

function matchTargets(targets: Contextual[], achieved: Achievement[]): TargetCompletion[] {
  const assigned = new Map<number, Achievement[]>();
  for (const a of achieved) {
    let best = -1;
    let bestFit = 0;
    targets.forEach((t, i) => {
      if (!unitsComparable(t.quantity.unit, a.quantity.unit)) return;
      const score = fit(t, a);
      if (score > bestFit) {
        best = i;
        bestFit = score;
      }
    });
    const sameUnitTargets = targets.filter((t) =>
      unitsComparable(t.quantity.unit, a.quantity.unit)
    );
    const sameUnitAchieved = achieved.filter((x) =>
      unitsComparable(x.quantity.unit, a.quantity.unit)
    );
    const alone = sameUnitTargets.length === 1 && sameUnitAchieved.length === 1;
    if (best >= 0 && (bestFit >= MIN_FIT || (alone && bestFit >= MIN_FIT_ALONE))) {
      assigned.set(best, [...(assigned.get(best) ?? []), a]);
    }
  }
  return targets.map(({ quantity: target }, i) => {
    const matched = assigned.get(i);
    if (!matched) return { target, achieved: null, completion: null };
    const total = combine(
      target,
      matched.sort((x, y) => x.order - y.order)
    );
    const targetBase = inBase(target);
    return {
      target,
      achieved: total,
      completion: targetBase > 0 ? inBase(total) / targetBase : null,
    };
  });
}

/**
 * The completion percent the progress text states: a whole-task one (完成任务的52.80%) wherever it
 * stands, else a lone `已完成80%` — several such percents describe parts (one per park), not the item.
 */
function statedPercent(texts: string[]): { value: number; wholeTask: boolean } | null {
  let whole: number | null = null;
  const others: number[] = [];
  for (const text of texts) {
    const normal = normalizeText(text);
    for (const { figure, before } of locate(normal, parseFigures(normal))) {
      if (figure.unit !== "%") continue;
      const lead = before.replace(/\s+/g, "");
      if (WHOLE_TASK_PERCENT.test(lead)) whole = figure.value / 100;
      else if (ANY_DONE_PERCENT.test(lead.replace(/^[，,、。；;]+/, "")))
        others.push(figure.value / 100);
    }
  }
  if (whole !== null) return { value: whole, wholeTask: true };
  return others.length === 1 ? { value: others[0], wholeTask: false } : null;
}

function saysDone(texts: string[]): boolean {
  return texts.some((t) => {
    const normal = normalizeText(t);
    return DONE_STATEMENT.test(normal) && !NOT_DONE_STATEMENT.test(normal);
  });
}

/**
 * Completion of one item from its own words: targets set against achievements of the same unit and
 * subject; a stated whole-task percent; or a plain statement that the work is done. Null when nothing
 * can honestly be set against a target.
 */
export function computeCompletion(input: CompletionInput): CompletionResult {
  const targetContexts = input.targetTexts.flatMap(targetFigures);
  const targets = targetContexts.map((t) => t.quantity);
  const empty: CompletionResult = {
    targets,
    actuals: [],
    perTarget: [],
    completion: null,
    basis: null,
    lowestOf: null,
  };
  if (
    typeof input.targetValue === "number" &&
    typeof input.actualValue === "number" &&
    input.targetValue > 0
  ) {
    return { ...empty, completion: input.actualValue / input.targetValue, basis: "columns" };
  }
  const stated = statedPercent(input.progressTexts);
  if (stated?.wholeTask) return { ...empty, completion: stated.value, basis: "percent" };
  if (saysDone(input.progressTexts)) return { ...empty, completion: 1, basis: "statement" };
  const achieved = input.progressTexts.flatMap((t) => achievements(t, input.planYear));
  const perTarget = matchTargets(targetContexts, achieved);
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
  if (stated) return { ...empty, perTarget, completion: stated.value, basis: "percent" };
  if (input.statusSaysDone) return { ...empty, perTarget, completion: 1, basis: "statement" };
  return { ...empty, perTarget };
}
