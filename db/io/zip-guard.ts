/**
 * An .xlsx is a zip: a few kilobytes can inflate to gigabytes (a "zip bomb"). Before a workbook is
 * handed to exceljs, every entry exceljs will read is inflated here, as a stream, counting the
 * bytes that really come out and stopping at the budget. Nothing the archive claims is trusted:
 * not the sizes, not the entry count, not the offsets. The entries are the ones jszip (exceljs's
 * own zip reader) finds, junk before the archive and uncounted entries included, so what is
 * measured is what exceljs would inflate. Worksheets are scanned on the way (see SheetScan) for
 * too many columns, cells or merged ranges. The inflated bytes are dropped as they are counted:
 * memory stays at a few chunks whatever the file.
 */
import zlib from 'node:zlib';
import type JSZip from 'jszip';
import { AppError } from '../../shared/errors.ts';
import { SheetScan } from './sheet-scan.ts';

/** Uncompressed bytes a workbook may hold in all (a 200,000-row sheet stays well below). */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/** The worksheets exceljs parses (its own pattern, unanchored as it is there). */
const WORKSHEET = /xl\/worksheets\/sheet\d+[.]xml/;

/**
 * Refuses a workbook that inflates past `limit` bytes or whose sheets pass the column, cell or
 * merge limits. Returns what it inflated. A file that is not a readable zip is left for exceljs to refuse.
 */
export async function scanWorkbook(bytes: Uint8Array, fileName: string, limit = MAX_INFLATED_BYTES): Promise<number> {
  const ZipReader = (await import('jszip')).default;
  let zip: JSZip;
  try {
    zip = await ZipReader.loadAsync(bytes);
  } catch {
    return 0;
  }
  let inflated = 0;
  let cells = 0;
  for (const entry of Object.values(zip.files)) {
    const sheet = WORKSHEET.test(entry.name.replace(/^\//, ''));
    // An entry zlib cannot finish is counted again through jszip, which reads damaged data its own way.
    for (const inflate of [inflateWithZlib, inflateWithJszip]) {
      let entryBytes = 0;
      const scan = sheet ? new SheetScan(cells, fileName) : null;
      const done = await inflate(entry, (chunk) => {
        entryBytes += chunk.length;
        if (inflated + entryBytes > limit)
          throw new AppError('bad_request', 'err.importInflated', { mb: Math.round(limit / 1024 / 1024) });
        scan?.feed(chunk);
      });
      if (!done) continue;
      inflated += entryBytes;
      cells += scan?.end() ?? 0;
      break;
    }
  }
  return inflated;
}

type Sink = (chunk: Uint8Array) => void;

/** jszip's record of an entry's compressed bytes (not part of its typed API: checked before use). */
interface Compressed {
  compression?: { magic?: unknown };
  compressedContent?: unknown;
}

/**
 * Inflates a deflated entry with node's zlib (fast, off the main thread). False when the entry is
 * not a plain deflated one or zlib stops with an error, so jszip reads it instead.
 */
function inflateWithZlib(entry: JSZip.JSZipObject, sink: Sink): Promise<boolean> {
  const data = (entry as unknown as { _data?: Compressed })._data;
  const raw = data?.compressedContent;
  if (data?.compression?.magic !== '\x08\x00' || !(raw instanceof Uint8Array)) return Promise.resolve(false);
  return new Promise((resolve, reject) => {
    const inflater = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    inflater.on('data', (chunk: Buffer) => {
      try {
        sink(chunk);
      } catch (err) {
        inflater.destroy();
        reject(err);
      }
    });
    inflater.on('end', () => resolve(true));
    inflater.on('error', () => resolve(false));
    inflater.end(raw);
  });
}

/** Inflates an entry the way exceljs will, through jszip's stream. True once it is read (or jszip cannot read it). */
function inflateWithJszip(entry: JSZip.JSZipObject, sink: Sink): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      try {
        sink(chunk);
      } catch (err) {
        (stream as { destroy?: () => void }).destroy?.();
        reject(err);
      }
    });
    stream.on('end', () => resolve(true));
    // exceljs meets the same error and says the file is unreadable.
    stream.on('error', () => resolve(true));
  });
}
