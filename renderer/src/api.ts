/**
 * The renderer's only way to the back end: one typed `call` over the contract in shared/.
 * In Electron it goes through the preload bridge (IPC); in browser mode over HTTP (the run's token
 * rides in an HttpOnly cookie).
 */
import type { ArgsIn, Channel, Envelope, Result } from '../../shared/contract/index.ts';
import { STEP_AGGREGATES, isStepChannel } from '../../shared/edits/steps.ts';
import { announce } from './app/change-event.ts';
import {
  ApiError,
  TransportError,
  envelopeOverHttp,
  envelopeOverIpc,
  isTransportError,
  unwrap,
} from './data/transport.ts';
import { connectionBack, connectionLost } from './data/connection.ts';
import { invalidateTopics } from './data/query-client.ts';
import { topicsAfterCall } from './data/invalidation.ts';

interface Bridge {
  /** An envelope (the back end's answer, or a refusal said by the bridge); throws a TransportError when the call was lost on the way. */
  call(channel: string, args: unknown): Promise<Envelope>;
  /** Electron only: a native open/save dialog; the chosen file comes as an opaque handle and its path to show. */
  pickPath?(options: {
    kind: 'open' | 'save';
    defaultPath?: string;
  }): Promise<{ handle: string; label: string } | null>;
}

declare global {
  interface Window {
    tinhgon?: Bridge;
  }
}

export { ApiError, TransportError, isTransportError };

const CLIENT_KEY = 'tinhgon.client';
const USER_KEY = 'tinhgon.user';

/**
 * Browser mode: this tab's own id, kept across reloads of the tab, so the server gives it its own
 * session (another tab opening a file never changes what this one edits). Made with
 * getRandomValues, which plain-HTTP pages have too (randomUUID needs a secure context).
 */
export function clientId(): string {
  let id = sessionStorage.getItem(CLIENT_KEY);
  if (!id) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    sessionStorage.setItem(CLIENT_KEY, id);
  }
  return id;
}

/** The name this person gave (browser mode on the local network), recorded in the edit history. */
export function userName(): string {
  return localStorage.getItem(USER_KEY) ?? '';
}

export function setUserName(name: string): void {
  localStorage.setItem(USER_KEY, name.trim());
}

/** The token is an HttpOnly cookie the server set on the first load: the page never sees it. */
const httpBridge = (): Bridge => {
  const client = clientId();
  return {
    async call(channel, args) {
      const name = userName();
      const envelope = await envelopeOverHttp(() =>
        fetch(`./api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: {
            'content-type': 'application/json',
            'x-tinhgon-client': client,
            ...(name ? { 'x-tinhgon-user': encodeURIComponent(name) } : {}),
          },
          body: JSON.stringify(args ?? {}),
        }),
      );
      // The server closed this tab's session: this page stays refused, a reload starts a new one.
      if (!envelope.ok && envelope.error.key === 'err.sessionEnded') sessionStorage.removeItem(CLIENT_KEY);
      return envelope;
    },
  };
};

const ipc = window.tinhgon;
const bridge: Bridge = ipc
  ? { ...ipc, call: (channel, args) => envelopeOverIpc(() => ipc.call(channel, args)) }
  : httpBridge();

/** Asked while the connection is lost, until the back end answers again. */
const probe = () => bridge.call('workspace.recent', {});

/**
 * Calls a channel: its result, or an ApiError (the back end refused, with the reason) or a
 * TransportError (the call was lost on the way: the connection is marked lost and watched until it
 * comes back). A successful edit marks stale the cached answers it changed.
 */
export async function call<C extends Channel>(channel: C, args: ArgsIn<C>): Promise<Result<C>> {
  let envelope: Envelope;
  try {
    envelope = await bridge.call(channel, args);
  } catch (err) {
    if (isTransportError(err)) connectionLost(probe);
    throw err;
  }
  connectionBack();
  const result = unwrap<Result<C>>(envelope);
  invalidateTopics(topicsAfterCall(channel));
  // A step of the history made outside the tree (which answers with the history): the history is read again.
  if (isStepChannel(channel) && STEP_AGGREGATES[channel] !== 'tree') announce(['history']);
  return result;
}

/** Browser mode only (the desktop app has one window on its own file): changes other people make reach this page. */
export const sharedServer = !ipc;

/** The path each handle a dialog gave stands for, to show it (the handle is what is sent). */
const handleLabels = new Map<string, string>();

/**
 * A native file dialog where there is one (Electron): the chosen file as a handle to send in place
 * of a path (the desktop app accepts no typed path). Undefined in browser mode, where paths are typed.
 */
export const pickPath = bridge.pickPath
  ? async (options: { kind: 'open' | 'save'; defaultPath?: string }): Promise<string | null> => {
      const chosen = await bridge.pickPath!(options);
      if (!chosen) return null;
      handleLabels.set(chosen.handle, chosen.label);
      return chosen.handle;
    }
  : undefined;

/** What to show for a file field's value: the path behind a dialog's handle, else the typed path. */
export const shownPath = (value: string): string => handleLabels.get(value) ?? value;
