import { STAGE_DONE_WORDS, STAGE_FREE_PHRASES, WORK_STAGES } from "../vocabulary/workStages";
import { SUBJECT_FREE_WORDS, TASK_VERBS } from "../vocabulary/workParts";
import { ROUTE_CODE, SITE_NAME } from "../vocabulary/places";
import { compactText } from "../text/normalize";
import { Milestone } from "./plan";
import { StageReading, clausesOf, sentencesOf, stagePlanned, stageReached } from "./stage";

/** A part of the period's plan that the progress text, on the same subject, reports short of. */
export interface MilestoneShortfall {
  /** The plan entry's label (`5月-6月`). */
  label: string;
  /** The stage the plan's clause sets, with the clause. */
  planned: StageReading;
  /** The furthest stage the progress sentence on that subject reaches, or null for none. */
  reached: StageReading | null;
  /** The progress sentence on the plan clause's subject. */
  sentence: string;
}

/** Words that name a stage, say it is done, or name no subject: what is left between them names the work's subject. */
const NOT_SUBJECT = new RegExp(
  [
    ...WORK_STAGES.flatMap((s) => s.words),
    ...STAGE_DONE_WORDS,
    ...STAGE_FREE_PHRASES,
    ...SUBJECT_FREE_WORDS,
  ]
    .sort((a, b) => b.length - a.length)
    .join("|"),
  "g"
);
/** Runs of Chinese or Latin letters: digits, units' figures and punctuation end a subject. */
const SUBJECT_BREAKS = /[^\u4e00-\u9fffA-Za-z]+/;
/** Four characters shared name the same work (`口袋公园`, `路面改善`); fewer are words of any text. */
const GRAM = 4;

/** Every run of GRAM characters of a text's subject words. */
function subjectGrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const run of text.replace(NOT_SUBJECT, "|").split(SUBJECT_BREAKS)) {
    for (let i = 0; i + GRAM <= run.length; i++) grams.add(run.slice(i, i + GRAM));
  }
  return grams;
}

function stagePlace(reading: StageReading): number {
  return reading.level >> 1;
}

/** The sentence sharing most of the plan clause's subject, or null when none shares any. */
function sentenceOn(
  clauseGrams: Set<string>,
  sentences: readonly { text: string; grams: Set<string> }[]
): string | null {
  let best: string | null = null;
  let bestShared = 0;
  for (const sentence of sentences) {
    let shared = 0;
    for (const gram of clauseGrams) if (sentence.grams.has(gram)) shared++;
    if (shared > bestShared) [best, bestShared] = [sentence.text, shared];
  }
  return best;
}

/**
 * The part of the period's plan furthest ahead of what the progress text reports on the same subject:
 * `确定口袋公园中标单位` against a sentence on 口袋公园 that reaches only `挂网招标`; `继续推进兰之陵市民公园
 * 建设` against one saying it was torn down and is being redesigned. The lowest part governs the item,
 * as with several targets. Null when every part whose subject the progress names is reached.
 */
export function milestoneShortfall(
  current: readonly Milestone[],
  progressText: string
): MilestoneShortfall | null {
  const sentences = sentencesOf(progressText).map((text) => ({ text, grams: subjectGrams(text) }));
  let worst: MilestoneShortfall | null = null;
  let worstGap = 0;
  for (const milestone of current) {
    for (const clause of clausesOf(milestone.text)) {
      const planned = stagePlanned(clause);
      if (!planned) continue;
      const sentence = sentenceOn(subjectGrams(clause), sentences);
      if (sentence === null) continue;
      const reached = stageReached(sentence);
      // a stage under way but not said done is not short of it: done-ness is often told in the next clause
      const gap = stagePlace(planned) - (reached ? stagePlace(reached) : -1);
      if (gap > worstGap) {
        worst = { label: milestone.label, planned, reached, sentence };
        worstGap = gap;
      }
    }
  }
  return worst;
}

/** A verb opening a listed part (`实施崇文北路`), and where the list's last part runs on (`仙台北路等…`). */
const LEADING_VERB = new RegExp(`^(${TASK_VERBS.join("|")})`);
const PART_RUNS_ON = /等|\d/;
const PART_BREAKS = /[，,；;。\n]/;

/** The name a listed part gives its site: a route number, or a site's name; null for other parts. */
function siteOf(part: string): string | null {
  const route = ROUTE_CODE.exec(part);
  if (route) return route[0];
  const runsOn = PART_RUNS_ON.exec(part);
  const name = (runsOn ? part.slice(0, runsOn.index) : part).replace(LEADING_VERB, "");
  return SITE_NAME.test(name) ? name : null;
}

/**
 * The sites a target lists (`实施崇文北路、仙台北路等城市道路升级改造`) that the progress text does not
 * name, where it names at least one of them: a part with no progress while others move. Empty when
 * the target lists no sites, or the progress names all or none of them.
 */
export function unreportedSites(targetText: string, progressText: string): string[] {
  if (!targetText.includes("、")) return [];
  const progress = compactText(progressText);
  for (const clause of compactText(targetText).split(PART_BREAKS)) {
    const parts = clause.split("、");
    if (parts.length < 2) continue;
    const sites = parts.map(siteOf);
    if (sites.some((site) => site === null)) continue;
    const missing = (sites as string[]).filter((site) => !progress.includes(site));
    if (missing.length > 0 && missing.length < sites.length) return missing;
  }
  return [];
}

/**
 * Whether two plan texts set the same work: they share a subject (`口袋公园`), or, where either names
 * none (`完成施工`), they set the same stage.
 */
export function sameWork(a: string, b: string): boolean {
  const gramsA = subjectGrams(a);
  const gramsB = subjectGrams(b);
  if (gramsA.size > 0 && gramsB.size > 0) return [...gramsA].some((g) => gramsB.has(g));
  const stageA = stagePlanned(a);
  const stageB = stagePlanned(b);
  return stageA !== null && stageB !== null && stagePlace(stageA) === stagePlace(stageB);
}
