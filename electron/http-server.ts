/**
 * Browser mode: the handler table served over HTTP on 127.0.0.1, plus the built renderer.
 * Every API call must carry the run's secret token: the first page load brings it in the URL and
 * gets it back as an HttpOnly SameSite=Strict cookie, then is sent to the clean address (so the
 * token is not kept in the browser's history). Requests whose Host or Origin is not this server's
 * own are refused (DNS rebinding, other web pages, other local users). Each browser tab sends its
 * client id, so it gets its own session (BrowserSessions); with --lan, the person's name too.
 */
import type http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { HandlerTable } from '../shared/contract/index.ts';
import { dispatch } from '../shared/dispatch.ts';
import { AppError, type ErrorKind } from '../shared/errors.ts';
import { contentSecurityPolicy, newStyleNonce, withStyleNonce } from './csp.ts';
import { jsonChunks } from './json-chunks.ts';
import { MAX_UPLOAD_BASE64, MAX_UPLOAD_MB } from '../shared/import/limits.ts';
import { bodyLimit, checkJsonShape, MAX_PLAIN_BODY_BYTES, refusedOutsideCli } from './request-limits.ts';

export const TOKEN_HEADER = 'x-tinhgon-token';
/** The browser tab's own id (random, kept in its sessionStorage): one session per tab. */
export const CLIENT_HEADER = 'x-tinhgon-client';
/** With --lan: the name the person gave on first visit (URI-encoded), recorded in the edit history. */
export const USER_HEADER = 'x-tinhgon-user';
const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;
/** Longest name kept for the edit history. */
const MAX_USER_NAME = 80;
/** In index.html: replaced by "lan" when served to the local network (the page then shows a warning), else "local". */
export const LAN_PLACEHOLDER = '__TINHGON_NETWORK__';
/** The largest upload's base64 and room for its other fields: any bigger body is answered 413 with the limit. */
export const MAX_BODY_BYTES = MAX_UPLOAD_BASE64 + 1024 * 1024;
/** What is read and dropped of a refused body so the browser gets the answer (not a reset); past that the socket is cut. */
const MAX_DRAIN_BYTES = 4 * MAX_BODY_BYTES;
/** /events streams held open at once: per client id (a tab reconnecting), and in all. */
const MAX_STREAMS_PER_CLIENT = 4;
const MAX_STREAMS = 256;

export interface HttpServerOptions {
  handlers: HandlerTable;
  /** Folder of the built renderer (index.html and assets). */
  staticDir: string;
  port?: number;
  host?: string;
  token?: string;
  log?: (message: string) => void;
  /**
   * Opt in to the local network: listen on every interface and accept this machine's own LAN
   * addresses as Host (the token is still needed for every API call; the page shows a warning).
   */
  lan?: boolean;
  /** Serve over HTTPS with this certificate and key (PEM). */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** --lan without TLS is refused unless the person explicitly asks for plain HTTP. */
  insecureHttp?: boolean;
  /** Runs each API call as its caller (browser-sessions.ts); without it, every call shares the handlers' one session. */
  sessions?: {
    run<T>(caller: { client: string; user?: string }, fn: () => T): T;
    /** After each successful call, in the caller's context (tells other clients what changed). */
    afterCall?(channel: string): void;
    /** /events: changes made by others, as server-sent events. */
    subscribe?(client: string, send: (data: string) => void): () => void;
  };
}

/** Why --lan over plain HTTP is refused (shown by `npm run serve -- --lan`). */
export const LAN_NEEDS_TLS =
  '--lan cần HTTPS: trên mạng nội bộ, HTTP để lộ mã truy cập và dữ liệu cho bất kỳ ai nghe trên mạng. ' +
  'Hãy cho tệp chứng chỉ bằng --tls-cert TỆP --tls-key TỆP, hoặc thêm --insecure-http nếu chấp nhận rủi ro đó (mạng tin cậy, dùng ngắn hạn).';
/** This machine's IPv4 addresses on its networks (not loopback). */
export function lanAddresses(): string[] {
  return Object.values(os.networkInterfaces()).flatMap((list) =>
    (list ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address),
  );
}

