/**
 * The back end of browser mode in a process of its own, for `npm run bench` (figure 6): serves a
 * workspace, prints its address as a JSON line, loads the personnel list through the handlers
 * (as the Nhân sự tab does), and on a line "report" on stdin prints its peak RSS and exits.
 */
import readline from 'node:readline';
import { createHandlers } from '../../electron/handlers/index.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { serveWorkspace } from '../e2e/browser.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: backend-server.ts FILE.tinhgon');
const app = await serveWorkspace(file);
const handlers = createHandlers(app.workspace);
for (const channel of ['people.list', 'people.retirements', 'findings.list'] as const) {
  const r = await dispatch(handlers, channel, {}, (err) => console.error(err));
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
}
process.stdout.write(`${JSON.stringify({ url: app.server.openUrl })}\n`);
for await (const line of readline.createInterface({ input: process.stdin })) {
  if (line.trim() !== 'report') continue;
  // resourceUsage().maxRSS is in kilobytes: the peak resident set of this process so far.
  process.stdout.write(`${JSON.stringify({ peakRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
  await app.stop();
  process.exit(0);
}
