import { WordIndex } from "../text/codeSet";
import { compactText } from "../text/normalize";
import { UNDER_WAY_WORDS } from "../vocabulary/achievement";
import {
  DELAY_WORDS,
  DONE_STATEMENT_WORDS,
  IN_FORCE_FROM,
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

/** Work at or past 开工 is past preparation and procurement. */
const STARTED_LEVEL = WORK_STAGES.findIndex((s) => s.stage === "started") * 2;

/** Each stage word with its stage and place on the ladder; a party's name (施工单位) with none. */
const STAGE_OF = new Map<string, { stage: WorkStage; place: number } | null>([
  ...STAGE_FREE_PHRASES.map((phrase) => [phrase, null] as const),
  ...WORK_STAGES.flatMap((entry, place) =>
    entry.words.map((word) => [word, { stage: entry.stage, place }] as const)
  ),
]);

/** The stage words by first character, longest first: at each place the longest wins (主体完工 is not 完工). */
const STAGE_WORDS = new WordIndex(
  [...STAGE_OF.keys()].sort((a, b) => b.length - a.length),
  "first"
);

const CLAUSE_BREAKS = /[。；;，,\n！!？?]/;
const MAX_CLAUSE = 60;

const YI = "已".charCodeAt(0);
const NOT_REACHED = new WordIndex(NOT_REACHED_WORDS, "first");
const DELAYING = new WordIndex(DELAY_WORDS, "first");

/** Flags by offset: where in the clause a word of `words` ends. */
function wordEnds(clause: string, words: WordIndex): Uint8Array {
  const ends = new Uint8Array(clause.length + 1);
  for (let k = 0; k < clause.length; k++)
    for (const word of words.withCode(clause.charCodeAt(k)))
      if (clause.startsWith(word, k)) ends[k + word.length] = 1;
  return ends;
}

/**
 * A word before `at` (its ends flagged in `ends`) puts the stage in the future or denies it, unless
 * 已 comes between them (`招生计划已上报` reports a stage reached; `计划7月招标` does not). The last
 * such word decides: 已 after it stands after every earlier one too.
 */
function deniedBefore(clause: string, ends: Uint8Array, at: number): boolean {
  for (let end = at; end >= 0; end--) {
    if (end < at && clause.charCodeAt(end) === YI) return false;
    if (ends[end] === 1) return true;
  }
  return false;
}

/**
 * How a clause's stage words count: reached (denied ones left out), planned (every one), or put off
 * (only those a delay word denies).
 */
type Reading = "reached" | "planned" | "delayed";

/** The highest stage one clause names as `reading` counts them, or null. */
function clauseStage(clause: string, reading: Reading): StageReading | null {
  let best: StageReading | null = null;
  let clauseSaysDone: boolean | undefined;
  let denials: Uint8Array | undefined;
  const delayed = reading === "delayed";
  for (let k = 0; k < clause.length; k++) {
    const word = STAGE_WORDS.wordAt(clause, k);
    if (word === undefined) continue;
    const at = k;
    // the next word is looked for after this one, as an alternation of the words would
    k += word.length - 1;
    const entry = STAGE_OF.get(word);
    if (!entry) continue;
    if (reading !== "planned") {
      denials ??= wordEnds(clause, delayed ? DELAYING : NOT_REACHED);
      if (deniedBefore(clause, denials, at) === !delayed) continue;
    }
    clauseSaysDone ??= !delayed && STAGE_DONE_WORDS.some((w) => clause.includes(w));
    const done = !delayed && (EVENT_STAGES.has(entry.stage) || clauseSaysDone);
    const level = entry.place * 2 + (done ? 1 : 0);
    if (!best || level > best.level) best = { stage: entry.stage, level, done, clause };
  }
  return best;
}

/** Titles and quotations name documents and slogans, not stages reached (`印发《…实施方案》`). */
const QUOTED = /《[^》]*》|“[^”]*”|"[^"]*"/g;
const QUOTE_OPENINGS = /[《“"]/;

function withoutQuotations(text: string): string {
  return QUOTE_OPENINGS.test(text) ? text.replace(QUOTED, "") : text;
}

/** A text's clauses, compacted, titles and quotations left out. */
export function clausesOf(text: string): string[] {
  return withoutQuotations(compactText(text)).split(CLAUSE_BREAKS);
}

/** Where one sentence or numbered part of a progress text ends and the next begins (`。`, `①`, `2、`). */
const SENTENCE_BREAKS = /[。；;\n\u2460-\u2473]|(?<![\d.])\d{1,2}[、.．](?!\d)/;

/** A text's sentences and numbered parts, compacted, titles and quotations left out. */
export function sentencesOf(text: string): string[] {
  return withoutQuotations(compactText(text))
    .split(SENTENCE_BREAKS)
    .filter((s) => s !== "");
}

function highestStage(text: string, reading: Reading): StageReading | null {
  let best: StageReading | null = null;
  for (const raw of clausesOf(text)) {
    const clause = raw.slice(0, MAX_CLAUSE);
    const found = clause === "" ? null : clauseStage(clause, reading);
    if (found && (!best || found.level > best.level)) best = found;
  }
  return best;
}

/**
 * The furthest stage a progress text reports reached: clauses that put the stage in the future or
 * deny it (`尚未开工`, `计划7月招标`) do not count.
 */
export function stageReached(progressText: string): StageReading | null {
  return highestStage(progressText, "reached");
}

/** The furthest stage a plan's entries for a period set (`6月完成招标` → procurement, done). */
export function stagePlanned(planText: string): StageReading | null {
  return highestStage(planText, "planned");
}

/** The furthest stage the progress text puts off (`尚未招标`, `预计7月开始施工`), not done. */
export function stageDelayed(progressText: string): StageReading | null {
  return highestStage(progressText, "delayed");
}

/** A date `6月1日起` in the clause at or before the report date (same year). */
function inForceBy(clause: string, asOf: string): boolean {
  const date = IN_FORCE_FROM.exec(clause);
  if (!date) return false;
  const month = Number(date[1]);
  const day = Number(date[2]);
  const [reportMonth, reportDay] = [Number(asOf.slice(5, 7)), Number(asOf.slice(8, 10))];
  return month < reportMonth || (month === reportMonth && day <= reportDay);
}

/**
 * The clause of a progress text that says the work itself is done, at a reached deadline: words that
 * say so (`机制已建立`, `已统一提高到70%`), a measure in force by the report date (`6月1日起…提高到70%`),
 * or, where nothing in the text is still going on, work reported done (`市局已研发…功能`) past the
 * preparation and procurement stages. Null otherwise.
 */
export function saysDone(progressText: string, asOf: string): string | null {
  const text = compactText(progressText);
  const word = DONE_STATEMENT_WORDS.find((w) => text.includes(w));
  if (word) return word;
  const clauses = clausesOf(progressText);
  const inForce = clauses.find((c) => inForceBy(c, asOf));
  if (inForce) return inForce;
  // anything still going on, put off or not done says the work is not done
  if (UNDER_WAY_WORDS.test(text) || DELAY_WORDS.some((w) => text.includes(w))) return null;
  return (
    clauses.find((c) => {
      if (!c.includes("已")) return false;
      const stage = clauseStage(c, "reached");
      return stage === null || stage.level >= STARTED_LEVEL;
    }) ?? null
  );
}
