import { Deadline } from "../../progress/deadline";
import { ownRowCell } from "../../rules/progressFindings";
import { CompareRule } from "../types";

/** A deadline the sheet states (a 完成时限 cell, a phrase, a plan's last milestone), not a default. */
function stated(deadline: Deadline | null): deadline is Deadline {
  return deadline !== null && deadline.source !== "planYear";
}

export const deadlineChangedRule: CompareRule = {
  meta: {
    code: "DEADLINE_CHANGED",
    severity: "warning",
    description: {
      zh: "事项的完成时限与上期不同",
      en: "The item's deadline is not what it was last period",
    },
    messages: {
      changed: {
        zh: "完成时限由上期「{last}」改为「{current}」",
        en: 'The deadline changed from "{last}" last period to "{current}"',
      },
      note: { zh: "完成时限由 {last} 改为 {current}", en: "deadline {last} → {current}" },
    },
  },
  check(context) {
    for (const { lastProgress, currentProgress } of context.pairs) {
      const before = lastProgress.schedule.deadline;
      const now = currentProgress.schedule.deadline;
      if (!stated(before) || !stated(now) || before.date === now.date) continue;
      const item = currentProgress.item;
      context.report({
        messageId: "changed",
        noteId: "note",
        values: { last: before.text || before.date, current: now.text || now.date },
        at: now.cell ?? item.fields.deadline?.cell ?? ownRowCell(item),
        item,
      });
    }
  },
};
