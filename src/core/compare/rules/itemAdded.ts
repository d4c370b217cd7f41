import { ownRowCell } from "../../rules/progressFindings";
import { CompareRule } from "../types";
import { itemName } from "../texts";

export const itemAddedRule: CompareRule = {
  meta: {
    code: "ITEM_ADDED",
    severity: "info",
    description: {
      zh: "本期台账有、上期台账没有的事项",
      en: "An item of this period's ledger with no match in last period's",
    },
    messages: {
      added: {
        zh: "本期新增事项「{name}」：上期台账中没有",
        en: 'New item "{name}": not in last period\'s ledger',
      },
      note: { zh: "新增事项", en: "new item" },
    },
  },
  check(context) {
    for (const item of context.matching.added) {
      context.report({
        messageId: "added",
        noteId: "note",
        values: { name: itemName(item) },
        at: ownRowCell(item),
        item,
      });
    }
  },
};
