import { CheckOptions } from "../core/check";
import { columnLetter } from "../core/grid";
import { periodLabel } from "../core/next/period";
import type { LastPeriodComparison } from "../hosts/file/compareFile";
import { copyIsConverted, nextPeriodCopyName } from "../hosts/file/copyName";
import {
  DEFAULT_LIMITS,
  LIMIT_OF,
  ReadFailure,
  ReadLimits,
  describeReadFailure,
} from "../hosts/file/limits";
import { planNextFile, writeNextPeriod } from "../hosts/file/next";
import { fileKindOf } from "../hosts/file/readWorkbook";
import { FileSession } from "../hosts/file/session";
import { hostCheckOf } from "../ui/hostCheck";
import { previewOf } from "./preview";
import {
  CheckParams,
  EngineArgs,
  EngineCall,
  EngineError,
  EngineResult,
  FillOutcome,
  PreviewSheet,
} from "./protocol";

/** What a call answers, and which of its buffers move to the page rather than being copied. */
export interface Answer<K extends EngineCall> {
  result: EngineResult<K>;
  transfer: ArrayBuffer[];
}

function bufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.slice().buffer as ArrayBuffer);
}

/** The options a check of the page's request runs with. */
function checkOptionsOf({ request, today }: CheckParams): CheckOptions {
  return { today, asOf: request.asOf, lang: request.lang, overrides: request.overrides };
}

/**
 * The engine of the web page, run in a Web Worker (or on the page when workers cannot start): the
 * page's calls answered from the file session in plain data.
 */
export class Engine {
  private session: FileSession | null = null;
  /** The file's bytes as opened: the next period's copy is made from them, as `taizhang next` does. */
  private opened: Uint8Array | null = null;

  /** The page's limits: the same defaults as `taizhang check` (the time limit is the client's to enforce). */
  constructor(private readonly limits: ReadLimits = DEFAULT_LIMITS) {}

  async call<K extends EngineCall>(type: K, args: EngineArgs<K>): Promise<Answer<K>> {
    try {
      return await this.answer(type, args);
    } catch (error) {
      if (!(error instanceof ReadFailure)) throw error;
      // a refused file crosses to the page as its reason in both languages
      const code = LIMIT_OF[error.reason.kind] ? "limit" : "unreadable";
      throw new EngineError({
        code,
        detail: error.message,
        reason: describeReadFailure(error.reason),
      });
    }
  }

  private async answer<K extends EngineCall>(type: K, args: EngineArgs<K>): Promise<Answer<K>> {
    // each branch answers the call named by `type`; TypeScript cannot narrow K through the switch
    switch (type) {
      case "open":
        return (await this.open(args as EngineArgs<"open">)) as Answer<K>;
      case "check":
        return this.check(args as EngineArgs<"check">) as Answer<K>;
      case "preview":
        return this.preview(args as EngineArgs<"preview">) as Answer<K>;
      case "fill":
        return this.fill(args as EngineArgs<"fill">) as Answer<K>;
      case "compare":
        return (await this.compare(args as EngineArgs<"compare">)) as Answer<K>;
      case "next":
        return this.next(args as EngineArgs<"next">) as Answer<K>;
      case "applyFixes":
        return this.applyFixes(args as EngineArgs<"applyFixes">) as Answer<K>;
      case "undoFixes":
        return this.undoFixes() as Answer<K>;
    }
    throw new EngineError({ code: "failed", detail: `unknown call ${String(type)}` });
  }

  private current(): FileSession {
    if (!this.session) throw new EngineError({ code: "noFile", detail: "no file is open" });
    return this.session;
  }

  /** Reads the file within the limits; a refusal is a ReadFailure. */
  private async open({ name, bytes }: EngineArgs<"open">): Promise<Answer<"open">> {
    if (fileKindOf(name) === null)
      throw new EngineError({ code: "unsupported", detail: `not a spreadsheet file: ${name}` });
    const opened = new Uint8Array(bytes);
    const session = await FileSession.open(name, opened, this.limits);
    if (session.workbook.sheets.length === 0)
      throw new EngineError({ code: "unreadable", detail: "the file holds no sheet" });
    this.session = session;
    this.opened = opened;
    return { result: null, transfer: [] };
  }

