// Plan edits as commands: add (at an index or at the end), change, remove and move one operation,
// each with the plan's version; a stale version, an index outside the plan, an operation that
// cannot apply or a locked plan is refused and changes nothing; each is one step of the history.
import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';
import { translate, type MessageKey, type MessageParams } from '../../shared/i18n/index.ts';

const setup = async () => {
  const h = handlerHarness([
    unit('T', null, { kind: 'people_committee' }),
    unit('A', 'T', { kind: 'psu', publicEmployeeQuota: 20 }),
    unit('B', 'T', { kind: 'psu', publicEmployeeQuota: 10 }),
    unit('C', 'T', { kind: 'psu', publicEmployeeQuota: 5 }),
  ]);
  await h.call('scenario.import', { scenario: { name: 'PA1', operations: [merge, convertC] } });
  return h;
};

const merge = { type: 'merge', year: 2026, units: ['A', 'B'], into: 'A' };
const convertC = { type: 'convert', year: 2027, unit: 'C' };
const renameA = { type: 'rename', year: 2027, unit: 'A', name: 'Trung tâm mới' };

type Harness = Awaited<ReturnType<typeof setup>>;
const opened = (h: Harness) =>
  h.call<{ scenario: { operations: unknown[] }; version: string }>('scenario.open', { name: 'PA1' });
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { error: { key: string; params?: Record<string, string> } }) => e.error,
  );

describe('plan edits as commands', () => {
  it('add, change, remove and move one operation, each answering the plan’s new version', async () => {
    const h = await setup();
    let { version } = await opened(h);
    const step = async (channel: string, args: Record<string, unknown>) => {
      const answer = await h.call<{ name: string; version: string }>(channel, { name: 'PA1', version, ...args });
      const now = await opened(h);
      expect(answer).toEqual({ name: 'PA1', version: now.version });
      expect(answer.version).not.toBe(version);
      version = answer.version;
      return now.scenario.operations;
    };
    expect(await step('scenario.addOperation', { operation: renameA })).toEqual([merge, convertC, renameA]);
    const renameC = { type: 'rename', year: 2026, unit: 'C', name: 'Trung tâm C' };
    expect(await step('scenario.addOperation', { operation: renameC, index: 0 })).toEqual([
      renameC,
      merge,
      convertC,
      renameA,
    ]);
    expect(await step('scenario.removeOperation', { index: 2 })).toEqual([renameC, merge, renameA]);
    const renamed = { ...renameA, name: 'Trung tâm hợp nhất' };
    expect(await step('scenario.changeOperation', { index: 2, operation: renamed })).toEqual([renameC, merge, renamed]);
    expect(await step('scenario.moveOperation', { from: 0, to: 2 })).toEqual([merge, renamed, renameC]);
    expect(await step('scenario.moveOperation', { from: 2, to: 0 })).toEqual([renameC, merge, renamed]);
    h.ws.close();
  });

  it('refuses a stale version (another person, another window) in Vietnamese, never overwriting the other edit', async () => {
    const h = await setup();
    const { version } = await opened(h); // both windows read this version
    await h.call('scenario.addOperation', { name: 'PA1', version, operation: renameA }); // the first window
    const after = await opened(h);
    for (const [channel, args] of [
      ['scenario.addOperation', { operation: { type: 'convert', year: 2028, unit: 'A' } }],
      ['scenario.changeOperation', { index: 0, operation: { ...merge, year: 2027 } }],
      ['scenario.removeOperation', { index: 0 }],
      ['scenario.moveOperation', { from: 0, to: 1 }],
    ] as const) {
      const err = await refusal(h.call(channel, { name: 'PA1', version, ...args }));
      expect(err).toMatchObject({ key: 'err.planChanged', params: { name: 'PA1' } });
      expect(translate('vi', 'err.planChanged', err!.params ?? {})).toBe(
        'Phương án "PA1" vừa được sửa ở nơi khác (người khác hoặc một cửa sổ khác của TinhGon); thay đổi của bạn chưa được lưu. Phương án đã được tải lại: xem lại rồi sửa tiếp.',
      );
    }
    expect(await opened(h)).toEqual(after);
    h.ws.close();
  });

  it('refuses, changing nothing: no version, an index outside the plan, an operation that cannot apply, a locked plan', async () => {
    const h = await setup();
    const before = await opened(h);
    const { version } = before;
    expect(await refusal(h.call('scenario.removeOperation', { name: 'PA1', index: 0 }))).toMatchObject({
      kind: 'validation',
    });
    const outside = await refusal(h.call('scenario.removeOperation', { name: 'PA1', version, index: 2 }));
    expect(outside).toMatchObject({ key: 'err.operationIndex', params: { number: '3', count: '2' } });
    expect(translate('vi', 'err.operationIndex', outside!.params ?? {})).toBe(
      'Phương án không có thao tác thứ 3 (chỉ có 2 thao tác); hãy tải lại phương án rồi sửa tiếp.',
    );
    expect(await refusal(h.call('scenario.moveOperation', { name: 'PA1', version, from: 0, to: 2 }))).toMatchObject({
      key: 'err.operationIndex',
    });
    expect(
      await refusal(h.call('scenario.addOperation', { name: 'PA1', version, operation: renameA, index: 3 })),
    ).toMatchObject({ key: 'err.operationIndex' });
    // B is merged into A in 2026: converting it in 2027 cannot apply.
    expect(
      await refusal(
        h.call('scenario.changeOperation', {
          name: 'PA1',
          version,
          index: 1,
          operation: { type: 'convert', year: 2027, unit: 'B' },
        }),
      ),
    ).toMatchObject({ key: 'err.scenarioOperation', params: { index: '1', type: 'convert' } });
    // Removing the merge leaves the plan valid; moving the conversion of C first too: nothing refused here but the lock.
    await h.call('scenario.lock', { name: 'PA1', locked: true, version });
    const locked = (await opened(h)).version;
    expect(await refusal(h.call('scenario.removeOperation', { name: 'PA1', version: locked, index: 0 }))).toMatchObject(
      { key: 'err.scenarioLocked' },
    );
    expect((await opened(h)).scenario).toEqual(before.scenario);
    h.ws.close();
  });

  it('each command is one step of the history, said by what it did, undone and redone', async () => {
    const h = await setup();
    const labels = async () =>
      (
        await h.call<{ entries: Array<{ label: { key: MessageKey; params: MessageParams } }> }>('history.list', {})
      ).entries.map((e) => translate('vi', e.label.key, e.label.params));
    let { version } = await opened(h);
    const send = async (channel: string, args: Record<string, unknown>) =>
      (version = (await h.call<{ version: string }>(channel, { name: 'PA1', version, ...args })).version);
    await send('scenario.addOperation', { operation: renameA });
    await send('scenario.changeOperation', { index: 2, operation: { ...renameA, name: 'X' } });
    await send('scenario.moveOperation', { from: 2, to: 0 });
    await send('scenario.removeOperation', { index: 0 });
    expect((await labels()).slice(0, 4)).toEqual([
      'Xóa thao tác 1 của phương án PA1',
      'Chuyển thao tác 3 thành thao tác 1 của phương án PA1',
      'Sửa thao tác 3 của phương án PA1',
      'Thêm một thao tác vào phương án PA1',
    ]);
    await h.call('history.undo', {});
    await h.call('history.undo', {});
    expect((await opened(h)).scenario.operations).toEqual([merge, convertC, { ...renameA, name: 'X' }]);
    await h.call('history.redo', {});
    expect((await opened(h)).scenario.operations).toEqual([{ ...renameA, name: 'X' }, merge, convertC]);
    h.ws.close();
  });
});
