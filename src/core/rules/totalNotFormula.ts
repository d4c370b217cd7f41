import { getCell } from "../grid";
import { summedColumns, columnLabel } from "./support";

import { Rule } from "./types";

/** Files that cannot hold formulas: a typed total there is no choice of the user's. */
const FORMULA_LESS_FILE = /\.(csv|txt)$/i;

export const totalNotFormulaRule: Rule = {
  meta: {
    code: "TOTAL_NOT_FORMULA",
    severity: "info",
    description: {
      zh: "合计、小计行的数值是手工录入的，不是公式",
      en: "A totals or subtotal cell holds a typed number instead of a formula",
    },
    messages: {
      totals: {
        zh: "合计行的{column} {value} 是手工录入的数字，改用求和公式可随明细自动更新",
        en: "The totals row's {column} {value} is typed by hand; a SUM formula would follow the items",
      },
      subtotal: {
        zh: "小计行的{column} {value} 是手工录入的数字，改用求和公式可随明细自动更新",
        en: "The subtotal's {column} {value} is typed by hand; a SUM formula would follow the items",
      },
    },
  },
  check(context) {
    if (FORMULA_LESS_FILE.test(context.model.name)) return;
    for (const model of context.model.tables) {
      const columns = summedColumns(model.table);
      for (const [row, kind] of model.table.rowKinds) {
        if (kind !== "totals" && kind !== "subtotal") continue;
        for (const col of columns) {
          const cell = getCell(model.grid, row, col);
          // a figure typed as text is NUMBER_AS_TEXT's finding; one finding per cell is enough
          if (!cell || cell.formula || cell.error || typeof cell.value !== "number") continue;
          context.report({
            messageId: kind,
            values: { column: columnLabel(model.table, col), value: cell.value },
            at: { row, col },
            sheet: model.table.sheet,
            actual: cell.value,
          });
        }
      }
    }
  },
};
