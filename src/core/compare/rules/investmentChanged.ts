import { formatPlainNumber } from "../../grid";
import { ownRowCell } from "../../rules/progressFindings";
import { fieldNumber } from "../texts";
import { CompareRule } from "../types";

/** Figures this close are the same investment written again (a float's last digits). */
const SAME_AMOUNT = 1e-9;

export const investmentChangedRule: CompareRule = {
  meta: {
    code: "INVESTMENT_CHANGED",
    severity: "warning",
    description: {
      zh: "事项的总投资与上期不同",
      en: "The item's total investment is not what it was last period",
    },
    messages: {
      changed: {
        zh: "总投资由上期 {last} 改为 {current}",
        en: "Total investment changed from {last} last period to {current}",
      },
      note: { zh: "总投资由 {last} 改为 {current}", en: "investment {last} → {current}" },
    },
  },
  check(context) {
    for (const { last, current } of context.pairs) {
      const before = last.fields.investTotal;
      const now = current.fields.investTotal;
      if (!before || !now) continue;
      const was = fieldNumber(before);
      const is = fieldNumber(now);
      if (was === null || is === null) continue;
      if (Math.abs(was - is) <= SAME_AMOUNT * Math.max(1, Math.abs(was))) continue;
      context.report({
        messageId: "changed",
        noteId: "note",
        values: { last: formatPlainNumber(was), current: formatPlainNumber(is) },
        at: now.cell ?? ownRowCell(current),
        item: current,
        expected: was,
        actual: is,
      });
    }
  },
};