export interface RunningServer {
  url: string;
  /** The URL to open in a browser: carries the token. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const STATUS: Record<ErrorKind, number> = {
  validation: 422,
  not_found: 404,
  conflict: 409,
  bad_request: 400,
  internal: 500,
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  if (options.lan && !options.tls && !options.insecureHttp) return Promise.reject(new Error(LAN_NEEDS_TLS));
  const host = options.lan ? '0.0.0.0' : (options.host ?? '127.0.0.1');
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const tokenBuf = Buffer.from(token);
  const log = options.log ?? (() => {});
  const staticRoot = path.resolve(options.staticDir);
  const scheme = options.tls ? 'https' : 'http';
  let allowedHosts = new Set<string>();
  let cookieName = 'tinhgon';
  const budget: BodyBudget = { held: 0 };
  const streams = new Map<string, number>();
  let streamCount = 0;

  const matches = (value: string | undefined): boolean => {
    const given = Buffer.from(value ?? '');
    return given.length === tokenBuf.length && crypto.timingSafeEqual(given, tokenBuf);
  };
  // The page authenticates by its cookie; programs (the CLI's tests, the bench) may send the header.
  const tokenOk = (req: http.IncomingMessage): boolean =>
    matches(cookieValue(req, cookieName)) || matches(String(req.headers[TOKEN_HEADER] ?? ''));

  /** First load: the token from the URL becomes a cookie, and the browser goes to the address without it. */
  const acceptToken = (res: http.ServerResponse, url: URL, given: string): void => {
    if (!matches(given)) return sendText(res, 401, 'Wrong token');
    url.searchParams.delete('token');
    const secure = options.tls ? '; Secure' : '';
    res.writeHead(303, {
      location: `${url.pathname}${url.search}`,
      'set-cookie': `${cookieName}=${token}; Path=/; HttpOnly; SameSite=Strict${secure}`,
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    });
    res.end();
  };

