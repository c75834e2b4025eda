/**
 * A zip archive (the container of a .docx) written from parts given as chunks of bytes: each chunk
 * deflated by zlib as it comes (blocks ended by a sync flush, the part by an empty final block), so
 * that a large document.xml is never held whole as text.
 */
import zlib from 'node:zlib';

export interface ZipPart {
  name: string;
  /** The part's bytes, in order (a generator may produce them as they are needed). */
  chunks: Iterable<Uint8Array>;
}

const u16 = (v: number) => Buffer.from([v & 0xff, (v >>> 8) & 0xff]);
const u32 = (v: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v >>> 0);
  return b;
};
/** 1 January 2020, 00:00, in MS-DOS time and date: a fixed stamp, so that equal documents are equal files. */
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;

export function zipParts(parts: readonly ZipPart[]): Uint8Array {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    let crc = 0;
    let size = 0;
    const compressed: Buffer[] = [];
    for (const chunk of part.chunks) {
      crc = zlib.crc32(chunk, crc);
      size += chunk.length;
      compressed.push(zlib.deflateRawSync(chunk, { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    }
    compressed.push(Buffer.from([3, 0])); // an empty final block ends the deflate stream
    const csize = compressed.reduce((s, b) => s + b.length, 0);
    const fields = [u16(20), u16(0x0800), u16(8), u16(DOS_TIME), u16(DOS_DATE), u32(crc), u32(csize), u32(size)];
    const local = Buffer.concat([u32(0x04034b50), ...fields, u16(name.length), u16(0), name]);
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        ...fields,
        u16(name.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        name,
      ]),
    );
    out.push(local, ...compressed);
    offset += local.length + csize;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(parts.length),
    u16(parts.length),
    u32(dir.length),
    u32(offset),
    u16(0),
  ]);
  return new Uint8Array(Buffer.concat([...out, dir, end]));
}
