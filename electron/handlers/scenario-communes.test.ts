import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';

const commune = (code: string, parent: string) =>
  unit(code, parent, {
    kind: 'people_committee',
    level: 'commune',
    civilServantQuota: 20,
    civilServantActual: 18,
    deputies: 2,
  });
const setup = () =>
  handlerHarness([
    unit('P', null, { kind: 'people_committee' }),
    unit('D1', 'P', { kind: 'people_committee', level: 'district' }),
    unit('D2', 'P', { kind: 'people_committee', level: 'district' }),
    commune('X1', 'D1'),
    commune('X2', 'D1'),
    commune('X3', 'D1'),
    commune('X4', 'D1'),
    commune('Y1', 'D2'),
    unit('X1.TYT', 'X1', { kind: 'psu', level: 'commune', publicEmployeeQuota: 5 }),
  ]);
const csv = (lines: string[]) => ({
  fileName: 'nghi-quyet.csv',
  data: Buffer.from(lines.join('\r\n'), 'utf8').toString('base64'),
});
const TABLE = [
  'DANH SÁCH ĐƠN VỊ HÀNH CHÍNH CẤP XÃ SAU SẮP XẾP',
  '',
  'STT,Mã xã mới,Tên xã mới,Loại,Mã các xã cũ',
  '1,N1,Vị Thanh,phường,"X1;X2"',
  '2,N2,Tân Tiến,xã,"X3; X4"',
];
type Ops = { operations: Array<Record<string, unknown>> };

