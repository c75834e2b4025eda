/**
 *   tinhgon print FILE --scenario NAME --type de-an|to-trinh [--pdf OUT.pdf] [--docx OUT.docx] [--browser PATH]
 * A stored plan's printed proposal (Decree 30/2020 layout) as PDF through the system Chromium and/or as Word.
 */
import { parseArgs } from 'node:util';
import { openWorkspace } from '../../db/workspace.ts';
import { createHandlers } from '../handlers/index.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { AppError } from '../../shared/errors.ts';
import { DOC_TYPES, type DocType } from '../../shared/print/settings.ts';
import { chromiumPdfRenderer, findChromium } from '../print/chromium.ts';
import { UsageError } from './report.ts';
import { FileAccess, writeNewBytes } from '../../db/safe-path.ts';

export async function printCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { scenario: { type: 'string' }, type: { type: 'string' }, pdf: { type: 'string' }, docx: { type: 'string' }, browser: { type: 'string' } } });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values: v, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('cần đúng một tham số FILE.');
  if (!v.scenario) throw new UsageError('cần --scenario TÊN của phương án đã lưu.');
  if (!DOC_TYPES.includes(v.type as DocType)) throw new UsageError(`--type phải là ${DOC_TYPES.join(' hoặc ')}.`);
  if (!v.pdf && !v.docx) throw new UsageError('cần --pdf TỆP.pdf và/hoặc --docx TỆP.docx.');
  for (const out of [v.pdf, v.docx]) if (out) FileAccess.anywhere.target(out); // refused before any work if it exists
  // Before any work: PDF needs a browser.
  const browser = v.pdf ? findChromium(v.browser) : null;
  if (v.pdf && !browser) throw new AppError('bad_request', 'err.noChromium');
  const ws = openWorkspace(positionals[0]!);
  try {
    const handlers = createHandlers(ws, { renderPdf: chromiumPdfRenderer(browser) });
    const args = { name: v.scenario, type: v.type as DocType };
    for (const [channel, out] of [['print.pdf', v.pdf], ['print.docx', v.docx]] as const) {
      if (!out) continue;
      const envelope = await dispatch(handlers, channel, args, (err) => process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`));
      if (!envelope.ok) throw new AppError(envelope.error.kind, envelope.error.key as never, envelope.error.params, envelope.error.issues as never);
      writeNewBytes(out, Buffer.from((envelope.result as { data: string }).data, 'base64'));
      process.stdout.write(`Đã xuất ${out}\n`);
    }
  } finally {
    ws.close();
  }
  return 0;
}
