// Test harness: a fresh workspace file in a temp dir with the handler table over it,
// called the way the renderer calls it (through dispatch, errors thrown with their key). Every
// result is checked against its channel's result schema in the contract (production skips that).
import path from 'node:path';
import { createHandlers } from '../electron/handlers/index.ts';
import { createWorkspace } from '../db/workspace.ts';
import { dispatch } from '../shared/dispatch.ts';
import { contract, isChannel } from '../shared/contract/index.ts';
import type { Unit } from '../shared/model/unit.ts';
import { tempDir } from './temp.ts';
import { fixedClock, type Clock } from '../shared/clock.ts';
import { Refused, sender } from './property.ts';

/** The day handler tests run on unless they say otherwise (see tests/clock.test.ts). */
export const TEST_TODAY = '2026-12-07';

export function handlerHarness(units: Unit[], baseYear = 2025, clock: Clock = fixedClock(TEST_TODAY)) {
  const ws = createWorkspace(
    path.join(tempDir(), 'w.tinhgon'),
    { provinceName: 'T', baseYear, provinceClass: 'class2', isSample: false },
    units,
    undefined,
    clock,
  );
  const handlers = createHandlers(ws, { clock });
  const call = async <T>(channel: string, args: unknown): Promise<T> => {
    const env = await dispatch(handlers, channel, args);
    if (!env.ok) throw new Refused(env.error);
    if (isChannel(channel)) checkResult(channel, env.result);
    return env.result as T;
  };
  /** `call` checked by the contract's types (channel, arguments, result). */
  const send = sender(handlers);
  return { ws, call, send };
}

/** Throws, naming the channel and the fields, when a handler's result does not match its schema in the contract. */
export function checkResult(channel: keyof typeof contract, result: unknown): void {
  const checked = contract[channel].result.safeParse(result);
  if (!checked.success)
    throw new Error(
      `${channel} answered outside its result schema: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
}
