import { columnLabel } from "./support";
import { CellPos, Item } from "../model/items";
import { compactText } from "../text/normalize";
import { itemName } from "./progressFindings";
import { Rule, RuleContext } from "./types";
import { PLACEHOLDER } from "../vocabulary/placeholders";

function isEmpty(text: string): boolean {
  return PLACEHOLDER.test(compactText(text));
}

function isComplete(context: RuleContext, item: Item): boolean {
  const progress = context.progressOf(item);
  return progress.sheetStatus === "已完成" || (progress.completion.completion ?? 0) >= 1;
}

export const progressMissingRule: Rule = {
  meta: {
    code: "PROGRESS_MISSING",
    severity: "warning",
    description: {
      zh: "项目尚未完成，推进情况却未填写",
      en: "The progress cell is empty while the item is not complete",
    },
    messages: {
      missing: {
        zh: "「{name}」的{column}未填写，项目尚未完成",
        en: 'The {column} of "{name}" is empty while the item is not complete',
      },
    },
  },
  check(context) {
    for (const model of context.model.tables) {
      const col = model.table.roleColumns.get("progress");
      if (col === undefined) continue;
      const { merges } = model;
      // one empty cell merged over several items is one finding
      const reported = new Set<string>();
      for (const item of model.items) {
        const field = item.fields.progress;
        if (field && !isEmpty(field.text)) continue;
        if (isComplete(context, item)) continue;
        const area = merges.areaAt(item.row, col);
        const at: CellPos =
          field?.cell ?? (area ? { row: area.top, col: area.left } : { row: item.row, col });
        const key = `${at.row}:${at.col}`;
        if (reported.has(key)) continue;
        reported.add(key);
        context.report({
          messageId: "missing",
          values: { name: itemName(item), column: columnLabel(model.table, col) },
          at,
          item,
        });
      }
    }
  },
};
