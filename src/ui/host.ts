import { CompareReport } from "../core/compare/compareReport";
import { TableOverride } from "../core/detect/overrides";
import { Bilingual, Lang } from "../core/i18n";
import { CheckReport } from "../core/report/checkReport";
import { ColumnPlanOptions } from "../core/report/columnPlan";
import { TotalsFormulaFix } from "../core/report/fixes";

/** What the write step shows of the planned columns: which header goes to which column. */
export interface PlannedColumnSummary {
  sheet: string;
  header: string;
  /** Column letter. */
  column: string;
  /** The column holds Taizhang's output from an earlier run and will be updated. */
  existing: boolean;
  /** The rows written, 1-based (header to last data row). */
  firstRow: number;
  lastRow: number;
}

/** A column Taizhang does not write because the sheet has its own: what it would be, and the sheet's. */
export interface KeptColumnSummary {
  sheet: string;
  header: string;
  /** The sheet's own column: its letter and header. */
  column: string;
  sheetHeader: string;
  /** The sheet rows (1-based) whose own value is not what Taizhang reads. */
  differingRows: number[];
}

/** A column of a detected table as the detect step offers it for a role: its letter and header. */
export interface TableColumnSummary {
  column: string;
  header: string;
}

/** One check of a sheet, in plain data: what the screens show and what a write or fix needs. */
export interface HostCheck {
  sheet: string;
  sheets: string[];
  report: CheckReport;
  columns: PlannedColumnSummary[];
  /** Outputs left to the sheet's own columns (its 4月份计划 instead of a 下期计划). */
  keptColumns: KeptColumnSummary[];
  fixes: TotalsFormulaFix[];
  /** Per table of `report.tables` (same order): its columns left to right, Taizhang's own left out. */
  tableColumns: TableColumnSummary[][];
}

export interface CheckRequest {
  /** The sheet to check; the active one (Excel) or the first with a table (file) when absent. */
  sheet?: string;
  asOf?: string;
  overrides: TableOverride[];
  lang: Lang;
  /** Where the progress columns go (the start column the user chose): `columns` follows it. */
  plan?: Omit<ColumnPlanOptions, "lang">;
}

export type HostWriteOutcome =
  | { status: "written"; columns: string[]; fileName?: string; converted?: boolean }
  | { status: "refused"; cells: string[]; suggestedColumn: string }
  | { status: "noLedger" };

/** Last period's ledger as the user picked it in 对比上期: the file's name and bytes. */
export interface LastPeriodUpload {
  name: string;
  bytes: ArrayBuffer;
}

/**
 * The copy of the ledger for the next period (`taizhang next`), or why there is none: a file to
 * download (the web page), or a worksheet added to the open workbook (the task pane) — `notesKept`
 * false when that Excel holds no notes, so the emptied cells keep no trace of last period's text.
 */
/** What an undo took back: nothing, cells put back as they were, or next period's sheet deleted. */
export type HostUndoOutcome =
  { undone: "nothing" } | { undone: "cells" } | { undone: "sheet"; sheet: string };

export type HostNextOutcome =
  | { status: "written"; fileName: string; converted: boolean }
  | { status: "added"; sheet: string; notesKept: boolean }
  | { status: "noLedger" };

/**
 * An error a host can explain: what went wrong and what to do next, in both languages. Screens show
 * `explanation` as it is; other errors get a generic explanation with their message.
 */
export class HostError extends Error {
  constructor(readonly explanation: Bilingual) {
    super(explanation.en);
    this.name = "HostError";
  }
}

/**
 * What the steps need from where the ledger lives: the Excel workbook (task pane) or a file
 * opened in the browser (web page). Screens call only this, so both front doors share them.
 */
export interface LedgerHost {
  kind: "excel" | "file";
  check(request: CheckRequest): Promise<HostCheck>;
  /** Brings a cell into view and selects it (the sheet in Excel, the preview on the web page). */
  showCell(sheet: string, cell: string): Promise<void>;
  /** Writes the progress columns: into the workbook (Excel), or as an annotated copy to download. */
  write(check: HostCheck, options: ColumnPlanOptions): Promise<HostWriteOutcome>;
  /** Whether the last write can be taken back here (Excel keeps its undo state in the workbook). */
  canUndo(): Promise<boolean>;
  /** Takes back the last change Taizhang made, and says what that was. */
  undo(): Promise<HostUndoOutcome>;
  applyFixes(check: HostCheck, fixes: TotalsFormulaFix[]): Promise<void>;
  /**
   * 对比上期: last period's file compared with this check. A file that cannot be read or holds no
   * ledger fails with a HostError naming it.
   */
  compare(check: HostCheck, last: LastPeriodUpload, lang: Lang): Promise<CompareReport>;
  /**
   * Makes the copy for the next period: a download (the web page), or a new worksheet beside the
   * checked one that undo deletes again (the task pane).
   */
  nextPeriod?(check: HostCheck, lang: Lang): Promise<HostNextOutcome>;
  /** The user's role corrections, kept with the workbook so the next opening needs none. */
  loadOverrides(): Promise<TableOverride[]>;
  saveOverrides(overrides: TableOverride[]): Promise<void>;
}
