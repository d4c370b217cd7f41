import { getCell } from "../grid";
import { TableModel } from "../model/workbookModel";
import { sumTolerance, columnLabel } from "./support";
import { Rule, RuleContext } from "./types";
import {
  baseFactor,
  baseValue,
  grandTotalRows,
  moneySuffix,
  numberAt,
  fieldBreakdowns,
  textFields,
  tidy,
} from "./wholesAndParts";

/**
 * PART_EXCEEDS_WHOLE: a part larger than its whole. Checked: the year's planned investment against
 * the total investment, per item and on the totals row, and a `其中` that names a single part.
 *
 * A funding source above the total, or one of several `其中` parts above the whole, always makes the
 * parts' sum wrong too; SUM_MISMATCH reports those, so this rule does not say it twice.
 */
export const partExceedsWholeRule: Rule = {
  meta: {
    code: "PART_EXCEEDS_WHOLE",
    severity: "error",
    description: {
      zh: "分项大于其所属的总数",
      en: "A part is larger than its whole",
    },
    messages: {
      investYear: {
        zh: "{yearLabel} {year}{unit} 大于 {totalLabel} {total}{unit}",
        en: "The {yearLabel} of {year}{unit} exceeds the {totalLabel} of {total}{unit}",
      },
      ofWhich: {
        zh: "「其中」{part}{unit} 大于 {subject} {whole}{unit}",
        en: "The part after 其中, {part}{unit}, exceeds the {subject} of {whole}{unit}",
      },
    },
  },
  check(ctx) {
    for (const model of ctx.model.tables) checkInvestment(ctx, model);
    checkOfWhich(ctx);
  },
};

/**
 * The year's planned investment against the total investment, per item and on the totals rows. A
 * totals row is reported only when no item is: otherwise it only repeats the items' excess.
 */
function checkInvestment(ctx: RuleContext, model: TableModel): void {
  const { table, grid } = model;
  const totalCol = table.roleColumns.get("investTotal");
  const yearCol = table.roleColumns.get("investYear");
  if (totalCol === undefined || yearCol === undefined) return;
  const values = {
    yearLabel: columnLabel(table, yearCol),
    totalLabel: columnLabel(table, totalCol),
    unit: moneySuffix(table),
  };
  const exceeds = (row: number): { year: number; total: number } | null => {
    const year = numberAt(grid, row, yearCol);
    const total = numberAt(grid, row, totalCol);
    if (!year || !total) return null;
    const cells = [getCell(grid, row, yearCol), getCell(grid, row, totalCol)];
    const tolerance = sumTolerance(cells, ctx.settings.sumTolerance);
    return year.value - total.value > tolerance ? { year: year.value, total: total.value } : null;
  };
  let reported = false;
  for (const item of model.items) {
    const found = exceeds(item.row);
    if (!found) continue;
    reported = true;
    ctx.report({
      messageId: "investYear",
      values: { ...values, ...found },
      at: { row: item.row, col: yearCol },
      item,
      expected: found.total,
      actual: found.year,
    });
  }
  if (reported) return;
  for (const row of grandTotalRows(model)) {
    const found = exceeds(row);
    if (!found) continue;
    ctx.report({
      messageId: "investYear",
      values: { ...values, ...found },
      at: { row, col: yearCol },
      sheet: table.sheet,
      rows: [row, row],
      expected: found.total,
      actual: found.year,
    });
  }
}

/** A `其中` with a single part larger than the whole it belongs to. */
function checkOfWhich(ctx: RuleContext): void {
  for (const { item, field } of textFields(ctx.model)) {
    for (const breakdown of fieldBreakdowns(ctx, field)) {
      if (breakdown.parts.length !== 1) continue;
      const { whole } = breakdown;
      const part = breakdown.parts[0];
      // a running total against the period's figure (今年5000万元，其中累计8000万元) may exceed it
      if (part.cumulative && !whole.cumulative) continue;
      if (baseValue(part) - baseValue(whole) <= breakdown.slack) continue;
      const partInWholeUnit = tidy(baseValue(part) / baseFactor(whole.unit));
      ctx.report({
        messageId: "ofWhich",
        values: {
          part: partInWholeUnit,
          whole: whole.value,
          unit: ` ${whole.unit}`,
          subject: whole.subject || "总数",
        },
        at: field.cell,
        item,
        expected: whole.value,
        actual: partInWholeUnit,
      });
    }
  }
}
