/**
 * The Word export of a plan's đề án in a process of its own, for `npm run bench` (figure 7): opens
 * the workspace, calls print.docx as the app does (simulate, document, .docx), and prints as a JSON
 * line its time, the file's size and the process's peak RSS (what the export costs in memory,
 * workspace and simulation included).
 */
import { openWorkspace } from '../../db/workspace.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { dispatch } from '../../shared/dispatch.ts';

const [file, name] = process.argv.slice(2);
if (!file || !name) throw new Error('usage: print-docx-child.ts FILE.tinhgon SCENARIO');
const ws = openWorkspace(file);
const t = performance.now();
const env = await dispatch(createHandlers(ws), 'print.docx', { name, type: 'de-an' });
if (!env.ok) throw new Error(JSON.stringify(env.error));
const ms = performance.now() - t;
const bytes = Buffer.from((env.result as { data: string }).data, 'base64').length;
ws.close();
// resourceUsage().maxRSS is in kilobytes: the peak resident set of this process.
process.stdout.write(`${JSON.stringify({ ms, bytes, peakRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
