/** Hand-built zips for the archive tests: sizes, entry count and leading bytes as an attacker writes them. */
import { once } from 'node:events';
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** Raw deflate data (method 8). */
  compressed: Buffer;
  /** The uncompressed size the headers declare (may lie). */
  size: number;
}

/**
 * A minimal zip of deflated entries. `prefix` is written before the archive without moving the
 * offsets (junk a reader must skip); `declaredCount` is the entry count its end record claims.
 */
export function zipOf(entries: ZipEntry[], options: { prefix?: Buffer; declaredCount?: number } = {}): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0, 14); // crc (not checked before the size)
    local.writeUInt32LE(e.compressed.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, e.compressed);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(e.compressed.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + e.compressed.length;
  }
  const dirBytes = Buffer.concat(central);
  const count = options.declaredCount ?? entries.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([options.prefix ?? Buffer.alloc(0), ...parts, dirBytes, end]));
}

/** Raw deflate of `repeat` copies of `chunk`, streamed: the inflated size is never held in memory. */
export async function deflatedRepeat(chunk: Buffer, repeat: number): Promise<Buffer> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const ended = once(deflate, 'end');
  for (let i = 0; i < repeat; i++) if (!deflate.write(chunk)) await once(deflate, 'drain');
  deflate.end();
  await ended;
  return Buffer.concat(out);
}

/** A deflated entry of text. */
export const deflated = (text: string): Buffer => zlib.deflateRawSync(Buffer.from(text));
