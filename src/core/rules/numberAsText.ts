import { getCell } from "../grid";
import { toHalfWidth } from "../text/normalize";
import { numericColumns, columnLabel } from "./support";
import { cellNumber } from "../grid/numbers";
import { itemsByRow } from "./tableCells";
import { Rule } from "./types";

export const numberAsTextRule: Rule = {
  meta: {
    code: "NUMBER_AS_TEXT",
    severity: "warning",
    description: {
      zh: "数值列中以文本形式存储的数字（求和时会被跳过）",
      en: "A figure in a numeric column stored as text (SUM skips it)",
    },
    messages: {
      textNumber: {
        zh: "{column}“{text}”是以文本形式存储的数字，求和时会被跳过",
        en: '{column} "{text}" is a number stored as text; SUM skips it',
      },
    },
  },
  check(context) {
    for (const model of context.model.tables) {
      const columns = numericColumns(model.table);
      if (columns.length === 0) continue;
      const byRow = itemsByRow(model);
      for (const [row, kind] of model.table.rowKinds) {
        if (kind !== "item" && kind !== "totals" && kind !== "subtotal") continue;
        for (const col of columns) {
          const cell = getCell(model.grid, row, col);
          // a formula's text result is the formula's business, not a typed figure
          if (!cell || cell.formula || typeof cell.value !== "string") continue;
          const figure = cellNumber(cell);
          if (!figure) continue;
          context.report({
            messageId: "textNumber",
            values: { column: columnLabel(model.table, col), text: toHalfWidth(cell.value).trim() },
            at: { row, col },
            item: byRow.get(row),
            sheet: model.table.sheet,
            actual: figure.value,
          });
        }
      }
    }
  },
};
