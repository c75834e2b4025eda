import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../db/workspace.ts';
import { AppError } from '../shared/errors.ts';
import { unit } from '../tests/fixtures.ts';
import { tempDir } from '../tests/temp.ts';
import { Session } from './session.ts';
import { openInSession, workspaceFromArgv } from './shell-open.ts';

const meta = (provinceName: string) => ({
  provinceName,
  baseYear: 2026,
  provinceClass: 'class2' as const,
  isSample: false,
});

describe('workspaceFromArgv', () => {
  it('finds the double-clicked file in the packaged app, in development and in a second instance', () => {
    expect(workspaceFromArgv(['C:\\TinhGon\\TinhGon.exe', 'D:\\So Noi vu\\Hau Giang.tinhgon'], 'C:\\')).toBe(
      path.resolve('C:\\', 'D:\\So Noi vu\\Hau Giang.tinhgon'),
    );
    expect(workspaceFromArgv(['/opt/TinhGon/tinhgon', '/home/a/Sóc Trăng.tinhgon'], '/')).toBe(
      '/home/a/Sóc Trăng.tinhgon',
    );
    // Electron in development: argv[1] is the app folder. Chromium switches come before the file.
    expect(
      workspaceFromArgv(
        ['/x/electron', '.', '--allow-file-access-from-files', '--original-process-start-time=1', 'w.TINHGON'],
        '/home/a',
      ),
    ).toBe('/home/a/w.TINHGON');
    expect(workspaceFromArgv(['/opt/TinhGon/tinhgon', pathToFileURL('/home/a/Cần Thơ.tinhgon').href], '/')).toBe(
      '/home/a/Cần Thơ.tinhgon',
    );
  });

  it('ignores anything that is not a workspace file', () => {
    expect(workspaceFromArgv(['/opt/TinhGon/tinhgon'], '/')).toBeNull();
    expect(
      workspaceFromArgv(['/opt/TinhGon/tinhgon', '--inspect=9229', 'notes.docx', '/etc/passwd', '.tinhgon-wal'], '/'),
    ).toBeNull();
    expect(workspaceFromArgv(['/opt/TinhGon/tinhgon', '--workspace=/x/a.tinhgon'], '/')).toBeNull();
    expect(workspaceFromArgv(['/opt/TinhGon/tinhgon', 'a.docx\0.tinhgon'], '/')).toBeNull();
    expect(workspaceFromArgv(['/opt/TinhGon/tinhgon', 'file://%zz.tinhgon'], '/')).toBeNull();
  });
});

describe('openInSession', () => {
  it('switches the running app to the double-clicked workspace; a refused file leaves it as it was', () => {
    const dir = tempDir();
    const a = createWorkspace(path.join(dir, 'a.tinhgon'), meta('Hậu Giang'), [unit('A', null)]);
    createWorkspace(path.join(dir, 'b.tinhgon'), meta('Sóc Trăng'), [unit('B', null)]).close();
    const session = new Session(a, path.join(dir, 'recent.json'));
    expect(openInSession(session, path.join(dir, 'a.tinhgon'))).toBe(false);
    expect(openInSession(session, path.join(dir, 'b.tinhgon'))).toBe(true);
    expect(session.workspace.file).toBe(path.join(dir, 'b.tinhgon'));
    expect(session.recent()[0]).toBe(path.join(dir, 'b.tinhgon'));
    fs.writeFileSync(path.join(dir, 'c.tinhgon'), 'not a workspace');
    expect(() => openInSession(session, path.join(dir, 'c.tinhgon'))).toThrow(AppError);
    expect(session.workspace.file).toBe(path.join(dir, 'b.tinhgon'));
    session.close();
  });
});
