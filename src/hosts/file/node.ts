import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import * as zlib from "node:zlib";
import { Workbook } from "../../core/grid";
import { InflateLimitError, PORTABLE_CODEC, PartCodec } from "./package/archive";
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

function asBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Node's zlib for the parts a copy reads and writes: several times faster than the portable codec. */
export const NODE_CODEC: PartCodec = {
  inflate(data, maxBytes) {
    try {
      return asBytes(zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) }));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
        throw new InflateLimitError();
      throw error;
    }
  },
  deflate: (bytes) => asBytes(zlib.deflateRawSync(bytes)),
  // zlib.crc32 came with Node 20.15
  crc32: typeof zlib.crc32 === "function" ? (bytes) => zlib.crc32(bytes) : PORTABLE_CODEC.crc32,
};
