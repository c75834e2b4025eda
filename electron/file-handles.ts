/**
 * Desktop app: the renderer never names a path. A native dialog in the main process picks the
 * file and the renderer gets an opaque handle (a random id) for it; the IPC transport turns
 * handles back into paths before the call is dispatched, and refuses anything else in a path
 * argument. (Browser mode has no native dialog: there paths are typed, and confined elsewhere.)
 */
import crypto from 'node:crypto';
import type { Channel, Envelope, HandlerTable } from '../shared/contract/index.ts';
import { dispatch } from '../shared/dispatch.ts';
import { AppError } from '../shared/errors.ts';
import { refusedOutsideCli } from './request-limits.ts';

/** What the dialog was for: a file to read, or a new file to write. A handle serves only its kind. */
export type HandleKind = 'open' | 'save';

/**
 * Every argument of the contract that names a file, and the kind of handle it takes. A test walks
 * the contract so that a new path argument cannot be added without being listed here.
 */
export const PATH_ARGS: Partial<Record<Channel, Readonly<Record<string, HandleKind>>>> = {
  'workspace.open': { file: 'open' },
  'workspace.create': { file: 'save' },
  'workspace.generate': { file: 'save' },
  'workspace.saveAs': { file: 'save' },
  'workspace.restore': { backupFile: 'open', file: 'save' },
  'workspace.backup': { file: 'save' },
  'province.read': { file: 'open' },
  'scenario.annexPreview': { file: 'open' },
  'scenario.annex': { file: 'open' },
};

/** How many handles are kept (the oldest are forgotten first): a dialog a minute for a long day. */
const MAX_HANDLES = 1000;

/** The files the main process's dialogs (and the recent list) handed out, by handle. */
export class FileHandles {
  readonly #files = new Map<string, { file: string; kind: HandleKind }>();

  /** A new handle for a path the main process chose (never one the renderer sent). */
  issue(file: string, kind: HandleKind): string {
    const handle = `fh-${crypto.randomBytes(18).toString('base64url')}`;
    this.#files.set(handle, { file, kind });
    if (this.#files.size > MAX_HANDLES) this.#files.delete(this.#files.keys().next().value!);
    return handle;
  }

  /** The path behind a handle of that kind, or undefined. */
  resolve(handle: unknown, kind: HandleKind): string | undefined {
    const entry = typeof handle === 'string' ? this.#files.get(handle) : undefined;
    return entry && entry.kind === kind ? entry.file : undefined;
  }
}

/** The call's arguments with every path argument's handle replaced by its path; anything else there is refused. */
export function pathsFromHandles(handles: FileHandles, channel: string, args: unknown): unknown {
  const fields = PATH_ARGS[channel as Channel];
  if (!fields || typeof args !== 'object' || args === null) return args;
  const out: Record<string, unknown> = { ...(args as Record<string, unknown>) };
  for (const [field, kind] of Object.entries(fields)) {
    if (out[field] === undefined) continue; // optional (e.g. a backup's default name beside the workspace)
    const file = handles.resolve(out[field], kind);
    if (file === undefined) throw new AppError('bad_request', 'err.fileHandle', { field });
    out[field] = file;
  }
  return out;
}

/** The recent list as the desktop renderer gets it: each existing file with a handle to open it by. */
function withRecentHandles(handles: FileHandles, result: unknown): unknown {
  const r = result as { files: Array<{ file: string; exists: boolean }> };
  return { files: r.files.map((f) => (f.exists ? { ...f, handle: handles.issue(f.file, 'open') } : f)) };
}

/** One IPC call: handles turned into paths, dispatched, the recent list given handles. */
export async function dispatchWithHandles(
  handles: FileHandles,
  /** The handler table, or what dispatches to it elsewhere (the desktop app's back end process). */
  table: HandlerTable | ((channel: string, args: unknown) => Promise<Envelope>),
  channel: string,
  args: unknown,
  onInternalError?: (err: unknown) => void,
): Promise<Envelope> {
  const cliOnly = refusedOutsideCli(channel);
  if (cliOnly) return { ok: false, error: cliOnly.toJSON() };
  let withPaths: unknown;
  try {
    withPaths = pathsFromHandles(handles, channel, args);
  } catch (err) {
    return { ok: false, error: (err as AppError).toJSON() };
  }
  const env =
    typeof table === 'function'
      ? await table(channel, withPaths)
      : await dispatch(table, channel, withPaths, onInternalError);
  return env.ok && channel === 'workspace.recent' ? { ok: true, result: withRecentHandles(handles, env.result) } : env;
}
