import { percent } from "./progressFindings";
import { columnLabel } from "./support";
import { DetectedTable } from "../detect/types";
import { CellPos } from "../model/items";
import { Deadline } from "../progress/deadline";
import { ItemProgress } from "../progress/itemProgress";
import { compactText } from "../text/normalize";
import { FindingDraft, Rule, RuleContext } from "./types";

/**
 * Tables whose items all cover one and the same year: there the end of the year (or of the plan)
 * binds every item. A decomposition table spanning years reports on one year at a time, so its
 * later years are not late merely because nobody reported on them yet.
 */
function annualTables(context: RuleContext): Set<DetectedTable> {
  const yearOf = new Map<DetectedTable, number | null>();
  for (const { item, schedule } of context.progress.items) {
    const [first, last] = schedule.years;
    const year = first === last ? first : null;
    const seen = yearOf.get(item.table);
    yearOf.set(item.table, seen === undefined || seen === year ? year : null);
  }
  return new Set([...yearOf].filter(([, year]) => year !== null).map(([table]) => table));
}

function stated(deadline: Deadline): boolean {
  return deadline.source === "column" || deadline.source === "text";
}

/** The deadline as the sheet words it, or the date it was inferred to be. */
function deadlineWords(deadline: Deadline): string {
  return stated(deadline) ? deadline.text : deadline.date;
}

/** The cell the finding is about: where the deadline is written, else the status, else the name. */
function findingCell(progress: ItemProgress, deadline: Deadline): CellPos {
  const { item } = progress;
  if (stated(deadline) && deadline.cell) return deadline.cell;
  return (
    item.fields.status?.cell ?? item.fields.name?.cell ?? { row: item.row, col: item.table.left }
  );
}

/** The message that says why the item counts as late: its completion, its text, or its status word. */
function reason(
  progress: ItemProgress,
  deadline: Deadline,
  asOf: string
): Pick<FindingDraft, "messageId" | "values"> {
  const { item, completion } = progress;
  const base = { deadline: deadlineWords(deadline), asOf };
  if (completion.completion !== null) {
    return {
      messageId: "completion",
      values: { ...base, percent: percent(completion.completion) },
    };
  }
  const status = item.fields.status;
  if (progress.notStarted || !status) {
    const column = item.fields.progress
      ? columnLabel(item.table, item.fields.progress.cell.col)
      : "";
    return { messageId: "notStarted", values: { ...base, column } };
  }
  const column = columnLabel(item.table, status.cell.col);
  return { messageId: "status", values: { ...base, column, status: compactText(status.text) } };
}

export const deadlineOverdueRule: Rule = {
  meta: {
    code: "DEADLINE_OVERDUE",
    severity: "error",
    description: {
      zh: "报告日期已到或已过完成时限，项目仍未完成",
      en: "The deadline is reached or passed at the report date and the item is not complete",
    },
    messages: {
      status: {
        zh: "完成时限 {deadline} 已到期（报告日期 {asOf}），{column}仍为「{status}」",
        en: 'The deadline {deadline} has come (report date {asOf}) and {column} still reads "{status}"',
      },
      completion: {
        zh: "完成时限 {deadline} 已到期（报告日期 {asOf}），按推进情况只完成 {percent}%",
        en: "The deadline {deadline} has come (report date {asOf}) and the progress reported is {percent}% of the target",
      },
      notStarted: {
        zh: "完成时限 {deadline} 已到期（报告日期 {asOf}），{column}显示尚未启动",
        en: "The deadline {deadline} has come (report date {asOf}) and {column} says the work has not started",
      },
    },
  },
  check(context) {
    const annual = annualTables(context);
    const asOf = context.model.asOf;
    for (const progress of context.progress.items) {
      const deadline = progress.schedule.deadline;
      if (progress.status !== "逾期未完成" || !deadline) continue;
      if (!stated(deadline) && !annual.has(progress.item.table)) continue;
      context.report({
        ...reason(progress, deadline, asOf),
        at: findingCell(progress, deadline),
        item: progress.item,
      });
    }
  },
};
