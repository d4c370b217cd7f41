import ExcelJS from "exceljs";
import * as XLSX from "xlsx";
import { checkWorkbook } from "../core/check";
import { Cell, Grid, Workbook, cellText, columnLetter } from "../core/grid";
import { TEXT_FORMAT, columnPlansFor } from "../core/report/columnPlan";
import { TotalsFormulaFix } from "../core/report/fixes";
import { annotateWorkbook, excelSheetName } from "../hosts/file/annotate";
import { fillWorkbook } from "../hosts/file/fill";
import {
  DEFAULT_LIMITS,
  LIMIT_OF,
  ReadFailure,
  ReadLimits,
  describeReadFailure,
} from "../hosts/file/limits";
import { fileKindOf, readWorkbookBytes } from "../hosts/file/readWorkbook";
import { readWorkbookWithinLimits } from "../hosts/file/readWithinLimits";
import { hostCheckOf } from "../ui/hostCheck";
import {
  CheckParams,
  EngineArgs,
  EngineCall,
  EngineError,
  EngineResult,
  FillOutcome,
  PreviewSheet,
} from "./protocol";

/** The file as the engine holds it: the bytes fixes have changed, and the bytes before each change. */
interface WorkingFile {
  /** The name the user opened, for the report and the copy's name. */
  name: string;
  /** The name the bytes go by: an .xls or .csv becomes .xlsx once fixes are written into it. */
  bytesName: string;
  bytes: Uint8Array;
  workbook: Workbook;
  /** Earlier bytes and names, one per applyFixes, for undo. */
  history: { bytes: Uint8Array; bytesName: string; workbook: Workbook }[];
}

/** What a call answers, and which of its buffers move to the page rather than being copied. */
export interface Answer<K extends EngineCall> {
  result: EngineResult<K>;
  transfer: ArrayBuffer[];
}

/** `台账.xlsx` → `台账.台账助手.xlsx`, the name `taizhang fill` gives its copy. */
export function copyName(fileName: string): string {
  return `${fileName.replace(/\.(xlsx|xlsm|xls|csv|txt)$/i, "")}.台账助手.xlsx`;
}

// Preview column widths: a CJK character is about two Latin ones wide.
const PX_PER_UNIT = 7;
const CELL_PADDING_PX = 16;
const MIN_WIDTH_PX = 40;
const MAX_WIDTH_PX = 280;
/** Rows sampled for the widths: enough for headers and typical content, cheap on huge sheets. */
const WIDTH_SAMPLE_ROWS = 400;

function displayUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return units;
}

/** The text a spreadsheet shows for a cell: numbers through their number format (dates, percents). */
function shownText(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return "";
  if (typeof cell.value === "number" && cell.format) {
    try {
      return XLSX.SSF.format(cell.format, cell.value);
    } catch {
      // a format SheetJS cannot render: the plain number is still right
      return cellText(cell);
    }
  }
  return cellText(cell);
}

function previewOf(grid: Grid): PreviewSheet {
  const text = grid.cells.map((row) =>
    Array.from({ length: grid.colCount }, (_, c) => shownText(row[c]))
  );
  const merged = new Set<string>();
  for (const area of grid.merges) {
    if (area.left === area.right) continue;
    for (let r = area.top; r <= area.bottom && r < WIDTH_SAMPLE_ROWS; r++)
      merged.add(`${r}:${area.left}`);
  }
  const widths = Array.from({ length: grid.colCount }, (_, c) => {
    let units = 0;
    for (let r = 0; r < Math.min(grid.rowCount, WIDTH_SAMPLE_ROWS); r++) {
      // a title merged across the table says nothing about its first column's width
      if (merged.has(`${r}:${c}`)) continue;
      units = Math.max(units, displayUnits(text[r][c]));
    }
    return Math.min(MAX_WIDTH_PX, Math.max(MIN_WIDTH_PX, units * PX_PER_UNIT + CELL_PADDING_PX));
  });
  return {
    name: grid.name,
    rowCount: grid.rowCount,
    colCount: grid.colCount,
    text,
    merges: grid.merges,
    widths,
  };
}

function bufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.slice().buffer as ArrayBuffer);
}

function readAs(bytes: Uint8Array, bytesName: string, name: string): Workbook {
  return { ...readWorkbookBytes(bytes, bytesName), name };
}

/**
 * The engine of the web page, run in a Web Worker (or on the page when workers cannot start): holds
 * the opened file, checks it, writes the annotated copy and applies fixes, answering in plain data.
 */
