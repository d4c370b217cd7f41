import ExcelJS from "exceljs";
import * as XLSX from "xlsx";
import { areaAddress, cellAddress } from "../../core/grid";
import { ColumnPlan, Highlight, PlannedColumn } from "../../core/report/columnPlan";
import { fileKindOf } from "./readWorkbook";

/** Taizhang's notes start with this, so a later run can tell them from the user's own notes. */
const NOTE_PREFIX = "台账助手";

/**
 * The input as an ExcelJS workbook. ExcelJS reads .xlsx; an .xls or .csv is first turned into .xlsx
 * by SheetJS (its values and merges carry over; .xls styles do not, which the free SheetJS cannot read).
 */
async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  let xlsxBytes: Uint8Array = bytes;
  if (fileKindOf(fileName) !== "xlsx") {
    const book =
      fileKindOf(fileName) === "csv"
        ? XLSX.read(new TextDecoder().decode(bytes), { type: "string" })
        : XLSX.read(bytes, { type: "array", cellFormula: true });
    xlsxBytes = new Uint8Array(
      XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer
    );
  }
  await workbook.xlsx.load(
    xlsxBytes.buffer.slice(
      xlsxBytes.byteOffset,
      xlsxBytes.byteOffset + xlsxBytes.byteLength
    ) as ArrayBuffer
  );
  return workbook;
}

function copyStyle(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  return JSON.parse(JSON.stringify(style)) as Partial<ExcelJS.Style>;
}

/** Undo merges that lie in Taizhang's own columns from an earlier run, before writing them anew. */
function unmergeColumns(sheet: ExcelJS.Worksheet, columns: PlannedColumn[]): void {
  const cols = new Set(columns.map((c) => c.col + 1));
  const merges = (sheet.model.merges ?? []) as string[];
  for (const range of merges) {
    const [start] = range.split(":");
    const col = sheet.getCell(start).col;
    if (cols.has(Number(col))) sheet.unMergeCells(range);
  }
}

function writeCells(sheet: ExcelJS.Worksheet, plan: ColumnPlan): void {
  const headerStyle = copyStyle(
    sheet.getCell(plan.headerStyleFrom.row + 1, plan.headerStyleFrom.col + 1).style
  );
  const dataStyle = copyStyle(
    sheet.getCell(plan.dataStyleFrom.row + 1, plan.dataStyleFrom.col + 1).style
  );
  const byCol = new Map(plan.columns.map((c) => [c.col, c]));
  for (const planned of plan.cells) {
    const column = byCol.get(planned.col);
    if (!column) continue;
    const cell = sheet.getCell(planned.row + 1, planned.col + 1);
    const isHeader = planned.row <= plan.headerBottom;
    const style = copyStyle(isHeader ? headerStyle : dataStyle);
    if (!isHeader) {
      style.numFmt = column.numberFormat;
      style.alignment = { ...style.alignment, wrapText: true, vertical: "middle" };
    }
    cell.style = style;
    // ExcelJS writes strings as strings: text that starts with = stays text, never a formula
    cell.value = planned.value;
  }
  for (const column of plan.columns) sheet.getColumn(column.col + 1).width = column.width;
  for (const merge of plan.merges)
    sheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
}

function highlightRules(highlight: Highlight): ExcelJS.ConditionalFormattingRule[] {
  return highlight.rules.map((rule, i): ExcelJS.ConditionalFormattingRule => {
    if (rule.type === "dataBar") {
      return {
        type: "dataBar",
        priority: i + 1,
        minLength: 0,
        maxLength: 100,
        gradient: false,
        border: false,
        cfvo: [
          { type: "num", value: 0 },
          { type: "num", value: 1 },
        ],
        color: { argb: rule.color },
      } as ExcelJS.DataBarRuleType;
    }
    return {
      type: "containsText",
      operator: "containsText",
      text: rule.text,
      priority: i + 1,
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: rule.fill } },
        font: { color: { argb: rule.font } },
      },
    };
  });
}

/** Replaces Taizhang's highlighting rules of an earlier run on the same columns. */
function writeHighlights(sheet: ExcelJS.Worksheet, plan: ColumnPlan): void {
  const refs = new Set(plan.highlights.map((h) => areaAddress(h.area)));
  const cols = new Set(plan.columns.map((c) => cellAddress(0, c.col).replace(/\d+$/, "")));
  sheet.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => {
    const column = cf.ref.replace(/[\d$]/g, "").split(":")[0];
    return !refs.has(cf.ref) && !cols.has(column);
  });
  for (const highlight of plan.highlights) {
    sheet.addConditionalFormatting({
      ref: areaAddress(highlight.area),
      rules: highlightRules(highlight),
    });
  }
}

function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (note === undefined) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => (typeof t === "string" ? t : t.text)).join("");
}

/**
 * Notes on the cells findings point at. A cell with the user's own note keeps it untouched (the
 * 校验提示 column carries the message anyway); Taizhang's notes from an earlier run are replaced.
 */
function writeNotes(sheet: ExcelJS.Worksheet, plan: ColumnPlan): void {
  const planned = new Map(plan.notes.map((n) => [cellAddress(n.row, n.col), n.text]));
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const text = noteText(cell.note as ExcelJS.Comment | string | undefined);
      if (text.startsWith(NOTE_PREFIX) && !planned.has(cell.address))
        cell.note = undefined as unknown as string;
    });
  });
  for (const [address, text] of planned) {
    const target = sheet.getCell(address);
    if (holdsNoNoteOfTheUser(target)) target.note = text;
  }
}

function holdsNoNoteOfTheUser(cell: ExcelJS.Cell): boolean {
  const existing = noteText(cell.note as ExcelJS.Comment | string | undefined);
  return existing === "" || existing.startsWith(NOTE_PREFIX);
}

/**
 * Writes the column plans into a copy of the workbook and returns the copy's bytes (.xlsx). The
 * original's sheets, values, formulas, merges, styles, widths, heights and panes are kept as read.
 */
export async function annotateWorkbook(
  bytes: Uint8Array,
  fileName: string,
  plans: ColumnPlan[]
): Promise<Uint8Array> {
  const workbook = await loadWorkbook(bytes, fileName);
  for (const plan of plans) {
    const sheet = workbook.getWorksheet(plan.sheet);
    if (!sheet) continue;
    unmergeColumns(sheet, plan.columns);
    writeCells(sheet, plan);
    writeHighlights(sheet, plan);
    writeNotes(sheet, plan);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
