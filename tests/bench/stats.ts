/** Timing helpers of `npm run bench` (never used by tests). */

/** The value at quantile q (0–1) of numbers, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Median wall time in ms of `runs` calls of fn (awaited when it returns a promise), after one warm-up call. */
export async function medianMs(runs: number, fn: () => unknown, warmUp = true): Promise<number> {
  if (warmUp) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return quantile(times, 0.5);
}

/** One line of the table: a figure, its baseline measured in the same run, and its goal. */
export interface BenchRow {
  figure: string;
  measure: string;
  value: number;
  unit: 'ms' | 'MB' | 'pages/s';
  /** What the figure is compared with, measured in the same run (null: an absolute goal). */
  baseline: { name: string; value: number } | null;
  /** The goal and whether this run meets it (null: reported only). */
  goal: { text: string; met: boolean } | null;
  note?: string;
  /** Show the ratio as how many times faster than the baseline (baseline ÷ value). */
  faster?: boolean;
}

const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toFixed(3));

/** The table as printed and pasted into BENCHMARKS.md. */
export function formatTable(rows: readonly BenchRow[]): string {
  const lines = rows.map((r) => [
    r.figure,
    r.measure,
    `${fmt(r.value)} ${r.unit}`,
    r.baseline ? `${fmt(r.baseline.value)} ${r.unit} (${r.baseline.name})` : '',
    r.baseline ? (r.faster ? `${fmt(r.baseline.value / r.value)}× faster` : `${fmt(r.value / r.baseline.value)}×`) : '',
    r.goal ? `${r.goal.text}: ${r.goal.met ? 'met' : 'NOT met'}` : '',
  ]);
  const header = ['#', 'measure', 'median', 'baseline (same run)', 'ratio', 'goal'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const notes = rows.filter((r) => r.note).map((r) => `  ${r.figure} ${r.measure}: ${r.note}`);
  return [line(header), ...lines.map(line), ...(notes.length ? ['', 'Notes:', ...notes] : [])].join('\n');
}
