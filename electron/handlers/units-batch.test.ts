/** units.updateMany: a column pasted into the unit grid is one step of the history, all of it or none. */
import { describe, expect, it } from 'vitest';
import type { HistoryView, TreeAfterEdit } from '../../shared/contract/index.ts';
import type { Unit } from '../../shared/model/unit.ts';
import { translate } from '../../shared/i18n/index.ts';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';
import { Refused } from '../../tests/property.ts';

const setup = () =>
  handlerHarness([
    unit('T', null, { kind: 'people_committee' }),
    unit('S1', 'T', { kind: 'department', name: 'Sở Một', civilServantQuota: 10 }),
    unit('S2', 'T', { kind: 'department', name: 'Sở Hai', civilServantQuota: 20 }),
    unit('S3', 'T', { kind: 'department', name: 'Sở Ba', civilServantQuota: 30 }),
  ]);

const quotas = async (call: ReturnType<typeof setup>['call']) =>
  Object.fromEntries((await call<{ units: Unit[] }>('units.list', {})).units.map((u) => [u.code, u.civilServantQuota]));
const column = (values: unknown[]) => values.map((v, i) => ({ code: `S${i + 1}`, patch: { civilServantQuota: v } }));

describe('units.updateMany', () => {
  it('changes every unit in one step, undone and redone as one', async () => {
    const { call, ws } = setup();
    const answer = await call<TreeAfterEdit>('units.updateMany', { changes: column([11, 1234, 33]), deltaOnly: true });
    expect(await quotas(call)).toMatchObject({ S1: 11, S2: 1234, S3: 33 });
    const history = answer.history;
    expect(history.entries).toHaveLength(1);
    expect(translate('vi', history.entries[0]!.label.key, history.entries[0]!.label.params)).toBe(
      'Sửa số liệu của 3 đơn vị (dán từ bảng tính)',
    );
    await call('history.undo', {});
    expect(await quotas(call)).toMatchObject({ S1: 10, S2: 20, S3: 30 });
    await call('history.redo', {});
    expect(await quotas(call)).toMatchObject({ S1: 11, S2: 1234, S3: 33 });
    expect((await call<HistoryView>('history.list', {})).entries).toHaveLength(1);
    ws.close();
  });

  it('reads counts typed the Vietnamese way, as units.update does', async () => {
    const { call, ws } = setup();
    await call('units.updateMany', { changes: column(['1.234', '5', '0']) });
    expect(await quotas(call)).toMatchObject({ S1: 1234, S2: 5, S3: 0 });
    ws.close();
  });

  it('refuses the whole batch when one value is refused, naming its place, and changes nothing', async () => {
    const { call, ws } = setup();
    const refused = await call('units.updateMany', { changes: column([11, -2, 33]) }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Refused);
    expect((refused as Refused).error.issues).toEqual([
      expect.objectContaining({ field: 'changes.1.patch.civilServantQuota', key: 'err.negative' }),
    ]);
    expect(await quotas(call)).toMatchObject({ S1: 10, S2: 20, S3: 30 });
    expect((await call<HistoryView>('history.list', {})).entries).toHaveLength(0);
    ws.close();
  });

  it('writes nothing when a unit met late in the batch is refused by the tree', async () => {
    const { call, ws } = setup();
    const changes = [...column([11, 22]), { code: 'GONE', patch: { civilServantQuota: 1 } }];
    await expect(call('units.updateMany', { changes })).rejects.toThrow('err.unitNotFound');
    const kind = [...column([11, 22]), { code: 'S3', patch: { kind: 'psu_division' } }];
    await expect(call('units.updateMany', { changes: kind })).rejects.toThrow('err.placement');
    expect(await quotas(call)).toMatchObject({ S1: 10, S2: 20, S3: 30 });
    expect((await call<HistoryView>('history.list', {})).entries).toHaveLength(0);
    ws.close();
  });

  it('merges the cells of one row into one change of the unit', async () => {
    const { call, ws } = setup();
    await call('units.updateMany', {
      changes: [
        { code: 'S1', patch: { civilServantQuota: 12 } },
        { code: 'S1', patch: { civilServantActual: 9 } },
        { code: 'S2', patch: { civilServantQuota: 21 } },
      ],
    });
    const units = (await call<{ units: Unit[] }>('units.list', {})).units;
    expect(units.find((u) => u.code === 'S1')).toMatchObject({ civilServantQuota: 12, civilServantActual: 9 });
    await call('history.undo', {});
    expect(await quotas(call)).toMatchObject({ S1: 10, S2: 20 });
    ws.close();
  });
});
