import { Area, Cell, Grid, parseAreaAddress } from "../../core/grid";
import { StateHead, headFrom, loadHead } from "./state";
import { sendSlices } from "./slices";

/** Merged areas can be read from ExcelApi 1.13; below it the engine reads the sheet as it reads CSV. */
const MERGED_AREAS_SET = "1.13";

export function supportsExcelApi(version: string): boolean {
  return (
    typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", version)
  );
}

export type NoteKind = "note" | "comment" | "none";

/** Notes (ExcelApi 1.18), else threaded comments (1.10), else nothing: 校验提示 carries the messages anyway. */
export function noteKind(): NoteKind {
  if (supportsExcelApi("1.18")) return "note";
  if (supportsExcelApi("1.10")) return "comment";
  return "none";
}

/** `Sheet1!B2:D9` or `'工作表 1'!B2:D9` → `B2:D9`. */
export function stripSheetName(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** `'工作表 1'!B2` → `工作表 1`. */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  const sheet = bang >= 0 ? address.slice(0, bang) : "";
  return sheet.startsWith("'") && sheet.endsWith("'")
    ? sheet.slice(1, -1).replace(/''/g, "'")
    : sheet;
}

const ERROR_VALUE = /^#(REF!|DIV\/0!|N\/A|NAME\?|NULL!|NUM!|VALUE!|SPILL!|CALC!)/;

function toCell(value: unknown, formula: unknown, format: unknown): Cell | undefined {
  const hasFormula = typeof formula === "string" && formula.startsWith("=");
  if ((value === "" || value === null || value === undefined) && !hasFormula) return undefined;
  const cell: Cell = {
    value:
      typeof value === "number" || typeof value === "boolean" || typeof value === "string"
        ? value
        : null,
  };
  if (hasFormula) cell.formula = (formula as string).slice(1);
  if (typeof format === "string" && format !== "General" && format !== "") cell.format = format;
  if (typeof value === "string" && ERROR_VALUE.test(value)) cell.error = true;
  return cell;
}

/** A comment in the workbook (where Taizhang's notes are threaded comments), located later when needed. */
export interface CommentInfo {
  id: string;
  content: string;
}

/** A sheet as the engine needs it, and what the host needs to write back safely. */
export interface SheetSnapshot {
  grid: Grid;
  /** The used range, 0-based (null for an empty sheet). */
  used: Area | null;
  /** Worksheet.standardWidth: the width of an untouched column, in characters of the Normal font. */
  standardWidth: number;
  /** The head of Taizhang's undo state in the workbook's settings. */
  state: StateHead | null;
  /** The workbook's threaded comments, when Taizhang's notes are comments (ExcelApi 1.10–1.17); else empty. */
  comments: CommentInfo[];
  /** Requests the read took: one, plus one per further slice of rows of a large sheet. */
  requests: number;
}

/** Excel on the web refuses responses over 5 MB: a large sheet is read in slices of rows kept well under it. */
export const MAX_RESPONSE_BYTES = 3_000_000;
/** The first request reads this many rows along with everything else; most ledgers fit. */
const FIRST_ROWS = 500;
/** Reads are capped at 5,000,000 cells. */
const MAX_CELLS = 4_000_000;

function sliceBytes(range: Excel.Range): number {
  return new TextEncoder().encode(
    JSON.stringify([range.values, range.formulas, range.numberFormat])
  ).length;
}

function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: string })?.code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * Reads a sheet: one request holds the sheet's properties, the used range, its first rows' values,
 * formulas and number formats, the merged areas where the host can read them, the head of Taizhang's
 * state and (where notes are comments) the comments; a larger sheet's further rows follow in slices
 * sized from the bytes the rows read so far took, each response well under the 5 MB limit.
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  sheetName?: string
): Promise<SheetSnapshot> {
  const sheets = context.workbook.worksheets;
  const sheet = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
  sheet.load(["name", "standardWidth"]);
  const used = sheet.getUsedRangeOrNullObject();
  used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  const first = used.getIntersectionOrNullObject(`1:${FIRST_ROWS}`);
  first.load(["values", "formulas", "numberFormat", "rowIndex", "rowCount"]);
  const merged = supportsExcelApi(MERGED_AREAS_SET) ? used.getMergedAreasOrNullObject() : null;
  merged?.load("areas/items/address");
  const head = loadHead(context);
  const comments = noteKind() === "comment" ? context.workbook.comments : null;
  comments?.load("items/id,items/content");
  await context.sync();
  let requests = 1;
  const base = {
    standardWidth: sheet.standardWidth,
    state: headFrom(head),
    comments: comments ? comments.items.map((c) => ({ id: c.id, content: c.content })) : [],
  };
  if (used.isNullObject) {
    return {
      ...base,
      requests,
      grid: { name: sheet.name, rowCount: 0, colCount: 0, cells: [], merges: [] },
      used: null,
    };
  }
  const rowCount = used.rowIndex + used.rowCount;
  const colCount = used.columnIndex + used.columnCount;
  const cells: (Cell | undefined)[][] = Array.from(
    { length: rowCount },
    () => new Array<Cell | undefined>(colCount)
  );
  const fill = (range: Excel.Range): void => {
    for (let r = 0; r < range.rowCount; r++) {
      const row = cells[range.rowIndex + r];
      for (let c = 0; c < used.columnCount; c++) {
        const cell = toCell(range.values[r][c], range.formulas[r][c], range.numberFormat[r][c]);
        if (cell) row[used.columnIndex + c] = cell;
      }
    }
  };
  let next = used.rowIndex;
  let rowBytes = 0;
  if (!first.isNullObject) {
    fill(first);
    next = first.rowIndex + first.rowCount;
    rowBytes = sliceBytes(first) / first.rowCount;
  }
  const readRows = async (): Promise<boolean> => {
    if (next >= rowCount) return false;
    const byBytes = rowBytes > 0 ? Math.floor(MAX_RESPONSE_BYTES / (rowBytes * 1.5)) : FIRST_ROWS;
    const count = Math.max(
      1,
      Math.min(byBytes, rowCount - next, Math.floor(MAX_CELLS / used.columnCount))
    );
    const slice = sheet.getRangeByIndexes(next, used.columnIndex, count, used.columnCount);
    slice.load(["values", "formulas", "numberFormat", "rowIndex", "rowCount"]);
    try {
      await context.sync();
    } catch (error) {
      requests++;
      if (!isResponseTooLarge(error) || count === 1) throw error;
      // the same rows again, in a smaller slice
      rowBytes = (MAX_RESPONSE_BYTES / count) * 2;
      return true;
    }
    requests++;
    fill(slice);
    rowBytes = Math.max(rowBytes, sliceBytes(slice) / count);
    next += count;
    return true;
  };
  await sendSlices(readRows);
  const merges: Area[] =
    merged && !merged.isNullObject
      ? merged.areas.items.map((range) => parseAreaAddress(stripSheetName(range.address)))
      : [];
  return {
    ...base,
    requests,
    grid: { name: sheet.name, rowCount, colCount, cells, merges },
    used: { top: used.rowIndex, left: used.columnIndex, bottom: rowCount - 1, right: colCount - 1 },
  };
}