export class Engine {
  private file: WorkingFile | null = null;

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
        return (await this.fill(args as EngineArgs<"fill">)) as Answer<K>;
      case "applyFixes":
        return (await this.applyFixes(args as EngineArgs<"applyFixes">)) as Answer<K>;
      case "undoFixes":
        return this.undoFixes() as Answer<K>;
    }
    throw new EngineError({ code: "failed", detail: `unknown call ${String(type)}` });
  }

  private current(): WorkingFile {
    if (!this.file) throw new EngineError({ code: "noFile", detail: "no file is open" });
    return this.file;
  }

  /** Reads the file within the limits; a refusal is a ReadFailure. */
  private async open({ name, bytes }: EngineArgs<"open">): Promise<Answer<"open">> {
    if (fileKindOf(name) === null)
      throw new EngineError({ code: "unsupported", detail: `not a spreadsheet file: ${name}` });
    const data = new Uint8Array(bytes);
    const workbook = await readWorkbookWithinLimits(data, name, this.limits);
    if (workbook.sheets.length === 0)
      throw new EngineError({ code: "unreadable", detail: "the file holds no sheet" });
    this.file = { name, bytesName: name, bytes: data, workbook, history: [] };
    return { result: null, transfer: [] };
  }

  private check({ request, today }: CheckParams): Answer<"check"> {
    const file = this.current();
    const result = checkWorkbook(file.workbook, {
      today,
      asOf: request.asOf,
      lang: request.lang,
      overrides: request.overrides,
    });
    const names = file.workbook.sheets.map((s) => s.name);
    const withTable = result.model.tables.find((t) => t.items.length > 0)?.table.sheet;
    const sheet =
      request.sheet !== undefined && names.includes(request.sheet)
        ? request.sheet
        : (withTable ?? result.model.tables[0]?.table.sheet ?? names[0]);
    const plans = columnPlansFor(result, { ...request.plan, lang: request.lang });
    const check = hostCheckOf(result, plans, sheet, names);
    return { result: { check, preview: this.sheetPreview(sheet) }, transfer: [] };
  }

  private sheetPreview(name: string): PreviewSheet {
    const grid = this.current().workbook.sheets.find((s) => s.name === name);
    if (!grid) throw new EngineError({ code: "failed", detail: `no sheet "${name}"` });
    return previewOf(grid);
  }

  private preview({ sheet }: EngineArgs<"preview">): Answer<"preview"> {
    return { result: this.sheetPreview(sheet), transfer: [] };
  }

  private async fill({ request, today, options }: EngineArgs<"fill">): Promise<Answer<"fill">> {
    const file = this.current();
    const filled = await fillWorkbook(
      file.bytes,
      file.bytesName,
      {
        today,
        asOf: request.asOf,
        lang: request.lang,
        overrides: request.overrides,
        headers: options.headers,
        startCol: options.startCol,
      },
      file.workbook
    );
    let result: FillOutcome;
    if (filled.bytes === null) {
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
      fileName: copyName(file.name),
      bytes,
    };
    return { result, transfer: [bytes] };
  }

  /**
   * Each typed total becomes its `=SUM()` (with the sum as its cached value, so the check reads it
   * at once) in the bytes held here: the copy written next carries the fix; the user's file does not
   * change. An .xls or .csv is first turned into .xlsx as `taizhang fill` turns it.
   */
  private async applyFixes({ fixes }: EngineArgs<"applyFixes">): Promise<Answer<"applyFixes">> {
    const file = this.current();
    if (fixes.length === 0) return { result: { undoable: file.history.length > 0 }, transfer: [] };
    const xlsx = fileKindOf(file.bytesName) === "xlsx";
    const source = xlsx ? file.bytes : await annotateWorkbook(file.bytes, file.bytesName, []);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bufferOf(source.slice()));
    for (const fix of fixes) writeFix(book, fix);
    const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const bytesName = xlsx ? file.bytesName : `${file.name.replace(/\.[^.]*$/, "")}.xlsx`;
    file.history.push({ bytes: file.bytes, bytesName: file.bytesName, workbook: file.workbook });
    file.bytes = bytes;
    file.bytesName = bytesName;
    file.workbook = readAs(bytes, bytesName, file.name);
    return { result: { undoable: true }, transfer: [] };
  }

  private undoFixes(): Answer<"undoFixes"> {
    const file = this.current();
    const earlier = file.history.pop();
    if (earlier) Object.assign(file, earlier);
    return {
      result: { undone: earlier !== undefined, undoable: file.history.length > 0 },
      transfer: [],
    };
  }
}

/** The typed total replaced by its formula; a total formatted as text would keep it as text. */
function replaceByFormula(cell: ExcelJS.Cell, fix: TotalsFormulaFix): void {
  if (cell.numFmt === TEXT_FORMAT) cell.numFmt = "General";
  cell.value = { formula: fix.formula.replace(/^=/, ""), result: fix.computed };
}

function writeFix(book: ExcelJS.Workbook, fix: TotalsFormulaFix): void {
  const sheet = book.getWorksheet(fix.sheet) ?? book.getWorksheet(excelSheetName(fix.sheet));
  if (!sheet) throw new EngineError({ code: "failed", detail: `no sheet "${fix.sheet}"` });
  replaceByFormula(sheet.getCell(fix.cell), fix);
}
