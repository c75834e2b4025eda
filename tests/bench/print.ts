/**
 * Figure 7 of `npm run bench`: the đề án of a large plan rendered to PDF through the system
 * Chromium (the print.pdf handler: simulate, build the document, HTML, Chromium, the appendices'
 * page numbers), in pages per second, the page count read back from the PDF with pdfinfo
 * (poppler-utils); and the same đề án exported to Word in a child process of its own
 * (print-docx-child.ts), whose peak RSS is the figure (goal: under 500 MB).
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createWorkspace } from '../../db/workspace.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { generateUnits } from '../../shared/sample/generate.ts';
import { benchOperations } from './operations.ts';
import type { BenchRow } from './stats.ts';

const meta = { provinceName: 'Bench', baseYear: 2021, provinceClass: 'class2' as const, isSample: true };

export async function printFigure(dir: string, size: number, operations: number, runs: number): Promise<BenchRow[]> {
  const units = generateUnits(size, 1);
  const file = path.join(dir, `print-${size}.tinhgon`);
  const ws = createWorkspace(file, meta, units);
  let closed = false;
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
    // The Word export in a fresh process each run (the workspace closed: one process at a time opens it): its peak RSS.
    ws.close();
    closed = true;
    const child = fileURLToPath(new URL('./print-docx-child.ts', import.meta.url));
    const docx = Array.from({ length: runs }, () => {
      const out = execFileSync(process.execPath, [child, file, name], { encoding: 'utf8', maxBuffer: 1 << 20 });
      return JSON.parse(out.trim().split('\n').at(-1)!) as { ms: number; bytes: number; peakRssMB: number };
    }).sort((a, b) => a.peakRssMB - b.peakRssMB)[Math.floor(runs / 2)]!;
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
      {
        figure: '7',
        measure: `proposal to Word, peak RSS of the process (${what})`,
        value: docx.peakRssMB,
        unit: 'MB',
        baseline: null,
        goal: { met: docx.peakRssMB < 500, text: '< 500 MB' },
        note: `print.docx handler in a child process (open, simulate, document, .docx of ${(docx.bytes / 2 ** 20).toFixed(1)} MB in ${(docx.ms / 1000).toFixed(1)} s); median of ${runs}`,
      },
    ];
  } finally {
    if (!closed) ws.close();
  }
}
