import { columnLabel } from "./support";
import { Field, Item } from "../model/items";
import { CompletionResult } from "../progress/completion";
import { ItemProgress } from "../progress/itemProgress";
import { NOT_DONE_WORDS } from "../vocabulary/status";
import { formatPlainNumber } from "../grid";
import { compactText } from "../text/normalize";
import { fraction4, lowestTarget, percent, quantityText } from "./progressFindings";
import { FindingDraft, Rule, RuleContext } from "./types";

/**
 * A 已完成 status contradicts a completion read from figures, a stated percent or columns only
 * below this: just short of 100% is rounding, a part counted late or a figure read loosely.
 */
const DONE_BUT_BELOW = 0.8;

/** What a finding says, before it is placed at the status cell. */
type Contradiction = Omit<FindingDraft, "at" | "item">;

/** The words of a message: the status column and its word, the progress column. */
type Labels = { column: string; word: string; progress: string };

function labelsOf(item: Item, status: Field): Labels {
  const table = item.table;
  const progressCol = table.roleColumns.get("progress");
  return {
    column: columnLabel(table, status.cell.col) || "工作成效",
    word: compactText(status.text),
    progress:
      progressCol === undefined ? "推进情况" : columnLabel(table, progressCol) || "推进情况",
  };
}

/** Every target the item states has an achieved figure, and every one is reached. */
function everyTargetMet(completion: CompletionResult): boolean {
  return (
    completion.perTarget.length > 0 &&
    completion.perTarget.every((t) => t.completion !== null && t.completion >= 1)
  );
}

/** The columns an item's completion was read from (`实际完成 120 已达到目标值 100`). */
function columnValues(item: Item): Record<string, string | number> | null {
  const target = item.fields.targetValue;
  const actual = item.fields.actualValue;
  if (!target || !actual || typeof target.value !== "number" || typeof actual.value !== "number")
    return null;
  return {
    targetColumn: columnLabel(item.table, target.cell.col),
    target: formatPlainNumber(target.value),
    actualColumn: columnLabel(item.table, actual.cell.col),
    actual: formatPlainNumber(actual.value),
  };
}

/** The status says in progress while the progress says the work is done. */
function saysDone(progress: ItemProgress, labels: Labels): Contradiction | null {
  const { completion, basis } = progress.completion;
  // the status word is not 已完成 here, so a 'statement' completion was read from the progress text
  if (basis === "statement") return { messageId: "saysDone", values: labels };
  if (completion === null || completion < 1) return null;
  const actual = fraction4(completion);
  if (basis === "percent")
    return {
      messageId: "percentDone",
      values: { ...labels, rate: percent(completion) },
      actual,
    };
  if (basis === "figures" && everyTargetMet(progress.completion))
    return { messageId: "figuresDone", values: labels, actual };
  const columns = basis === "columns" ? columnValues(progress.item) : null;
  if (columns)
    return {
      messageId: "columnsDone",
      values: { ...labels, ...columns },
      actual,
    };
  return null;
}

/** The status says 已完成 while figures, a stated percent or columns read well under 100%. */
function notDone(progress: ItemProgress, labels: Labels): Contradiction | null {
  const { completion, basis } = progress.completion;
  if (completion === null || completion >= DONE_BUT_BELOW) return null;
  const values = { ...labels, rate: percent(completion) };
  const common = { expected: 1, actual: fraction4(completion) };
  if (basis === "percent") return { messageId: "percentNotDone", values, ...common };
  if (basis === "figures") {
    const lowest = lowestTarget(progress.completion);
    if (!lowest) return null;
    return {
      messageId: "figuresNotDone",
      values: {
        ...values,
        achieved: quantityText(lowest.achieved),
        target: quantityText(lowest.target),
      },
      ...common,
    };
  }
  const columns = basis === "columns" ? columnValues(progress.item) : null;
  return columns
    ? { messageId: "columnsNotDone", values: { ...values, ...columns }, ...common }
    : null;
}

function checkItem(context: RuleContext, item: Item): void {
  const status = item.fields.status;
  const progress = context.progressOf(item);
  if (!status || progress.sheetStatus === null) return;
  const labels = labelsOf(item, status);
  let found: Contradiction | null = null;
  if (NOT_DONE_WORDS.has(progress.sheetStatus)) found = saysDone(progress, labels);
  else if (progress.sheetStatus === "已完成") found = notDone(progress, labels);
  if (found) context.report({ ...found, at: status.cell, item });
}

export const statusInconsistentRule: Rule = {
  meta: {
    code: "STATUS_INCONSISTENT",
    severity: "warning",
    description: {
      zh: "工作成效（状态）与推进情况或计算出的完成率相矛盾",
      en: "The status word contradicts the progress text or the computed completion",
    },
    messages: {
      saysDone: {
        zh: "{column}为「{word}」，但{progress}写明已全部完成",
        en: '{column} reads "{word}", but the {progress} says the work is all done',
      },
      percentDone: {
        zh: "{column}为「{word}」，但{progress}写明已完成 {rate}%",
        en: '{column} reads "{word}", but the {progress} states {rate}% done',
      },
      figuresDone: {
        zh: "{column}为「{word}」，但{progress}所列完成量均已达到任务目标",
        en: '{column} reads "{word}", but every figure in the {progress} reaches its target',
      },
      columnsDone: {
        zh: "{column}为「{word}」，但{actualColumn} {actual} 已达到{targetColumn} {target}",
        en: '{column} reads "{word}", but {actualColumn} {actual} reaches {targetColumn} {target}',
      },
      percentNotDone: {
        zh: "{column}为「{word}」，但{progress}写明只完成 {rate}%",
        en: '{column} reads "{word}", but the {progress} states only {rate}% done',
      },
      figuresNotDone: {
        zh: "{column}为「{word}」，但{progress}中完成 {achieved}，仅为目标 {target} 的 {rate}%",
        en: '{column} reads "{word}", but the {progress} gives {achieved}, only {rate}% of the target {target}',
      },
      columnsNotDone: {
        zh: "{column}为「{word}」，但{actualColumn} {actual} 仅为{targetColumn} {target} 的 {rate}%",
        en: '{column} reads "{word}", but {actualColumn} {actual} is only {rate}% of {targetColumn} {target}',
      },
    },
  },
  check(context) {
    for (const item of context.model.items) checkItem(context, item);
  },
};
