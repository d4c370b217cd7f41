import { cellAddress } from "../../grid";
import { ownRowCell } from "../../rules/progressFindings";
import { CompareRule } from "../types";
import { itemName } from "../texts";

export const itemRemovedRule: CompareRule = {
  meta: {
    code: "ITEM_REMOVED",
    severity: "info",
    description: {
      zh: "上期台账有、本期台账没有的事项（指向上期台账的单元格）",
      en: "An item of last period's ledger with no match in this period's (pointing at last period's cell)",
    },
    messages: {
      removed: {
        zh: "上期事项「{name}」（上期工作表「{sheet}」{cell}）本期台账中没有",
        en: 'Last period\'s item "{name}" (last period\'s sheet "{sheet}", {cell}) is not in this period\'s ledger',
      },
    },
  },
  check(context) {
    // the item has no cell this period: the finding points at its name in last period's sheet
    for (const item of context.matching.removed) {
      const at = ownRowCell(item);
      context.report({
        messageId: "removed",
        values: {
          name: itemName(item),
          sheet: item.sheet,
          cell: cellAddress(at.row, at.col),
        },
        at,
        sheet: item.sheet,
        rows: [item.row, item.rowEnd],
      });
    }
  },
};
