import { CheckOptions, CheckResult, checkWorkbook } from "../../core/check";
import {
  ColumnPlan,
  ColumnPlanOptions,
  buildColumnPlan,
  foreignContent,
} from "../../core/report/columnPlan";
import { annotateWorkbook } from "./annotate";
import { readWorkbookBytes } from "./readWorkbook";

export interface FillOptions extends CheckOptions, Omit<ColumnPlanOptions, "lang"> {}

export interface FillResult {
  check: CheckResult;
  plans: ColumnPlan[];
  /** Cells in the planned columns holding content Taizhang did not write: nothing is written then. */
  foreign: { sheet: string; cells: string[] }[];
  /** The annotated copy (.xlsx), or null when foreign content stopped the write. */
  bytes: Uint8Array | null;
}

/** Checks a workbook file and writes its progress columns into an annotated copy (bytes in, bytes out). */
export async function fillWorkbook(
  bytes: Uint8Array,
  fileName: string,
  options: FillOptions
): Promise<FillResult> {
  const workbook = readWorkbookBytes(bytes, fileName);
  const check = checkWorkbook(workbook, options);
  const plans = check.model.tables
    .filter((t) => t.items.length > 0)
    .map((t) =>
      buildColumnPlan(t, check.progress.items, check.findings, { ...options, lang: options.lang })
    );
  const foreign = plans
    .map((plan) => {
      const grid = check.model.sheets.find((s) => s.name === plan.sheet);
      return { sheet: plan.sheet, cells: grid ? foreignContent(plan, grid) : [] };
    })
    .filter((f) => f.cells.length > 0);
  if (foreign.length > 0) return { check, plans, foreign, bytes: null };
  return { check, plans, foreign, bytes: await annotateWorkbook(bytes, fileName, plans) };
}
