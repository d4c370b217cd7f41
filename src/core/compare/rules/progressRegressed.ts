import { Figure, parseFigures } from "../../text/figures";
import { subjectsMatch } from "../../text/subject";
import { toBaseQuantity, unitsComparable } from "../../text/units";
import { fraction4, nameCell, percent } from "../../rules/progressFindings";
import { CompareRule } from "../types";

/** The running totals a progress text states (`累计完成改造120户`), with a unit to compare by. */
function cumulativeFigures(text: string): Figure[] {
  return parseFigures(text).filter((f) => f.cumulative && f.unit !== "" && f.unit !== "%");
}

/** Last period's running total of the same thing, in a comparable unit; null when none or several. */
function sameTotal(figure: Figure, last: readonly Figure[]): Figure | null {
  const alike = last.filter(
    (f) =>
      unitsComparable(f.unit, figure.unit) &&
      (subjectsMatch(f.subject, figure.subject) || (f.subject === "" && figure.subject === ""))
  );
  return alike.length === 1 ? alike[0] : null;
}

export const progressRegressedRule: CompareRule = {
  meta: {
    code: "PROGRESS_REGRESSED",
    severity: "error",
    description: {
      zh: "完成率或累计完成量低于上期",
      en: "Completion, or a running total of the same thing, is lower than last period's",
    },
    messages: {
      completion: {
        zh: "完成率由上期 {last}% 降为 {current}%",
        en: "Completion fell from {last}% last period to {current}%",
      },
      cumulative: {
        zh: "累计完成「{current}」低于上期的「{last}」",
        en: 'The running total "{current}" is below last period\'s "{last}"',
      },
    },
  },
  check(context) {
    const tolerance = context.settings.regressionTolerance;
    for (const { lastProgress, currentProgress } of context.pairs) {
      const item = currentProgress.item;
      const at = item.fields.progress?.cell ?? item.fields.rate?.cell ?? nameCell(item);
      const before = lastProgress.completion.completion;
      const now = currentProgress.completion.completion;
      if (before !== null && now !== null && now < before - tolerance) {
        context.report({
          messageId: "completion",
          values: { last: percent(before), current: percent(now) },
          at,
          item,
          expected: fraction4(before),
          actual: fraction4(now),
        });
      }
      const lastText = lastProgress.item.fields.progress?.text;
      const currentText = item.fields.progress?.text;
      if (!lastText || !currentText) continue;
      const lastTotals = cumulativeFigures(lastText);
      if (lastTotals.length === 0) continue;
      for (const figure of cumulativeFigures(currentText)) {
        const previous = sameTotal(figure, lastTotals);
        if (!previous) continue;
        // in the unit both write, else in the base unit both convert to (公里 and 米)
        const sameUnit = previous.unit === figure.unit;
        const was = sameUnit ? previous.value : toBaseQuantity(previous.value, previous.unit).value;
        const is = sameUnit ? figure.value : toBaseQuantity(figure.value, figure.unit).value;
        if (is >= was) continue;
        context.report({
          messageId: "cumulative",
          values: { last: previous.text, current: figure.text },
          at,
          item,
          expected: was,
          actual: is,
        });
      }
    }
  },
};
