import type { Workspace } from '../db/workspace.ts';
import { currentCaller, runAs, type Caller } from './caller.ts';
import { Session } from './session.ts';
import { WorkspacePool } from './workspace-pool.ts';

/** Sessions kept at most; the one unused longest goes first (its client starts again on the home workspace). */
const MAX_CLIENTS = 200;

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
      session = this.#home.sibling(this.#home.workspace);
      if (this.#clients.size >= MAX_CLIENTS) {
        const [oldest, idle] = this.#clients.entries().next().value!;
        this.#clients.delete(oldest);
        idle.close();
      }
    }
    this.#clients.set(client, session);
    return session;
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
