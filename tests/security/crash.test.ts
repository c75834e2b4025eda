/**
 * Crash safety: the back end is killed (SIGKILL) at random moments during a burst of edits, plan
 * saves and whole-file imports. After each kill the file passes `PRAGMA integrity_check`, every
 * write that was acknowledged is there, and no half-written import or plan is visible.
 * CRASH_RUNS sets the kills per kind (CI runs more); run it yourself with
 *   CRASH_RUNS=20 npx vitest run tests/security/crash.test.ts
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspace } from '../../db/workspace.ts';
import { listUnits } from '../../db/units-repo.ts';
import { listScenarios } from '../../db/scenarios-repo.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { generateUnits } from '../../shared/sample/generate.ts';
import { APP_ROOT } from '../../electron/paths.ts';
import { createRandom } from '../../shared/random.ts';
import { tempDir } from '../temp.ts';

const RUNS = Number(process.env.CRASH_RUNS ?? 3);
const WORKER = path.join(APP_ROOT, 'tests/security/crash-worker.ts');

/** Starts the worker, kills it `afterMs` after its first acknowledged write (or when ready), returns the last acknowledged write. */
function runAndKill(file: string, task: string, afterMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, file, task], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = 0;
    let armed = false;
    let stderr = '';
    let out = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      out += d;
      const lines = out.split('\n');
      out = lines.pop()!;
      for (const line of lines) {
        const m = /^ack (\d+)$/.exec(line);
        if (m) last = Number(m[1]);
        if (!armed && (m || line === 'ready')) {
          armed = true;
          setTimeout(() => child.kill('SIGKILL'), afterMs);
        }
      }
    });
    child.once('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve(last) : reject(new Error(`worker ended by itself (${code}): ${stderr}`)),
    );
  });
}

const random = createRandom(20261127);
const delay = (max: number) => random.int(0, max);

function fresh() {
  const file = path.join(tempDir(), 'w.tinhgon');
  createWorkspace(file, sampleMeta(), generateSampleProvince()).close();
  return file;
}

/** Opens the file after a crash: intact, and what the check says is there. */
function afterCrash<T>(file: string, check: (ws: ReturnType<typeof openWorkspace>) => T): T {
  const ws = openWorkspace(file);
  try {
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(ws.db.pragma('foreign_key_check')).toEqual([]);
    return check(ws);
  } finally {
    ws.close();
  }
}

describe('killed at random moments, nothing acknowledged is lost and nothing half-written is seen', () => {
  it('a burst of edits', async () => {
    const file = fresh();
    for (let run = 0; run < RUNS; run++) {
      const acked = await runAndKill(file, 'edits', delay(300));
      afterCrash(file, (ws) => {
        const name = listUnits(ws.db).find((u) => u.code === 'HG')!.name;
        const n = Number(/^UBND tỉnh (\d+)$/.exec(name)?.[1] ?? 0);
        // The last acknowledged edit is there; at most the one in flight went further.
        expect(n === acked || n === acked + 1, `${name} after ack ${acked}`).toBe(true);
      });
    }
  });

  it('plan saves', async () => {
    const file = fresh();
    for (let run = 0; run < RUNS; run++) {
      const acked = await runAndKill(file, 'scenarios', delay(300));
      afterCrash(file, (ws) => {
        const names = new Set(listScenarios(ws.db).map((s) => s.name));
        for (let i = 1; i <= acked; i++) expect(names.has(`PA ${i}`), `PA ${i}`).toBe(true);
        expect(names.size === acked || names.size === acked + 1).toBe(true);
      });
      // The next run starts again from "PA 1": clear them in one transaction.
      const ws = openWorkspace(file);
      ws.db.prepare('DELETE FROM scenarios').run();
      ws.close();
    }
  });

  it('whole-file imports (replace): the units are all of one file or all of the other', async () => {
    const file = fresh();
    const sets = [generateUnits(2000, 7), generateSampleProvince()].map((units) =>
      units
        .map((u) => u.code)
        .sort()
        .join(','),
    );
    for (let run = 0; run < RUNS; run++) {
      const acked = await runAndKill(file, 'import', 200 + delay(1500));
      if (process.env.CRASH_LOG) fs.appendFileSync(process.env.CRASH_LOG, `import: acknowledged ${acked}\n`);
      afterCrash(file, (ws) => {
        const codes = listUnits(ws.db)
          .map((u) => u.code)
          .sort()
          .join(',');
        const which = sets.indexOf(codes);
        expect(which, 'a mixture of two imports').not.toBe(-1);
        // The last acknowledged import is there, or the one in flight replaced it completely.
        if (acked > 0) expect([acked % 2, (acked + 1) % 2]).toContain(which);
      });
    }
  }, 120_000);
});
