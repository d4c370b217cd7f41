import { Inflate, deflateSync, strFromU8, strToU8 } from "fflate";
import { ReadFailure, ReadLimits } from "../limits";
import {
  CENTRAL_SIGNATURE,
  DEFLATED,
  EOCD_SIGNATURE,
  LOCAL_SIGNATURE,
  STORED,
  ZipEntry,
  zipEntries,
} from "../zip";

/** Version 2.0 (deflate); bit 11 of the flags says the names are UTF-8. */
const VERSION = 20;
const UTF8_NAMES = 0x0800;
/** Fast deflate: a written sheet is most of the copy's time, and level 6 saves only a few percent of its size. */
const DEFLATE_LEVEL = 1;
/** Compressed input handed to the inflater at a time, so the budget is checked as output grows. */
const INFLATE_SLICE = 64 * 1024;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function damaged(detail: string): ReadFailure {
  return new ReadFailure({ kind: "damaged", detail });
}

/**
 * Raw deflate and inflate (no zlib header) and the zip checksum: fflate's everywhere, which a host
 * may replace with native ones (Node's zlib is several times faster on a large sheet).
 */
export interface PartCodec {
  /** Inflates, throwing `InflateLimitError` as soon as the output would pass `maxBytes`. */
  inflate(data: Uint8Array, maxBytes: number): Uint8Array;
  deflate(bytes: Uint8Array): Uint8Array;
  crc32(bytes: Uint8Array): number;
}

/** A part would inflate past what the limits leave. */
export class InflateLimitError extends Error {}

function fflateInflate(data: Uint8Array, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.byteLength;
    if (total > maxBytes) throw new InflateLimitError();
    chunks.push(chunk);
  });
  for (let at = 0; at < data.byteLength; at += INFLATE_SLICE)
    inflater.push(data.subarray(at, at + INFLATE_SLICE), at + INFLATE_SLICE >= data.byteLength);
  if (data.byteLength === 0) inflater.push(data, true);
  return concat(chunks);
}

export const PORTABLE_CODEC: PartCodec = {
  inflate: fflateInflate,
  deflate: (bytes) => deflateSync(bytes, { level: DEFLATE_LEVEL }),
  crc32,
};

/** A part written anew: its inflated bytes, deflated once when the archive is written. */
interface NewPart {
  name: string;
  bytes: Uint8Array;
}

/** One entry of the archive being written, with what its central record needs. */
interface Written {
  nameBytes: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  offset: number;
}

/**
 * A workbook package opened for editing: parts are inflated only when asked for, within the read
 * limits, and the copy carries every part not replaced exactly as it was stored (its compressed bytes
 * copied, not re-deflated), so parts Taizhang has never heard of come through untouched.
 */
