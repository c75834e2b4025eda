import type { Workspace } from '../db/workspace.ts';
import { AppError } from '../shared/errors.ts';
import { currentCaller, runAs, type Caller } from './caller.ts';
import { topicsOf } from '../shared/edits/change-topics.ts';
import { Session } from './session.ts';
import { WorkspacePool } from './workspace-pool.ts';

/** Sessions kept at most; the one unused longest goes first. */
const MAX_CLIENTS = 200;
/** Clients whose session was closed on another file than home, remembered so they are refused, not moved. */
const MAX_ENDED = 10_000;

/**
 * Browser mode for several people: each client (a browser tab, identified by the id it sends with
 * every call) has its own session, so File → Open in one tab never changes what another edits.
 * Clients on the same file share its one handle (WorkspacePool). A new client starts on the
 * workspace the server was started with ("home", held for the server's whole life).
 */
export class BrowserSessions {
  readonly #pool = new WorkspacePool();
  readonly #home: Session;
  readonly #clients = new Map<string, Session>();
  /** Ids of clients whose session was closed to make room while they edited another file than home (oldest first). */
  readonly #ended = new Set<string>();
  /** Clients listening on /events, by client id (a tab may hold more than one connection for a moment). */
  readonly #listeners = new Set<{ client: string; send: (data: string) => void }>();

  constructor(home: Workspace, recentFile: string | null = null) {
    this.#home = new Session(home, recentFile, { pool: this.#pool });
  }

  /** Runs `fn` (and everything it awaits) as `caller`. */
  run<T>(caller: Caller, fn: () => T): T {
    return runAs(caller, fn);
  }

  /** The session of the client making the current call; a call without a client id gets the home session. */
  current(): Session {
    const client = currentCaller()?.client;
    if (!client) return this.#home;
    let session = this.#clients.get(client);
    if (session) {
      this.#clients.delete(client); // re-inserted last: the map's order is the order of use
    } else {
      // Its session was closed while it edited another file: starting it on home would send its
      // next edit into another province's file without a word. Refused until the page reloads (new id).
      if (this.#ended.has(client)) throw new AppError('conflict', 'err.sessionEnded', { max: MAX_CLIENTS });
      session = this.#home.sibling(this.#home.workspace);
      if (this.#clients.size >= MAX_CLIENTS) this.#closeOldest();
    }
    this.#clients.set(client, session);
    return session;
  }

  /**
   * `send` gets each change other clients make to the workspace `client` edits (server-sent
   * events). Returns the function that stops it.
   */
  subscribe(client: string, send: (data: string) => void): () => void {
    const listener = { client, send };
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** After a successful call (in its caller's context): tells the other clients on the same workspace what changed. */
  afterCall(channel: string): void {
    const topics = topicsOf(channel);
    if (topics.length === 0) return;
    const from = currentCaller()?.client ?? '';
    const file = this.current().workspace.file;
    const data = JSON.stringify({ topics });
    for (const l of this.#listeners) {
      if (l.client !== from && this.#fileOf(l.client) === file) l.send(data);
    }
  }

  #closeOldest(): void {
    const [oldest, idle] = this.#clients.entries().next().value!;
    this.#clients.delete(oldest);
    if (idle.workspace.file !== this.#home.workspace.file) {
      this.#ended.add(oldest);
      if (this.#ended.size > MAX_ENDED) this.#ended.delete(this.#ended.values().next().value!);
    }
    idle.close();
  }

  /** The file a client edits, without counting as a use (a new client would start on home). */
  #fileOf(client: string): string {
    return (this.#clients.get(client) ?? this.#home).workspace.file;
  }

  /** The session of the client that called last (the home session before any): what a single tab edits. */
  lastUsed(): Session {
    return [...this.#clients.values()].at(-1) ?? this.#home;
  }

  /** How many sessions (home included) hold `file` open. */
  holders(file: string): number {
    return this.#pool.holders(file);
  }

  close(): void {
    for (const session of this.#clients.values()) session.close();
    this.#clients.clear();
    this.#home.close();
  }
}
