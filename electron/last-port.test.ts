import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { onLastPort } from './last-port.ts';
import { tempDir } from '../tests/temp.ts';

const open: http.Server[] = [];
const listen = (port: number | undefined) =>
  new Promise<{ port: number }>((resolve, reject) => {
    const s = http.createServer();
    s.once('error', reject);
    s.listen(port ?? 0, '127.0.0.1', () => {
      open.push(s);
      resolve({ port: (s.address() as AddressInfo).port });
    });
  });
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => new Promise((r) => s.close(r))));
});

describe('onLastPort', () => {
  it('listens again on the port of the last start, and on another when that one is taken', async () => {
    const file = path.join(tempDir(), 'last-port');
    const first = await onLastPort(file, listen);
    expect(fs.readFileSync(file, 'utf8')).toBe(String(first.port));
    await Promise.all(open.splice(0).map((s) => new Promise((r) => s.close(r))));
    expect((await onLastPort(file, listen)).port).toBe(first.port); // the restarted server: same address
    const other = await onLastPort(file, listen); // the port is still held: any free one
    expect(other.port).not.toBe(first.port);
    expect(fs.readFileSync(file, 'utf8')).toBe(String(other.port));
  });

  it('takes any free port when the remembered one is unreadable', async () => {
    const file = path.join(tempDir(), 'last-port');
    fs.writeFileSync(file, 'abc');
    expect((await onLastPort(file, listen)).port).toBeGreaterThan(0);
  });
});
