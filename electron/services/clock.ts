/**
 * The clock a handler table runs on (see createHandlers): the system clock, with today fixed by
 * TINHGON_TODAY=YYYY-MM-DD for a CLI or app under test. Tests in-process pass their own clock
 * (`fixedClock` of shared/clock.ts) instead.
 */
import { isIsoDate } from '../../shared/rules/rule-sets.ts';
import type { Clock } from '../../shared/clock.ts';
import { systemClock } from '../../db/clock.ts';

/** The system clock, its today replaced by `env.TINHGON_TODAY` when that is a date (the time still runs). */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): Clock {
  const day = env.TINHGON_TODAY;
  if (!day || !isIsoDate(day)) return systemClock;
  return { now: () => systemClock.now(), today: () => day };
}
