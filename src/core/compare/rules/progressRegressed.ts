import { CodeSet } from "../../text/codeSet";
import { Figure, parseFigures } from "../../text/figures";
import { compactText, normalizeText } from "../../text/normalize";
import { subjectsMatch } from "../../text/subject";
import { toBaseQuantity, unitsComparable } from "../../text/units";
import { fraction4, ownRowCell, percent } from "../../rules/progressFindings";
import { RATE_CHANGE_VERBS } from "../../vocabulary/rates";
import { CompareRule } from "../types";

/** Where the words leading to a percent begin: the clause's start. */
const CLAUSE_BREAKS = new CodeSet("，,；;。！!？?\n、");
const DIGITS = /[\d.]+/g;

/**
 * The percents a progress text states of the work, by the words that lead to each in its clause
 * (`目前已完成80%` → 目前已完成 → 80); a lead stated twice says nothing certain and is left out, and
 * so is a rate of change (`同比增长`).
 */
function percentsByLead(text: string): Map<string, number> {
  const normal = normalizeText(text);
  const found = new Map<string, number | null>();
  for (const figure of parseFigures(normal)) {
    if (figure.unit !== "%") continue;
    let start = figure.start;
    while (start > 0 && !CLAUSE_BREAKS.has(normal.charCodeAt(start - 1))) start--;
    const lead = compactText(normal.slice(start, figure.start)).replace(DIGITS, "");
    // `同比增长8%` is how fast something grew, not how much of the work is done
    if (lead === "" || RATE_CHANGE_VERBS.test(lead)) continue;
    found.set(lead, found.has(lead) ? null : figure.value);
  }
  const stated = new Map<string, number>();
  for (const [lead, value] of found) if (value !== null) stated.set(lead, value);
  return stated;
}

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
      percent: {
        zh: "「{lead}」由上期 {last}% 降为 {current}%",
        en: '"{lead}" fell from {last}% last period to {current}%',
      },
      percentNote: {
        zh: "「{lead}」由 {last}% 降为 {current}%",
        en: '"{lead}" {last}% → {current}%',
      },
      cumulativeNote: {
        zh: "累计由「{last}」降为「{current}」",
        en: 'running total "{last}" → "{current}"',
      },
    },
  },
  check(context) {
    const tolerance = context.settings.regressionTolerance;
    for (const { lastProgress, currentProgress } of context.pairs) {
      const item = currentProgress.item;
      const at = item.fields.progress?.cell ?? item.fields.rate?.cell ?? ownRowCell(item);
      const before = lastProgress.completion.completion;
      const now = currentProgress.completion.completion;
      // a statement that the work is done is no figure to set against one, and done is not less
      const figures = ![lastProgress, currentProgress].some(
        (p) => p.completion.basis === "statement"
      );
      const fell = before !== null && now !== null && now < 1 && now < before - tolerance;
      if (figures && fell) {
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
      // a percent of the work that no completion was read from (`完成形象进度的35%` → 30%)
      const lastPercents = figures && fell ? new Map<string, number>() : percentsByLead(lastText);
      for (const [lead, value] of percentsByLead(currentText)) {
        const was = lastPercents.get(lead);
        if (was === undefined || value >= was) continue;
        context.report({
          messageId: "percent",
          noteId: "percentNote",
          values: { lead, last: was, current: value },
          at,
          item,
          expected: was / 100,
          actual: value / 100,
        });
      }
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
          noteId: "cumulativeNote",
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
