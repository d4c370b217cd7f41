import { ReadFailure, ReadLimits } from "./limits";
import { unescapeXml } from "./package/xml";

export const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
export const CENTRAL_SIGNATURE = 0x02014b50;
export const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA_ID = 0x0001;
export const STORED = 0;
export const DEFLATED = 8;

/** What a walk through an .xlsx found: its part names and what they inflate to, all measured. */
export interface ZipSummary {
  names: string[];
  inflatedBytes: number;
}

function damaged(detail: string): ReadFailure {
  return new ReadFailure({ kind: "damaged", detail });
}

/** The end-of-central-directory record: where the directory starts and ends. */
function centralDirectory(view: DataView): { start: number; end: number } {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) !== EOCD_SIGNATURE) continue;
    let start = view.getUint32(at + 16, true);
    const locator = at - 20;
    if (
      start === 0xffffffff &&
      locator >= 0 &&
      view.getUint32(locator, true) === ZIP64_LOCATOR_SIGNATURE
    ) {
      const record = Number(view.getBigUint64(locator + 8, true));
      if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE)
        throw damaged("zip64 directory missing");
      start = Number(view.getBigUint64(record + 48, true));
    }
    if (start > at) throw damaged("central directory out of bounds");
    return { start, end: at };
  }
  throw damaged("no central directory (end of file missing)");
}

interface WideValues {
  size?: number;
  compressed?: number;
  offset?: number;
}

/** Sizes and offset that did not fit 32 bits sit in the zip64 extra field, in this order. */
function zip64Values(
  view: DataView,
  extraStart: number,
  extraEnd: number,
  wanted: { size: boolean; compressed: boolean; offset: boolean }
): WideValues {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA_ID) {
      let field = at + 4;
      const read = (): number => {
        if (field + 8 > at + 4 + length) throw damaged("zip64 extra field too short");
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      const size = wanted.size ? read() : undefined;
      const compressed = wanted.compressed ? read() : undefined;
      const offset = wanted.offset ? read() : undefined;
      return { size, compressed, offset };
    }
    at += 4 + length;
  }
  throw damaged("zip64 sizes missing");
}

/** A part of the archive as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  /** CRC-32 and inflated size as stated: a written copy repeats them for a part it copies raw. */
  crc: number;
  size: number;
  /** The DOS time and date fields, kept for a part copied raw. */
  time: number;
  date: number;
  dataStart: number;
  dataEnd: number;
}

const MAX32 = 0xffffffff;

function entryAt(
  view: DataView,
  at: number,
  decoder: { decode(bytes: Uint8Array): string }
): { entry: ZipEntry; next: number } {
  if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE)
    throw damaged("central directory entry broken");
  const flags = view.getUint16(at + 8, true);
  const method = view.getUint16(at + 10, true);
  let compressed = view.getUint32(at + 20, true);
  let size = view.getUint32(at + 24, true);
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const commentLength = view.getUint16(at + 32, true);
  let offset = view.getUint32(at + 42, true);
  const nameStart = at + 46;
  const extraStart = nameStart + nameLength;
  const next = extraStart + extraLength + commentLength;
  if (next > view.byteLength) throw damaged("central directory entry out of bounds");
  const name = decoder.decode(new Uint8Array(view.buffer, view.byteOffset + nameStart, nameLength));
  if (size === MAX32 || compressed === MAX32 || offset === MAX32) {
    const wide = zip64Values(view, extraStart, extraStart + extraLength, {
      size: size === MAX32,
      compressed: compressed === MAX32,
      offset: offset === MAX32,
    });
    size = wide.size ?? size;
    compressed = wide.compressed ?? compressed;
    offset = wide.offset ?? offset;
  }
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== LOCAL_SIGNATURE)
    throw damaged(`part ${name} missing`);
  const dataStart =
    offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  const dataEnd = dataStart + compressed;
  if (dataEnd > view.byteLength) throw damaged(`part ${name} cut short`);
  const entry: ZipEntry = {
    name,
    method,
    encrypted: (flags & 1) === 1,
    crc: view.getUint32(at + 16, true),
    size,
    time: view.getUint16(at + 12, true),
    date: view.getUint16(at + 14, true),
    dataStart,
    dataEnd,
  };
  return { entry, next };
}

/** The parts of a zip as its central directory lists them, refused past `maxEntries`. */
export function zipEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { start, end } = centralDirectory(view);
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  for (let at = start; at < end;) {
    const { entry, next } = entryAt(view, at, decoder);
    at = next;
    entries.push(entry);
    if (entries.length > maxEntries)
      throw new ReadFailure({ kind: "tooManyEntries", limit: maxEntries });
  }
  return entries;
}

/** Bytes of a part as they come out of the inflater. */
type Sink = (chunk: Uint8Array) => void;

/**
 * Inflates raw deflate data only to measure it: stops (and throws) as soon as the count passes
 * `budget`, so a bomb never inflates further than the limit. Streams work alike in browsers and Node.
 */
