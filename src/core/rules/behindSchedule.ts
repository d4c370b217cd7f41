import { formatPlainNumber } from "../grid";
import { fraction4, lowestTarget, nameCell, percent, quantityText } from "./progressFindings";
import { Rule } from "./types";

export const behindScheduleRule: Rule = {
  meta: {
    code: "BEHIND_SCHEDULE",
    severity: "warning",
    description: {
      zh: "完成率落后序时进度超过设定幅度",
      en: "Completion is behind the time-elapsed progress by more than the set margin",
    },
    messages: {
      behind: {
        zh: "完成率 {rate}%，落后序时进度 {elapsed}% 超过 {margin} 个百分点",
        en: "Completion {rate}% is more than {margin} percentage points behind the time elapsed, {elapsed}%",
      },
      behindTarget: {
        zh: "完成率 {rate}%（{achieved} / {target}），落后序时进度 {elapsed}% 超过 {margin} 个百分点",
        en: "Completion {rate}% ({achieved} of {target}) is more than {margin} percentage points behind the time elapsed, {elapsed}%",
      },
    },
  },
  check(context) {
    const margin = formatPlainNumber(context.settings.behindMargin * 100);
    for (const progress of context.progress.items) {
      const { completion, timeElapsed, status, item } = progress;
      // 滞后 is decided from a completion and a 序时进度, never from the sheet's own word
      if (status !== "滞后" || completion.completion === null || timeElapsed === null) continue;
      const rate = completion.completion;
      const lowest = lowestTarget(completion);
      const values: Record<string, string | number> = {
        rate: percent(rate),
        elapsed: percent(timeElapsed),
        margin,
      };
      if (lowest) {
        values.achieved = quantityText(lowest.achieved);
        values.target = quantityText(lowest.target);
      }
      context.report({
        messageId: lowest ? "behindTarget" : "behind",
        values,
        at: item.fields.progress?.cell ?? nameCell(item),
        item,
        expected: fraction4(timeElapsed),
        actual: fraction4(rate),
      });
    }
  },
};
