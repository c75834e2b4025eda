/**
 * Two people in browser mode on one plan: deleting, locking (approving) or renaming it carries the
 * version each read, like saving its operations does. Whoever acts on a plan that changed since
 * they read it is refused with a message, so nobody deletes another's fresh work or approves
 * operations they never saw.
 */
import { describe, expect, it } from 'vitest';
import { handlerHarness } from '../handler-harness.ts';
import { unit } from '../fixtures.ts';

type Opened = { scenario: { operations: unknown[] }; version: string };
type Listed = Array<{ name: string; locked: boolean }>;

async function twoReaders() {
  const h = handlerHarness([unit('A', null), unit('B', 'A')]);
  await h.call('scenario.create', { name: 'PA' });
  const binh = await h.call<Opened>('scenario.open', { name: 'PA' });
  const lan = await h.call<Opened>('scenario.open', { name: 'PA' });
  // Bình saves an operation after Lan read the plan.
  const work = [{ type: 'dissolve', year: 2026, unit: 'B', staffTo: 'A' }];
  await h.call('scenario.setOperations', { name: 'PA', operations: work, version: binh.version });
  const refusal = (channel: string, args: object) =>
    h.call(channel, { name: 'PA', ...args, version: lan.version }).then(
      () => null,
      (e: { error: { key: string } }) => e.error.key,
    );
  return { ...h, work, refusal };
}

describe('delete, lock and rename of a plan changed since it was read', () => {
  it('are refused with err.planChanged; the plan, its operations and its state are kept', async () => {
    const { call, work, refusal } = await twoReaders();
    expect(await refusal('scenario.delete', {})).toBe('err.planChanged');
    expect(await refusal('scenario.lock', { locked: true })).toBe('err.planChanged');
    expect(await refusal('scenario.rename', { newName: 'PA mới' })).toBe('err.planChanged');
    expect(await call<Listed>('scenario.list', {})).toMatchObject([{ name: 'PA', locked: false }]);
    expect((await call<Opened>('scenario.open', { name: 'PA' })).scenario.operations).toEqual(work);
  });

  it("a lock by one person refuses another's stale delete; with the version read now each goes through", async () => {
    const { call } = await twoReaders();
    const seen = await call<Opened>('scenario.open', { name: 'PA' });
    await call('scenario.lock', { name: 'PA', locked: true, version: seen.version });
    expect(
      await call('scenario.delete', { name: 'PA', version: seen.version }).catch(
        (e: { error: { key: string } }) => e.error.key,
      ),
    ).toBe('err.planChanged');
    const locked = await call<Opened>('scenario.open', { name: 'PA' });
    await call('scenario.lock', { name: 'PA', locked: false, version: locked.version });
    const unlocked = await call<Opened>('scenario.open', { name: 'PA' });
    await call('scenario.rename', { name: 'PA', newName: 'PA 2', version: unlocked.version });
    const renamed = await call<Opened>('scenario.open', { name: 'PA 2' });
    await call('scenario.delete', { name: 'PA 2', version: renamed.version });
    expect(await call<Listed>('scenario.list', {})).toEqual([]);
  });
});
