/**
 * Figure 7 of `npm run bench`: the đề án of a large plan rendered to PDF through the system
 * Chromium (the print.pdf handler: simulate, build the document, HTML, Chromium), in pages per
 * second. The page count is read back from the PDF with pdfinfo (poppler-utils).
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createWorkspace } from '../../db/workspace.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { generateUnits } from '../../shared/sample/generate.ts';
import { benchOperations } from './operations.ts';
import type { BenchRow } from './stats.ts';

const meta = { provinceName: 'Bench', baseYear: 2021, provinceClass: 'class2' as const, isSample: true };

export async function printFigure(dir: string, size: number, operations: number, runs: number): Promise<BenchRow[]> {
  const units = generateUnits(size, 1);
  const ws = createWorkspace(path.join(dir, `print-${size}.tinhgon`), meta, units);
  try {
    const handlers = createHandlers(ws);
    const call = async (channel: string, args: unknown) => {
      const env = await dispatch(handlers, channel, args, (err) => console.error(err));
      if (!env.ok) throw new Error(`${channel}: ${JSON.stringify(env.error)}`);
      return env.result as { data: string };
    };
    const name = 'Bench plan';
    await call('scenario.import', { scenario: { name, operations: benchOperations(units, operations, 2021, 2030) } });
    const times: number[] = [];
    let pages = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const pdf = await call('print.pdf', { name, type: 'de-an' });
      times.push(performance.now() - t);
      const file = path.join(dir, 'bench-de-an.pdf');
      fs.writeFileSync(file, Buffer.from(pdf.data, 'base64'));
      pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
    }
    times.sort((a, b) => a - b);
    const ms = times[Math.floor(times.length / 2)]!;
    const perSecond = pages / (ms / 1000);
    const what = `${size.toLocaleString('en')} units, ${operations.toLocaleString('en')} operations`;
    return [
      {
        figure: '7',
        measure: `proposal to PDF, ${pages} pages (${what})`,
        value: ms,
        unit: 'ms',
        baseline: null,
        goal: null,
        note: `print.pdf handler: simulate, document, HTML, system Chromium, started for each run as the app does; median of ${runs}`,
      },
      {
        figure: '7',
        measure: 'proposal to PDF, pages per second',
        value: perSecond,
        unit: 'pages/s',
        baseline: null,
        goal: null,
      },
    ];
  } finally {
    ws.close();
  }
}
