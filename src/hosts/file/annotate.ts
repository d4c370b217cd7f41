import ExcelJS from "exceljs";
import * as XLSX from "xlsx";
import { Area, areaAddress, cellAddress, parseAreaAddress } from "../../core/grid";
import { ColumnPlan, Highlight } from "../../core/report/columnPlan";
import { mergeArea } from "./linearMerges";
import { fileKindOf, readWorkbookBytes } from "./readWorkbook";

/** Taizhang's notes start with this, so a later run can tell them from the user's own notes. */
const NOTE_PREFIX = "台账助手";

/** The bytes are no workbook ExcelJS can open (SheetJS reads almost anything, ExcelJS does not). */
export class UnreadableWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableWorkbookError";
  }
}

/**
 * A sheet name as Excel allows it: no `* ? : \\ / [ ]`, no quote at either end, at most 31
 * characters. A CSV file's sheet is named after the file, which may break these rules.
 */
export function excelSheetName(name: string): string {
  const cleaned = name
    .replace(/[*?:/\\[\]]/g, "_")
    .replace(/^'+|'+$/g, "")
    .slice(0, 31);
  if (cleaned === "") return "Sheet1";
  return cleaned === "History" ? "History_" : cleaned;
}

/**
 * A CSV file as a workbook, from the grids Taizhang read: text stays text (`01`, `=1+1`, `2025-12`
 * are not turned into numbers, formulas or dates) and GBK files are decoded as the check decoded them.
 */
function csvWorkbook(bytes: Uint8Array, fileName: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const grid of readWorkbookBytes(bytes, fileName).sheets) {
    const sheet = workbook.addWorksheet(excelSheetName(grid.name));
    grid.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (!cell || cell.value === null) return;
        const target = sheet.getCell(r + 1, c + 1);
        target.value = cell.value;
        if (cell.format) target.numFmt = cell.format;
      })
    );
  }
  return workbook;
}

/**
 * The input as an ExcelJS workbook. ExcelJS reads .xlsx; an .xls is first turned into .xlsx by
 * SheetJS (its values and merges carry over; .xls styles do not, which the free SheetJS cannot read),
 * a .csv is built from the grids Taizhang read.
 */
async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const kind = fileKindOf(fileName);
  if (kind === "csv") return csvWorkbook(bytes, fileName);
  const workbook = new ExcelJS.Workbook();
  let xlsxBytes: Uint8Array = bytes;
  if (kind === "xls") {
    const book = XLSX.read(bytes, { type: "array", cellFormula: true });
    xlsxBytes = new Uint8Array(
      XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer
    );
  }
  try {
    await workbook.xlsx.load(
      xlsxBytes.buffer.slice(
        xlsxBytes.byteOffset,
        xlsxBytes.byteOffset + xlsxBytes.byteLength
      ) as ArrayBuffer
    );
  } catch (error) {
    throw new UnreadableWorkbookError(error instanceof Error ? error.message : String(error));
  }
  return workbook;
}

function copyStyle(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  return JSON.parse(JSON.stringify(style)) as Partial<ExcelJS.Style>;
}

/** The rows a plan writes, its header included. */
function writesRow(plan: ColumnPlan, row: number): boolean {
  return row >= plan.headerTop && row <= plan.lastRow;
}

/**
 * Undo the merges in the columns about to be written (Taizhang's own from an earlier run, or empty
 * cells), before writing them anew. Only merges that start inside the written area: a merge reaching
 * in from a column to the left is the user's, and fill refuses to write over it.
 */
function unmergeColumns(sheet: ExcelJS.Worksheet, plans: ColumnPlan[]): void {
  const merges = (sheet.model.merges ?? []) as string[];
  for (const range of merges) {
    const { top, left } = parseAreaAddress(range);
    if (plans.some((p) => writesRow(p, top) && p.columns.some((c) => c.col === left)))
      sheet.unMergeCells(range);
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
    // ExcelJS writes strings as strings (never as formulas), and the text columns carry the @ format
    cell.value = planned.value;
  }
  for (const column of plan.columns) {
    // a width the user set on Taizhang's column from an earlier run is kept
    const width = (sheet.columns ?? [])[column.col]?.width;
    if (!column.existing || !width) sheet.getColumn(column.col + 1).width = column.width;
  }
  for (const area of plan.merges) mergeArea(sheet, area, false);
}

/**
 * The rules as spreadsheets store them. Status rules are formula rules comparing the whole cell
 * (`Q5="滞后"`), which Excel, WPS and LibreOffice all evaluate alike; priorities continue after the
 * sheet's other rules, as Excel wants them unique per sheet.
 */