  const route = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const hostHeader = String(req.headers.host ?? '').toLowerCase();
    if (!allowedHosts.has(hostHeader)) return sendText(res, 421, 'Misdirected request');
    const origin = req.headers.origin;
    const originHost = origin?.toLowerCase().startsWith(`${scheme}://`)
      ? origin.slice(scheme.length + 3).toLowerCase()
      : null;
    if (origin !== undefined && (originHost === null || !allowedHosts.has(originHost))) {
      return sendText(res, 403, 'Forbidden origin');
    }
    const url = new URL(req.url ?? '/', `${scheme}://${hostHeader}`);
    const pathname = safeDecode(url.pathname);
    if (pathname === null) return sendText(res, 400, 'Malformed path');
    if (pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed');
      if (!tokenOk(req)) return sendText(res, 401, 'Missing or wrong token');
      const caller = callerOf(req);
      const channel = pathname.slice('/api/'.length);
      const call = () =>
        handleApi(req, res, channel, options.handlers, log, budget, () => options.sessions?.afterCall?.(channel));
      void (options.sessions ? options.sessions.run(caller, call) : call()).catch((err) => {
        log(`request failed: ${err instanceof Error ? err.stack : String(err)}`);
        res.destroy();
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
    if (pathname === '/events') {
      if (!tokenOk(req)) return sendText(res, 401, 'Missing or wrong token');
      const client = url.searchParams.get('client') ?? '';
      if (!CLIENT_ID.test(client) || !options.sessions?.subscribe) return sendText(res, 400, 'Bad client');
      const { sessions } = options;
      // Each stream holds a socket (a file descriptor): a token holder may not exhaust them.
      if (streamCount >= MAX_STREAMS || (streams.get(client) ?? 0) >= MAX_STREAMS_PER_CLIENT)
        return sendText(res, 429, 'Too many event streams');
      streamCount++;
      streams.set(client, (streams.get(client) ?? 0) + 1);
      res.on('close', () => {
        streamCount--;
        const left = streams.get(client)! - 1;
        if (left > 0) streams.set(client, left);
        else streams.delete(client);
      });
      return streamEvents(res, client, (c, send) => sessions.subscribe!(c, send));
    }
    const given = url.searchParams.get('token');
    if (given !== null) return acceptToken(res, url, given);
    serveStatic(res, staticRoot, pathname, options.lan === true);
  };

  // No request, however malformed, may take the server down.
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    try {
      route(req, res);
    } catch (err) {
      log(`request failed: ${err instanceof Error ? err.stack : String(err)}`);
      if (!res.headersSent) sendText(res, 400, 'Bad request');
      else res.destroy();
    }
  };
  // The modules as Node keeps them, not ES imports: an ES import of node:http evaluates every one of
  // its exports, fetch's undici among them (about 50 ms of CPU at every start: BENCHMARKS.md, figure 9).
  const server = options.tls
    ? process.getBuiltinModule('node:https').createServer({ cert: options.tls.cert, key: options.tls.key }, listener)
    : process.getBuiltinModule('node:http').createServer(listener);
  server.on('clientError', (_err, socket) => socket.destroy());
  server.on('tlsClientError', (_err: Error, socket: TLSSocket) => socket.destroy());

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const port = (server.address() as AddressInfo).port;
      const own = options.lan ? lanAddresses() : [host];
      allowedHosts = new Set([...own.map((a) => `${a}:${port}`), `localhost:${port}`, `127.0.0.1:${port}`]);
      // Cookies are shared by every port of a host: one name per server, so two servers never mix tokens.
      cookieName = `tinhgon_${port}`;
      const url = `${scheme}://${own[0] ?? '127.0.0.1'}:${port}/`;
      resolve({
        url,
        openUrl: `${url}?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** The value of cookie `name` in the request, if any. */
function cookieValue(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The tab's client id and the person's name, as sent by the page (ignored when malformed). */
function callerOf(req: http.IncomingMessage): { client: string; user?: string } {
  const client = String(req.headers[CLIENT_HEADER] ?? '');
  let user: string | undefined;
  try {
    user = decodeURIComponent(String(req.headers[USER_HEADER] ?? ''))
      .normalize('NFC')
      .trim();
  } catch {
    user = undefined;
  }
  const name = user && !/[\p{Cc}\p{Cf}]/u.test(user) ? user.slice(0, MAX_USER_NAME) : undefined;
  return { client: CLIENT_ID.test(client) ? client : '', ...(name ? { user: name } : {}) };
}

/** Sends each change others make as a server-sent event until the client goes away; a comment every 25 s keeps proxies from closing it. */
function streamEvents(
  res: http.ServerResponse,
  client: string,
  subscribe: (client: string, send: (data: string) => void) => () => void,
): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.write(': connected\n\n');
  const stop = subscribe(client, (data) => res.write(`event: changed\ndata: ${data}\n\n`));
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
  keepAlive.unref();
  res.on('close', () => {
    clearInterval(keepAlive);
    stop();
  });
}

/** Bytes of request bodies the server holds at once (read or being handled), across all clients. */
interface BodyBudget {
  held: number;
}
/** Two of the largest uploads at once; a body that would pass it is answered 429 (wait and try again). */
const MAX_HELD_BODY_BYTES = 2 * MAX_BODY_BYTES;

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  channel: string,
  handlers: HandlerTable,
  log: (m: string) => void,
  budget: BodyBudget,
  afterCall: () => void,
): Promise<void> {
  const cliOnly = refusedOutsideCli(channel);
  if (cliOnly) return refuse(req, res, 400, cliOnly);
  const limit = bodyLimit(channel, MAX_BODY_BYTES);
  const tooLarge = () =>
    limit === MAX_BODY_BYTES
      ? new AppError('bad_request', 'err.uploadTooLarge', { mb: MAX_UPLOAD_MB })
      : new AppError('bad_request', 'err.requestTooLarge', { mb: MAX_PLAIN_BODY_BYTES / 1024 / 1024 });
  if (Number(req.headers['content-length']) > limit) return refuse(req, res, 413, tooLarge());
  const read = await readBody(req, budget, limit);
  try {
    if (read === 'tooLarge') return await refuse(req, res, 413, tooLarge());
    if (read === 'busy') return await refuse(req, res, 429, new AppError('conflict', 'err.importServerBusy'));
    let body: unknown;
    try {
      checkJsonShape(read.text); // before JSON.parse builds anything
      body = read.text.length === 0 ? {} : JSON.parse(read.text);
    } catch (err) {
      const error = err instanceof AppError ? err : new AppError('bad_request', 'err.badRequest', { detail: 'JSON' });
      return await sendJson(res, STATUS[error.kind], { ok: false, error: error.toJSON() });
    }
    const envelope = await dispatch(handlers, channel, body, (err) =>
      log(`internal error in ${channel}: ${err instanceof Error ? err.stack : String(err)}`),
    );
    if (envelope.ok) afterCall();
    await sendJson(res, envelope.ok ? 200 : STATUS[envelope.error.kind], envelope);
  } finally {
    if (typeof read === 'object') budget.held -= read.size;
  }
}

/**
 * The body as text, counted against the server's budget until the caller gives it back; or, as
 * soon as it passes `limit` or the budget, why not (what came is dropped and given back).
 */
function readBody(
  req: http.IncomingMessage,
  budget: BodyBudget,
  limit: number,
): Promise<{ text: string; size: number } | 'tooLarge' | 'busy'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const stop = (why: 'tooLarge' | 'busy') => {
      settled = true;
      req.off('data', onData);
      budget.held -= size;
      chunks.length = 0;
      resolve(why);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      budget.held += chunk.length;
      if (size > limit) return stop('tooLarge');
      if (budget.held > MAX_HELD_BODY_BYTES) return stop('busy');
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => {
      if (settled) return;
      settled = true;
      resolve({ text: Buffer.concat(chunks).toString('utf8'), size });
    });
    // A client gone before the end: what it sent is given back.
    const gone = (err?: Error) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      budget.held -= size;
      reject(err ?? new Error('request closed before its end'));
    };
    req.on('error', gone);
    req.on('close', () => {
      if (!req.complete) gone();
    });
  });
}

/**
 * A body refused (over the limit, or the server holding too much): answered with the message
 * (the page shows it), while the rest of the body is read and dropped so the browser, still
 * sending, sees the answer instead of a reset. A client that keeps sending far past the limit is cut off.
 */
async function refuse(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  error: AppError,
): Promise<void> {
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > MAX_DRAIN_BYTES) req.destroy();
  });
  req.on('error', () => {});
  req.resume(); // the connection stays open until the body is read: closing it would reset the browser's upload
  await sendJson(res, status, { ok: false, error: error.toJSON() });
}

function safeDecode(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

function serveStatic(res: http.ServerResponse, root: string, pathname: string, lan: boolean): void {
  const rel = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = path.resolve(root, rel);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile())
    return sendText(res, 404, 'Not found');
  const ext = path.extname(file);
  const nonce = newStyleNonce();
  res.writeHead(200, {
    'content-type': MIME[ext] ?? 'application/octet-stream',
    'content-security-policy': contentSecurityPolicy(nonce),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': ext === '.html' ? 'no-store' : 'max-age=3600',
  });
  if (ext === '.html')
    res.end(
      withStyleNonce(fs.readFileSync(file, 'utf8'), nonce)
        .split(LAN_PLACEHOLDER)
        .join(lan ? 'lan' : 'local'),
    );
  else fs.createReadStream(file).pipe(res);
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

/**
 * Sends a value as JSON in chunks (`jsonChunks`), waiting for the socket to drain between them, so
 * a long list is never held as one string nor one buffer. A client that goes away ends the sending.
 */
async function sendJson(res: http.ServerResponse, status: number, value: unknown): Promise<void> {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  for (const chunk of jsonChunks(value)) {
    if (res.destroyed) return;
    if (!res.write(chunk)) await drained(res);
  }
  res.end();
}

function drained(res: http.ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
