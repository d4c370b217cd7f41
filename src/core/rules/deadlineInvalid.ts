import { columnLabel } from "./support";
import { planCells, planHeader } from "./planCells";
import { Rule } from "./types";

export const deadlineInvalidRule: Rule = {
  meta: {
    code: "DEADLINE_INVALID",
    severity: "error",
    description: {
      zh: "完成时限或计划时间不是有效日期（2023年13月、2月30日）",
      en: "A deadline or plan date that is no real date (month 13, 30 February)",
    },
    messages: {
      deadline: {
        zh: "{column}「{text}」不是有效日期：{reason}",
        en: '{column} "{text}" is not a real date: {reason}',
      },
      plan: {
        zh: "{column}中的时间「{text}」不是有效日期：{reason}",
        en: 'The date "{text}" in {column} is not a real date: {reason}',
      },
    },
  },
  check(context) {
    for (const item of context.model.items) {
      const invalid = context.progressOf(item).schedule.invalid;
      if (!invalid) continue;
      context.report({
        messageId: "deadline",
        values: {
          column: columnLabel(item.table, invalid.cell.col),
          text: invalid.text,
          reason: invalid.reason,
        },
        at: invalid.cell,
        item,
      });
    }
    for (const cell of planCells(context)) {
      const { item, field, plan } = cell;
      for (const invalid of plan.invalid) {
        context.report({
          messageId: "plan",
          values: { column: planHeader(cell), text: invalid.label, reason: invalid.reason },
          at: field.cell,
          item,
        });
      }
    }
  },
};
