import { Workbook } from "../../core/grid";
import { ReadFailure, ReadLimits } from "./limits";
import { fileKindOf, readWorkbookBytes } from "./readWorkbook";
import { ZipSummary, inspectZip } from "./zip";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** OLE compound files: .xls, and .xlsx files Excel has encrypted with a password. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted Office file keeps its package in, named in UTF-16 in the directory. */
const ENCRYPTED_PACKAGE = Array.from("EncryptedPackage").flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, pattern: number[]): boolean {
  const first = pattern[0];
  for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    if (pattern.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

/** A zip that is no workbook: a Word or PowerPoint file renamed, or any other archive. */
function checkWorkbookParts(zip: ZipSummary): void {
  const names = new Set(zip.names);
  if (["xl/workbook.xml", "xl/workbook.bin", "content.xml"].some((n) => names.has(n))) return;
  const looksLike = names.has("word/document.xml")
    ? "word"
    : names.has("ppt/presentation.xml")
      ? "powerpoint"
      : "zip";
  throw new ReadFailure({ kind: "notWorkbook", looksLike });
}

/** What the spreadsheet parser says of a file it cannot read, as a reason. */
function parserFailure(error: unknown): ReadFailure {
  if (error instanceof ReadFailure) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(detail)) return new ReadFailure({ kind: "encrypted" });
  return new ReadFailure({ kind: "damaged", detail });
}

/**
 * Reads a file's bytes into grids within the limits: its size, then (for a zip) every part counted
 * and inflated under the budget, then the parse, whose sheets are refused past the cell limit.
 * Every refusal is a ReadFailure naming its reason; the parser's own errors become one too.
 */
export async function readWorkbookWithinLimits(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits
): Promise<Workbook> {
  if (bytes.byteLength === 0) throw new ReadFailure({ kind: "empty" });
  if (bytes.byteLength > limits.maxFileBytes)
    throw new ReadFailure({
      kind: "fileTooLarge",
      bytes: bytes.byteLength,
      limit: limits.maxFileBytes,
    });
  const kind = fileKindOf(fileName);
  if (kind !== "csv") {
    if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) {
      checkWorkbookParts(await inspectZip(bytes, limits));
    } else if (startsWith(bytes, CFB_MAGIC)) {
      if (contains(bytes, ENCRYPTED_PACKAGE)) throw new ReadFailure({ kind: "encrypted" });
    } else if (kind === "xlsx") {
      // an .xls may be HTML or XML that Excel opens; an .xlsx is always a zip
      throw new ReadFailure({ kind: "notWorkbook", looksLike: "unknown" });
    }
  }
  try {
    return readWorkbookBytes(bytes, fileName, limits.maxCellsPerSheet);
  } catch (error) {
    throw parserFailure(error);
  }
}
