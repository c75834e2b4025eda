/**
 * Figure 9 of `npm run bench` (issue 19): a second `npm start`, from the command to the address
 * printed — browser mode (no display), on the sample workspace made by a first start in a
 * temporary TINHGON_HOME, the build in dist/ already matching the sources. Against the least any
 * Node server takes to say its address: `node` starting a plain `http.createServer` on
 * 127.0.0.1 and printing it, spawned and timed the same way, alternately with each start.
 * The starts run with TINHGON_TRACE_START, so the note says how much of the time is npm's own
 * and how much our process's, in wall and CPU time (on a loaded machine, wall time is mostly
 * waiting for a core).
 */
import path from 'node:path';
import { spawn } from 'node:child_process';
import { APP_ROOT } from '../../electron/paths.ts';
import { quantile, type BenchRow } from './stats.ts';

const ADDRESS = 'Mở địa chỉ này trong trình duyệt: http';
const PLAIN_SERVER = `require('node:http').createServer().listen(0, '127.0.0.1', function () {
  console.log(${JSON.stringify(ADDRESS)} + '://127.0.0.1:' + this.address().port + '/');
});`;

interface Started {
  ms: number;
  /** Our process's own figures at "listening" (TINHGON_TRACE_START), when it printed them. */
  own?: { ms: number; cpuMs: number };
}

/** Spawns `command` and times it to the address line; then stops its process group and waits until all of it has exited. */
async function timeToAddress(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Started> {
  const t0 = performance.now();
  const child = spawn(command, args, { cwd: APP_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const ms = await new Promise<number>((resolve, reject) => {
    const read = (d: Buffer) => {
      out += d.toString();
      if (out.includes(ADDRESS)) resolve(performance.now() - t0);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void closed.then(() => reject(new Error(`${command} ${args.join(' ')} ended before its address:\n${out}`)));
  });
  process.kill(-child.pid!, 'SIGTERM');
  await closed; // the workspace's lock is released before the next start opens it
  const listening = /\[start (\d+) ms, CPU (\d+) ms\] listening/.exec(out);
  return { ms, own: listening ? { ms: Number(listening[1]), cpuMs: Number(listening[2]) } : undefined };
}

export async function startFigure(dir: string, runs: number): Promise<BenchRow> {
  const env = {
    ...process.env,
    TINHGON_HOME: path.join(dir, 'start-home'),
    TINHGON_TRACE_START: '1',
    DISPLAY: '',
    WAYLAND_DISPLAY: '',
  };
  const npmStart = () => timeToAddress('npm', ['start'], env);
  const plain = () => timeToAddress(process.execPath, ['-e', PLAIN_SERVER], env);
  await npmStart(); // the first start: builds if the sources changed, creates the sample workspace
  await plain();
  const starts: Started[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    floor.push((await plain()).ms);
    starts.push(await npmStart());
  }
  const ms = quantile(
    starts.map((s) => s.ms),
    0.5,
  );
  const own = starts.flatMap((s) => (s.own ? [s.own] : []));
  const ownNote =
    own.length > 0
      ? `our process (build/start.mjs) from its start to listening: ${quantile(
          own.map((o) => o.ms),
          0.5,
        ).toFixed(0)} ms, of it ${quantile(
          own.map((o) => o.cpuMs),
          0.5,
        ).toFixed(0)} ms CPU; the rest is npm starting it. `
      : '';
  return {
    figure: '9',
    measure: 'second npm start to the address printed (sample workspace, browser mode)',
    value: ms,
    unit: 'ms',
    baseline: { name: 'node: a plain http server listening', value: quantile(floor, 0.5) },
    goal: { text: '≤ 1 s (about a second)', met: ms <= 1000 },
    note: `${ownNote}Medians of ${runs}, each start after a plain server.`,
  };
}
