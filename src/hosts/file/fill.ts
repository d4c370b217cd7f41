import { CheckOptions, CheckResult, checkWorkbook } from "../../core/check";
import { ItemChange, lastPeriodChanges } from "../../core/compare/changeColumn";
import {
  ColumnPlan,
  ColumnPlanOptions,
  buildColumnPlan,
  columnPlansFor,
  foreignContent,
} from "../../core/report/columnPlan";
import { Grid, Workbook } from "../../core/grid";
import { TableModel } from "../../core/model/workbookModel";
import { annotateWorkbook } from "./annotate";
import { readWorkbookBytes } from "./readWorkbook";

export interface FillOptions extends CheckOptions, Omit<ColumnPlanOptions, "lang" | "changes"> {
  /** Last period's ledger as `checkLastPeriod` checks it: given, the copy gets the 较上期 column. */
  lastPeriod?: CheckResult;
}

export interface FillResult {
  check: CheckResult;
  plans: ColumnPlan[];
  /** With a last period: what changed, per item that changed (`lastPeriodChanges`). */
  changes?: ItemChange[];
  /**
   * Cells in the planned columns holding content Taizhang did not write: nothing is written then.
   * `freeCol` is the first column (0-based) from which the sheet's tables could be written instead.
   */
  foreign: { sheet: string; cells: string[]; freeCol: number }[];
  /** The annotated copy, or null when there was no table to write beside or foreign content stopped the write. */
  bytes: Uint8Array | null;
}

/** The first column right of the tables from which all of a sheet's tables can be written. */
function freeColumn(tables: TableModel[], grid: Grid): number {
  let col = Math.max(...tables.map((t) => t.table.right)) + 1;
  const fits = (startCol: number): boolean =>
    tables.every(
      (t) => foreignContent(buildColumnPlan(t, [], [], { startCol }), grid).length === 0
    );
  while (!fits(col)) col++;
  return col;
}

/** The column plans of a check, with the 较上期 column and what it holds when last period's is given. */
export function fillPlans(
  check: CheckResult,
  options: FillOptions
): Pick<FillResult, "plans" | "changes"> {
  const { lastPeriod, rules, only, lang } = options;
  const changes = lastPeriod && lastPeriodChanges(lastPeriod, check, { rules, only, lang });
  return { plans: columnPlansFor(check, { ...options, changes }), changes };
}

/** What a fill will write, checked against what the sheets hold: everything but the bytes. */
export type FillPlan = Omit<FillResult, "bytes">;

/** Checks a workbook and plans its progress columns, naming foreign content in their way. */
export function planFill(workbook: Workbook, options: FillOptions): FillPlan {
  const check = checkWorkbook(workbook, options);
  const tables = check.model.tables.filter((t) => t.items.length > 0);
  const { plans, changes } = fillPlans(check, options);
  const foreign: FillResult["foreign"] = [];
  for (const name of new Set(plans.map((p) => p.sheet))) {
    const grid = check.model.sheets.find((s) => s.name === name);
    if (!grid) continue;
    const cells = plans.filter((p) => p.sheet === name).flatMap((p) => foreignContent(p, grid));
    if (cells.length === 0) continue;
    const onSheet = tables.filter((t) => t.table.sheet === name);
    foreign.push({ sheet: name, cells: [...new Set(cells)], freeCol: freeColumn(onSheet, grid) });
  }
  return { check, plans, changes, foreign };
}

/**
 * Checks a workbook file and writes its progress columns into an annotated copy (bytes in, bytes out).
 * No copy when there is no ledger table to write beside, or foreign content stops the write.
 */
export function fillWorkbook(
  bytes: Uint8Array,
  fileName: string,
  options: FillOptions,
  /** The bytes as grids, when the caller has read them already. */
  workbook: Workbook = readWorkbookBytes(bytes, fileName)
): FillResult {
  const plan = planFill(workbook, options);
  if (plan.foreign.length > 0 || plan.plans.length === 0) return { ...plan, bytes: null };
  return { ...plan, bytes: annotateWorkbook(bytes, fileName, plan.plans) };
}
