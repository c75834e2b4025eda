/**
 * What a browser-mode request body may be before it is parsed. Only the import channels carry a
 * file (base64, up to the upload limit); every other channel's arguments are a few kilobytes, a
 * plan of 20 000 operations a few megabytes. Without these bounds a 60 MB body of `{},{},…` took
 * 4 GB and a body of 30 million nested `[` froze the server for 30 s inside JSON.parse — from
 * anyone holding the token (every colleague, with --lan).
 */
import { contract } from '../shared/contract/index.ts';
import { AppError } from '../shared/errors.ts';

/**
 * Channels no screen calls, served to the command line only. Over HTTP (every colleague holding
 * the token, with --lan) or IPC, `workspace.generate` would let a page make the back end build a
 * file of two million units and five million people: minutes of CPU and gigabytes of disk.
 */
const CLI_ONLY_CHANNELS: ReadonlySet<string> = new Set(['workspace.generate']);

/** Why a call from the app's own transports (browser mode, the desktop app's IPC) is refused, or null. */
export function refusedOutsideCli(channel: string): AppError | null {
  return CLI_ONLY_CHANNELS.has(channel) ? new AppError('bad_request', 'err.cliOnly', { channel }) : null;
}

/** Largest body of a channel that carries no file. */
export const MAX_PLAIN_BODY_BYTES = 4 * 1024 * 1024;
/** Deeper than any argument the contract describes (a plan file nests a few levels). */
export const MAX_JSON_DEPTH = 64;
/** Arrays, objects and list items in one body: a plan of 20 000 operations has about 200 000. */
export const MAX_JSON_VALUES = 500_000;

/** Channels whose arguments carry a file's bytes (`data`). */
const UPLOAD_CHANNELS: ReadonlySet<string> = new Set(
  Object.entries(contract)
    .filter(([, c]) => {
      const shape = (c.args as { shape?: Record<string, unknown> }).shape;
      return shape !== undefined && 'data' in shape;
    })
    .map(([name]) => name),
);

/** The largest body `channel` accepts: the upload limit for the import channels, else MAX_PLAIN_BODY_BYTES. */
export function bodyLimit(channel: string, uploadLimit: number): number {
  return UPLOAD_CHANNELS.has(channel) ? uploadLimit : MAX_PLAIN_BODY_BYTES;
}

/**
 * Refuses JSON nested deeper than MAX_JSON_DEPTH or holding more than MAX_JSON_VALUES arrays,
 * objects and items, by one linear pass over the text (strings skipped) before JSON.parse builds
 * anything. Malformed text is left for JSON.parse to refuse.
 */
export function checkJsonShape(text: string): void {
  let depth = 0;
  let values = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: to its closing quote, escapes skipped
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c) i++;
        else if (s === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) throw new AppError('bad_request', 'err.requestTooDeep', { max: MAX_JSON_DEPTH });
      values++;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    } else if (c === 0x2c) {
      values++;
    }
    if (values > MAX_JSON_VALUES)
      throw new AppError('bad_request', 'err.requestTooManyValues', { max: MAX_JSON_VALUES });
  }
}
