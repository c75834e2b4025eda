/**
 * The back end of browser mode in a process of its own, for `npm run bench` (figure 6): serves a
 * workspace, prints its address as a JSON line, and on a line "report" on stdin prints its peak
 * RSS and exits. The bench asks it for the personnel list over HTTP, as the Nhân sự tab does.
 */
import readline from 'node:readline';
import { serveWorkspace } from '../e2e/serve-workspace.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: backend-server.ts FILE.tinhgon');
const app = await serveWorkspace(file);
process.stdout.write(`${JSON.stringify({ url: app.server.openUrl })}\n`);
for await (const line of readline.createInterface({ input: process.stdin })) {
  if (line.trim() !== 'report') continue;
  // resourceUsage().maxRSS is in kilobytes: the peak resident set of this process so far.
  process.stdout.write(`${JSON.stringify({ peakRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
  await app.stop();
  process.exit(0);
}