export class WorkbookPackage {
  private readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly replaced = new Map<string, Uint8Array>();
  private readonly added: NewPart[] = [];
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: Pick<ReadLimits, "maxEntries" | "maxInflatedBytes">,
    private readonly codec: PartCodec = PORTABLE_CODEC
  ) {
    this.entries = zipEntries(bytes, limits.maxEntries);
    for (const entry of this.entries) this.byName.set(entry.name, entry);
  }

  has(name: string): boolean {
    return this.byName.has(name) || this.added.some((p) => p.name === name);
  }

  names(): string[] {
    return [...this.entries.map((e) => e.name), ...this.added.map((p) => p.name)];
  }

  /** A part's bytes as the package holds them now (replaced ones as replaced); null when absent. */
  partBytes(name: string): Uint8Array | null {
    const replaced = this.replaced.get(name) ?? this.added.find((p) => p.name === name)?.bytes;
    if (replaced) return replaced;
    const entry = this.byName.get(name);
    return entry ? this.inflate(entry) : null;
  }

  partText(name: string): string | null {
    const bytes = this.partBytes(name);
    return bytes === null ? null : strFromU8(bytes);
  }

  /** Replaces a part, or adds it when the package has none of that name. */
  setPart(name: string, content: string | Uint8Array): void {
    const bytes = typeof content === "string" ? strToU8(content) : content;
    if (this.byName.has(name)) this.replaced.set(name, bytes);
    else {
      const added = this.added.find((p) => p.name === name);
      if (added) added.bytes = bytes;
      else this.added.push({ name, bytes });
    }
  }

  private inflate(entry: ZipEntry): Uint8Array {
    if (entry.encrypted) throw new ReadFailure({ kind: "encrypted" });
    const data = this.bytes.subarray(entry.dataStart, entry.dataEnd);
    if (entry.method === STORED) {
      this.count(data.byteLength);
      return data;
    }
    if (entry.method !== DEFLATED)
      throw damaged(`part ${entry.name} uses compression method ${entry.method}`);
    try {
      const inflated = this.codec.inflate(data, this.limits.maxInflatedBytes - this.inflated);
      this.count(inflated.byteLength);
      return inflated;
    } catch (error) {
      if (error instanceof ReadFailure) throw error;
      if (error instanceof InflateLimitError)
        throw new ReadFailure({ kind: "inflatedTooLarge", limit: this.limits.maxInflatedBytes });
      throw damaged(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private count(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.maxInflatedBytes)
      throw new ReadFailure({ kind: "inflatedTooLarge", limit: this.limits.maxInflatedBytes });
  }

  /** The package as a zip: untouched parts raw, in their order, replaced ones deflated, added ones last. */
  toBytes(): Uint8Array {
    const chunks: Uint8Array[] = [];
    const written: Written[] = [];
    let offset = 0;
    const push = (chunk: Uint8Array): void => {
      chunks.push(chunk);
      offset += chunk.byteLength;
    };
    const stamp = this.entries[0] ?? { time: 0, date: 0x21 };
    const writeDeflated = (name: string, bytes: Uint8Array, time: number, date: number): void => {
      const data = this.codec.deflate(bytes);
      const record = {
        nameBytes: strToU8(name),
        method: DEFLATED,
        crc: this.codec.crc32(bytes),
        compressedSize: data.byteLength,
        size: bytes.byteLength,
        time,
        date,
        offset,
      };
      push(localHeader(record));
      push(data);
      written.push(record);
    };
    for (const entry of this.entries) {
      const replacement = this.replaced.get(entry.name);
      if (replacement) {
        writeDeflated(entry.name, replacement, entry.time, entry.date);
        continue;
      }
      const record = {
        nameBytes: strToU8(entry.name),
        method: entry.method,
        crc: entry.crc,
        compressedSize: entry.dataEnd - entry.dataStart,
        size: entry.size,
        time: entry.time,
        date: entry.date,
        offset,
      };
      push(localHeader(record));
      push(this.bytes.subarray(entry.dataStart, entry.dataEnd));
      written.push(record);
    }
    for (const part of this.added) writeDeflated(part.name, part.bytes, stamp.time, stamp.date);
    const directoryStart = offset;
    for (const record of written) push(centralRecord(record));
    push(endOfDirectory(written.length, offset - directoryStart, directoryStart));
    return concat(chunks);
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function localHeader(record: Written): Uint8Array {
  const header = new Uint8Array(30 + record.nameBytes.byteLength);
  const view = new DataView(header.buffer);
  view.setUint32(0, LOCAL_SIGNATURE, true);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, UTF8_NAMES, true);
  view.setUint16(8, record.method, true);
  view.setUint16(10, record.time, true);
  view.setUint16(12, record.date, true);
  view.setUint32(14, record.crc, true);
  view.setUint32(18, record.compressedSize, true);
  view.setUint32(22, record.size, true);
  view.setUint16(26, record.nameBytes.byteLength, true);
  view.setUint16(28, 0, true);
  header.set(record.nameBytes, 30);
  return header;
}

function centralRecord(record: Written): Uint8Array {
  const header = new Uint8Array(46 + record.nameBytes.byteLength);
  const view = new DataView(header.buffer);
  view.setUint32(0, CENTRAL_SIGNATURE, true);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, VERSION, true);
  view.setUint16(8, UTF8_NAMES, true);
  view.setUint16(10, record.method, true);
  view.setUint16(12, record.time, true);
  view.setUint16(14, record.date, true);
  view.setUint32(16, record.crc, true);
  view.setUint32(20, record.compressedSize, true);
  view.setUint32(24, record.size, true);
  view.setUint16(28, record.nameBytes.byteLength, true);
  view.setUint32(42, record.offset, true);
  header.set(record.nameBytes, 46);
  return header;
}

function endOfDirectory(count: number, size: number, start: number): Uint8Array {
  const record = new Uint8Array(22);
  const view = new DataView(record.buffer);
  view.setUint32(0, EOCD_SIGNATURE, true);
  view.setUint16(8, count, true);
  view.setUint16(10, count, true);
  view.setUint32(12, size, true);
  view.setUint32(16, start, true);
  return record;
}
