/**
 * For paths.test.ts, in a process of its own (a FIFO that hangs must not hang the test runner):
 *   node tests/security/path-worker.ts serve FILE STATIC ROOT…   browser mode's handler table over
 *       FILE, paths confined to the ROOTs; prints {"url","token"} on one line.
 *   node tests/security/path-worker.ts backup FILE TARGET        backs FILE up to TARGET and SIGKILLs
 *       itself as soon as a new file with bytes in it appears in TARGET's folder mid-backup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openWorkspace } from '../../db/workspace.ts';
import { backupWorkspace } from '../../db/backup.ts';
import { FileAccess } from '../../db/safe-path.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { startHttpServer } from '../../electron/http-server.ts';
import { Session } from '../../electron/session.ts';

const [task, file, ...rest] = process.argv.slice(2) as [string, string, ...string[]];

if (task === 'serve') {
  const [staticDir, ...roots] = rest as [string, ...string[]];
  const session = new Session(openWorkspace(file));
  const server = await startHttpServer({
    handlers: createHandlers(session, { files: new FileAccess(roots) }),
    staticDir,
  });
  process.stdout.write(`${JSON.stringify({ url: server.url, token: server.token })}\n`);
} else if (task === 'backup') {
  const target = rest[0]!;
  const ws = openWorkspace(file);
  const dir = path.dirname(target);
  const before = new Set(fs.readdirSync(dir));
  let done = false;
  const watch = () => {
    if (done) return;
    const grown = fs
      .readdirSync(dir)
      .some((f) => !before.has(f) && !f.endsWith('-journal') && fs.statSync(path.join(dir, f)).size > 0);
    if (grown) process.kill(process.pid, 'SIGKILL');
    setImmediate(watch);
  };
  setImmediate(watch);
  await backupWorkspace(ws, target);
  done = true;
  process.stdout.write('finished before a kill\n');
}
