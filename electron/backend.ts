/**
 * The desktop app's back end: the session and the handler table, run in Electron's utility process
 * (electron/backend-process.ts) so that no handler runs on the main process, which keeps the
 * window, the dialogs and printing. The handler table is the one browser mode and the CLI serve
 * (createHandlers); the main process reaches it through `BackendApi`, it reaches the main process
 * through `MainApi` (see backend-protocol.ts).
 */
import path from 'node:path';
import type { Envelope } from '../shared/contract/index.ts';
import { dispatch } from '../shared/dispatch.ts';
import { AppError, describeError } from '../shared/errors.ts';
import { openOrCreateSample, SAMPLE_FILE_NAME } from '../db/sample-workspace.ts';
import { openWorkspace } from '../db/workspace.ts';
import { makePrivateDir } from '../db/private-files.ts';
import { openLastOr, Session } from './session.ts';
import { openInSession } from './shell-open.ts';
import { createHandlers } from './handlers/index.ts';
import { connect, type Port, type Remote } from './backend-protocol.ts';

/** What the main process does for the back end. */
export type MainApi = {
  /** A printed document's HTML as PDF (Electron's printToPDF needs a window: main's). */
  renderPdf(html: string): Promise<Uint8Array>;
};

/** A refusal said in Vietnamese, for a native message box. */
export type Outcome = { ok: true } | { ok: false; message: string };

/** What the back end does for the main process. */
export type BackendApi = {
  /**
   * Opens the workspace used last (else the sample) from the app's data folder — refused: the app
   * cannot start — then `shellFile` if given (`shell`: refused, the first workspace stays open).
   */
  start(options: { userData: string; fontDir: string; shellFile: string | null }): Outcome & { shell?: Outcome };
  /** One call of the renderer, its file handles already replaced by paths (see file-handles.ts). */
  dispatch(channel: string, args: unknown): Promise<Envelope>;
  /** Serves a workspace the operating system handed over; `reload` when it differs from the open one. */
  openFile(file: string): Outcome & { reload?: boolean };
  close(): void;
};

function errorText(err: unknown): string {
  return err instanceof AppError ? describeError(err.toJSON(), 'vi') : err instanceof Error ? err.message : String(err);
}

export function createBackend(
  main: Remote<MainApi>,
  log: (message: string) => void = (m) => console.error(m),
): BackendApi {
  let session: Session | null = null;
  let handlers: ReturnType<typeof createHandlers> | null = null;
  const openFile = (file: string): Outcome & { reload?: boolean } => {
    if (!session) return { ok: false, message: 'TinhGon chưa sẵn sàng.' };
    try {
      return { ok: true, reload: openInSession(session, file) };
    } catch (err) {
      return { ok: false, message: `Không mở được tệp ${file}.\n\n${errorText(err)}` };
    }
  };
  return {
    start({ userData, fontDir, shellFile }) {
      try {
        // The sample, recent list and ui-state: the owner's only.
        makePrivateDir(userData, true);
        const recentFile = path.join(userData, 'recent.json');
        const first = openLastOr(
          recentFile,
          openWorkspace,
          () => openOrCreateSample(path.join(userData, SAMPLE_FILE_NAME)),
          log,
        );
        session = new Session(first, recentFile);
        handlers = createHandlers(session, { renderPdf: (html) => main('renderPdf', html), fontDir });
      } catch (err) {
        // E.g. the workspace is damaged or from a newer TinhGon: said instead of failing silently.
        return { ok: false, message: errorText(err) };
      }
      return shellFile ? { ok: true, shell: openFile(shellFile) } : { ok: true };
    },
    async dispatch(channel, args) {
      if (!handlers) return { ok: false, error: new AppError('conflict', 'err.internal').toJSON() };
      return dispatch(handlers, channel, args, (err) =>
        log(err instanceof Error ? (err.stack ?? err.message) : String(err)),
      );
    },
    openFile,
    close() {
      session?.close();
      session = null;
      handlers = null;
    },
  };
}

/**
 * Serves the back end on `port` (the utility process's parentPort; a worker thread's in the tests).
 * `exit` runs once the workspace is closed, after the answer to `close` is sent.
 */
export function serveBackend(port: Port, exit: () => void = () => {}, log?: (message: string) => void): void {
  let backend: BackendApi | null = null;
  const main = connect<BackendApi, MainApi>(port, {
    start: (options) => backend!.start(options),
    dispatch: (channel, args) => backend!.dispatch(channel, args),
    openFile: (file) => backend!.openFile(file),
    close: () => {
      backend!.close();
      setImmediate(exit);
    },
  });
  backend = createBackend(main, log);
}
