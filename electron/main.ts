/**
 * Electron main process: one window over the bundled renderer, its single IPC channel forwarded to
 * the back end (session and handler table) in a utility process (backend-process.ts), so no
 * handler runs here; main keeps the window, the dialogs, the file handles and printing. Security: context isolation, sandbox, no Node in the renderer, a strict CSP,
 * navigation/new windows/permissions denied, IPC only from our own app:// frame.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  net,
  protocol,
  session,
  utilityProcess,
  type UtilityProcess,
  type WebFrameMain,
} from 'electron';
import { writePrivateFile } from '../db/private-files.ts';
import { workspaceFromArgv } from './shell-open.ts';
import { dispatchWithHandles, FileHandles, type HandleKind } from './file-handles.ts';
import { AppError } from '../shared/errors.ts';
import { DIALOG_CHANNEL, IPC_CHANNEL } from '../shared/ipc.ts';
import { connect, type Port, type Remote } from './backend-protocol.ts';
import type { BackendApi, MainApi } from './backend.ts';
import { denyAllPermissions, lockDownContents } from './hardening.ts';
import { contentSecurityPolicy, newStyleNonce, withStyleNonce } from './csp.ts';

const SCHEME = 'app';
const HOST = 'tinhgon';
const ORIGIN = `${SCHEME}://${HOST}`;
// The bundle lives in dist/electron/, the renderer in dist/renderer/, the print font in dist/fonts/.
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');
const FONT_DIR = path.join(__dirname, '..', 'fonts', 'files');

protocol.registerSchemesAsPrivileged([
  { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

/** The back end's process and the calls into it, once started. */
let backend: { child: UtilityProcess; call: Remote<BackendApi> } | null = null;
/** The workspace the operating system asked for at launch (a double-clicked `.tinhgon` file). */
let shellFile: string | null = workspaceFromArgv(process.argv, process.cwd());

/** Opens a workspace the operating system handed over and shows it; a refusal is said and the open workspace kept. */
async function openFromShell(file: string): Promise<void> {
  if (!backend) return;
  const r = await backend.call('openFile', file);
  if (!r.ok) dialog.showErrorBox('TinhGon', r.message);
  else if (r.reload) BrowserWindow.getAllWindows()[0]?.webContents.reload();
}

/** Forks the back end and connects to it: it asks main only to print (see backend.ts). */
function forkBackend(): { child: UtilityProcess; call: Remote<BackendApi> } {
  const child = utilityProcess.fork(path.join(__dirname, 'backend.cjs'), [], {
    serviceName: 'TinhGon back end',
    stdio: 'inherit',
  });
  const port: Port = {
    postMessage: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onClose: (listener) => child.on('exit', listener),
  };
  return { child, call: connect<MainApi, BackendApi>(port, { renderPdf: printToPdf }) };
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A .tinhgon file double-clicked while the app runs: its path comes in the second instance's argv.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    const file = workspaceFromArgv(argv, workingDirectory);
    if (file) void openFromShell(file);
  });
  // macOS hands a double-clicked file over as an event, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (backend) void openFromShell(file);
    else shellFile = file;
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('window-all-closed', () => {
    // The back end closes the workspace (its log folded in) before the app quits.
    const closing = backend?.call('close');
    backend = null;
    void Promise.resolve(closing)
      .catch(() => {})
      .finally(() => app.quit());
  });
  void app.whenReady().then(async () => {
    try {
      await start();
    } catch (err) {
      dialog.showErrorBox('TinhGon', `Không mở được TinhGon.\n\n${err instanceof Error ? err.message : String(err)}`);
      app.quit();
    }
  });
}

/**
 * A printed document as PDF through Chromium's own printing in Electron: the self-contained HTML
 * loaded from a temporary file in a hidden window without JavaScript, paper and margins from its
 * @page rules (A4).
 */
async function printToPdf(html: string): Promise<Uint8Array> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tinhgon-print-'));
  const file = path.join(dir, 'document.html');
  writePrivateFile(file, html);
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await win.loadFile(file);
    return new Uint8Array(
      await win.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true }),
    );
  } finally {
    win.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Only our own page may call the back end (app: is not a WHATWG special scheme, so compare parts, not `origin`). */
function isOwnFrame(frame: WebFrameMain | null | undefined): boolean {
  if (!frame) return false;
  const url = new URL(frame.url);
  return url.protocol === `${SCHEME}:` && url.host === HOST;
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  protocol.handle(SCHEME, async (request) => {
    const url = new URL(request.url);
    const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.resolve(RENDERER_DIR, `.${rel}`);
    if (url.host !== HOST || !file.startsWith(RENDERER_DIR + path.sep))
      return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    const nonce = newStyleNonce();
    headers.set('Content-Security-Policy', contentSecurityPolicy(nonce));
    const body = file.endsWith('.html') ? withStyleNonce(await response.text(), nonce) : response.body;
    return new Response(body, { status: response.status, headers });
  });

  // The back end opens the workspace used last (so a restart after a crash goes back to it), else
  // the sample, then the file the operating system handed over (before the window loads: no reload).
  const started = forkBackend();
  const opened = await started.call('start', { userData: app.getPath('userData'), fontDir: FONT_DIR, shellFile });
  shellFile = null;
  // E.g. the workspace is damaged or from a newer TinhGon: said instead of failing silently.
  if (!opened.ok) throw new Error(opened.message);
  if (opened.shell && !opened.shell.ok) dialog.showErrorBox('TinhGon', opened.shell.message);
  backend = started;
  const fileHandles = new FileHandles();
  ipcMain.handle(IPC_CHANNEL, (event, channel: unknown, args: unknown) => {
    if (!isOwnFrame(event.senderFrame))
      return { ok: false, error: new AppError('bad_request', 'err.badRequest', { detail: 'sender' }).toJSON() };
    const call = backend?.call;
    if (!call) return { ok: false, error: new AppError('conflict', 'err.internal').toJSON() };
    return dispatchWithHandles(fileHandles, (ch, a) => call('dispatch', ch, a), String(channel), args);
  });

  ipcMain.handle(DIALOG_CHANNEL, async (event, options: unknown) => {
    if (!isOwnFrame(event.senderFrame)) return null;
    const o = (typeof options === 'object' && options !== null ? options : {}) as {
      kind?: unknown;
      defaultPath?: unknown;
    };
    const filters = [{ name: 'TinhGon', extensions: ['tinhgon'] }];
    const defaultPath = typeof o.defaultPath === 'string' ? o.defaultPath : undefined;
    const owner = BrowserWindow.fromWebContents(event.sender);
    // The renderer gets an opaque handle for the chosen file (and its path to show), never a path to send.
    const chosen = (file: string | undefined, kind: HandleKind) =>
      file ? { handle: fileHandles.issue(file, kind), label: file } : null;
    if (o.kind === 'save') {
      const r = owner
        ? await dialog.showSaveDialog(owner, { filters, defaultPath })
        : await dialog.showSaveDialog({ filters, defaultPath });
      return r.canceled ? null : chosen(r.filePath, 'save');
    }
    const r = owner
      ? await dialog.showOpenDialog(owner, { filters, defaultPath, properties: ['openFile'] })
      : await dialog.showOpenDialog({ filters, defaultPath, properties: ['openFile'] });
    return r.canceled ? null : chosen(r.filePaths[0], 'open');
  });

  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    title: 'TinhGon',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle click must not open a link in a new window (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  void win.loadURL(`${ORIGIN}/index.html`);
}