async function inflate(
  data: Uint8Array,
  budget: number,
  limit: number,
  sink: Sink
): Promise<number> {
  const input = new Blob([data as Uint8Array<ArrayBuffer>]).stream();
  const reader = input.pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.byteLength;
      if (total > budget) {
        await reader.cancel().catch(() => undefined);
        throw new ReadFailure({ kind: "inflatedTooLarge", limit });
      }
      sink(value);
    }
  } catch (error) {
    if (error instanceof ReadFailure) throw error;
    throw damaged(error instanceof Error ? error.message : String(error));
  }
}

const LT = 0x3c;
const COLON = 0x3a;
const C = 0x63;

/**
 * Counts cell elements (`<c …>`, `<x:c …>`) in a worksheet's XML as it streams by, a chunk at a
 * time: the cells a sheet really holds, whatever its `<dimension>` claims.
 */
function cellCounter(): { sink: Sink; count: () => number } {
  let cells = 0;
  let before = 0;
  let last = 0;
  const sink = (chunk: Uint8Array): void => {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (last === C && (before === LT || before === COLON)) {
        if (
          byte === 0x20 ||
          byte === 0x3e ||
          byte === 0x2f ||
          byte === 0x09 ||
          byte === 0x0a ||
          byte === 0x0d
        )
          cells++;
      }
      before = last;
      last = byte;
    }
  };
  return { sink, count: () => cells };
}

/** Small parts kept as text: the workbook and its relationships name the sheets. */
const KEPT_PARTS = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels"]);
const MAX_KEPT_BYTES = 4 * 1024 * 1024;
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

function keeper(parts: Map<string, string>, name: string): Sink {
  const decoder = new TextDecoder("utf-8");
  let text = "";
  return (chunk) => {
    if (text.length > MAX_KEPT_BYTES) return;
    text += decoder.decode(chunk, { stream: true });
    parts.set(name, text);
  };
}

/** The sheet names the workbook gives its worksheet parts (`xl/worksheets/sheet1.xml` → `台账`). */
function sheetNames(kept: Map<string, string>): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [, attrs] of (kept.get("xl/_rels/workbook.xml.rels") ?? "").matchAll(
    /<Relationship\b([^>]*)>/g
  )) {
    const id = /\bId="([^"]*)"/.exec(attrs)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(attrs)?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const names = new Map<string, string>();
  for (const [, attrs] of (kept.get("xl/workbook.xml") ?? "").matchAll(
    /<(?:\w+:)?sheet\b([^>]*)>/g
  )) {
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    const id = /\br:id="([^"]*)"/.exec(attrs)?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name && part) names.set(part, unescapeXml(name));
  }
  return names;
}

/**
 * Walks an .xlsx (a zip) part by part as its central directory and local headers describe it,
 * counting parts, inflating each to measure it and counting each worksheet's cells, before any of
 * it reaches the spreadsheet parser: sizes and counts the headers state are never trusted.
 */
export async function inspectZip(
  bytes: Uint8Array,
  limits: Pick<ReadLimits, "maxEntries" | "maxInflatedBytes" | "maxCellsPerSheet">
): Promise<ZipSummary> {
  const entries = zipEntries(bytes, limits.maxEntries);
  const kept = new Map<string, string>();
  const cells = new Map<string, number>();
  let inflatedBytes = 0;
  for (const entry of entries) {
    if (entry.encrypted) throw new ReadFailure({ kind: "encrypted" });
    const data = bytes.subarray(entry.dataStart, entry.dataEnd);
    const counter = WORKSHEET_PART.test(entry.name) ? cellCounter() : null;
    const sink =
      counter?.sink ?? (KEPT_PARTS.has(entry.name) ? keeper(kept, entry.name) : () => undefined);
    if (entry.method === STORED) {
      inflatedBytes += data.byteLength;
      if (inflatedBytes > limits.maxInflatedBytes)
        throw new ReadFailure({ kind: "inflatedTooLarge", limit: limits.maxInflatedBytes });
      sink(data);
    } else if (entry.method === DEFLATED) {
      const budget = limits.maxInflatedBytes - inflatedBytes;
      inflatedBytes += await inflate(data, budget, limits.maxInflatedBytes, sink);
    } else {
      throw damaged(`part ${entry.name} uses compression method ${entry.method}`);
    }
    if (counter) cells.set(entry.name, counter.count());
  }
  const names = sheetNames(kept);
  for (const [part, count] of cells) {
    if (count > limits.maxCellsPerSheet) {
      const sheet = names.get(part) ?? part.replace(/^.*\//, "").replace(/\.xml$/, "");
      throw new ReadFailure({
        kind: "tooManyCells",
        sheet,
        cells: count,
        limit: limits.maxCellsPerSheet,
      });
    }
  }
  return { names: entries.map((e) => e.name), inflatedBytes };
}
