import { localIsoDate } from "../core/clock";
import { TableOverride } from "../core/detect/overrides";
import { CompareReport } from "../core/compare/compareReport";
import { Lang } from "../core/i18n";
import { ColumnPlanOptions } from "../core/report/columnPlan";
import { TotalsFormulaFix } from "../core/report/fixes";
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
import { comparisonReport } from "../ui/hostCompare";
import { EngineClient } from "./engineClient";
import {
  CheckParams,
  EngineArgs,
  EngineCall,
  EngineError,
  EngineFailure,
  EngineResult,
  PreviewSheet,
} from "./protocol";
import { WebStringKey, both, w } from "./strings";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const OVERRIDES_PREFIX = "taizhang:overrides:";

/** The annotated copy, ready to download. */
export interface AnnotatedCopy {
  url: string;
  fileName: string;
}

/** What the page shows around the steps: the preview and the downloads. */
export interface FileHostView {
  /** A check was made: its findings colour the preview, its sheets are the preview's tabs. */
  showCheck(check: HostCheck): void;
  showSheet(preview: PreviewSheet): void;
  focusCell(sheet: string, cell: string): void;
  offerCopy(copy: AnnotatedCopy): void;
  /** Starts a download at once (the next period's copy). */
  download(copy: AnnotatedCopy): void;
}

/** The storage the page keeps the user's role corrections in (localStorage, by file name). */
export type OverrideStore = Pick<Storage, "getItem" | "setItem">;

const EXPLANATIONS: Record<EngineFailure["code"], WebStringKey> = {
  unsupported: "unsupported",
  unreadable: "unreadable",
  limit: "limit",
  noFile: "failed",
  failed: "failed",
};

/** What the user reads when the engine fails: the cause, and what to do next. */
export function explainFailure(failure: EngineFailure, fileName: string): HostError {
  const key = EXPLANATIONS[failure.code];
  const { reason } = failure;
  if (!reason) return new HostError(both(key, { file: fileName, reason: failure.detail }));
  return new HostError({
    zh: w("zh", key, { file: fileName, reason: reason.zh }),
    en: w("en", key, { file: fileName, reason: reason.en }),
  });
}

function isOverride(value: unknown): value is TableOverride {
  if (typeof value !== "object" || value === null) return false;
  const { sheet, roles } = value as Partial<TableOverride>;
  return typeof sheet === "string" && typeof roles === "object" && roles !== null;
}

/**
 * A file opened in the browser as a `LedgerHost`. The engine (in a worker) holds the file; checking
 * shows the sheet in the preview; writing makes the annotated copy `taizhang fill` makes and offers
 * it as a download. The user's file is never changed: fixes go into the copy held in memory, and only
 * they can be taken back here.
 */
export class FileHost implements LedgerHost {
  readonly kind = "file";
  /** The options each check ran with: the copy is written from exactly those. */
  private readonly made = new WeakMap<HostCheck, CheckParams>();
  private previewSheet: string | null = null;
  private copyUrl: string | null = null;
  private nextUrl: string | null = null;
  private undoable = false;

  private constructor(
    private readonly engine: EngineClient,
    private readonly fileName: string,
    private readonly view: FileHostView,
    private readonly store: OverrideStore | null
  ) {}

  /** Hands the file to the engine (the bytes move, not copied); fails with a HostError to show. */
  static async open(
    engine: EngineClient,
    file: { name: string; bytes: ArrayBuffer },
    view: FileHostView,
    store: OverrideStore | null
  ): Promise<FileHost> {
    const host = new FileHost(engine, file.name, view, store);
    await host.call("open", file, [file.bytes]);
    return host;
  }

  /** `fileName`: the file a failure is about (the open one unless said). */
  private async call<K extends EngineCall>(
    type: K,
    args: EngineArgs<K>,
    transfer?: ArrayBuffer[],
    fileName: string = this.fileName
  ): Promise<EngineResult<K>> {
    try {
      return await this.engine.call(type, args, transfer);
    } catch (error) {
      throw error instanceof EngineError ? explainFailure(error.failure, fileName) : error;
    }
  }

