/**
 * A workspace served in browser mode, for the e2e tests and the bench's back-end process. Kept
 * apart from browser.ts so the bench's server loads what the app's server loads (not playwright).
 */
import path from 'node:path';
import { openWorkspace, type Workspace } from '../../db/workspace.ts';
import { FileAccess } from '../../db/safe-path.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { Session } from '../../electron/session.ts';
import { startHttpServer, type RunningServer } from '../../electron/http-server.ts';
import { RENDERER_DIR } from '../../electron/paths.ts';

export interface App {
  readonly workspace: Workspace;
  server: RunningServer;
  stop(): Promise<void>;
}

/** Opens the workspace file and serves it, as `npm run serve -- --workspace FILE` does (paths confined to its folder). */
export async function serveWorkspace(file: string, recentFile: string | null = null, options: { lan?: boolean } = {}): Promise<App> {
  const session = new Session(openWorkspace(file), recentFile);
  const files = new FileAccess([path.dirname(path.resolve(file))]);
  const server = await startHttpServer({ handlers: createHandlers(session, { files }), staticDir: RENDERER_DIR, lan: options.lan });
  return {
    get workspace() {
      return session.workspace;
    },
    server,
    stop: async () => {
      await server.close();
      session.close();
    },
  };
}
