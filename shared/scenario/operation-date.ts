/** When an operation applies: its own date, else 1 January of its year (a plan of years alone keeps its order). */

/** The date an operation takes effect: its `date` when it has one, else 1 January of its year. */
export const operationDate = (op: { year: number; date?: string | undefined }): string => op.date ?? `${op.year}-01-01`;

/** YYYY-MM-DD as dd/MM/yyyy (the administrative convention, in both languages). */
export const isoToDisplay = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A day typed dd/MM/yyyy (or yyyy-mm-dd) as YYYY-MM-DD; null when empty or not a day of the calendar. */
export function displayToIso(text: string): string | null {
  const t = text.trim();
  const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = vi
    ? `${vi[3]}-${vi[2]!.padStart(2, '0')}-${vi[1]!.padStart(2, '0')}`
    : /^\d{4}-\d{2}-\d{2}$/.test(t)
      ? t
      : null;
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** When an operation applies, as a description says it: dd/MM/yyyy for a dated one, the year alone otherwise. */
export const operationWhen = (op: { year: number; date?: string | undefined }): string =>
  op.date ? isoToDisplay(op.date) : String(op.year);

/** The same day `years` later (29/02 becomes 28/02 in a year that has none). */
export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const [m, d] = [Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${iso.slice(5, 7)}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The operations in the order they apply: by year, then by date within the year (an operation
 * with a year alone counts as 01/01), those of the same date in the order given (a stable sort).
 */
export function inDateOrder<T extends { op: { year: number; date?: string | undefined }; index: number }>(
  list: readonly T[],
): T[] {
  // Each date worked out once, not twice per comparison (5,000 operations: about 60,000 comparisons).
  const dates = list.map((x) => operationDate(x.op));
  const order = list.map((_, i) => i);
  order.sort((i, j) => {
    const [a, b] = [list[i]!, list[j]!];
    return a.op.year - b.op.year || (dates[i]! < dates[j]! ? -1 : dates[i]! > dates[j]! ? 1 : 0) || a.index - b.index;
  });
  return order.map((i) => list[i]!);
}

/**
 * A plan's operations as a list shows them: in the order they apply, each with the operation it may
 * swap places with to change that order (the one before / after it on the same date; operations on
 * different dates apply by their dates whatever their place in the plan).
 */
export function appliedOrder<T extends { year: number; date?: string | undefined }>(
  ops: readonly T[],
): Array<{ op: T; index: number; up: number | null; down: number | null }> {
  const sorted = inDateOrder(ops.map((op, index) => ({ op, index })));
  const same = (k: number, j: number) =>
    sorted[j] !== undefined && operationDate(sorted[j].op) === operationDate(sorted[k]!.op) ? sorted[j].index : null;
  return sorted.map((x, k) => ({ ...x, up: same(k, k - 1), down: same(k, k + 1) }));
}
