import { Area } from "../core/grid";
import type { LastPeriodComparison } from "../hosts/file/compareFile";
import { Bilingual } from "../core/i18n";
import { ColumnPlanOptions } from "../core/report/columnPlan";
import { TotalsFormulaFix } from "../core/report/fixes";
import { CheckRequest, HostCheck } from "../ui/host";

/** A sheet as the preview draws it: the text each cell shows, its merged areas, column widths. */
export interface PreviewSheet {
  name: string;
  rowCount: number;
  colCount: number;
  /** text[row][col], 0-based, as the spreadsheet displays it ("" for an empty cell). */
  text: string[][];
  merges: Area[];
  /** Column widths in CSS pixels, from the longest text in each column. */
  widths: number[];
}

/** What a check or fill ran with, so the copy is written from the same options as the check shown. */
export interface CheckParams {
  request: CheckRequest;
  /** The page's local date: findings that depend on today are the same as `taizhang check` run today. */
  today: string;
}

export type FillOutcome =
  | {
      status: "written";
      columns: string[];
      fileName: string;
      /** The input was no .xlsx package: the copy is a new .xlsx built from what was read. */
      converted: boolean;
      bytes: ArrayBuffer;
    }
  | { status: "refused"; cells: string[]; suggestedColumn: string }
  | { status: "noLedger" };

export type NextOutcome =
  | {
      status: "written";
      fileName: string;
      /** The input was no .xlsx package: the copy is a new .xlsx built from what was read. */
      converted: boolean;
      bytes: ArrayBuffer;
    }
  | { status: "noLedger" };

/** Every call the page makes to the engine, with its arguments and its answer (plain data only). */
export interface EngineCalls {
  /** Reads the file; fails with "unsupported" (not .xlsx, .xls, .csv) or "unreadable" (no workbook). */
  open: { args: { name: string; bytes: ArrayBuffer }; result: null };
  check: { args: CheckParams; result: { check: HostCheck; preview: PreviewSheet } };
  preview: { args: { sheet: string }; result: PreviewSheet };
  /** The annotated copy, exactly as `taizhang fill` writes it. */
  fill: { args: CheckParams & { options: ColumnPlanOptions }; result: FillOutcome };
  /** 对比上期: last period's file (read, checked) against this file as the check read it. */
  compare: {
    args: CheckParams & { last: { name: string; bytes: ArrayBuffer } };
    result: LastPeriodComparison;
  };
  /** The copy for the next period, exactly as `taizhang next` writes it. */
  next: { args: CheckParams; result: NextOutcome };
  /** Replaces typed totals by their formulas in the workbook held in memory. */
  applyFixes: { args: { fixes: TotalsFormulaFix[] }; result: { undoable: boolean } };
  /** Takes back the last fixes; false when there were none. */
  undoFixes: { args: Record<string, never>; result: { undone: boolean; undoable: boolean } };
}

export type EngineCall = keyof EngineCalls;
export type EngineArgs<K extends EngineCall> = EngineCalls[K]["args"];
export type EngineResult<K extends EngineCall> = EngineCalls[K]["result"];

/** Why a call failed, in terms the page turns into a message for the user. */
export interface EngineFailure {
  code: "unsupported" | "unreadable" | "limit" | "noFile" | "failed";
  detail: string;
  /** Why the file was refused, in both languages, when the file host said so. */
  reason?: Bilingual;
}

export class EngineError extends Error {
  constructor(readonly failure: EngineFailure) {
    super(failure.detail);
    this.name = "EngineError";
  }
}

/** Any error as a failure that crosses to the page (Error objects lose their class on the way). */
export function failureOf(error: unknown): EngineFailure {
  if (error instanceof EngineError) return error.failure;
  return { code: "failed", detail: error instanceof Error ? error.message : String(error) };
}

/** Messages between the page and the worker. */
export type EngineRequestMessage = {
  [K in EngineCall]: { id: number; type: K; args: EngineArgs<K> };
}[EngineCall];

export type EngineResponseMessage =
  | { kind: "ready" }
  | { kind: "result"; id: number; result: unknown }
  | { kind: "failure"; id: number; failure: EngineFailure };
