import { Figure, parseFigures } from "../../text/figures";
import { nameCell } from "../../rules/progressFindings";
import { Item } from "../../model/items";
import { ledgerYear, quote, withDatesMasked } from "../texts";
import { CompareRule } from "../types";

/** The cell an item states its target in: 目标任务, else 建设内容, else a 目标值 column. */
function targetField(item: Item) {
  return item.fields.target ?? item.fields.overview ?? item.fields.targetValue;
}

/** The figures of one list not in the other (each matched once), in order. */
function figuresMissingFrom(figures: readonly Figure[], other: readonly Figure[]): Figure[] {
  const left = [...other];
  return figures.filter((f) => {
    const i = left.findIndex((o) => o.value === f.value && o.unit === f.unit);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

export const targetChangedRule: CompareRule = {
  meta: {
    code: "TARGET_CHANGED",
    severity: "warning",
    description: {
      zh: "事项的目标数字与上期不同",
      en: "The item's target figures are not what they were last period",
    },
    messages: {
      changed: {
        zh: "目标由上期「{last}」改为「{current}」（上期目标：{lastText}）",
        en: 'The target changed from "{last}" last period to "{current}" (last period: {lastText})',
      },
      note: { zh: "目标由 {last} 改为 {current}", en: "target {last} → {current}" },
    },
  },
  check(context) {
    const lastYear = ledgerYear(context.last.model);
    const year = ledgerYear(context.current.model);
    for (const { last, current } of context.pairs) {
      const before = targetField(last);
      const now = targetField(current);
      if (!before || !now || before.text === now.text) continue;
      // the deadline inside a target text is DEADLINE_CHANGED's, so dates are masked
      const lastFigures = parseFigures(withDatesMasked(before.text, lastYear));
      const figures = parseFigures(withDatesMasked(now.text, year));
      const gone = figuresMissingFrom(lastFigures, figures);
      const come = figuresMissingFrom(figures, lastFigures);
      if (gone.length === 0 && come.length === 0) continue;
      const one = gone.length === 1 && come.length === 1 && gone[0].unit === come[0].unit;
      context.report({
        messageId: "changed",
        noteId: "note",
        values: {
          last: gone.map((f) => f.text).join("、") || "—",
          current: come.map((f) => f.text).join("、") || "—",
          lastText: quote(before.text),
        },
        at: now.cell ?? nameCell(current),
        item: current,
        ...(one ? { expected: gone[0].value, actual: come[0].value } : {}),
      });
    }
  },
};
