import { CheckOptions, CheckResult, checkWorkbook } from "../check";
import { Workbook } from "../grid";
import { Bilingual } from "../i18n";
import { CompareOptions, CompareResult, compareChecks } from "./compare";
import { CompareReport } from "./compareReport";

/** What changed for one item of this period since last period: its 较上期 cell. */
export interface ItemChange {
  sheet: string;
  /** The item's first row (0-based) on its sheet. */
  row: number;
  /** The notes in the order the comparison gave them. */
  notes: Bilingual[];
}

/**
 * Last period's ledger checked as of its own report date, without this period's role corrections:
 * the date given for this period and its corrections say nothing of last period's file.
 */
export function checkLastPeriod(workbook: Workbook, options: CheckOptions): CheckResult {
  return checkWorkbook(workbook, { ...options, asOf: undefined, overrides: undefined });
}

/** The 较上期 notes of a comparison, by this period's item sheet and row, in the workbook's order. */
function changesOf(compared: CompareResult, current: CheckResult): ItemChange[] {
  return [...compared.notes]
    .sort(([a], [b]) => a - b)
    .map(([index, itemNotes]) => {
      const item = current.model.items[index];
      return { sheet: item.sheet, row: item.row, notes: itemNotes };
    });
}

/**
 * The 较上期 notes of this period's items, by the item's sheet and row: what a column plan needs
 * (`ColumnPlanOptions.changes`). Items that did not change have no entry; the order is the workbook's.
 */
export function lastPeriodChanges(
  last: CheckResult,
  current: CheckResult,
  options: CompareOptions = {}
): ItemChange[] {
  return changesOf(compareChecks(last, current, options), current);
}

/** 对比上期 as a step shows it and a write uses it: the report and the 较上期 notes, or no ledger last period. */
export type LastPeriodOutcome =
  { status: "compared"; report: CompareReport; changes: ItemChange[] } | { status: "noLedger" };

/** Last period's checked ledger against this period's: nothing to compare when it holds no items. */
export function lastPeriodComparison(
  last: CheckResult,
  current: CheckResult,
  options: CompareOptions = {}
): LastPeriodOutcome {
  if (last.model.items.length === 0) return { status: "noLedger" };
  const compared = compareChecks(last, current, options);
  return { status: "compared", report: compared.report, changes: changesOf(compared, current) };
}
