/**
 * The renderer's only way to the back end: one typed `call` over the contract in shared/.
 * In Electron it goes through the preload bridge (IPC); in browser mode over HTTP with the run's token.
 */
import type { ArgsIn, Channel, Envelope, Result } from '../../shared/contract.ts';
import type { SerializedError } from '../../shared/errors.ts';

interface Bridge {
  call(channel: string, args: unknown): Promise<Envelope>;
  /** Electron only: a native open/save dialog; the chosen file comes as an opaque handle and its path to show. */
  pickPath?(options: { kind: 'open' | 'save'; defaultPath?: string }): Promise<{ handle: string; label: string } | null>;
}

declare global {
  interface Window {
    tinhgon?: Bridge;
  }
}

export class ApiError extends Error {
  readonly error: SerializedError;
  constructor(error: SerializedError) {
    super(error.key);
    this.error = error;
  }
}

const TOKEN_KEY = 'tinhgon.token';

/** Browser mode: the token arrives once in the URL; keep it for this tab and take it out of the address bar. */
function httpToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const httpBridge = (): Bridge => {
  const token = httpToken();
  return {
    async call(channel, args) {
      let res: Response;
      try {
        res = await fetch(`./api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-tinhgon-token': token },
          body: JSON.stringify(args ?? {}),
        });
      } catch (err) {
        // The connection was cut (server gone, or a body it would not read): said, never silent.
        return { ok: false, error: { kind: 'bad_request', key: 'err.badRequest', params: { detail: err instanceof Error ? err.message : String(err) }, issues: [] } };
      }
      if (res.headers.get('content-type')?.startsWith('application/json')) return (await res.json()) as Envelope;
      return { ok: false, error: { kind: 'bad_request', key: 'err.badRequest', params: { detail: `HTTP ${res.status}: ${await res.text()}` }, issues: [] } };
    },
  };
};

const bridge: Bridge = window.tinhgon ?? httpBridge();

export async function call<C extends Channel>(channel: C, args: ArgsIn<C>): Promise<Result<C>> {
  const envelope = await bridge.call(channel, args);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.result as Result<C>;
}

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
