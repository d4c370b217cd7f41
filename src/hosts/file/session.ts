import { CheckOptions, CheckResult, checkWorkbook } from "../../core/check";
import {
  LastPeriodOutcome,
  checkLastPeriod,
  lastPeriodComparison,
} from "../../core/compare/changeColumn";
import { Workbook } from "../../core/grid";
import { ColumnPlan, ColumnPlanOptions } from "../../core/report/columnPlan";
import { TotalsFormulaFix } from "../../core/report/fixes";
import { annotatedCopyName, copyIsConverted } from "./copyName";
import { FillResult, fillPlans, fillWorkbook } from "./fill";
import { DEFAULT_LIMITS, ReadLimits } from "./limits";
import { fileKindOf, readWorkbookBytes } from "./readWorkbook";
import { readWorkbookWithinLimits } from "./readWithinLimits";
import { replaceTotalsByFormulas } from "./totalsFix";

/** The bytes a session holds at one time, as read. */
interface FileState {
  /** The name the bytes go by: an .xls or .csv becomes .xlsx once fixes are written into it. */
  bytesName: string;
  bytes: Uint8Array;
  workbook: Workbook;
}

/** A check of the session's file, with the sheet to show and the plans a copy would write. */
export interface SessionCheck {
  result: CheckResult;
  plans: ColumnPlan[];
  /** The sheet asked for when the file has it, else the first with a ledger table. */
  sheet: string;
  sheetNames: string[];
}

/** What writing the annotated copy came to. */
export type SessionFill =
  | { status: "noLedger" }
  | { status: "refused"; foreign: FillResult["foreign"] }
  | {
      status: "written";
      plans: ColumnPlan[];
      fileName: string;
      converted: boolean;
      bytes: Uint8Array;
    };

/** Last period's ledger, read, and its check under the options it was last checked with. */
interface LastPeriod {
  name: string;
  workbook: Workbook;
  checked: { key: string; result: CheckResult } | null;
}

/**
 * One opened spreadsheet file, as the web page works on it: checked with the user's options, its
 * annotated copy written, typed totals replaced by formulas in the bytes held here (the user's file
 * never changes) and those fixes undone one at a time. Given last period's ledger, both the check's
 * plans and the copy have the 较上期 column.
 */
export class FileSession {
  private history: FileState[] = [];
  private lastPeriod: LastPeriod | null = null;

  private constructor(
    /** The name the user opened, for the report and the copy's name. */
    readonly name: string,
    private state: FileState
  ) {}

  /** Reads a file within the limits; a refusal is a ReadFailure. */
  static async open(
    name: string,
    bytes: Uint8Array,
    limits: ReadLimits = DEFAULT_LIMITS
  ): Promise<FileSession> {
    const workbook = await readWorkbookWithinLimits(bytes, name, limits);
    return new FileSession(name, { bytesName: name, bytes, workbook });
  }

  get workbook(): Workbook {
    return this.state.workbook;
  }

  /**
   * Reads last period's ledger within the limits (a refusal is a ReadFailure, and the session keeps
   * the last period it had): from then on `check` and `fill` compare with it.
   */
  async setLastPeriod(
    name: string,
    bytes: Uint8Array,
    limits: ReadLimits = DEFAULT_LIMITS
  ): Promise<void> {
    const workbook = await readWorkbookWithinLimits(bytes, name, limits);
    this.lastPeriod = { name, workbook, checked: null };
  }

  /** This period as checked with `options` against last period's ledger, once one is set. */
  compareWithLastPeriod(options: CheckOptions): LastPeriodOutcome | null {
    const last = this.lastPeriodCheck(options);
    if (!last) return null;
    const current = checkWorkbook(this.state.workbook, options);
    return lastPeriodComparison(last, current, { lang: options.lang });
  }

  /** Back to this period alone: no 较上期 column. */
  clearLastPeriod(): void {
    this.lastPeriod = null;
  }

  /** The file name of last period's ledger, when one is set. */
  get lastPeriodName(): string | null {
    return this.lastPeriod?.name ?? null;
  }

  /** Last period's check, made once per set of options (its own report date, no corrections). */
  private lastPeriodCheck(options: CheckOptions): CheckResult | undefined {
    const last = this.lastPeriod;
    if (!last) return undefined;
    const { today, lang, rules, only, settings } = options;
    const key = JSON.stringify({ today, lang, rules, only, settings });
    if (last.checked?.key !== key)
      last.checked = { key, result: checkLastPeriod(last.workbook, options) };
    return last.checked.result;
  }

  check(options: CheckOptions, plan: ColumnPlanOptions, sheet?: string): SessionCheck {
    const result = checkWorkbook(this.state.workbook, options);
    const sheetNames = this.state.workbook.sheets.map((s) => s.name);
    const withTable = result.model.tables.find((t) => t.items.length > 0)?.table.sheet;
    const lastPeriod = this.lastPeriodCheck(options);
    return {
      result,
      plans: fillPlans(result, { ...plan, ...options, lastPeriod }).plans,
      sheet:
        sheet !== undefined && sheetNames.includes(sheet)
          ? sheet
          : (withTable ?? result.model.tables[0]?.table.sheet ?? sheetNames[0]),
      sheetNames,
    };
  }

  /** The annotated copy of the file as it now stands (fixes included), or why there is none. */
  fill(options: CheckOptions & ColumnPlanOptions): SessionFill {
    const { bytes, bytesName, workbook } = this.state;
    const lastPeriod = this.lastPeriodCheck(options);
    const filled = fillWorkbook(bytes, bytesName, { ...options, lastPeriod }, workbook);
    if (filled.plans.length === 0) return { status: "noLedger" };
    if (filled.bytes === null) return { status: "refused", foreign: filled.foreign };
    return {
      status: "written",
      plans: filled.plans,
      fileName: annotatedCopyName(this.name),
      converted: copyIsConverted(this.name),
      bytes: filled.bytes,
    };
  }

  /** Typed totals replaced by their formulas in the bytes held here; an .xls or .csv becomes .xlsx. */
  applyFixes(fixes: readonly TotalsFormulaFix[]): void {
    if (fixes.length === 0) return;
    const { bytes, bytesName } = this.state;
    const fixed = replaceTotalsByFormulas(bytes, bytesName, fixes);
    const fixedName =
      fileKindOf(bytesName) === "xlsx" ? bytesName : `${this.name.replace(/\.[^.]*$/, "")}.xlsx`;
    this.history.push(this.state);
    this.state = {
      bytes: fixed,
      bytesName: fixedName,
      workbook: { ...readWorkbookBytes(fixed, fixedName), name: this.name },
    };
  }

  /** Puts back the bytes before the last fixes; false when there were none. */
  undoFixes(): boolean {
    const earlier = this.history.pop();
    if (earlier) this.state = earlier;
    return earlier !== undefined;
  }

  get undoable(): boolean {
    return this.history.length > 0;
  }
}