  private paramsOf(check: HostCheck): CheckParams {
    const params = this.made.get(check);
    if (!params) throw new Error("the check was not made by this file host");
    return params;
  }

  async check(request: CheckRequest): Promise<HostCheck> {
    const params: CheckParams = { request, today: localIsoDate(new Date()) };
    const { check, preview } = await this.call("check", params);
    this.made.set(check, params);
    this.view.showCheck(check);
    this.show(preview);
    return check;
  }

  private show(preview: PreviewSheet): void {
    this.previewSheet = preview.name;
    this.view.showSheet(preview);
  }

  async showCell(sheet: string, cell: string): Promise<void> {
    if (sheet !== this.previewSheet) this.show(await this.call("preview", { sheet }));
    this.view.focusCell(sheet, cell);
  }

  /** Switches the preview to another sheet of the file. */
  async showSheet(sheet: string): Promise<void> {
    if (sheet !== this.previewSheet) this.show(await this.call("preview", { sheet }));
  }

  async write(check: HostCheck, options: ColumnPlanOptions): Promise<HostWriteOutcome> {
    const outcome = await this.call("fill", { ...this.paramsOf(check), options });
    if (outcome.status !== "written") return outcome;
    if (this.copyUrl) URL.revokeObjectURL(this.copyUrl);
    this.copyUrl = URL.createObjectURL(new Blob([outcome.bytes], { type: XLSX_TYPE }));
    this.view.offerCopy({ url: this.copyUrl, fileName: outcome.fileName });
    const { columns, fileName, converted } = outcome;
    return { status: "written", columns, fileName, converted };
  }

  /** Compares with last period's file, read by the engine (its bytes move there). */
  async compare(check: HostCheck, last: LastPeriodUpload, lang: Lang): Promise<CompareReport> {
    const params = this.paramsOf(check);
    const args = { ...params, request: { ...params.request, lang }, last };
    const outcome = await this.call("compare", args, [last.bytes], last.name);
    return comparisonReport(outcome, last.name);
  }

  /** Makes the next period's copy and downloads it. */
  async nextPeriod(check: HostCheck, lang: Lang): Promise<HostNextOutcome> {
    const params = this.paramsOf(check);
    const outcome = await this.call("next", { ...params, request: { ...params.request, lang } });
    if (outcome.status !== "written") return outcome;
    if (this.nextUrl) URL.revokeObjectURL(this.nextUrl);
    this.nextUrl = URL.createObjectURL(new Blob([outcome.bytes], { type: XLSX_TYPE }));
    this.view.download({ url: this.nextUrl, fileName: outcome.fileName });
    return { status: "written", fileName: outcome.fileName, converted: outcome.converted };
  }

  /** Lets go of the copies' download URLs when another file is opened. */
  dispose(): void {
    for (const url of [this.copyUrl, this.nextUrl]) if (url) URL.revokeObjectURL(url);
    this.copyUrl = null;
    this.nextUrl = null;
  }

  async canUndo(): Promise<boolean> {
    return this.undoable;
  }

  /** Takes back the last fixes (a written copy is a download: there is nothing to take back). */
  async undo(): Promise<HostUndoOutcome> {
    const { undone, undoable } = await this.call("undoFixes", {});
    this.undoable = undoable;
    return { undone: undone ? "cells" : "nothing" };
  }

  async applyFixes(_check: HostCheck, fixes: TotalsFormulaFix[]): Promise<void> {
    this.undoable = (await this.call("applyFixes", { fixes })).undoable;
  }

  async loadOverrides(): Promise<TableOverride[]> {
    const stored = this.store?.getItem(OVERRIDES_PREFIX + this.fileName);
    if (!stored) return [];
    try {
      const parsed: unknown = JSON.parse(stored);
      return Array.isArray(parsed) ? parsed.filter(isOverride) : [];
    } catch {
      // a damaged entry is no correction: detection starts afresh
      return [];
    }
  }

  async saveOverrides(overrides: TableOverride[]): Promise<void> {
    this.store?.setItem(OVERRIDES_PREFIX + this.fileName, JSON.stringify(overrides));
  }
}
