/**
 * Time as a value passed in: the domain never reads the clock, it takes dates as arguments; the
 * back end reads them from a `Clock` it is given (the system clock in production, a fixed one in
 * tests). These helpers only format the dates they are given.
 */

export interface Clock {
  /** The instant now (stamps: history, backups' names, `updated_at`). */
  now(): Date;
  /** Today as an ISO date (YYYY-MM-DD), in local time: the day a legal date is judged on. */
  today(): string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local day of `d` as YYYY-MM-DD. */
export function isoDay(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local day of `d` as numbers. */
export function dayOf(d: Date): { year: number; month: number; day: number } {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** The year of the clock's today. */
export function yearOf(clock: Clock): number {
  return Number(clock.today().slice(0, 4));
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A clock whose today is always `date` (YYYY-MM-DD) and whose time starts at noon (local time) of
 * that day, one millisecond later at each reading (stamps stay in the order they were made): what
 * tests use so that their answer does not change with the day they run on.
 */
export function fixedClock(date: string): Clock {
  const m = ISO_DAY.exec(date);
  if (!m) throw new Error(`fixedClock: not a YYYY-MM-DD date: ${date}`);
  let at = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12).getTime();
  return { now: () => new Date(at++), today: () => date };
}

/** The clock's today as numbers (the day a person's age or a month's payout is reckoned on). */
export function todayOf(clock: Clock): { year: number; month: number; day: number } {
  const [year, month, day] = clock.today().split('-').map(Number) as [number, number, number];
  return { year, month, day };
}
