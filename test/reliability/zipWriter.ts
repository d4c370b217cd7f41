import * as zlib from 'node:zlib';

/** One part of a zip as the corpus writes it; `deflated` lets a test hand over data deflated elsewhere. */
export interface ZipPart {
  name: string;
  data?: Uint8Array | string;
  deflated?: { bytes: Uint8Array; size: number; crc: number };
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/**
 * A plain zip (deflated parts, no zip64), written by hand so the corpus can also write what no
 * library would: parts deflated elsewhere (a bomb), or a directory that lists one part many times.
 */
export function writeZip(parts: ZipPart[], options: { repeatFirst?: number } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const raw = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : Buffer.from(part.data ?? []);
    const packed = part.deflated ?? { bytes: zlib.deflateRawSync(raw), size: raw.length, crc: zlib.crc32(raw) };
    const common = Buffer.concat([u16(20), u16(0), u16(8), u16(0), u16(0), u32(packed.crc), u32(packed.bytes.length), u32(packed.size), u16(name.length), u16(0)]);
    const local = Buffer.concat([u32(0x04034b50), common, name, Buffer.from(packed.bytes)]);
    const entry = Buffer.concat([u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]);
    locals.push(local);
    central.push(entry);
    offset += local.length;
  }
  for (let i = 1; i < (options.repeatFirst ?? 1); i++) central.push(central[0]);
  const directory = Buffer.concat(central);
  const count = Math.min(central.length, 0xffff);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(count), u16(count), u32(directory.length), u32(offset), u16(0)]);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
