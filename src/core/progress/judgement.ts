import { Bilingual } from "../i18n";
import { CompletionResult } from "./completion";
import { Milestone } from "./plan";
import {
  StageReading,
  saysDone,
  sentencesOf,
  stageDelayed,
  stagePlanned,
  stageReached,
} from "./stage";
import { milestoneShortfall, unreportedSites } from "./subjects";
import { ProgressStatus } from "./status";
import { roundTo } from "../text/decimal";
import { unitsComparable } from "../text/units";
import { WORK_STAGES } from "../vocabulary/workStages";
import { HELD_BACK_WORDS } from "../vocabulary/status";
import { compactText } from "../text/normalize";

/** A status with the words or figures it rests on. */
export interface Judgement {
  status: ProgressStatus;
  basis: Bilingual | null;
}

/** A stage reached at or past 完工 is work done. */
const FINISHED_LEVEL = WORK_STAGES.findIndex((s) => s.stage === "finished") * 2;

function percent(value: number): string {
  return `${roundTo(value * 100, 1)}%`;
}

function stageName(reading: StageReading): Bilingual {
  const entry = WORK_STAGES.find((s) => s.stage === reading.stage);
  return { zh: entry?.zh ?? reading.stage, en: entry?.en ?? reading.stage };
}

/** The share of the target the plan sets for the report period, and the entry that sets it. */
export interface PlannedShare {
  share: number;
  label: string;
}

/** Words in a plan entry that make its figure a running total to the period's end (`到6月底完成上岗3600人`). */
const RUNNING_TOTAL = /累计|到.{0,6}底|截至|共计|达到/;
/** Words that make a plan entry's percent a share of the year's task (`完成年度计划的10%`). */
const SHARE_OF_YEAR = /计划|任务|全年|年度/;

/**
 * What the period's plan entries say should be done by now, as a share of the item's one target: a
 * percent of the year's plan, or a running total in the target's unit. Null when the entries set no
 * such figure (the share of the year's time is the measure then).
 */
export function plannedShare(
  current: readonly Milestone[],
  completion: CompletionResult
): PlannedShare | null {
  const target =
    completion.lowestOf?.target ?? (completion.targets.length === 1 ? completion.targets[0] : null);
  if (completion.basis === "statement" || target === null || target.value <= 0) return null;
  let best: PlannedShare | null = null;
  for (const milestone of current) {
    for (const figure of milestone.figures) {
      let share: number | null = null;
      if (figure.unit === "%" && SHARE_OF_YEAR.test(milestone.text)) share = figure.value / 100;
      else if (
        unitsComparable(figure.unit, target.unit) &&
        figure.value <= target.value &&
        (figure.cumulative || RUNNING_TOTAL.test(milestone.text))
      )
        share = figure.value / target.value;
      if (share !== null && share > 0 && share <= 1 && (!best || share > best.share))
        best = { share, label: `${milestone.label}：${milestone.text}` };
    }
  }
  return best;
}

/** How a basis from figures ends, by status. */
const VERDICTS: ReadonlyMap<ProgressStatus, Bilingual> = new Map([
  ["超序时", { zh: "超序时", en: "ahead" }],
  ["正常推进", { zh: "进度正常", en: "on track" }],
  ["滞后", { zh: "滞后", en: "behind" }],
]);

