import { localIsoDate } from "../core/clock";
import type { ItemChange } from "../core/compare/changeColumn";
import { CompareReport } from "../core/compare/compareReport";
import { TableOverride } from "../core/detect/overrides";
import { ColumnPlanOptions, columnPlansFor } from "../core/report/columnPlan";
import { TotalsFormulaFix } from "../core/report/fixes";
import { supportsExcelApi } from "../hosts/office/readSheet";
import { OfficeCheck, checkSheet } from "../hosts/office/check";
import { applyFixes } from "../hosts/office/fixes";
import { canUndo, undoLastAction } from "../hosts/office/undo";
import { writeBack } from "../hosts/office/write";
import { Lang } from "../core/i18n";
import {
  CheckRequest,
  HostCheck,
  HostError,
  HostNextOutcome,
  HostUndoOutcome,
  HostWriteOutcome,
  LastPeriodUpload,
  LedgerHost,
} from "../ui/host";
import { hostCheckOf } from "../ui/hostCheck";
import { comparisonReport } from "../ui/hostCompare";
import { t } from "../ui/strings";

/** Where the user's role corrections live in the workbook's settings, as JSON. */
export const OVERRIDES_KEY = "taizhang.overrides";
/** Workbook settings and the used range's null object need ExcelApi 1.4. */
const REQUIRED_API = "1.4";

/** Below it nothing works: say so before the first request fails. */
const UNSUPPORTED = new HostError({ zh: t("zh", "causeApi"), en: t("en", "causeApi") });

function isOverride(value: unknown): value is TableOverride {
  if (typeof value !== "object" || value === null) return false;
  const { sheet, headerRow, roles } = value as Record<string, unknown>;
  return (
    typeof sheet === "string" &&
    (headerRow === undefined || typeof headerRow === "number") &&
    typeof roles === "object" &&
    roles !== null
  );
}

/** The corrections saved in the settings; anything unreadable counts as none rather than failing the check. */
function parseOverrides(value: unknown): TableOverride[] {
  if (typeof value !== "string") return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter(isOverride) : [];
  } catch {
    return [];
  }
}

/** The file-reading code 对比上期 needs: a chunk of its own, loaded on the first comparison. */
export type CompareModule = typeof import("../hosts/file/compareFile.js");

function loadCompareModule(): Promise<CompareModule> {
  return import(/* webpackChunkName: "compare" */ "../hosts/file/compareFile.js");
}

/** The code of 生成下期台账 (the next-period plan and the new sheet made from it): loaded on first use. */
export type NextModule = typeof import("../hosts/office/next.js");

function loadNextModule(): Promise<NextModule> {
  return import(/* webpackChunkName: "next" */ "../hosts/office/next.js");
}

/**
 * The task pane's host: the active (or chosen) sheet of the open workbook, read and written through
 * the Office host inside `Excel.run`. Each check is remembered with the snapshot it read, so a write,
 * a fix or an undo works from exactly what the user saw. `loadCompare` loads the reading code of
 * 对比上期 and `loadNext` the code of 生成下期台账 (a test hands them over, as Node cannot load chunks).
 */
export function createExcelHost(
  loadCompare: () => Promise<CompareModule> = loadCompareModule,
  loadNext: () => Promise<NextModule> = loadNextModule
): LedgerHost {
  const checks = new WeakMap<HostCheck, OfficeCheck>();
  /** The 较上期 notes of a check compared with last period's file: its write adds the column. */
  const changes = new WeakMap<HostCheck, ItemChange[]>();
  const officeCheck = (check: HostCheck): OfficeCheck => {
    const found = checks.get(check);
    if (!found) throw new Error("the check was not made by this task pane");
    return found;
  };
  const requireApi = (): void => {
    if (!supportsExcelApi(REQUIRED_API)) throw UNSUPPORTED;
  };

  return {
    kind: "excel",

    async check(request: CheckRequest): Promise<HostCheck> {
      requireApi();
      return Excel.run(async (context) => {
        // the sheet list rides along with the sheet's own read: no request of its own
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        const check = await checkSheet(
          context,
          {
            today: localIsoDate(new Date()),
            asOf: request.asOf,
            lang: request.lang,
            overrides: request.overrides,
          },
          request.sheet
        );
        const plans = columnPlansFor(check.result, { ...request.plan, lang: request.lang });
        const result = hostCheckOf(
          check.result,
          plans,
          check.snapshot.grid.name,
          worksheets.items.map((s) => s.name)
        );
        checks.set(result, check);
        return result;
      });
    },

    async showCell(sheet: string, cell: string): Promise<void> {
      await Excel.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(cell).select();
        await context.sync();
      });
    },

    async write(check: HostCheck, options: ColumnPlanOptions): Promise<HostWriteOutcome> {
      const outcome = await Excel.run((context) =>
        writeBack(context, officeCheck(check), { ...options, changes: changes.get(check) })
      );
      return outcome.status === "written"
        ? { status: "written", columns: outcome.columns }
        : outcome;
    },

    canUndo: () => Excel.run((context) => canUndo(context)),

    async undo(): Promise<HostUndoOutcome> {
      const undone = await Excel.run((context) => undoLastAction(context));
      if (!undone) return { undone: "nothing" };
      return undone.kind === "next"
        ? { undone: "sheet", sheet: undone.sheet }
        : { undone: "cells" };
    },

    async applyFixes(check: HostCheck, fixes: TotalsFormulaFix[]): Promise<void> {
      await Excel.run((context) => applyFixes(context, officeCheck(check), fixes));
    },

    /** Reads last period's file in the pane and compares it with the sheet as checked. */
    async compare(check: HostCheck, last: LastPeriodUpload, lang: Lang): Promise<CompareReport> {
      const { result } = officeCheck(check);
      const { compareWithLastFile } = await loadCompare();
      const outcome = await compareWithLastFile(
        result,
        { name: last.name, bytes: new Uint8Array(last.bytes) },
        { today: localIsoDate(new Date()), lang, sheet: check.sheet }
      );
      if (outcome.status === "compared") changes.set(check, outcome.changes);
      return comparisonReport(outcome, last.name);
    },

    /** Adds the next period's ledger as a new worksheet after the checked one, and activates it. */
    async nextPeriod(check: HostCheck, lang: Lang): Promise<HostNextOutcome> {
      const { addNextPeriodSheet } = await loadNext();
      const outcome = await Excel.run((context) =>
        addNextPeriodSheet(context, officeCheck(check), { lang })
      );
      if (outcome.status === "noLedger") return outcome;
      const notesKept =
        outcome.noteKind !== "none" || outcome.plan.sheets.every((s) => s.notes.length === 0);
      return { status: "added", sheet: outcome.sheet, notesKept };
    },

    async loadOverrides(): Promise<TableOverride[]> {
      requireApi();
      return Excel.run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(OVERRIDES_KEY);
        setting.load("value");
        await context.sync();
        return setting.isNullObject ? [] : parseOverrides(setting.value);
      });
    },

    async saveOverrides(overrides: TableOverride[]): Promise<void> {
      await Excel.run(async (context) => {
        context.workbook.settings.add(OVERRIDES_KEY, JSON.stringify(overrides));
        await context.sync();
      });
    },
  };
}
