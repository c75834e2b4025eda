import fs from 'node:fs';
import path from 'node:path';
import { openWorkspace, type Workspace } from '../db/workspace.ts';
import { openOrCreateSample } from '../db/sample-workspace.ts';
import { createHandlers } from './handlers/index.ts';
import { LAN_NEEDS_TLS, startHttpServer, type RunningServer } from './http-server.ts';
import { RENDERER_DIR, dataDir, defaultSampleFile, recentListFile } from './paths.ts';
import { FileAccess } from '../db/safe-path.ts';
import { makePrivateDir } from '../db/private-files.ts';
import { openLastOr } from './session.ts';
import { BrowserSessions } from './browser-sessions.ts';
import { onLastPort } from './last-port.ts';
import { traceStart } from './start-trace.ts';

export interface BrowserModeOptions {
  port?: number;
  /** Workspace file; without it, the bundled sample workspace (created on first start). */
  workspace?: string;
  /** Serve to the local network too (explicit opt-in; see HttpServerOptions.lan). */
  lan?: boolean;
  /** PEM certificate and key files: serve over HTTPS (needed with --lan unless insecureHttp). */
  tlsCert?: string;
  tlsKey?: string;
  insecureHttp?: boolean;
  /** Folders (besides the data folder and --workspace's) where the API may read and write files (`--files-root`). */
  filesRoots?: readonly string[];
}

/**
 * Browser mode confines the paths its API accepts: the data folder, the folder of the workspace
 * given at start, and the folders given with --files-root (each must exist).
 */
export function browserFileAccess(options: Pick<BrowserModeOptions, 'workspace' | 'filesRoots'>): FileAccess {
  fs.mkdirSync(dataDir(), { recursive: true });
  const roots = [dataDir(), ...(options.workspace ? [path.dirname(path.resolve(options.workspace))] : [])];
  for (const root of options.filesRoots ?? []) {
    const stat = fs.statSync(root, { throwIfNoEntry: false });
    if (!stat?.isDirectory()) throw new Error(`--files-root: "${root}" không phải là một thư mục có sẵn.`);
    roots.push(root);
  }
  return new FileAccess(roots);
}

/** Opens the workspace and serves the app over HTTP on 127.0.0.1. */
export async function startBrowserMode(
  options: BrowserModeOptions,
): Promise<{ server: RunningServer; workspace: Workspace; files: FileAccess }> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`The renderer is not built (${RENDERER_DIR}); run "npm run build" first.`);
  }
  if ((options.tlsCert === undefined) !== (options.tlsKey === undefined))
    throw new Error('--tls-cert và --tls-key phải được cho cùng nhau.');
  const tls =
    options.tlsCert && options.tlsKey
      ? { cert: fs.readFileSync(options.tlsCert), key: fs.readFileSync(options.tlsKey) }
      : undefined;
  if (options.lan && !tls && !options.insecureHttp) throw new Error(LAN_NEEDS_TLS);
  traceStart('browser mode: modules loaded');
  makePrivateDir(dataDir(), true); // the app's folder (sample, recent list, ui-state) is the owner's only
  // Without --workspace: the workspace used last (after a restart or a crash), else the sample.
  const files = browserFileAccess(options);
  const workspace = options.workspace
    ? openWorkspace(options.workspace)
    : openLastOr(
        recentListFile(),
        openWorkspace,
        () => openOrCreateSample(defaultSampleFile()),
        (m) => console.error(m),
      );
  traceStart('workspace open');
  const session = new BrowserSessions(workspace, recentListFile());
  try {
    const listen = (port: number | undefined) =>
      startHttpServer({
        // Every client's session goes through the same confinement.
        handlers: createHandlers(() => session.current(), { files }),
        sessions: session,
        staticDir: RENDERER_DIR,
        port,
        lan: options.lan,
        tls,
        insecureHttp: options.insecureHttp,
        log: (m) => console.error(m),
      });
    // No port asked (npm start): the last one, so that a page left open finds the restarted server.
    const server = await (options.port === undefined
      ? onLastPort(path.join(dataDir(), 'last-port'), listen)
      : listen(options.port));
    traceStart('listening');
    const shutdown = () => {
      void server.close().finally(() => {
        session.close();
        process.exit(0);
      });
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    return { server, workspace, files };
  } catch (err) {
    session.close();
    throw err;
  }
}
