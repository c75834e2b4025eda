/** finance.setMany: a block of figures pasted into the finance grid is one step of the history, all of it or none. */
import { describe, expect, it } from 'vitest';
import type { HistoryView } from '../../shared/contract/index.ts';
import { translate } from '../../shared/i18n/index.ts';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';
import { Refused } from '../../tests/property.ts';

const setup = () =>
  handlerHarness([
    unit('T', null, { kind: 'people_committee' }),
    unit('A', 'T', { kind: 'psu', name: 'Trung tâm A' }),
    unit('B', 'T', { kind: 'psu', name: 'Trung tâm B' }),
    unit('S', 'T', { kind: 'department', name: 'Sở C' }),
  ]);
type Call = ReturnType<typeof setup>['call'];
const figures = async (call: Call) =>
  (
    await call<{ rows: Array<{ code: string; revenue: string | null; spending: string | null }> }>('finance.list', {
      year: 2025,
    })
  ).rows.map((r) => [r.code, r.revenue, r.spending]);

describe('finance.setMany', () => {
  it('writes every row in one step, undone and redone as one', async () => {
    const { call, ws } = setup();
    const before = await figures(call);
    await call('finance.setMany', {
      year: 2025,
      amountUnit: 'trieu_dong',
      rows: [
        { code: 'A', revenue: '1.234,5', spending: '2.000' },
        { code: 'B', revenue: '75', spending: '100' },
      ],
    });
    const after = await figures(call);
    expect(after).toEqual([
      ['A', '1.234,5', '2.000'],
      ['B', '75', '100'],
    ]);
    const history = await call<HistoryView>('history.list', {});
    expect(history.entries).toHaveLength(1);
    expect(translate('vi', history.entries[0]!.label.key, history.entries[0]!.label.params)).toBe(
      'Sửa số liệu tài chính của 2 đơn vị năm 2025 (dán từ bảng tính)',
    );
    await call('history.undo', {});
    expect(await figures(call)).toEqual(before);
    await call('history.redo', {});
    expect(await figures(call)).toEqual(after);
    ws.close();
  });

  it('refuses the whole block when one row is refused, naming the row’s unit and field, and writes nothing', async () => {
    const { call, ws } = setup();
    const before = await figures(call);
    const refused = await call('finance.setMany', {
      year: 2025,
      amountUnit: 'trieu_dong',
      rows: [
        { code: 'A', revenue: '75', spending: '100' },
        { code: 'B', revenue: 'abc', spending: '100' },
      ],
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Refused);
    expect((refused as Refused).error.issues).toEqual([
      { field: 'rows.1.revenue', key: 'err.amount', params: { unit: 'Trung tâm B' } },
    ]);
    await expect(
      call('finance.setMany', {
        year: 2025,
        amountUnit: 'trieu_dong',
        rows: [
          { code: 'A', revenue: '75', spending: '100' },
          { code: 'S', revenue: '1', spending: '2' },
        ],
      }),
    ).rejects.toThrow('err.notPsu');
    expect(await figures(call)).toEqual(before);
    expect((await call<HistoryView>('history.list', {})).entries).toHaveLength(0);
    ws.close();
  });
});
