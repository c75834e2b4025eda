import fs from 'node:fs';
import path from 'node:path';
import type { Workspace } from '../db/workspace.ts';

const RECENT_LIMIT = 10;

/**
 * The workspace a running back end serves, which the user may switch (open, create, save as,
 * restore), and the list of recently used workspace files (kept in `recentFile`, if given).
 */
export class Session {
  #ws: Workspace;
  readonly #recentFile: string | null;

  constructor(ws: Workspace, recentFile: string | null = null) {
    this.#ws = ws;
    this.#recentFile = recentFile;
    this.#remember(ws.file);
  }

  get workspace(): Workspace {
    return this.#ws;
  }

  /** Serves `next` from now on and closes the previous workspace. */
  switchTo(next: Workspace): void {
    const previous = this.#ws;
    this.#ws = next;
    if (previous !== next) previous.close();
    this.#remember(next.file);
  }

  recent(): string[] {
    if (!this.#recentFile || !fs.existsSync(this.#recentFile)) return [];
    try {
      const list: unknown = JSON.parse(fs.readFileSync(this.#recentFile, 'utf8'));
      return Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string').slice(0, RECENT_LIMIT) : [];
    } catch {
      return []; // a damaged list is not worth an error: it is rebuilt as files are opened
    }
  }

  close(): void {
    this.#ws.close();
  }

  #remember(file: string): void {
    if (!this.#recentFile) return;
    const list = [file, ...this.recent().filter((f) => f !== file)].slice(0, RECENT_LIMIT);
    fs.mkdirSync(path.dirname(this.#recentFile), { recursive: true });
    const tmp = `${this.#recentFile}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(list, null, 2));
    fs.renameSync(tmp, this.#recentFile);
  }
}
