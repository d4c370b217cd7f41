import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
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

/**
 * Writes a file so that a failure leaves nothing half-written: the bytes go to a temporary file
 * beside the target, which is then renamed over it in one step.
 */
export function writeFileAtomically(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
