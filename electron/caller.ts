import os from 'node:os';
import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is calling in browser mode: the tab's client id and, with --lan, the name the person gave. */
export interface Caller {
  client: string;
  user?: string;
}

const store = new AsyncLocalStorage<Caller>();

/** Runs `fn` (and everything it awaits) as `caller`. */
export function runAs<T>(caller: Caller, fn: () => T): T {
  return store.run(caller, fn);
}

export function currentCaller(): Caller | undefined {
  return store.getStore();
}

/** The OS user name (the desktop app, the CLI, browser mode without a name). */
export function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? '?';
  }
}

/**
 * Who is recorded with every step of the edit history (who changed what, when): the name the
 * person gave in the browser (browser mode on the local network), else the OS user.
 */
export function editorName(): string {
  return currentCaller()?.user ?? osUser();
}