/** The basis of a status decided from completion, 序时进度 (or the period's planned share) and the deadline. */
export function figureBasis(
  status: ProgressStatus,
  completion: CompletionResult,
  timeElapsed: number | null,
  deadline: string | null,
  notStarted: boolean,
  planned: PlannedShare | null,
  /** The words that say the work is done (the sheet's status cell, or the progress clause), read only for 已完成. */
  doneWords: () => string | null
): Bilingual | null {
  const done = completion.completion;
  const lowest = completion.lowestOf
    ? {
        zh: `（${completion.lowestOf.count} 项目标中最低的一项）`,
        en: ` (the lowest of ${completion.lowestOf.count} targets)`,
      }
    : { zh: "", en: "" };
  if (status === "已完成") {
    if (completion.basis === "statement" || done === null) {
      const words = doneWords();
      return words
        ? { zh: `表中写明「${words}」，已完成`, en: `the sheet says “${words}”: done` }
        : { zh: "表中写明已完成", en: "the sheet says it is done" };
    }
    return {
      zh: `完成率 ${percent(done)}${lowest.zh}，已完成`,
      en: `completion ${percent(done)}${lowest.en}: done`,
    };
  }
  if (status === "逾期未完成") {
    const what =
      done !== null
        ? {
            zh: `完成率 ${percent(done)}${lowest.zh}`,
            en: `completion ${percent(done)}${lowest.en}`,
          }
        : notStarted
          ? { zh: "推进情况写明尚未开工", en: "the progress says it has not started" }
          : { zh: "推进情况未写明完成", en: "the progress does not say it is done" };
    return {
      zh: `完成时限 ${deadline ?? ""} 已到，${what.zh}，逾期未完成`,
      en: `the deadline ${deadline ?? ""} is reached and ${what.en}: overdue`,
    };
  }
  if (status === "未启动")
    return { zh: "推进情况写明尚未开工或启动", en: "the progress says it has not started" };
  if (done === null || timeElapsed === null) return null;
  const word = VERDICTS.get(status);
  if (!word) return null;
  if (planned)
    return {
      zh: `完成率 ${percent(done)}${lowest.zh}，本期计划应达 ${percent(planned.share)}（${planned.label}），${word.zh}`,
      en: `completion ${percent(done)}${lowest.en} against ${percent(planned.share)} the plan sets for the period (${planned.label}): ${word.en}`,
    };
  return {
    zh: `完成率 ${percent(done)}${lowest.zh}，序时进度 ${percent(timeElapsed)}，${word.zh}`,
    en: `completion ${percent(done)}${lowest.en} against ${percent(timeElapsed)} of the time: ${word.en}`,
  };
}

export interface StageInput {
  progressText: string | null;
  /** The item's target, whose listed sites the progress should name. */
  targetText: string | null;
  /** The sheet's own 存在问题 cell. */
  problemsText: string | null;
  /** The plan's entries for the report period. */
  current: readonly Milestone[];
  sheetStatus: ProgressStatus | null;
  /** The deadline is reached at the report date: only a text saying the work is done decides then. */
  deadlineReached: boolean;
  /** 序时进度 at the report date, or null without a deadline. */
  timeElapsed: number | null;
  /** The report date, `YYYY-MM-DD`. */
  asOf: string;
}

function behind(zh: string, en: string): Judgement {
  return { status: "滞后", basis: { zh: `${zh}，滞后`, en: `${en}: behind` } };
}

/** What the progress says short of the plan, with the stage it reaches where it names one. */
function behindPlan(
  plannedText: string,
  progressWords: string,
  stage: Bilingual | null
): Judgement {
  const zhStage = stage ? `（${stage.zh}）` : "";
  const enStage = stage ? ` (${stage.en})` : "";
  return behind(
    `计划${plannedText}，推进情况只写到「${progressWords}」${zhStage}`,
    `the plan sets ${plannedText}; the progress reaches only “${progressWords}”${enStage}`
  );
}

/** A sentence quoted in a basis: long ones are cut. */
const MAX_QUOTE = 40;
/**
 * By a fifth of the time (the first quarter of a year's work is 序时 about 25%), every site of the work
 * is expected to have some word of progress.
 */
const LATE_ENOUGH = 0.2;

/** The stage the period's plan sets furthest, or null. */
function furthestPlanned(current: readonly Milestone[]): StageReading | null {
  return current
    .map((m) => stagePlanned(m.text))
    .reduce<StageReading | null>(
      (best, r) => (r && (!best || r.level > best.level) ? r : best),
      null
    );
}

