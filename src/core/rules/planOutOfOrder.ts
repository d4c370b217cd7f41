import { Milestone } from "../progress/plan";
import { PlanCell, Span, milestoneSpan, planCells, planHeader } from "./planCells";
import { Rule, RuleContext } from "./types";

/** Where one topic's milestones have got to, in the order written. */
interface Run {
  previous: Milestone;
  previousSpan: Span;
  /** The first milestone of the current sequence: a later one going back to it restarts the list. */
  firstSpan: Span;
  length: number;
  /** Years added to yearless labels once the plan has crossed from December into January. */
  shift: number;
}

function month(iso: string): number {
  return Number(iso.slice(5, 7));
}

function shiftYears(iso: string, years: number): string {
  return `${String(Number(iso.slice(0, 4)) + years).padStart(4, "0")}${iso.slice(4)}`;
}

/**
 * Goes back in time: starts before the previous milestone and ends before it. A span enclosing the
 * previous one (`10-12月份` then `1-12月份`, a year-round task listed last) is no step back, nor are
 * overlapping two-month labels (`1、2月份`, `2、3月份`).
 */
function goesBack(span: Span, previous: Span): boolean {
  return span.start < previous.start && span.end < previous.end;
}

/** `11月…12月…1月` without a year: a winter plan running into the next year. */
function crossesYearEnd(milestone: Milestone, span: Span, previous: Span): boolean {
  return (
    !milestone.period.explicitYear &&
    month(previous.start) >= 10 &&
    month(span.end) <= 3 &&
    span.end.slice(0, 4) === previous.start.slice(0, 4)
  );
}

function checkPlan(context: RuleContext, cell: PlanCell): void {
  const { item, field, plan } = cell;
  const runs = new Map<string | null, Run>();
  for (const milestone of plan.milestones) {
    const run = runs.get(milestone.topic);
    let span = milestoneSpan(milestone);
    if (!run) {
      runs.set(milestone.topic, {
        previous: milestone,
        previousSpan: span,
        firstSpan: span,
        length: 1,
        shift: 0,
      });
      continue;
    }
    if (run.shift > 0 && !milestone.period.explicitYear) {
      span = { start: shiftYears(span.start, run.shift), end: shiftYears(span.end, run.shift) };
    }
    if (goesBack(span, run.previousSpan)) {
      if (crossesYearEnd(milestone, span, run.previousSpan)) {
        run.shift++;
        span = { start: shiftYears(span.start, 1), end: shiftYears(span.end, 1) };
      } else if (run.length >= 2 && span.start <= run.firstSpan.start) {
        // A second list under no heading of its own (`一季度…四季度` again for another task).
        run.firstSpan = span;
        run.length = 0;
      } else {
        const values = {
          column: planHeader(cell),
          previous: run.previous.label,
          label: milestone.label,
        };
        context.report({
          messageId: milestone.topic === null ? "disorder" : "topicDisorder",
          values: milestone.topic === null ? values : { ...values, topic: milestone.topic },
          at: field.cell,
          item,
        });
      }
    }
    run.previous = milestone;
    run.previousSpan = span;
    run.length++;
  }
}

export const planOutOfOrderRule: Rule = {
  meta: {
    code: "PLAN_OUT_OF_ORDER",
    severity: "warning",
    description: {
      zh: "进度计划的各阶段没有按时间先后排列",
      en: "The milestones of a plan are not in time order",
    },
    messages: {
      disorder: {
        zh: "{column}中「{previous}」之后是「{label}」，时间顺序颠倒",
        en: 'In {column}, "{label}" comes after "{previous}": the dates are out of order',
      },
      topicDisorder: {
        zh: "{column}「{topic}」中「{previous}」之后是「{label}」，时间顺序颠倒",
        en: 'In {column} under "{topic}", "{label}" comes after "{previous}": the dates are out of order',
      },
    },
  },
  check(context) {
    for (const cell of planCells(context)) checkPlan(context, cell);
  },
};
