/**
 * `npm run serve` as a person runs it, for the security tests: a real process, the address it
 * prints, and raw requests to 127.0.0.1 (HTTP or HTTPS with the test's own certificate).
 */
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { APP_ROOT } from '../../electron/paths.ts';

const SERVE = path.join(APP_ROOT, 'electron/serve.ts');

export interface Served {
  /** The printed address (with ?token=); null when the process exited without one. */
  url: Promise<URL | null>;
  exited: Promise<number | null>;
  output(): { stdout: string; stderr: string };
  stop(): Promise<void>;
}

export function serve(args: string[], env: Record<string, string>): Served {
  const child = spawn(process.execPath, [SERVE, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = new Promise<URL | null>((resolve) => {
    child.stdout.on('data', (d) => {
      stdout += d;
      const m = /(https?:\/\/\S+\?token=\S+)/.exec(stdout);
      if (m) resolve(new URL(m[1]!));
    });
    void exited.then(() => resolve(null));
  });
  return {
    url,
    exited,
    output: () => ({ stdout, stderr }),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request to 127.0.0.1:`port` (Host 127.0.0.1, always one of the server's own). */
export function request(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string; ca?: string },
): Promise<Reply> {
  const lib = opts.ca ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers, ca: opts.ca },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/**
 * An API call as a browser tab makes it: `auth` (the cookie, or the token header programs send),
 * the tab's client id, and the person's name if any.
 */
export async function api(
  port: number,
  auth: Record<string, string>,
  client: string,
  channel: string,
  args: unknown,
  extra: { ca?: string; user?: string } = {},
) {
  const headers: Record<string, string> = { ...auth, 'x-tinhgon-client': client, 'content-type': 'application/json' };
  if (extra.user) headers['x-tinhgon-user'] = encodeURIComponent(extra.user);
  const res = await request(port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers,
    body: JSON.stringify(args),
    ca: extra.ca,
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read any channel's result through this one helper and assert on its fields
  return JSON.parse(res.body) as { ok: boolean; result?: any; error?: { kind: string; key: string } };
}

/** A self-signed certificate for 127.0.0.1 and localhost, made with Debian's openssl. */
export function selfSignedCert(dir: string): { cert: string; key: string } {
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
}

/** Listens on /events as a tab does; `events` collects each changed event's topics. */
export function listen(
  port: number,
  auth: Record<string, string>,
  client: string,
): Promise<{ status: number; events: string[][]; close(): void }> {
  return new Promise((resolve, reject) => {
    const events: string[][] = [];
    const req = http.request({ host: '127.0.0.1', port, path: `/events?client=${client}`, headers: auth }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block);
          if (/^event: changed$/m.test(block) && data)
            events.push((JSON.parse(data[1]!) as { topics: string[] }).topics);
        }
      });
      res.on('error', () => {});
      // Resolved once the stream is open (its first comment arrived) or at once when refused.
      if (res.statusCode !== 200) resolve({ status: res.statusCode!, events, close: () => req.destroy() });
      else res.once('data', () => resolve({ status: 200, events, close: () => req.destroy() }));
    });
    req.on('error', reject);
    req.end();
  });
}
