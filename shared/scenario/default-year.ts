/**
 * The year a new operation of a plan is proposed in: the plan's next year that has not started,
 * i.e. the year after today's (never one already under way or past), and never the plan's first
 * year (the baseline, as it is). Today comes from the back end's clock; the person may type any
 * year the plan covers.
 */
export function defaultOperationYear(today: string, firstYear: number): number {
  return Math.max(firstYear + 1, Number(today.slice(0, 4)) + 1);
}
