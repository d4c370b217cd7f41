import { compactText } from "../text/normalize";
import {
  DONE_STATEMENT_WORDS,
  NOT_REACHED_WORDS,
  STAGE_DONE_WORDS,
  STAGE_FREE_PHRASES,
  WORK_STAGES,
  WorkStage,
} from "../vocabulary/workStages";

/** A stage a text names: where on the ladder, done or still under way, and the words that say so. */
export interface StageReading {
  stage: WorkStage;
  /** Twice the stage's place on the ladder, plus one when the text says it is done. */
  level: number;
  done: boolean;
  /** The clause the stage was read from, for the basis of a judgement. */
  clause: string;
}

/** Reaching these is the event itself: `已进场`, `已封顶` say the stage is done. */
const EVENT_STAGES: ReadonlySet<WorkStage> = new Set([
  "started",
  "structureDone",
  "finished",
  "inUse",
]);

/** Each stage word with its stage and place on the ladder; a party's name (施工单位) with none. */
const STAGE_OF = new Map<string, { stage: WorkStage; place: number } | null>([
  ...STAGE_FREE_PHRASES.map((phrase) => [phrase, null] as const),
  ...WORK_STAGES.flatMap((entry, place) =>
    entry.words.map((word) => [word, { stage: entry.stage, place }] as const)
  ),
]);

/** One pass over a clause: at each place the longest word wins (主体完工 is not 完工). */
const STAGE_PATTERN = new RegExp(
  [...STAGE_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|"),
  "g"
);

const CLAUSE_BREAKS = /[。；;，,\n！!？?]/;
const MAX_CLAUSE = 60;

/**
 * A word before `at` puts the stage in the future or denies it, unless 已 comes between them
 * (`招生计划已上报` reports a stage reached; `计划7月招标` does not).
 */
function deniedBefore(clause: string, at: number): boolean {
  const before = clause.slice(0, at);
  return NOT_REACHED_WORDS.some((word) => {
    const denial = before.lastIndexOf(word);
    return denial >= 0 && !before.slice(denial + word.length).includes("已");
  });
}

/** The highest stage one clause names, or null. */
function clauseStage(clause: string, affirmed: boolean): StageReading | null {
  let best: StageReading | null = null;
  let clauseSaysDone: boolean | undefined;
  for (const match of clause.matchAll(STAGE_PATTERN)) {
    const entry = STAGE_OF.get(match[0]);
    if (!entry) continue;
    if (affirmed && deniedBefore(clause, match.index)) continue;
    clauseSaysDone ??= STAGE_DONE_WORDS.some((w) => clause.includes(w));
    const done = EVENT_STAGES.has(entry.stage) || clauseSaysDone;
    const level = entry.place * 2 + (done ? 1 : 0);
    if (!best || level > best.level) best = { stage: entry.stage, level, done, clause };
  }
  return best;
}

/** Titles and quotations name documents and slogans, not stages reached (`印发《…实施方案》`). */
const QUOTED = /《[^》]*》|“[^”]*”|"[^"]*"/g;

/** A text's clauses, compacted, titles and quotations left out. */
export function clausesOf(text: string): string[] {
  return compactText(text).replace(QUOTED, "").split(CLAUSE_BREAKS);
}

function highestStage(text: string, affirmed: boolean): StageReading | null {
  let best: StageReading | null = null;
  for (const raw of clausesOf(text)) {
    const clause = raw.slice(0, MAX_CLAUSE);
    const reading = clause === "" ? null : clauseStage(clause, affirmed);
    if (reading && (!best || reading.level > best.level)) best = reading;
  }
  return best;
}

/**
 * The furthest stage a progress text reports reached: clauses that put the stage in the future or
 * deny it (`尚未开工`, `计划7月招标`) do not count.
 */
export function stageReached(progressText: string): StageReading | null {
  return highestStage(progressText, true);
}

/** The progress text says the work itself is done, in words (`机制已建立`, `已统一提高到70%`). */
export function saysDone(progressText: string): string | null {
  const text = compactText(progressText);
  return DONE_STATEMENT_WORDS.find((w) => text.includes(w)) ?? null;
}

/** The furthest stage a plan's entries for a period set (`6月完成招标` → procurement, done). */
export function stagePlanned(planText: string): StageReading | null {
  return highestStage(planText, false);
}
