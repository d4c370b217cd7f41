import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { Workbook } from "../../core/grid";
import { readWorkbookBytes } from "./readWorkbook";

/** Reads a workbook from disk (Node only). */
export function readWorkbookFile(path: string): Workbook {
  const bytes = readFileSync(path);
  return readWorkbookBytes(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    basename(path)
  );
}
