/**
 * Calls between the Electron main process and the back end's utility process, both ways, over one
 * message port: each side exposes an object of functions and invokes the other's by name. The
 * port is whatever carries structured-clone messages (Electron's utilityProcess and parentPort,
 * Node's worker_threads MessagePort in the tests), adapted to `Port`. Nothing here knows Electron.
 */

/** One end of a message channel. */
export interface Port {
  postMessage(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** The other end went away (a crashed or closed process): pending calls are refused. */
  onClose(listener: () => void): void;
}

/** What one side exposes: functions of structured-clonable arguments and results. */
export type Api = { [method: string]: (...args: never[]) => unknown };

/** The other side's functions, as seen from here: each answer comes later. */
export type Remote<A extends Api> = <M extends keyof A & string>(
  method: M,
  ...args: Parameters<A[M]>
) => Promise<Awaited<ReturnType<A[M]>>>;

type Request = { kind: 'request'; id: number; method: string; args: unknown[] };
type Response =
  | { kind: 'response'; id: number; ok: true; value: unknown }
  | { kind: 'response'; id: number; ok: false; error: string };

function isRequest(m: unknown): m is Request {
  const r = m as Request;
  return (
    typeof m === 'object' &&
    m !== null &&
    r.kind === 'request' &&
    Number.isInteger(r.id) &&
    typeof r.method === 'string' &&
    Array.isArray(r.args)
  );
}

function isResponse(m: unknown): m is Response {
  const r = m as Response;
  return (
    typeof m === 'object' && m !== null && r.kind === 'response' && Number.isInteger(r.id) && typeof r.ok === 'boolean'
  );
}

/** Thrown on this side when the other side's function threw (its message only: no stack crosses). */
export class RemoteError extends Error {
  override name = 'RemoteError';
}

/**
 * Serves `local` on `port` and returns the function that calls the other side's. Answers may come
 * in any order (each call has its id). A message of another shape is ignored.
 */
export function connect<Local extends Api, Other extends Api>(port: Port, local: Local): Remote<Other> {
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let closed = false;

  port.onMessage((message) => {
    if (isResponse(message)) {
      const call = pending.get(message.id);
      if (!call) return;
      pending.delete(message.id);
      if (message.ok) call.resolve(message.value);
      else call.reject(new RemoteError(message.error));
    } else if (isRequest(message)) {
      void answer(message);
    }
  });
  port.onClose(() => {
    closed = true;
    for (const call of pending.values()) call.reject(new RemoteError('the other process has ended'));
    pending.clear();
  });

  async function answer({ id, method, args }: Request): Promise<void> {
    let response: Response;
    try {
      const fn = Object.hasOwn(local, method) ? (local[method] as unknown as (...a: unknown[]) => unknown) : undefined;
      if (typeof fn !== 'function') throw new Error(`unknown method ${method}`);
      response = { kind: 'response', id, ok: true, value: await fn.apply(local, args) };
    } catch (err) {
      response = { kind: 'response', id, ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    if (!closed) port.postMessage(response);
  }

  return ((method: string, ...args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      if (closed) return reject(new RemoteError('the other process has ended'));
      const id = nextId++;
      pending.set(id, { resolve, reject });
      port.postMessage({ kind: 'request', id, method, args } satisfies Request);
    })) as Remote<Other>;
}
