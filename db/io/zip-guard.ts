/**
 * An .xlsx is a zip: a few kilobytes can inflate to gigabytes (a "zip bomb"). Before a workbook is
 * handed to exceljs, its entries are inflated here with a hard cap on the total output (zlib's
 * `maxOutputLength`), so neither the sizes a file declares nor the ones it really has can exhaust
 * memory. Anything that is not a readable zip is left for exceljs to refuse.
 */
import zlib from 'node:zlib';
import { AppError } from '../../shared/errors.ts';

/** Uncompressed bytes a workbook may hold in all (a 200,000-row sheet stays well below). */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

export function assertInflatesWithin(bytes: Uint8Array, limit = MAX_INFLATED_BYTES): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tooLarge = () => new AppError('bad_request', 'err.importInflated', { mb: Math.round(limit / 1024 / 1024) });
  // End of central directory: within the last 64 KiB + 22 bytes.
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return;
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return;
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const declared = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    total += declared;
    if (total > limit) throw tooLarge();
    if (method !== 8 || local + 30 > buf.length) continue;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    try {
      // What the entry really inflates to, never more than what is left of the budget.
      total += zlib.inflateRawSync(buf.subarray(start, start + compressed), { maxOutputLength: Math.max(1, limit - total + declared) }).length - declared;
    } catch (err) {
      if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
      return; // a damaged entry: exceljs says the file is unreadable
    }
    if (total > limit) throw tooLarge();
  }
}
