/**
 * The Electron lock-down that can be checked without an Electron binary: the fuses electron-builder
 * flips in the packaged app, and the permission and navigation handlers main.ts installs.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, isAllowedFrameNavigation, lockDownContents } from '../../electron/hardening.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
// js-yaml is what electron-builder itself reads its configuration with.
const yaml = require('js-yaml') as { load(text: string): unknown };
const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('flips the fuses: no RunAsNode, no NODE_OPTIONS, no --inspect, encrypted cookies, asar integrity, app only from the asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // Every key is one electron-builder knows (a misspelt fuse would be silently ignored).
    const schema = require('app-builder-lib/scheme.json') as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    for (const key of Object.keys(config.electronFuses as object))
      expect(schema.definitions.FuseOptionsV1.properties).toHaveProperty(key);
  });

  it('associates .tinhgon files with the app (double-click opens them)', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'tinhgon' })]);
  });
});

describe('permissions', () => {
  it('every request is refused and every check answers no', () => {
    let request: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (h: never) => (request = h),
      setPermissionCheckHandler: (h: never) => (check = h),
    });
    const cb = vi.fn();
    request!(null, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    for (const p of ['media', 'notifications', 'clipboard-read', 'hid', 'usb', 'serial', 'fileSystem', 'openExternal'])
      expect(check!(null, p, 'app://tinhgon', {})).toBe(false);
  });
});

describe('navigation', () => {
  function fakeContents() {
    const handlers = new Map<string, (e: Record<string, unknown>) => void>();
    let openHandler: (() => { action: string }) | undefined;
    lockDownContents({
      on: (name: string, h: never) => handlers.set(name, h),
      setWindowOpenHandler: (h: never) => (openHandler = h),
    } as never);
    const fire = (name: string, details: Record<string, unknown> = {}) => {
      const preventDefault = vi.fn();
      handlers.get(name)!({ ...details, preventDefault });
      return preventDefault.mock.calls.length > 0;
    };
    return { fire, openHandler: () => openHandler!() };
  }

  it('the window never navigates, no new window, no <webview>', () => {
    const c = fakeContents();
    expect(c.fire('will-navigate', { url: 'https://example.org/' })).toBe(true);
    expect(c.fire('will-attach-webview')).toBe(true);
    expect(c.openHandler()).toEqual({ action: 'deny' });
  });

  it('a sub-frame may show only an inline document (the print preview), never navigate away', () => {
    const c = fakeContents();
    expect(c.fire('will-frame-navigate', { url: 'about:srcdoc', isMainFrame: false })).toBe(false);
    for (const url of [
      'https://example.org/',
      'file:///etc/passwd',
      'app://tinhgon/index.html',
      'javascript:alert(1)',
      'data:text/html,x',
    ]) {
      expect(c.fire('will-frame-navigate', { url, isMainFrame: false })).toBe(true);
    }
    expect(c.fire('will-frame-navigate', { url: 'https://example.org/', isMainFrame: true })).toBe(true);
    expect(isAllowedFrameNavigation('about:srcdoc', true)).toBe(false);
  });
});

describe('main.ts wires the tested pieces (it cannot be run here)', () => {
  const main = fs.readFileSync(path.join(ROOT, 'electron', 'main.ts'), 'utf8');
  it('installs the lock-down, the handle translation and the shell file opening', () => {
    expect(main).toContain("app.on('web-contents-created', (_event, contents) => lockDownContents(contents));");
    expect(main).toContain('denyAllPermissions(session.defaultSession);');
    // Every IPC call goes through the handle table; no direct dispatch a raw path could slip through.
    expect(main).toMatch(
      /ipcMain\.handle\(IPC_CHANNEL,[\s\S]*?dispatchWithHandles\(fileHandles, \(ch, a\) => call\('dispatch', ch, a\),/,
    );
    // The handler table runs in the back end's utility process, never here.
    expect(main).toContain("utilityProcess.fork(path.join(__dirname, 'backend.cjs')");
    expect(main).not.toMatch(/createHandlers|openWorkspace|better-sqlite3/);
    expect(main).not.toMatch(/\bdispatch\(/);
    expect(main).toMatch(
      /app\.on\('second-instance', \(_event, argv, workingDirectory\) => \{[\s\S]*?workspaceFromArgv\(argv, workingDirectory\)/,
    );
    expect(main).toContain("app.on('open-file'");
  });
});
