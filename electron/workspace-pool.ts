import path from 'node:path';
import { openWorkspace, type Workspace } from '../db/workspace.ts';
import { FileAccess } from '../db/safe-path.ts';

/**
 * The workspaces a browser-mode server has open, shared by the clients that edit them. A file is
 * held by one connection with an exclusive lock (db/workspace.ts), so several clients on the same
 * file share one handle; the handle is closed when the last client leaves it.
 */
export class WorkspacePool {
  readonly #open = new Map<string, { ws: Workspace; holders: number }>();

  /**
   * The handle already open for `file`, or a new one (not yet held: `hold` it). The path goes
   * through `files` first (confinement, real path), so a handle is shared only inside its roots.
   */
  find(file: string, files: FileAccess = FileAccess.anywhere): Workspace {
    const real = files.existing(file);
    return this.#open.get(real)?.ws ?? openWorkspace(real, { access: files });
  }

  hold(ws: Workspace): void {
    const entry = this.#open.get(ws.file);
    if (entry && entry.ws !== ws) throw new Error(`two handles for ${ws.file}`);
    if (entry) entry.holders++;
    else this.#open.set(ws.file, { ws, holders: 1 });
  }

  release(ws: Workspace): void {
    const entry = this.#open.get(ws.file);
    if (!entry || entry.ws !== ws) return ws.close();
    if (--entry.holders > 0) return;
    this.#open.delete(ws.file);
    ws.close();
  }

  /** How many clients hold `file` (0 when it is not open). */
  holders(file: string): number {
    return this.#open.get(path.resolve(file))?.holders ?? 0;
  }
}
