/**
 * Today's date for judging a workspace (the rule set in force today). Injected so that tests fix
 * it: `setToday` in a test process, or TINHGON_TODAY=YYYY-MM-DD for a CLI or app under test.
 */
import { isIsoDate } from '../../shared/rules/rule-sets.ts';

let fixed: string | null = null;

/** Fixes today (null: the system clock again). */
export function setToday(date: string | null): void {
  fixed = date;
}

/** Today as an ISO date (YYYY-MM-DD), in local time. */
export function today(): string {
  if (fixed) return fixed;
  const env = process.env.TINHGON_TODAY;
  if (env && isIsoDate(env)) return env;
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