  private check(params: CheckParams): Answer<"check"> {
    const { request } = params;
    const checked = this.current().check(checkOptionsOf(params), request.plan ?? {}, request.sheet);
    const check = hostCheckOf(checked.result, checked.plans, checked.sheet, checked.sheetNames);
    return { result: { check, preview: this.sheetPreview(checked.sheet) }, transfer: [] };
  }

  private sheetPreview(name: string): PreviewSheet {
    const grid = this.current().workbook.sheets.find((s) => s.name === name);
    if (!grid) throw new EngineError({ code: "failed", detail: `no sheet "${name}"` });
    return previewOf(grid);
  }

  private preview({ sheet }: EngineArgs<"preview">): Answer<"preview"> {
    return { result: this.sheetPreview(sheet), transfer: [] };
  }

  private fill({ options, ...params }: EngineArgs<"fill">): Answer<"fill"> {
    const filled = this.current().fill({
      ...checkOptionsOf(params),
      headers: options.headers,
      startCol: options.startCol,
    });
    let result: FillOutcome;
    if (filled.status === "noLedger") return { result: filled, transfer: [] };
    if (filled.status === "refused") {
      result = {
        status: "refused",
        cells: filled.foreign.flatMap((f) => f.cells),
        suggestedColumn: columnLetter(Math.max(...filled.foreign.map((f) => f.freeCol))),
      };
      return { result, transfer: [] };
    }
    const bytes = bufferOf(filled.bytes);
    result = {
      status: "written",
      columns: filled.plans.flatMap((p) => p.columns.map((c) => columnLetter(c.col))),
      fileName: filled.fileName,
      converted: filled.converted,
      bytes,
    };
    return { result, transfer: [bytes] };
  }

  /**
   * Last period's file against this file as checked with the same options as the check shown; from
   * then on the session's plans and copy carry the 较上期 column.
   */
  private async compare({ last, ...params }: EngineArgs<"compare">): Promise<Answer<"compare">> {
    const answer = (result: LastPeriodComparison): Answer<"compare"> => ({ result, transfer: [] });
    if (fileKindOf(last.name) === null) return answer({ status: "unsupported" });
    const session = this.current();
    try {
      await session.setLastPeriod(last.name, new Uint8Array(last.bytes), this.limits);
    } catch (error) {
      if (!(error instanceof ReadFailure)) throw error;
      return answer({ status: "unreadable", reason: describeReadFailure(error.reason) });
    }
    const outcome = session.compareWithLastPeriod(checkOptionsOf(params));
    if (outcome?.status !== "compared") session.clearLastPeriod();
    return answer(outcome ?? { status: "noLedger" });
  }

  /** The copy for the next period of the file as opened, named as `taizhang next` names it. */
  private next(params: EngineArgs<"next">): Answer<"next"> {
    const session = this.current();
    const { check, plan } = planNextFile(session.workbook, checkOptionsOf(params));
    if (!this.opened || !check.model.tables.some((t) => t.items.length > 0))
      return { result: { status: "noLedger" }, transfer: [] };
    const copy = writeNextPeriod(this.opened, session.name, plan, { limits: this.limits });
    const bytes = bufferOf(copy);
    const result = {
      status: "written" as const,
      fileName: nextPeriodCopyName(session.name, periodLabel(plan.to)),
      converted: copyIsConverted(session.name),
      bytes,
    };
    return { result, transfer: [bytes] };
  }

  /**
   * Typed totals become their `=SUM()` in the bytes the session holds: the copy written next carries
   * the fix; the user's file does not change.
   */
  private applyFixes({ fixes }: EngineArgs<"applyFixes">): Answer<"applyFixes"> {
    const session = this.current();
    session.applyFixes(fixes);
    return { result: { undoable: session.undoable }, transfer: [] };
  }

  private undoFixes(): Answer<"undoFixes"> {
    const session = this.current();
    const undone = session.undoFixes();
    return { result: { undone, undoable: session.undoable }, transfer: [] };
  }
}
