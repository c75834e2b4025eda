/**
 * The back end at work, to be killed: opens a workspace through the handler table (as the app
 * does) and writes in a loop, printing "ack N" on stdout after each write the handler
 * acknowledged. Run by crash.test.ts:  node tests/security/crash-worker.ts FILE edits|scenarios|import
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { openWorkspace, createWorkspace } from '../../db/workspace.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { generateUnits } from '../../shared/sample/generate.ts';
import type { HandlerTable } from '../../shared/contract/index.ts';

const [file, task] = process.argv.slice(2) as [string, string];
const handlers = createHandlers(openWorkspace(file));

async function call<T>(table: HandlerTable, channel: string, args: unknown): Promise<T> {
  const env = await dispatch(table, channel, args);
  if (!env.ok) throw new Error(`${channel}: ${env.error.key} ${JSON.stringify(env.error.params)}`);
  return env.result as T;
}
const ack = (n: number) => process.stdout.write(`ack ${n}\n`);

/** The units of a workspace as the CSV the app exports (what a user would import). */
async function exportedCsv(units: ReturnType<typeof generateUnits>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-crash-src-'));
  const ws = createWorkspace(path.join(dir, 'src.tinhgon'), sampleMeta(), units);
  const out = await call<{ fileName: string; data: string }>(createHandlers(ws), 'export.units', { format: 'csv' });
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

if (task === 'edits') {
  for (let i = 1; ; i++) {
    await call(handlers, 'units.update', { code: 'HG', patch: { name: `UBND tỉnh ${i}` } });
    ack(i);
  }
} else if (task === 'scenarios') {
  for (let i = 1; ; i++) {
    const operations = [
      { type: 'merge', year: 2025, units: ['HG.SYT.BVLBP', 'HG.SYT.BVTT'], into: 'HG.SYT.BVTT' },
      { type: 'setQuota', year: 2026, unit: 'HG.SYT.BVTT', publicEmployeeQuota: i },
    ];
    await call(handlers, 'scenario.import', { scenario: { name: `PA ${i}`, operations } });
    ack(i);
  }
} else if (task === 'import') {
  // Alternately replace all units with the sample province (683 units) and a generated one (2,000).
  const files = [await exportedCsv(generateUnits(2000, 7)), await exportedCsv(generateSampleProvince())];
  const mappings = [];
  for (const f of files)
    mappings.push(
      (await call<{ mapping: unknown }>(handlers, 'import.inspect', { fileName: f.fileName, data: f.data })).mapping,
    );
  process.stdout.write('ready\n');
  for (let i = 1; ; i++) {
    const f = files[i % 2]!;
    await call(handlers, 'import.apply', {
      fileName: f.fileName,
      data: f.data,
      mapping: mappings[i % 2],
      mode: 'replace',
    });
    ack(i);
  }
} else {
  throw new Error(`unknown task ${task}`);
}
