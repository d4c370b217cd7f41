import { columnLabel } from "./support";
/**
 * Helpers of the schedule rules (DEADLINE_INVALID, PLAN_OUT_OF_ORDER, PLAN_BEYOND_DEADLINE,
 * PLAN_MISSING_PERIOD): the plan cells items own, and when a milestone falls.
 */

import { Field, Item } from "../model/items";
import { Milestone, ParsedPlan } from "../progress/plan";
import { RuleContext } from "./types";

export interface PlanCell {
  item: Item;
  field: Field;
  /** The plan as the progress analysis read it. */
  plan: ParsedPlan;
}

/**
 * Every item's own plan cell. A progress row that borrows its project's plan is not listed: the
 * project's own row carries that plan, so a defect in it is reported once, where it is written.
 */
export function planCells(context: RuleContext): PlanCell[] {
  const cells: PlanCell[] = [];
  for (const item of context.model.items) {
    const field = item.fields.plan;
    const plan = context.progressOf(item).plan;
    if (!field || !plan) continue;
    cells.push({ item, field, plan });
  }
  return cells;
}

/** The plan column's header, for messages (`项目月度计划`, `进度计划`); asked only when one is made. */
export function planHeader({ item, field }: PlanCell): string {
  return columnLabel(item.table, field.cell.col);
}

export interface Span {
  start: string;
  end: string;
}

/**
 * When a milestone falls (ISO dates): its period, except that a `6月底前` label names the day work
 * is due, not the 1 January its period starts on.
 */
export function milestoneSpan(milestone: Milestone): Span {
  const { period } = milestone;
  return period.deadline
    ? { start: period.end, end: period.end }
    : { start: period.start, end: period.end };
}
