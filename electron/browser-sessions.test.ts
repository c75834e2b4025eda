import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspace } from '../db/workspace.ts';
import { createHandlers } from './handlers/index.ts';
import { dispatch } from '../shared/dispatch.ts';
import { BrowserSessions } from './browser-sessions.ts';
import { tempDir } from '../tests/temp.ts';
import { FileAccess } from '../db/safe-path.ts';
import { unit } from '../tests/fixtures.ts';

const meta = { provinceName: 'T', baseYear: 2026, provinceClass: 'class2' as const, isSample: false };

function files(names: string[]) {
  const dir = tempDir();
  return names.map((n) => {
    const file = path.join(dir, `${n}.tinhgon`);
    createWorkspace(file, meta, [unit('A', null)]).close();
    return file;
  });
}

describe('browser sessions: one per client, one handle per file', () => {
  it("shares a file's handle between its clients and closes it when the last one leaves", async () => {
    const [home, a] = files(['home', 'a']);
    const sessions = new BrowserSessions(openWorkspace(home!));
    const handlers = createHandlers(() => sessions.current());
    const as = (client: string, channel: string, args: unknown) =>
      sessions.run({ client }, () => dispatch(handlers, channel, args));
    expect((await as('client-one', 'workspace.open', { file: a })).ok).toBe(true);
    expect((await as('client-two', 'workspace.open', { file: a })).ok).toBe(true);
    expect(sessions.holders(a!)).toBe(2);
    expect(sessions.holders(home!)).toBe(1); // the home session, for new clients
    expect((await as('client-one', 'workspace.open', { file: home })).ok).toBe(true);
    expect(sessions.holders(a!)).toBe(1);
    expect((await as('client-two', 'workspace.open', { file: home })).ok).toBe(true);
    // Nobody holds `a` now: its lock is released, another program may open it.
    expect(sessions.holders(a!)).toBe(0);
    openWorkspace(a!).close();
    sessions.close();
    openWorkspace(home!).close();
  });

  it('keeps at most 200 clients, letting go of the one unused longest', async () => {
    const [home, a] = files(['home', 'a']);
    const sessions = new BrowserSessions(openWorkspace(home!));
    const handlers = createHandlers(() => sessions.current());
    await sessions.run({ client: 'client-oldest' }, () => dispatch(handlers, 'workspace.open', { file: a }));
    for (let i = 0; i < 200; i++)
      sessions.run({ client: `client-${String(i).padStart(4, '0')}` }, () => sessions.current());
    expect(sessions.holders(a!)).toBe(0);
    // Back after eviction from another file: refused (never moved to home, tests/security/evicted-sessions.test.ts); a new id starts on home.
    expect(() => sessions.run({ client: 'client-oldest' }, () => sessions.current())).toThrow(
      expect.objectContaining({ key: 'err.sessionEnded' }),
    );
    expect(sessions.run({ client: 'client-reload' }, () => sessions.current().workspace.file)).toBe(home);
    sessions.close();
  });

  it("confines every client's paths to the same folders (browser mode's FileAccess)", async () => {
    const [home, a] = files(['home', 'a']);
    const [outside] = files(['outside']);
    const sessions = new BrowserSessions(openWorkspace(home!));
    const handlers = createHandlers(() => sessions.current(), { files: new FileAccess([path.dirname(home!)]) });
    const as = (client: string, channel: string, args: unknown) =>
      sessions.run({ client }, () => dispatch(handlers, channel, args));
    for (const client of ['client-one', 'client-two']) {
      const refused = await as(client, 'workspace.open', { file: outside });
      expect(refused.ok ? null : refused.error.key).toBe('err.pathOutside');
      expect(
        (
          await as(client, 'workspace.open', {
            file: path.join(path.dirname(home!), '..', path.basename(path.dirname(outside!)), 'outside.tinhgon'),
          })
        ).ok,
      ).toBe(false);
      expect((await as(client, 'workspace.open', { file: a })).ok).toBe(true);
    }
    expect(sessions.holders(a!)).toBe(2); // inside the root, the clients still share the file's one handle
    expect(sessions.holders(outside!)).toBe(0);
    sessions.close();
    openWorkspace(outside!).close();
  });
});
