import ExcelJS from 'exceljs';
import { Area, areaAddress, parseAreaAddress } from '../../src/core/grid';

/** A workbook read with ExcelJS, as a second program would read Taizhang's copy. */
export async function readExcel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

export async function writeExcel(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** What a cell holds and shows: value (rich text, formula objects), formula, format and style. */
export function cellState(cell: ExcelJS.Cell): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify({
      type: cell.type,
      value: cell.value,
      formula: cell.formula,
      numFmt: cell.numFmt,
      font: cell.font,
      fill: cell.fill,
      border: cell.border,
      alignment: cell.alignment,
      protection: cell.protection,
    }),
  );
}

export function merges(sheet: ExcelJS.Worksheet): string[] {
  return [...((sheet.model.merges ?? []) as string[])].sort();
}

export function areas(sheet: ExcelJS.Worksheet): Area[] {
  return merges(sheet).map(parseAreaAddress);
}

/** A1 ranges the way ExcelJS stores merges (`O2:O3`). */
export function a1(area: Area): string {
  return areaAddress(area);
}

export interface LoadedRule {
  type: string;
  priority?: number;
  formulae?: string[];
  color?: { argb?: string };
  cfvo?: { type: string; value?: number }[];
  style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
}

export interface LoadedFormatting {
  ref: string;
  rules: LoadedRule[];
}

/**
 * The conditional formats ExcelJS read from a sheet (not in its type declarations), without the
 * random id ExcelJS gives each data bar when it writes one.
 */
export function conditionalFormats(sheet: ExcelJS.Worksheet): LoadedFormatting[] {
  return ((sheet as unknown as { conditionalFormattings?: LoadedFormatting[] }).conditionalFormattings ?? []).map(
    (cf) => JSON.parse(JSON.stringify(cf, (key, value) => (key === 'x14Id' ? undefined : value))),
  );
}

export function noteOf(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as ExcelJS.Comment | string | undefined;
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  const texts = note.texts ?? [];
  return texts.map((t) => (typeof t === 'string' ? t : t.text)).join('');
}

/** Every cell with a note: address → text. */
export function notes(sheet: ExcelJS.Worksheet): Map<string, string> {
  const found = new Map<string, string>();
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const text = noteOf(cell);
      if (text !== undefined) found.set(cell.address, text);
    });
  });
  return found;
}
