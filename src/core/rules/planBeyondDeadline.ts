import { columnLabel } from "./support";
import { milestoneSpan, planCells, planHeader } from "./planCells";
import { Rule } from "./types";

export const planBeyondDeadlineRule: Rule = {
  meta: {
    code: "PLAN_BEYOND_DEADLINE",
    severity: "warning",
    description: {
      zh: "进度计划中有安排晚于项目的完成时限",
      en: "A milestone of the plan falls after the item's deadline",
    },
    messages: {
      one: {
        zh: "{column}中「{label}」的安排晚于{deadlineColumn}「{deadline}」",
        en: '"{label}" in {column} falls after "{deadline}" in {deadlineColumn}',
      },
      several: {
        zh: "{column}中「{label}」至「{last}」共 {count} 项安排晚于{deadlineColumn}「{deadline}」",
        en: '{count} entries of {column}, "{label}" to "{last}", fall after "{deadline}" in {deadlineColumn}',
      },
    },
  },
  check(context) {
    for (const cell of planCells(context)) {
      const { item, field, plan } = cell;
      const deadline = context.progressOf(item).schedule.deadline;
      // Only a deadline the sheet states binds the plan: an inferred one is the plan's own end.
      if (!deadline?.cell || deadline.startOnly) continue;
      if (deadline.source !== "column" && deadline.source !== "text") continue;
      const late = plan.milestones.filter((m) => milestoneSpan(m).start > deadline.date);
      if (late.length === 0) continue;
      const values = {
        column: planHeader(cell),
        label: late[0].label,
        deadlineColumn: columnLabel(item.table, deadline.cell.col),
        deadline: deadline.text,
      };
      context.report({
        messageId: late.length === 1 ? "one" : "several",
        values:
          late.length === 1
            ? values
            : { ...values, last: late[late.length - 1].label, count: late.length },
        at: field.cell,
        item,
      });
    }
  },
};
