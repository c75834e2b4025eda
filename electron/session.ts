import fs from 'node:fs';
import path from 'node:path';
import { openWorkspace, type Workspace } from '../db/workspace.ts';
import { UiStateSchema, type UiState } from '../shared/contract/index.ts';
import type { WorkspacePool } from './workspace-pool.ts';
import { makePrivateDir, writePrivateFile } from '../db/private-files.ts';
import { FileAccess } from '../db/safe-path.ts';

const RECENT_LIMIT = 10;
/** The entry of ui-state.json that holds what is the app's rather than a workspace's (no file path is empty). */
const APP_WIDE = '';

/**
 * The workspace a running back end serves, which the user may switch (open, create, save as,
 * restore), and the list of recently used workspace files (kept in `recentFile`, if given).
 * The command line may start with none (`null`): only the channels that create a workspace or
 * need none (a template classified without a workspace) can then be called.
 */
export class Session {
  #ws: Workspace | null;
  readonly #recentFile: string | null;
  /** Where the user was in each workspace (by file), kept beside the recent list when there is one. */
  readonly #uiStates: Map<string, UiState>;
  /** Browser mode: the handles shared with the other clients' sessions (see `sibling`). */
  readonly #pool: WorkspacePool | null;

  constructor(
    ws: Workspace | null,
    recentFile: string | null = null,
    shared: { pool?: WorkspacePool; uiStates?: Map<string, UiState> } = {},
  ) {
    this.#ws = ws;
    this.#recentFile = recentFile;
    this.#pool = shared.pool ?? null;
    if (ws) {
      this.#pool?.hold(ws);
      this.#remember(ws.file);
    }
    if (shared.uiStates) this.#uiStates = shared.uiStates;
    else {
      this.#uiStates = new Map();
      for (const [file, state] of Object.entries(this.#readJson(this.#uiStateFile()) ?? {})) {
        const parsed = UiStateSchema.safeParse(state);
        if (parsed.success) this.#uiStates.set(file, parsed.data);
      }
    }
  }

  /**
   * Another client's session over the same pool, recent list and remembered views, starting on
   * `ws` (a handle of the pool). What one client opens never changes what another one edits.
   */
  sibling(ws: Workspace): Session {
    if (!this.#pool) throw new Error('sibling sessions need a workspace pool');
    return new Session(ws, this.#recentFile, { pool: this.#pool, uiStates: this.#uiStates });
  }

  /**
   * The handle for `file`: the one another client of the pool already has open, else a new one.
   * `files` confines the path (browser mode: the same FileAccess for every client).
   */
  openFile(file: string, files: FileAccess = FileAccess.anywhere): Workspace {
    return this.#pool ? this.#pool.find(file, files) : openWorkspace(file, { access: files });
  }

  /** The view, plan and unit last shown in the open workspace, and the interface language (the app's, for every workspace). */
  uiState(): UiState {
    const lang = this.#uiStates.get(APP_WIDE)?.lang;
    return { ...this.#uiStates.get(this.workspace.file), ...(lang ? { lang } : {}) };
  }

  /** Records where the user is now (written at once, so a crash does not lose it). */
  setUiState({ lang, ...patch }: UiState): UiState {
    const { lang: _, ...here } = this.uiState();
    this.#uiStates.set(this.workspace.file, { ...here, ...patch });
    if (lang) this.#uiStates.set(APP_WIDE, { lang });
    const file = this.#uiStateFile();
    if (file) this.#writeJson(file, Object.fromEntries(this.#uiStates));
    return this.uiState();
  }

  get workspace(): Workspace {
    if (!this.#ws) throw new Error('no workspace is open in this session');
    return this.#ws;
  }

  /** The file of the workspace served, or null before one is opened or created. */
  get file(): string | null {
    return this.#ws?.file ?? null;
  }

  /** Serves `next` from now on and closes the previous workspace. */
  switchTo(next: Workspace): void {
    const previous = this.#ws;
    if (previous === next) return this.#remember(next.file);
    this.#pool?.hold(next);
    this.#ws = next;
    if (previous) this.#release(previous);
    this.#remember(next.file);
  }

  recent(): string[] {
    return readRecent(this.#recentFile);
  }

  close(): void {
    if (this.#ws) this.#release(this.#ws);
  }

  #release(ws: Workspace): void {
    if (this.#pool) this.#pool.release(ws);
    else ws.close();
  }

  #remember(file: string): void {
    if (!this.#recentFile) return;
    this.#writeJson(this.#recentFile, [file, ...this.recent().filter((f) => f !== file)].slice(0, RECENT_LIMIT));
  }

  #uiStateFile(): string | null {
    return this.#recentFile ? path.join(path.dirname(this.#recentFile), 'ui-state.json') : null;
  }

  /** A small app file, or null when missing or damaged (not worth an error: it is rebuilt as the app is used). */
  #readJson(file: string | null): unknown {
    if (!file || !fs.existsSync(file)) return null;
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    } catch {
      return null;
    }
  }

  /**
   * Written whole to a temporary file and renamed over: never half a file after a crash. Owner-only,
   * as is the app's folder that holds it (it names workspaces and where the user was in them).
   */
  #writeJson(file: string, value: unknown): void {
    makePrivateDir(path.dirname(file), true);
    const tmp = `${file}.tmp`;
    writePrivateFile(tmp, JSON.stringify(value, null, 2), false);
    fs.renameSync(tmp, file);
  }
}

/** The recent list in `recentFile` (most recent first); empty when missing or damaged. */
export function readRecent(recentFile: string | null): string[] {
  let list: unknown;
  try {
    list = recentFile && fs.existsSync(recentFile) ? JSON.parse(fs.readFileSync(recentFile, 'utf8')) : null;
  } catch {
    list = null; // a damaged list is not worth an error: it is rebuilt as files are opened
  }
  return Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string').slice(0, RECENT_LIMIT) : [];
}

/**
 * The workspace to open at start: the one used last (so a restart after a crash goes back to it),
 * or `fallback()` when there is none or it cannot be opened now (moved, damaged, in use elsewhere).
 */
export function openLastOr(
  recentFile: string,
  open: (file: string) => Workspace,
  fallback: () => Workspace,
  log: (m: string) => void = () => {},
): Workspace {
  const last = readRecent(recentFile)[0];
  if (last && fs.existsSync(last)) {
    try {
      return open(last);
    } catch (err) {
      log(`could not reopen ${last}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return fallback();
}
