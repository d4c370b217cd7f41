import { formatPlainNumber } from "../grid";
import { subjectsMatch } from "../text/subject";
import { Field, Item } from "../model/items";
import { Milestone, parsePlan } from "../progress/plan";
import { Quantity, forEachTextField, quantitiesOf, targetTextOf, targetsOf } from "./quantities";
import { Rule, RuleContext } from "./types";

/** Money is broken down only where each period names what the target names (`新增贷款2亿元`). */
const MONEY_UNIT = "元";
/** Where a plan does not start in the first quarter it lists only what remains, not the whole year. */
const FIRST_QUARTER_END = "-03-31";
const EPSILON = 1e-9;

/** The milestones of a plan grouped by topic, in order: a plan with topics compares each apart. */
function byTopic(milestones: readonly Milestone[]): Milestone[][] {
  const groups = new Map<string | null, Milestone[]>();
  for (const m of milestones) {
    const group = groups.get(m.topic);
    if (group) group.push(m);
    else groups.set(m.topic, [m]);
  }
  return [...groups.values()];
}

/** The range a target allows a total to fall in: 约 ±tolerance, 以上/力争 from it up, 以内 up to it. */
function allowedRange(target: Quantity, approx: number): [number, number] {
  const low = target.value - target.rounding;
  const high = target.max + target.rounding;
  switch (target.figure.qualifier) {
    case "approx":
      return [low * (1 - approx), high * (1 + approx)];
    case "atLeast":
    case "aim":
      return [low, Infinity];
    case "atMost":
      return [0, high];
    default:
      return [low, high];
  }
}

function within(value: number, slack: number, [low, high]: [number, number]): boolean {
  const tolerance = slack + EPSILON * Math.max(1, Math.abs(value));
  return value + tolerance >= low && value - tolerance <= high;
}

/** A base quantity back in the target's own unit (19000 人 → 19000 for 2万名; 2e8 元 → 2 for 亿元). */
function inTargetUnit(value: number, target: Quantity): number {
  const scale = target.figure.value === 0 ? 1 : target.value / target.figure.value;
  return Number((value / scale).toPrecision(12));
}

function checkShares(
  context: RuleContext,
  item: Item,
  field: Field,
  target: Quantity,
  shares: Quantity[],
  fromFirstQuarter: boolean
): void {
  const range = allowedRange(target, context.settings.approxTolerance);
  const values = shares.map((s) => s.value);
  const last = shares[shares.length - 1];
  const nonDecreasing = values.every((v, i) => i === 0 || v >= values[i - 1]);
  const saysCumulative = shares.slice(1).every((s) => s.figure.cumulative);
  if (within(last.value, last.rounding, range) && (nonDecreasing || saysCumulative)) return;
  const sum = values.reduce((a, b) => a + b, 0);
  const slack = shares.reduce((total, s) => total + s.rounding, 0);
  if (fromFirstQuarter && within(sum, slack, range)) return;

  const unit = target.figure.unit;
  const shown = (value: number): string => formatPlainNumber(inTargetUnit(value, target));
  // A rising series whose sum overshoots the target can only be a running total.
  const rising = nonDecreasing && values[values.length - 1] > values[0] && sum > range[1];
  if (saysCumulative || (fromFirstQuarter && rising)) {
    context.report({
      messageId: "cumulative",
      values: {
        series: values.map(shown).join(" → "),
        last: inTargetUnit(last.value, target),
        unit,
        target: target.figure.text,
      },
      at: field.cell,
      item,
      expected: target.figure.value,
      actual: inTargetUnit(last.value, target),
    });
  } else if (fromFirstQuarter) {
    context.report({
      messageId: "increments",
      values: {
        parts: values.map(shown).join(" + "),
        sum: inTargetUnit(sum, target),
        unit,
        target: target.figure.text,
      },
      at: field.cell,
      item,
      expected: target.figure.value,
      actual: inTargetUnit(sum, target),
    });
  }
}

function checkPlan(context: RuleContext, item: Item, field: Field, year: number): void {
  const targetText = targetTextOf(context, item);
  if (!targetText) return;
  // the progress analysis parsed the item's own plan already, with the same year
  const analysed = context.progressOf(item);
  const plan =
    item.fields.plan === field && analysed.plan ? analysed.plan : parsePlan(field.raw, { year });
  if (plan.milestones.length < 2) return;
  // Each plan figure with the targets it counts toward; money only where its subject says so.
  const counted = new Map<Milestone, { quantity: Quantity; targets: Quantity[] }[]>();
  for (const milestone of plan.milestones) {
    const quantities = quantitiesOf(milestone.text, milestone.figures).filter((q) => !q.part);
    counted.set(
      milestone,
      quantities.map((quantity) => ({
        quantity,
        targets: targetsOf(quantity, targetText, { strict: true }).filter(
          (t) => t.unit !== MONEY_UNIT || subjectsMatch(quantity.figure.subject, t.figure.subject)
        ),
      }))
    );
  }
  const groups = byTopic(plan.milestones);
  for (const target of targetText.quantities) {
    for (const group of groups) {
      // Each milestone's share: the first of its figures that counts toward the target.
      const shares: Quantity[] = [];
      for (const milestone of group) {
        const quantity = counted.get(milestone)?.find((c) => c.targets.includes(target))?.quantity;
        if (quantity) shares.push(quantity);
      }
      if (shares.length < 2) continue;
      const fromFirstQuarter = group[0].period.start <= `${year}${FIRST_QUARTER_END}`;
      checkShares(context, item, field, target, shares, fromFirstQuarter);
    }
  }
}

export const breakdownMismatchRule: Rule = {
  meta: {
    code: "BREAKDOWN_MISMATCH",
    severity: "error",
    description: {
      zh: "进度计划的分期数量与任务目标数量对不上（按分期相加或按累计读均不符）",
      en: "The per-period quantities of a plan do not reach the target they break down, read as increments or as a cumulative series",
    },
    messages: {
      increments: {
        zh: "进度计划分期数 {parts} 合计 {sum}{unit}，与任务目标 {target} 不符",
        en: "The plan's periods {parts} add up to {sum}{unit}, not the target {target}",
      },
      cumulative: {
        zh: "进度计划按累计数读（{series}），末期 {last}{unit} 与任务目标 {target} 不符",
        en: "Read as a running total ({series}), the plan ends at {last}{unit}, not the target {target}",
      },
    },
  },
  check(context) {
    const years = new Map(context.model.tables.map((t) => [t.table, t.planYear]));
    forEachTextField(context, ["plan"], (item, field) => {
      const year = years.get(item.table) ?? context.model.planYear;
      if (year !== null) checkPlan(context, item, field, year);
    });
  },
};
