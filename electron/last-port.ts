/**
 * `npm start` listens on the port it listened on last when that port is free, so that a page left
 * open finds a restarted server at the same address (it then asks for the new access code in words,
 * instead of retrying an address nobody answers on); a taken or unreadable port falls back to any free one.
 */
import fs from 'node:fs';
import { writePrivateFile } from '../db/private-files.ts';

const readPort = (file: string): number | undefined => {
  try {
    const port = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(port) && port >= 1024 && port <= 65535 ? port : undefined;
  } catch {
    return undefined; // none yet
  }
};

export async function onLastPort<T extends { port: number }>(
  file: string,
  listen: (port: number | undefined) => Promise<T>,
): Promise<T> {
  const last = readPort(file);
  let server: T | undefined;
  if (last !== undefined)
    try {
      server = await listen(last);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' && code !== 'EACCES') throw err;
    }
  server ??= await listen(undefined);
  if (server.port !== last)
    try {
      writePrivateFile(file, String(server.port), false);
    } catch {
      // not remembered: the next start only takes another free port
    }
  return server;
}
