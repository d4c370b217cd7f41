import { CheckResult } from "../core/check";
import { columnLetter } from "../core/grid";
import { ColumnPlan } from "../core/report/columnPlan";
import { totalsFormulaFixes } from "../core/report/fixes";
import { compactText } from "../core/text/normalize";
import { HostCheck, PlannedColumnSummary } from "./host";

/** What the write step says of a plan: each column's header and letter, over the rows written. */
export function plannedColumns(plans: readonly ColumnPlan[]): PlannedColumnSummary[] {
  return plans.flatMap((plan) =>
    plan.columns.map((column) => ({
      sheet: plan.sheet,
      header: column.header,
      column: columnLetter(column.col),
      existing: column.existing,
      firstRow: plan.headerTop + 1,
      lastRow: plan.lastRow + 1,
    }))
  );
}

/**
 * A check as the screens see it, built the same way by every host from the engine's result and the
 * column plans it would write: plain data, so it can cross from a worker to the page.
 */
export function hostCheckOf(
  result: CheckResult,
  plans: readonly ColumnPlan[],
  sheet: string,
  sheets: string[]
): HostCheck {
  return {
    sheet,
    sheets,
    report: result.report,
    columns: plannedColumns(plans),
    keptColumns: plans.flatMap((plan) =>
      plan.kept.map((kept) => ({
        sheet: plan.sheet,
        header: kept.header,
        column: columnLetter(kept.col),
        sheetHeader: compactText(kept.sheetHeader),
        differingRows: kept.differingRows.map((row) => row + 1),
      }))
    ),
    fixes: totalsFormulaFixes(result.model),
    tableColumns: result.model.tables.map(({ table }) =>
      table.columns
        .filter((c) => !c.output)
        .map((c) => ({ column: columnLetter(c.col), header: compactText(c.header) }))
    ),
  };
}
