/**
 * Browser mode keeps at most 200 client sessions; the one unused longest is closed. A tab whose
 * session was closed while it edited another file than the server's home workspace used to come
 * back on the home workspace without a word: its next edit landed in the wrong province's file.
 * It is now refused (nothing written anywhere) and told to reload, which starts a new session.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspace } from '../../db/workspace.ts';
import { getUnit } from '../../db/units-repo.ts';
import { BrowserSessions } from '../../electron/browser-sessions.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { tempDir } from '../temp.ts';
import { unit } from '../fixtures.ts';

const meta = { provinceName: 'T', baseYear: 2026, provinceClass: 'class2' as const, isSample: false };

describe('a tab whose session was closed to make room', () => {
  it('is refused, never moved to the home workspace; a new id starts afresh', async () => {
    const dir = tempDir();
    const [home, other] = ['home', 'soc-trang'].map((n) => {
      const file = path.join(dir, `${n}.tinhgon`);
      createWorkspace(file, meta, [unit('A', null)]).close();
      return file;
    }) as [string, string];
    const sessions = new BrowserSessions(openWorkspace(home));
    const handlers = createHandlers(() => sessions.current());
    const as = (client: string, channel: string, args: unknown) =>
      sessions.run({ client }, () => dispatch(handlers, channel, args));
    try {
      expect((await as('tab-lan-0001', 'workspace.open', { file: other })).ok).toBe(true);
      // 200 other tabs over the server's life (or one script): the idle tab's session is closed.
      for (let i = 0; i < 200; i++)
        expect((await as(`tab-${String(i).padStart(8, '0')}`, 'workspace.info', {})).ok).toBe(true);
      const edit = await as('tab-lan-0001', 'units.update', { code: 'A', patch: { name: 'Sửa sau giờ nghỉ' } });
      expect(edit).toMatchObject({ ok: false, error: { kind: 'conflict', key: 'err.sessionEnded' } });
      expect((await as('tab-lan-0001', 'workspace.info', {})).ok).toBe(false); // still refused until the page gets a new id
      // A reload of the tab comes with a new id: a new session, on the home workspace, said in its header.
      expect(await as('tab-lan-0002', 'workspace.info', {})).toMatchObject({ ok: true, result: { file: home } });
    } finally {
      sessions.close();
    }
    for (const file of [home, other]) {
      const ws = openWorkspace(file);
      expect(getUnit(ws.db, 'A')!.name, file).toBe('Đơn vị A');
      ws.close();
    }
  });
});
