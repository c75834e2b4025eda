/**
 * The clock a database connection stamps its rows with (`updated_at`, `changed_at`, history):
 * given when the workspace is opened, or by the handler table serving it (see
 * electron/handlers/index.ts), so that the back end reads time from one injected `Clock`. A
 * connection nobody gave a clock (a migration test's bare handle) uses the system clock.
 */
import type { Database } from 'better-sqlite3';
import { isoDay, type Clock } from '../shared/clock.ts';

/** The computer's clock: the only place db/ reads the time (tests/clock.test.ts). */
export const systemClock: Clock = {
  now: () => new Date(),
  today: () => isoDay(new Date()),
};

const clocks = new WeakMap<Database, Clock>();

/** From now on `db` stamps what it writes with `clock`. */
export function useClock(db: Database, clock: Clock): void {
  clocks.set(db, clock);
}

export function clockOf(db: Database): Clock {
  return clocks.get(db) ?? systemClock;
}

/** The stamp of a row written now (ISO 8601, UTC, as every `*_at` column has always held). */
export function stamp(db: Database): string {
  return clockOf(db).now().toISOString();
}
