/**
 * A workspace served in browser mode, for the e2e tests and the bench's back-end process. Kept
 * apart from browser.ts so the bench's server loads what the app's server loads (not playwright).
 */
import path from 'node:path';
import { openWorkspace, type Workspace } from '../../db/workspace.ts';
import { FileAccess } from '../../db/safe-path.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { BrowserSessions } from '../../electron/browser-sessions.ts';
import { startHttpServer, type RunningServer } from '../../electron/http-server.ts';
import { RENDERER_DIR } from '../../electron/paths.ts';
import { fixedClock, type Clock } from '../../shared/clock.ts';

/** The day the served app runs on (legal dates, default years), whatever day the tests run. */
export const E2E_TODAY = '2026-12-07';

export interface App {
  /** The workspace of the tab that called last (each browser tab has its own session); before any call, the one served. */
  readonly workspace: Workspace;
  readonly sessions: BrowserSessions;
  server: RunningServer;
  stop(): Promise<void>;
}

/** Opens the workspace file and serves it, as `npm run serve -- --workspace FILE` does (paths confined to its folder). */
export async function serveWorkspace(
  file: string,
  recentFile: string | null = null,
  {
    clock = fixedClock(E2E_TODAY),
    ...options
  }: {
    lan?: boolean;
    tls?: { cert: string; key: string };
    insecureHttp?: boolean;
    clock?: Clock;
    /** The same address and access code as a server stopped before (a back end restarted under an open page). */
    port?: number;
    token?: string;
  } = {},
): Promise<App> {
  const session = new BrowserSessions(openWorkspace(file, { clock }), recentFile);
  const files = new FileAccess([path.dirname(path.resolve(file))]);
  const server = await startHttpServer({
    handlers: createHandlers(() => session.current(), { files, clock }),
    sessions: session,
    staticDir: RENDERER_DIR,
    ...options,
  });
  return {
    get workspace() {
      return session.lastUsed().workspace;
    },
    sessions: session,
    server,
    stop: async () => {
      await server.close();
      session.close();
    },
  };
}