/** Against the period's plan: a part short of it, a part put off, or on track. */
function againstPlan(
  progressText: string,
  reached: StageReading,
  planned: StageReading,
  current: readonly Milestone[]
): Judgement {
  const plannedLabel = current.map((m) => m.label).join("、");
  const name = stageName(reached);
  if (reached.level < planned.level)
    return behindPlan(`${plannedLabel}${planned.clause}`, reached.clause, name);
  const shortfall = milestoneShortfall(current, progressText);
  if (shortfall)
    return behindPlan(
      `${shortfall.label}${shortfall.planned.clause}`,
      shortfall.reached?.clause ?? shortfall.sentence.slice(0, MAX_QUOTE),
      shortfall.reached ? stageName(shortfall.reached) : null
    );
  const delayed = stageDelayed(progressText);
  if (delayed && delayed.level <= planned.level) {
    // the sentence names the part put off (`安保工程和路面改善工程正在统计工程量，招投标后预计7月开始施工`)
    const said = (
      sentencesOf(progressText).find((s) => s.includes(delayed.clause)) ?? delayed.clause
    ).slice(0, MAX_QUOTE);
    return behind(
      `计划${plannedLabel}${planned.clause}，推进情况写明「${said}」`,
      `the plan for ${plannedLabel} sets “${planned.clause}”; the progress says “${said}”`
    );
  }
  return {
    status: "正常推进",
    basis: {
      zh: `计划${plannedLabel}${planned.clause}，推进情况写明「${reached.clause}」（${name.zh}），进度正常`,
      en: `the plan for ${plannedLabel} sets “${planned.clause}”; the progress says “${reached.clause}” (${name.en}): on track`,
    },
  };
}

/**
 * What holds back work whose stages look on track: a site the target lists with no word of progress
 * while others move, or the sheet's own problems cell saying the work is held up.
 */
function heldBack(input: StageInput): Judgement | null {
  const late = input.timeElapsed !== null && input.timeElapsed >= LATE_ENOUGH;
  const missing =
    late && input.targetText && input.progressText
      ? unreportedSites(input.targetText, input.progressText)
      : [];
  if (missing.length > 0) {
    const sites = missing.map((s) => `「${s}」`).join("");
    return behind(
      `目标所列${sites}推进情况未提及`,
      `the progress says nothing of ${missing.join(", ")} the target lists`
    );
  }
  const problem = input.problemsText ? HELD_BACK_WORDS.exec(compactText(input.problemsText)) : null;
  if (problem)
    return behind(`存在问题写明「${problem[0]}」`, `the problems cell says “${problem[0]}”`);
  return null;
}

/**
 * Where no completion can be computed: the stage the progress text reports reached, set against the
 * stage the plan sets for the period; without a plan for the period, reported work under way is on
 * track; without either, the sheet's own status word. Null when there is nothing to judge by.
 */
export function judgeByStage(input: StageInput): Judgement | null {
  const reached = input.progressText ? stageReached(input.progressText) : null;
  if (input.deadlineReached) {
    const done = input.progressText ? saysDone(input.progressText, input.asOf) : null;
    const finished = reached && reached.level >= FINISHED_LEVEL ? reached.clause : null;
    const words = done ?? finished;
    if (words === null) return null;
    return {
      status: "已完成",
      basis: {
        zh: `完成时限已到，推进情况写明「${words}」，已完成`,
        en: `the deadline is reached and the progress says “${words}”: done`,
      },
    };
  }
  if (reached && input.progressText) {
    // the plan's stage matters only against a stage reached: a ledger without progress skips reading it
    const planned = furthestPlanned(input.current);
    const judged = planned
      ? againstPlan(input.progressText, reached, planned, input.current)
      : {
          status: "正常推进" as const,
          basis: {
            zh: `推进情况写明「${reached.clause}」（${stageName(reached).zh}），本期计划没有可对照的节点，按正常推进`,
            en: `the progress says “${reached.clause}” (${stageName(reached).en}); no plan for the period to hold it against: on track`,
          },
        };
    return judged.status === "正常推进" ? (heldBack(input) ?? judged) : judged;
  }
  const sheet = input.sheetStatus;
  if (sheet && sheet !== "无法判断")
    return {
      status: sheet,
      basis: { zh: `表中填报的状态为「${sheet}」`, en: `the sheet's own status: ${sheet}` },
    };
  return null;
}
