import { DetectedTable } from "../detect/types";
import { Milestone, milestonesFor } from "../progress/plan";
import { Period, findPeriods } from "../text/periods";
import { PlanCell, planCells, planHeader } from "./planCells";
import { Rule, RuleContext } from "./types";

/** The period a report covers, as its title names it (`（1-6月份）`, `12月份推进情况`, `一季度`). */
interface ReportPeriod {
  /** The title's words for it, or null when the title names none and the report date stands alone. */
  text: string | null;
  start: string;
}

/**
 * The period ending on the report date that a table's title or subtitle names: a half-year report
 * (`1-6月份`) plans for January to June, not only for June. The report date alone otherwise; a
 * whole year is no report period (`2024年…项目表` is the plan year, not what is reported on).
 */
function reportPeriod(context: RuleContext, table: DetectedTable): ReportPeriod {
  const at = context.model.asOf;
  const year =
    context.model.tables.find((t) => t.table === table)?.planYear ??
    context.model.planYear ??
    Number(at.slice(0, 4));
  let found: Period | null = null;
  for (const text of [table.title ?? "", ...table.subtitles]) {
    for (const period of findPeriods(text, { year })) {
      if ("invalid" in period || period.deadline || period.end !== at) continue;
      if (period.kind === "year" || period.kind === "yearRange") continue;
      // `截至时间：2023年6月30日` beside `（1-6月份）`: the longer period is the one reported on.
      if (found === null || period.start < found.start) found = period;
    }
  }
  return found ? { text: found.text.trim(), start: found.start } : { text: null, start: at };
}

/** Labels that name a moment (`11月18日`, `6月底`), not a stretch of work. */
function isMoment(milestone: Milestone): boolean {
  const { kind, deadline } = milestone.period;
  return !deadline && (kind === "day" || kind === "monthPart");
}

/**
 * Whether a moment label covers `at`: `11月18日进场施工。2024年6月底竣工` plans the work between the
 * two, so the months in between are not missing from it.
 */
function bridged(milestones: Milestone[], at: string): boolean {
  const lastEnd = new Map<string | null, string>();
  for (const m of milestones) {
    const previous = lastEnd.get(m.topic);
    // A moment first under its heading (`新增公交车：9月底…`) is due from the plan's start.
    if (isMoment(m) && (previous === undefined || previous < at) && at <= m.period.end) return true;
    lastEnd.set(m.topic, m.period.end);
  }
  return false;
}

function checkPlan(context: RuleContext, cell: PlanCell, period: ReportPeriod): void {
  const { item, field, plan } = cell;
  const at = context.model.asOf;
  let previous: Milestone | null = null;
  let next: Milestone | null = null;
  for (const m of plan.milestones) {
    // Any milestone of the report period, even one only touching it, is a plan for it.
    if (m.period.start <= at && m.period.end >= period.start) return;
    if (m.period.end < period.start && (previous === null || m.period.end > previous.period.end))
      previous = m;
    if (m.period.start > at && (next === null || m.period.start < next.period.start)) next = m;
  }
  // Before the first milestone starts or after the last one ends the plan is not begun, or over.
  if (previous === null || next === null) return;
  if (milestonesFor(plan, at).current.length > 0 || bridged(plan.milestones, at)) return;
  const values = { column: planHeader(cell), asOf: at, previous: previous.label, next: next.label };
  context.report({
    messageId: period.text === null ? "gap" : "periodGap",
    values: period.text === null ? values : { ...values, period: period.text, from: period.start },
    at: field.cell,
    item,
  });
}

export const planMissingPeriodRule: Rule = {
  meta: {
    code: "PLAN_MISSING_PERIOD",
    severity: "info",
    description: {
      zh: "进度计划有分阶段安排，但没有报告期的安排",
      en: "The plan has milestones but none for the report period",
    },
    messages: {
      gap: {
        zh: "{column}没有报告日期 {asOf} 所在时段的安排：上一项「{previous}」，下一项「{next}」",
        en: '{column} plans nothing for the period of the report date {asOf}: the entry before is "{previous}", the one after "{next}"',
      },
      periodGap: {
        zh: "{column}没有报告期「{period}」（{from} 至 {asOf}）的安排：上一项「{previous}」，下一项「{next}」",
        en: '{column} plans nothing for the report period "{period}" ({from} to {asOf}): the entry before is "{previous}", the one after "{next}"',
      },
    },
  },
  check(context) {
    const periods = new Map<DetectedTable, ReportPeriod>();
    for (const cell of planCells(context)) {
      let period = periods.get(cell.item.table);
      if (!period) {
        period = reportPeriod(context, cell.item.table);
        periods.set(cell.item.table, period);
      }
      checkPlan(context, cell, period);
    }
  },
};
