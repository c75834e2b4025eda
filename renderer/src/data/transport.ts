/**
 * Two kinds of failure the renderer tells apart (issue 19, "Failures the user can understand"):
 * the back end answered and refused (an error envelope: an ApiError, said in words, naming the
 * field), or the answer never came (the connection was lost: a TransportError, shown as a lost
 * connection with a retry, never as invalid data). Pure: the fetch is passed in, so it is unit-tested.
 */
import type { Envelope } from '../../../shared/contract/index.ts';
import type { SerializedError } from '../../../shared/errors.ts';

export class ApiError extends Error {
  readonly error: SerializedError;
  constructor(error: SerializedError) {
    super(error.key);
    this.error = error;
  }
}

/** The request or its answer was lost on the way (server gone, network cut, IPC to a dead back end). */
export class TransportError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'TransportError';
  }
}

export const isTransportError = (err: unknown): err is TransportError => err instanceof TransportError;

/** An error envelope said by the bridge itself (not the back end), with the usual shape. */
const refused = (key: string, params: Record<string, string> = {}): Envelope => ({
  ok: false,
  error: { kind: 'bad_request', key, params, issues: [] },
});

/**
 * Browser mode: one POST and its envelope. A rejected fetch, or an answer cut while it was read,
 * is a TransportError; an HTTP answer is an envelope (the back end's, or one said here for a
 * missing token or an answer that is not JSON).
 */
export async function envelopeOverHttp(send: () => Promise<Response>): Promise<Envelope> {
  let res: Response;
  try {
    res = await send();
  } catch (err) {
    throw new TransportError(err);
  }
  if (res.headers.get('content-type')?.startsWith('application/json')) {
    try {
      return (await res.json()) as Envelope;
    } catch (err) {
      throw new TransportError(err);
    }
  }
  // No cookie (the clean address opened directly) or one of an earlier run of the server.
  if (res.status === 401) return refused('err.noAccessCode');
  // A gateway or a server on its way down answered without the app: the connection, not the data.
  if (res.status === 502 || res.status === 503 || res.status === 504) throw new TransportError(`HTTP ${res.status}`);
  let body: string;
  try {
    body = await res.text();
  } catch (err) {
    throw new TransportError(err);
  }
  return refused('err.badRequest', { detail: `HTTP ${res.status}: ${body}` });
}

/** Desktop app: the IPC call; a rejected promise (the back end process gone, a closed port) is a TransportError. */
export async function envelopeOverIpc(send: () => Promise<Envelope>): Promise<Envelope> {
  try {
    return await send();
  } catch (err) {
    throw new TransportError(err);
  }
}

/** The result of an envelope, or its error thrown as an ApiError. */
export function unwrap<T>(envelope: Envelope): T {
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.result as T;
}
