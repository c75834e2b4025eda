/**
 * `TINHGON_TRACE_START=1 npm start`: each step of the start-up on stderr with the milliseconds since
 * the process started (`performance.now()`) and the CPU time it used so far, to see where a start
 * spends its time (BENCHMARKS.md, figure 9; on a loaded machine the wall time is mostly waiting for
 * a core, the CPU time is not). Silent otherwise.
 */
const tracing = Boolean(process.env.TINHGON_TRACE_START);

export function traceStart(step: string): void {
  if (!tracing) return;
  const { user, system } = process.cpuUsage();
  process.stderr.write(
    `[start ${performance.now().toFixed(0)} ms, CPU ${((user + system) / 1000).toFixed(0)} ms] ${step}\n`,
  );
}
