import { itemDisplayName } from "../../report/checkReport";
import { ownRowCell } from "../../rules/progressFindings";
import { compactText } from "../../text/normalize";
import { CompareRule } from "../types";

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
        values: { name: compactText(itemDisplayName(item)) },
        at: ownRowCell(item),
        item,
      });
    }
  },
};
