/**
 * Helpers for property tests (fast-check). Two ways a property lies, both closed here:
 * - a step the app may refuse is caught, and with it every crash (a TypeError, an internal error,
 *   a broken assertion): `attempt` lets through only the refusals the app makes on purpose
 *   (validation, conflict, not found, bad request) and fails the property on anything else;
 * - the generated cases never reach the code the property is about (every edit refused, every
 *   value equal to the old one): `Coverage` counts the cases of each kind that did, and
 *   `expectAtLeast` fails the test when a kind ran too rarely.
 */
import { expect } from 'vitest';
import { dispatch } from '../shared/dispatch.ts';
import type { ArgsIn, Channel, HandlerTable, Result } from '../shared/contract/index.ts';
import { ERROR_KINDS, type ErrorKind, type SerializedError } from '../shared/errors.ts';

/** The refusals a user can meet: anything else is a crash. */
export type Refusal = Exclude<ErrorKind, 'internal'>;
export const REFUSALS: readonly Refusal[] = ERROR_KINDS.filter((k): k is Refusal => k !== 'internal');

/** The answer to a step of a property: a result, or the app's refusal of it. */
export type Outcome<T> = { ok: true; result: T } | { ok: false; refused: SerializedError };

/** What the handler harness throws for a refused call (see tests/handler-harness.ts). */
export class Refused extends Error {
  readonly error: SerializedError;
  constructor(error: SerializedError) {
    super(error.key);
    this.error = error;
  }
}

/** A call of the handler table checked by the contract's types: channel, arguments and result. */
export type Send = <C extends Channel>(channel: C, args: ArgsIn<C>) => Promise<Result<C>>;

/** `send` over a handler table, through dispatch as every transport calls it; a refusal throws `Refused`, a crash its internal error. */
export function sender(handlers: HandlerTable): Send {
  return async (channel, args) => {
    const env = await dispatch(handlers, channel, args);
    if (!env.ok) throw new Refused(env.error);
    return env.result as Result<typeof channel>;
  };
}

/**
 * Runs a step the app may refuse. A refusal of one of the `allowed` kinds is an outcome; any other
 * exception (an internal error, a crash of the test itself) is thrown on, so the property fails.
 */
export async function attempt<T>(
  step: Promise<T> | (() => Promise<T>),
  allowed: readonly Refusal[] = REFUSALS,
): Promise<Outcome<T>> {
  try {
    return { ok: true, result: await (typeof step === 'function' ? step() : step) };
  } catch (err) {
    if (
      err instanceof Refused &&
      err.error.kind !== 'internal' &&
      (allowed as readonly string[]).includes(err.error.kind)
    )
      return { ok: false, refused: err.error };
    throw err;
  }
}

/** How many generated cases of each kind reached the code under test. */
export class Coverage<K extends string> {
  readonly #counts = new Map<K, number>();

  /** Counts one case of `kind` (when `when` holds). */
  hit(kind: K, when = true): void {
    if (when) this.#counts.set(kind, this.count(kind) + 1);
  }

  count(kind: K): number {
    return this.#counts.get(kind) ?? 0;
  }

  /** Fails unless each kind ran at least as often as given (a property that never exercised it proves nothing). */
  expectAtLeast(min: Record<K, number>): void {
    const short = (Object.entries(min) as Array<[K, number]>)
      .filter(([k, n]) => this.count(k) < n)
      .map(([k, n]) => `${k}: ${this.count(k)} < ${n}`);
    expect(short, 'cases the property was meant to exercise but rarely did').toEqual([]);
  }
}
