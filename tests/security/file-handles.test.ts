/**
 * Desktop app: the renderer can never name a path. Paths come only from the main process's native
 * dialogs (and its recent list) as opaque handles; the IPC transport turns them back into paths and
 * refuses a raw path, an unknown handle or a handle of the wrong kind, before any handler runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers/index.ts';
import { dispatchWithHandles, FileHandles, PATH_ARGS } from '../../electron/file-handles.ts';
import { Session } from '../../electron/session.ts';
import { contract, type Channel } from '../../shared/contract/index.ts';
import { createWorkspace } from '../../db/workspace.ts';
import { translate } from '../../shared/i18n/index.ts';
import { unit } from '../fixtures.ts';
import { tempDir } from '../temp.ts';

const meta = (provinceName: string) => ({
  provinceName,
  baseYear: 2026,
  provinceClass: 'class2' as const,
  isSample: false,
});

function app() {
  const dir = tempDir();
  const session = new Session(
    createWorkspace(path.join(dir, 'a.tinhgon'), meta('Hậu Giang'), [unit('A', null)]),
    path.join(dir, 'recent.json'),
  );
  createWorkspace(path.join(dir, 'b.tinhgon'), meta('Sóc Trăng'), [unit('B', null)]).close();
  const handles = new FileHandles();
  const ipc = (channel: string, args: unknown) => dispatchWithHandles(handles, createHandlers(session), channel, args);
  return { dir, session, handles, ipc };
}

describe('file handles', () => {
  it('every path argument of the contract goes through the handle table (a new one cannot be forgotten)', () => {
    for (const [channel, def] of Object.entries(contract)) {
      const shape = (def.args as unknown as { shape?: Record<string, unknown> }).shape ?? {};
      // `fileName` is an upload's display name (its bytes come with it), never opened as a path.
      const pathKeys = Object.keys(shape).filter((k) => /file|path|dir|folder/i.test(k) && k !== 'fileName');
      for (const key of pathKeys) expect(PATH_ARGS[channel as Channel], `${channel}.${key}`).toHaveProperty(key);
    }
  });

  it('handles are random, unguessable and serve only their own kind', () => {
    const h = new FileHandles();
    const a = h.issue('/x/a.tinhgon', 'open');
    expect(a).toMatch(/^fh-[\w-]{24}$/);
    expect(h.issue('/x/a.tinhgon', 'open')).not.toBe(a);
    expect(h.resolve(a, 'open')).toBe('/x/a.tinhgon');
    expect(h.resolve(a, 'save')).toBeUndefined();
    expect(h.resolve('/x/a.tinhgon', 'open')).toBeUndefined();
    expect(h.resolve({ toString: () => a }, 'open')).toBeUndefined();
  });

  it('a raw path from the renderer is refused before any handler runs; the open workspace stays', async () => {
    const { dir, session, ipc } = app();
    for (const [channel, args] of [
      ['workspace.open', { file: path.join(dir, 'b.tinhgon') }],
      ['workspace.saveAs', { file: path.join(dir, 'copy.tinhgon') }],
      ['workspace.backup', { file: path.join(dir, 'thesis.docx') }],
      ['workspace.create', { file: path.join(dir, 'new.tinhgon') }],
      ['workspace.restore', { backupFile: path.join(dir, 'b.tinhgon'), file: path.join(dir, 'r.tinhgon') }],
      ['province.read', { file: '/etc/passwd' }],
      ['scenario.annexPreview', { name: 'P', file: path.join(dir, 'b.tinhgon'), year: 2027, parentCode: null }],
    ] as const) {
      const env = await ipc(channel, args);
      expect(env.ok, channel).toBe(false);
      expect(!env.ok && env.error.key).toBe('err.fileHandle');
    }
    expect(session.workspace.file).toBe(path.join(dir, 'a.tinhgon'));
    expect(
      fs
        .readdirSync(dir)
        .filter((f) => !f.endsWith('-wal'))
        .sort(),
    ).toEqual(['a.tinhgon', 'b.tinhgon', 'recent.json']);
    expect(translate('vi', 'err.fileHandle')).toMatch(/hộp thoại/);
    session.close();
  });

  it('a handle from the dialog opens its file; an open handle cannot be a save target', async () => {
    const { dir, session, handles, ipc } = app();
    const b = handles.issue(path.join(dir, 'b.tinhgon'), 'open');
    const saveTarget = handles.issue(path.join(dir, 'copy.tinhgon'), 'save');
    expect(await ipc('workspace.saveAs', { file: b })).toMatchObject({ ok: false, error: { key: 'err.fileHandle' } });
    expect(await ipc('province.read', { file: b })).toMatchObject({ ok: true, result: { provinceName: 'Sóc Trăng' } });
    expect(await ipc('workspace.saveAs', { file: saveTarget })).toMatchObject({
      ok: true,
      result: { file: path.join(dir, 'copy.tinhgon') },
    });
    expect(await ipc('workspace.open', { file: b })).toMatchObject({ ok: true, result: { provinceName: 'Sóc Trăng' } });
    expect(session.workspace.file).toBe(path.join(dir, 'b.tinhgon'));
    session.close();
  });

  it('the recent list comes with handles to open its files by', async () => {
    const { dir, session, handles, ipc } = app();
    await ipc('workspace.open', { file: handles.issue(path.join(dir, 'b.tinhgon'), 'open') });
    const env = await ipc('workspace.recent', {});
    const files = (env as { result: { files: Array<{ file: string; handle?: string }> } }).result.files;
    expect(files.map((f) => f.file)).toEqual([path.join(dir, 'b.tinhgon'), path.join(dir, 'a.tinhgon')]);
    expect(await ipc('workspace.open', { file: files[1]!.handle })).toMatchObject({
      ok: true,
      result: { provinceName: 'Hậu Giang' },
    });
    session.close();
  });
});