function highlightRules(
  highlight: Highlight,
  firstPriority: number
): ExcelJS.ConditionalFormattingRule[] {
  const topLeft = cellAddress(highlight.area.top, highlight.area.left);
  return highlight.rules.map((rule, i): ExcelJS.ConditionalFormattingRule => {
    if (rule.type === "dataBar") {
      return {
        type: "dataBar",
        priority: firstPriority + i,
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
      type: "expression",
      formulae: [`${topLeft}="${rule.text}"`],
      priority: firstPriority + i,
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: rule.fill } },
        font: { color: { argb: rule.font } },
      },
    };
  });
}

type LoadedRule = ExcelJS.ConditionalFormattingRule & {
  color?: { argb?: string };
  style?: { fill?: { bgColor?: { argb?: string } } };
};

/** The colours Taizhang's rules use: a rule set made only of these is Taizhang's own. */
function ownColours(plans: ColumnPlan[]): Set<string> {
  const colours = new Set<string>();
  for (const plan of plans)
    for (const highlight of plan.highlights)
      for (const rule of highlight.rules)
        colours.add(rule.type === "dataBar" ? rule.color : rule.fill);
  return colours;
}

function isOwnRule(rule: LoadedRule, colours: Set<string>): boolean {
  if (rule.type === "dataBar") return colours.has(rule.color?.argb ?? "");
  if (rule.type === "expression" || rule.type === "containsText")
    return colours.has(rule.style?.fill?.bgColor?.argb ?? "");
  return false;
}

/** A range of a rule as an area; null for what is no cell range (`A:A`, `3:3`). */
function areaOrNull(ref: string): Area | null {
  try {
    return parseAreaAddress(ref.replace(/\$/g, ""));
  } catch {
    return null;
  }
}

/**
 * Replaces Taizhang's highlighting rules of an earlier run on the columns written now; the user's
 * rules (other colours, other columns, ranges wider than one column) stay.
 */
function writeHighlights(sheet: ExcelJS.Worksheet, plans: ColumnPlan[]): void {
  const colours = ownColours(plans);
  const columns = new Set(plans.flatMap((p) => p.columns.map((c) => c.col)));
  sheet.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => {
    const areas = cf.ref.split(/\s+/).map(areaOrNull);
    const inOwnColumn = areas.every((a) => a !== null && a.left === a.right && columns.has(a.left));
    const own = cf.rules.every((rule) => isOwnRule(rule as LoadedRule, colours));
    return !(inOwnColumn && own);
  });
  let priority = 0;
  const existing = (
    sheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }
  ).conditionalFormattings;
  for (const cf of existing ?? [])
    for (const rule of cf.rules) priority = Math.max(priority, rule.priority ?? 0);
  for (const plan of plans) {
    for (const highlight of plan.highlights) {
      const rules = highlightRules(highlight, priority + 1);
      priority += rules.length;
      sheet.addConditionalFormatting({ ref: areaAddress(highlight.area), rules });
    }
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
function writeNotes(sheet: ExcelJS.Worksheet, plans: ColumnPlan[]): void {
  const planned = new Map(
    plans.flatMap((plan) => plan.notes.map((n) => [cellAddress(n.row, n.col), n.text] as const))
  );
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const text = noteText(cell.note as ExcelJS.Comment | string | undefined);
      if (text.startsWith(NOTE_PREFIX) && !planned.has(cell.address)) removeNote(cell);
    });
  });
  for (const [address, text] of planned) {
    const target = sheet.getCell(address);
    if (holdsNoNoteOfTheUser(target)) target.note = text;
  }
}

/**
 * ExcelJS (4.4) has no call that removes a note: assigning `undefined` leaves an empty note box
 * behind. A note read from a file sits both in the cell's note and in its value's model, which is
 * what gets written; both are cleared (its own row operations clear the first the same way).
 */
function removeNote(cell: ExcelJS.Cell): void {
  const internal = cell as unknown as {
    _comment?: unknown;
    _value?: { model?: { comment?: unknown } };
  };
  internal._comment = undefined;
  if (internal._value?.model) delete internal._value.model.comment;
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
  // per sheet, earlier output is cleared once for all its tables, then each table is written
  for (const name of new Set(plans.map((p) => p.sheet))) {
    const sheet = workbook.getWorksheet(name) ?? workbook.getWorksheet(excelSheetName(name));
    // a plan for a sheet the copy does not have would be lost without a word
    if (!sheet) throw new Error(`no sheet "${name}" in ${fileName}`);
    const sheetPlans = plans.filter((p) => p.sheet === name);
    unmergeColumns(sheet, sheetPlans);
    for (const plan of sheetPlans) writeCells(sheet, plan);
    writeHighlights(sheet, sheetPlans);
    writeNotes(sheet, sheetPlans);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