describe('scenario.communes', () => {
  it("adds one merge per row on the date, under the old communes' parent, and returns the new version", async () => {
    const { ws, call } = setup();
    await call('scenario.create', { name: 'PA' });
    const { version } = await call<{ version: string }>('scenario.open', { name: 'PA' });
    const done = await call<{ added: unknown[]; version: string }>('scenario.communes', {
      name: 'PA',
      ...csv(TABLE),
      date: '2025-07-01',
      version,
    });
    expect(done.version).not.toBe(version);
    const stored = await call<Ops>('scenario.get', { name: 'PA' });
    expect(stored.operations).toEqual([
      {
        type: 'merge',
        year: 2025,
        date: '2025-07-01',
        units: ['X1', 'X2'],
        into: { code: 'N1', name: 'UBND phường Vị Thanh', kind: 'people_committee', parentCode: 'D1' },
      },
      {
        type: 'merge',
        year: 2025,
        date: '2025-07-01',
        units: ['X3', 'X4'],
        into: { code: 'N2', name: 'UBND xã Tân Tiến', kind: 'people_committee', parentCode: 'D1' },
      },
    ]);
    expect(done.added).toEqual(stored.operations);
    const state = await call<{ units: Array<{ code: string; parentCode: string | null; civilServantQuota: number }> }>(
      'scenario.state',
      { name: 'PA', year: 2025 },
    );
    expect(state.units.find((u) => u.code === 'N1')).toMatchObject({ parentCode: 'D1', civilServantQuota: 40 });
    expect(state.units.find((u) => u.code === 'X1.TYT')?.parentCode).toBe('N1');
    ws.close();
  });

  it('reads the plan on the date: communes the plan merged before are gone, the district level abolished puts the new one under the province', async () => {
    const { ws, call } = setup();
    const abolish = { type: 'abolishLevel', date: '2025-07-01', level: 'district', receivers: { D1: 'P', D2: 'P' } };
    await call('scenario.import', {
      scenario: {
        name: 'PA',
        operations: [{ type: 'merge', date: '2025-03-01', units: ['X3', 'X4'], into: 'X3' }, abolish],
      },
    });
    await expect(call('scenario.communes', { name: 'PA', ...csv(TABLE), date: '2025-07-01' })).rejects.toMatchObject({
      error: {
        key: 'err.importInvalid',
        issues: [
          { key: 'err.communesOldUnknown', params: { row: 5, column: 'Mã các xã cũ', code: 'X4', date: '01/07/2025' } },
        ],
      },
    });
    await call('scenario.communes', {
      name: 'PA',
      ...csv(['Mã xã mới,Tên xã mới,Loại,Mã các xã cũ', 'N1,Vị Thanh,phường,"X1;X2;Y1"']),
      date: '2025-07-01',
    });
    const state = await call<{ units: Array<{ code: string; parentCode: string | null }> }>('scenario.state', {
      name: 'PA',
      year: 2025,
    });
    expect(state.units.find((u) => u.code === 'N1')?.parentCode).toBe('P');
    ws.close();
  });

  it('ignores what the plan does after the day: the district level abolished in December leaves the July merge under its district', async () => {
    const { ws, call } = setup();
    const abolish = { type: 'abolishLevel', date: '2025-12-01', level: 'district', receivers: { D1: 'P', D2: 'P' } };
    await call('scenario.import', { scenario: { name: 'PA', operations: [abolish] } });
    await call('scenario.communes', { name: 'PA', ...csv(TABLE), date: '2025-07-01' });
    const stored = await call<Ops>('scenario.get', { name: 'PA' });
    expect(stored.operations.slice(1).map((op) => (op.into as { parentCode: string }).parentCode)).toEqual([
      'D1',
      'D1',
    ]);
    ws.close();
  });

  it('refuses the whole file on any bad row, a plan changed since it was read, or a later operation the merges break; the plan stays as it was', async () => {
    const { ws, call } = setup();
    const later = { type: 'rename', year: 2026, unit: 'X1', name: 'UBND phường I' };
    await call('scenario.import', { scenario: { name: 'PA', operations: [later] } });
    const { version } = await call<{ version: string }>('scenario.open', { name: 'PA' });
    const bad = [...TABLE, '3,N3,Hỏa Lựu,thị trấn,"Y1;X9"'];
    await expect(
      call('scenario.communes', { name: 'PA', ...csv(bad), date: '2025-07-01', version }),
    ).rejects.toMatchObject({
      error: {
        key: 'err.importInvalid',
        params: { count: 2 },
        issues: [
          { key: 'err.communesType', params: { row: 6, column: 'Loại' } },
          { key: 'err.communesOldUnknown', params: { row: 6, value: 'X9' } },
        ],
      },
    });
    const other = [later, { type: 'setQuota', year: 2026, unit: 'D2', civilServantQuota: 5 }];
    await call('scenario.setOperations', { name: 'PA', operations: other, version }); // someone else's change
    await expect(
      call('scenario.communes', { name: 'PA', ...csv(TABLE), date: '2025-07-01', version }),
    ).rejects.toMatchObject({ error: { key: 'err.planChanged' } });
    await expect(call('scenario.communes', { name: 'PA', ...csv(TABLE), date: '2025-07-01' })).rejects.toMatchObject({
      error: { key: 'err.scenarioOperation', params: { index: '0', type: 'rename' } },
    });
    await expect(call('scenario.communes', { name: 'PA', ...csv(TABLE), date: '2040-07-01' })).rejects.toMatchObject({
      error: { key: 'err.scenarioYear', params: { year: 2040, from: '2025', to: '2030' } },
    });
    expect((await call<Ops>('scenario.get', { name: 'PA' })).operations).toEqual(other);
    ws.close();
  });

  it('previews without writing: each new commune with its old ones by name and their subtree totals; the version is checked only on confirm', async () => {
    const { ws, call } = setup();
    await call('scenario.create', { name: 'PA' });
    const { version } = await call<{ version: string }>('scenario.open', { name: 'PA' });
    const shown = await call<{ applied: boolean; version: string; merges: unknown[]; added: unknown[] }>(
      'scenario.communes',
      { name: 'PA', ...csv(TABLE), date: '2025-07-01', version: 'stale', preview: true },
    );
    expect(shown.applied).toBe(false);
    expect(shown.version).toBe(version);
    expect(shown.added).toHaveLength(2);
    expect(shown.merges[0]).toEqual({
      row: 4,
      code: 'N1',
      name: 'UBND phường Vị Thanh',
      type: 'phường',
      olds: [
        { code: 'X1', name: 'Đơn vị X1' },
        { code: 'X2', name: 'Đơn vị X2' },
      ],
      // X1's health station (5 public-employee quota) counted in X1's subtree.
      totals: {
        civilServantQuota: 40,
        civilServantActual: 36,
        publicEmployeeQuota: 5,
        publicEmployeeActual: 0,
        people: 36,
      },
    });
    expect((await call<Ops>('scenario.get', { name: 'PA' })).operations).toEqual([]);
    const done = await call<{ applied: boolean }>('scenario.communes', {
      name: 'PA',
      ...csv(TABLE),
      date: '2025-07-01',
      version,
    });
    expect(done.applied).toBe(true);
    expect((await call<Ops>('scenario.get', { name: 'PA' })).operations).toHaveLength(2);
    ws.close();
  });

  it('hands out a template whose headers the reader accepts and whose example row is refused by row and column', async () => {
    const { ws, call } = setup();
    await call('scenario.create', { name: 'PA' });
    const template = await call<{ fileName: string; data: string }>('scenario.communesTemplate', {});
    expect(template.fileName).toBe('mau-sap-xep-xa-tinhgon.xlsx');
    await expect(
      call('scenario.communes', {
        name: 'PA',
        fileName: template.fileName,
        data: template.data,
        date: '2025-07-01',
        preview: true,
      }),
    ).rejects.toMatchObject({
      error: {
        key: 'err.importInvalid',
        issues: [
          { key: 'err.communesOldUnknown', params: { row: 2, column: 'Mã các xã cũ', code: '31003' } },
          { key: 'err.communesOldUnknown', params: { row: 2, column: 'Mã các xã cũ', code: '31006' } },
        ],
      },
    });
    ws.close();
  });
});
