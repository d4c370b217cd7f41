import { CheckOptions, CheckResult } from "../../core/check";
import {
  LastPeriodOutcome,
  checkLastPeriod,
  lastPeriodComparison,
} from "../../core/compare/changeColumn";
import { Workbook } from "../../core/grid";
import { Bilingual } from "../../core/i18n";
import { DEFAULT_LIMITS, ReadFailure, ReadLimits, describeReadFailure } from "./limits";
import { fileKindOf } from "./readWorkbook";
import { readWorkbookWithinLimits } from "./readWithinLimits";

/** Last period's file as the user picked it. */
export interface LastPeriodFile {
  name: string;
  bytes: Uint8Array;
}

/** What comparing with last period's file came to: the report and notes, or why there are none. */
export type LastPeriodComparison =
  LastPeriodOutcome | { status: "unsupported" } | { status: "unreadable"; reason: Bilingual };

export interface LastPeriodOptions extends Pick<CheckOptions, "today" | "lang"> {
  /** The reader's limits: the same defaults as `taizhang check` when absent. */
  limits?: ReadLimits;
  /**
   * The sheet this period's check read, when it read only one (the task pane): last period's sheet
   * of that name is compared alone, so its other sheets do not count as items removed.
   */
  sheet?: string;
}

function onlySheet(workbook: Workbook, sheet: string | undefined): Workbook {
  const same = workbook.sheets.filter((s) => s.name === sheet);
  return same.length > 0 ? { ...workbook, sheets: same } : workbook;
}

/**
 * 对比上期: last period's file read within the limits and checked on its own report date, then
 * compared with this period's check. A file that is no spreadsheet, cannot be read or holds no
 * ledger table is said so, not thrown.
 */
export async function compareWithLastFile(
  current: CheckResult,
  last: LastPeriodFile,
  options: LastPeriodOptions
): Promise<LastPeriodComparison> {
  if (fileKindOf(last.name) === null) return { status: "unsupported" };
  let workbook: Workbook;
  try {
    workbook = await readWorkbookWithinLimits(
      last.bytes,
      last.name,
      options.limits ?? DEFAULT_LIMITS
    );
  } catch (error) {
    if (error instanceof ReadFailure)
      return { status: "unreadable", reason: describeReadFailure(error.reason) };
    throw error;
  }
  const lastCheck = checkLastPeriod(onlySheet(workbook, options.sheet), {
    today: options.today,
    lang: options.lang,
  });
  return lastPeriodComparison(lastCheck, current, { lang: options.lang });
}
