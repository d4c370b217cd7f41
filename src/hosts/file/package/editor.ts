import * as XLSX from "xlsx";
import { DEFAULT_LIMITS, ReadLimits } from "../limits";
import { fileKindOf, readWorkbookBytes } from "../readWorkbook";
import { PartCodec, WorkbookPackage } from "./archive";
import { NoteWrite, writeNotes } from "./notes";
import {
  addRelationship,
  declarePart,
  relationshipOfKind,
  relationshipTypeBase,
  relationshipsOf,
  workbookPart,
  worksheetParts,
} from "./parts";
import { SheetEdit, editWorksheet } from "./sheetXml";
import { StyleSheet } from "./styles";

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

/** The package a sheet is named in but not found: a plan for it would be lost without a word. */
export class MissingSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`no worksheet "${sheet}" in the workbook`);
    this.name = "MissingSheetError";
  }
}

/**
 * A CSV file as an .xlsx package, from the grids Taizhang read: text stays text (`01`, `=1+1`,
 * `2025-12` are not turned into numbers, formulas or dates) and GBK files are decoded as the check
 * decoded them.
 */
function csvPackage(bytes: Uint8Array, fileName: string): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const grid of readWorkbookBytes(bytes, fileName).sheets) {
    const rows = grid.cells.map((cells) =>
      Array.from({ length: grid.colCount }, (_, c) => cells[c]?.value ?? null)
    );
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    grid.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const target = sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        if (target && cell?.format) target.z = cell.format;
      })
    );
    XLSX.utils.book_append_sheet(book, sheet, excelSheetName(grid.name));
  }
  return new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}

/**
 * The input as an .xlsx package: an .xlsx or .xlsm as it is; an .xls turned into .xlsx by SheetJS
 * (its values and merges carry over; .xls styles do not, which the free SheetJS cannot read); a CSV
 * built from the grids Taizhang read.
 */
export function xlsxBytesOf(bytes: Uint8Array, fileName: string): Uint8Array {
  const kind = fileKindOf(fileName);
  if (kind === "csv") return csvPackage(bytes, fileName);
  if (kind === "xls") {
    const book = XLSX.read(bytes, { type: "array", cellFormula: true, cellNF: true });
    return new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
  }
  return bytes;
}

/** How a copy is written: the read limits its parts are inflated within, and the codec. */
export interface WriteOptions {
  limits?: ReadLimits;
  codec?: PartCodec;
}

const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/**
 * A workbook opened for writing into: each sheet's part edited in one pass, styles appended to, notes
 * written; every part no edit touched goes into the copy as it was stored.
 */
export class WorkbookEditor {
  private readonly pkg: WorkbookPackage;
  private readonly sheets: Map<string, string>;
  private readonly typeBase: string;
  private readonly workbook: string;
  private readonly stylesPart: string | undefined;
  readonly styles: StyleSheet;

  constructor(bytes: Uint8Array, fileName: string, options: WriteOptions = {}) {
    this.pkg = new WorkbookPackage(
      xlsxBytesOf(bytes, fileName),
      options.limits ?? DEFAULT_LIMITS,
      options.codec
    );
    this.workbook = workbookPart(this.pkg);
    this.sheets = worksheetParts(this.pkg, this.workbook);
    this.typeBase = relationshipTypeBase(this.pkg, this.workbook);
    this.stylesPart = relationshipOfKind(relationshipsOf(this.pkg, this.workbook), "styles")?.part;
    const styles = this.stylesPart === undefined ? null : this.pkg.partText(this.stylesPart);
    this.styles = new StyleSheet(styles ?? minimalStyles());
  }

  /** The worksheet part of a sheet, by its name as read (or as a CSV's sheet was named). */
  sheetPart(name: string): string {
    const part = this.sheets.get(name) ?? this.sheets.get(excelSheetName(name));
    if (!part) throw new MissingSheetError(name);
    return part;
  }

  /**
   * Edits a sheet's part with the edit made from its XML, after writing its notes (pointing the sheet
   * at a new notes drawing if one was added).
   */
  editSheet(name: string, editOf: (xml: string) => SheetEdit, notes?: readonly NoteWrite[]): void {
    const part = this.sheetPart(name);
    const xml = this.pkg.partText(part) ?? "";
    const edit = editOf(xml);
    const outcome = notes ? writeNotes(this.pkg, part, notes, this.typeBase) : {};
    this.pkg.setPart(part, editWorksheet(xml, { ...edit, legacyDrawing: outcome.legacyDrawing }));
  }

  toBytes(): Uint8Array {
    const styles = this.styles.changedXml();
    if (styles !== null && this.stylesPart !== undefined) this.pkg.setPart(this.stylesPart, styles);
    else if (styles !== null) {
      const part = "xl/styles.xml";
      this.pkg.setPart(part, styles);
      declarePart(this.pkg, part, STYLES_TYPE);
      addRelationship(this.pkg, this.workbook, this.typeBase, "styles", part);
    }
    return this.pkg.toBytes();
  }
}

/** A workbook without a styles part has only the default format; SheetJS and Excel always write one. */
function minimalStyles(): string {
  return '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';
}
