import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';
import { listUnits } from '../../db/units-repo.ts';
import type { Unit } from '../../shared/model/unit.ts';

const setup = () =>
  handlerHarness([
    unit('T', null, { kind: 'people_committee' }),
    unit('A', 'T', { kind: 'psu', publicEmployeeQuota: 20 }),
    unit('B', 'T', { kind: 'psu', publicEmployeeQuota: 10 }),
  ]);

const plan = { name: 'PA1', operations: [{ type: 'merge', year: 2026, units: ['A', 'B'], into: 'A' }] };

describe('stored scenarios', () => {
  it('duplicates, renames, exports (re-importable), locks as approved and deletes', async () => {
    const { ws, call } = setup();
    await call('scenario.import', { scenario: plan });
    await call('scenario.duplicate', { name: 'PA1', newName: 'PA2' });
    await call('scenario.rename', { name: 'PA2', newName: 'PA2 sửa' });
    expect((await call<Array<{ name: string }>>('scenario.list', {})).map((s) => s.name)).toEqual(['PA1', 'PA2 sửa']);
    await expect(call('scenario.rename', { name: 'PA1', newName: 'PA2 sửa' })).rejects.toMatchObject({ error: { key: 'err.scenarioExists' } });

    const exported = await call<{ fileName: string; data: string }>('scenario.export', { name: 'PA2 sửa' });
    expect(exported.fileName).toBe('pa2-sua.json');
    const back = JSON.parse(Buffer.from(exported.data, 'base64').toString('utf8'));
    expect(back).toEqual({ ...plan, name: 'PA2 sửa' });

    await call('scenario.lock', { name: 'PA1', locked: true });
    await expect(call('scenario.delete', { name: 'PA1' })).rejects.toMatchObject({ error: { key: 'err.scenarioLocked' } });
    await expect(call('scenario.rename', { name: 'PA1', newName: 'X' })).rejects.toMatchObject({ error: { key: 'err.scenarioLocked' } });
    expect((await call<Array<{ name: string; locked: boolean }>>('scenario.list', {})).find((s) => s.name === 'PA1')?.locked).toBe(true);
    await call('scenario.lock', { name: 'PA1', locked: false });
    await call('scenario.delete', { name: 'PA1' });
    expect((await call<Array<{ name: string }>>('scenario.list', {})).map((s) => s.name)).toEqual(['PA2 sửa']);
    ws.close();
  });

  it('creates an empty plan and replaces its operations only when every one applies and it is not locked', async () => {
    const { ws, call } = setup();
    await call('scenario.create', { name: 'PA mới' });
    await expect(call('scenario.create', { name: 'PA mới' })).rejects.toMatchObject({ error: { key: 'err.scenarioExists' } });
    const ops = [{ type: 'dissolve', year: 2026, unit: 'B', staffTo: 'A' }, { type: 'convert', year: 2027, unit: 'A' }];
    await call('scenario.setOperations', { name: 'PA mới', operations: ops });
    expect((await call<{ operations: unknown[] }>('scenario.get', { name: 'PA mới' })).operations).toEqual(ops);

    const bad = [...ops, { type: 'transfer', year: 2028, unit: 'B', parentCode: 'T' }]; // B is gone by 2028
    await expect(call('scenario.setOperations', { name: 'PA mới', operations: bad })).rejects.toMatchObject({ error: { key: 'err.scenarioOperation', params: { index: '2', type: 'transfer' } } });
    await call('scenario.lock', { name: 'PA mới', locked: true });
    await expect(call('scenario.setOperations', { name: 'PA mới', operations: [] })).rejects.toMatchObject({ error: { key: 'err.scenarioLocked' } });
    expect((await call<{ operations: unknown[] }>('scenario.get', { name: 'PA mới' })).operations).toEqual(ops);
    ws.close();
  });

  it('exports the metrics year by year and the targets to a formatted workbook and to CSV', async () => {
    const { ws, call } = setup();
    await call('scenario.import', { scenario: { ...plan, horizon: 2027 } });
    const xlsx = await call<{ fileName: string; data: string }>('export.scenario', { name: 'PA1', format: 'xlsx' });
    expect(xlsx.fileName).toBe('pa1.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.data, 'base64') as never);
    const metrics = wb.getWorksheet('Chỉ số theo năm')!;
    expect(metrics.getRow(1).values).toEqual([undefined, 'Chỉ số', '2025', '2026', '2027']);
    expect(metrics.getRow(1).font?.bold).toBe(true);
    expect(metrics.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const psus = metrics.getRows(2, 10)!.find((r) => r.getCell(1).value === 'Đơn vị sự nghiệp')!;
    expect([psus.getCell(2).value, psus.getCell(3).value, psus.getCell(4).value]).toEqual([2, 1, 1]);
    const targets = wb.getWorksheet('Mục tiêu')!;
    expect(targets.getRow(1).getCell(1).value).toBe('Mục tiêu');
    expect(targets.rowCount).toBeGreaterThan(1);
    const row = targets.getRow(2);
    expect(row.getCell(11).value === 'Đạt' || row.getCell(11).value === 'Chưa đạt').toBe(true);

    const csv = await call<{ fileName: string; data: string }>('export.scenario', { name: 'PA1', format: 'csv', table: 'targets' });
    expect(csv.fileName).toBe('pa1-muc-tieu.csv');
    const text = Buffer.from(csv.data, 'base64').toString('utf8');
    expect(text.startsWith('\ufeffMục tiêu,Nội dung,Căn cứ,')).toBe(true);
    ws.close();
  });

  it('lists what a plan changes against the baseline in a chosen year', async () => {
    const { ws, call } = setup();
    await call('scenario.import', { scenario: plan }); // A and B merge into A in 2026
    expect(await call('scenario.changes', { name: 'PA1', year: 2025 })).toEqual({ year: 2025, changes: [] });
    const { changes } = await call<{ changes: Array<{ code: string; status: string; fields: Array<{ field: string; before: unknown; after: unknown }> }> }>('scenario.changes', { name: 'PA1', year: 2026 });
    expect(changes.map((c) => [c.code, c.status])).toEqual([['A', 'changed'], ['B', 'removed']]);
    expect(changes[0]!.fields).toContainEqual({ field: 'publicEmployeeQuota', before: 20, after: 30 });
    ws.close();
  });

  it('gives the baseline and the plan\'s units at the end of a year; recording operations never changes the baseline', async () => {
    const { ws, call } = handlerHarness([
      unit('T', null, { kind: 'people_committee' }),
      unit('S', 'T', { kind: 'department' }),
      unit('A', 'T', { kind: 'psu', publicEmployeeQuota: 20 }),
      unit('B', 'T', { kind: 'psu', publicEmployeeQuota: 10 }),
    ]);
    const baseline = listUnits(ws.db);
    await call('scenario.create', { name: 'PA' });
    type State = { year: number; baseline: Unit[]; units: Unit[] };
    // The chart's gestures: a transfer, then a merge, then a dissolution, each appended and checked.
    const ops: unknown[] = [{ type: 'transfer', year: 2026, unit: 'B', parentCode: 'S' }];
    await call('scenario.setOperations', { name: 'PA', operations: ops });
    ops.push({ type: 'merge', year: 2027, units: ['A', 'B'], into: 'A' });
    await call('scenario.setOperations', { name: 'PA', operations: ops });
    ops.push({ type: 'dissolve', year: 2028, unit: 'A', staffTo: null });
    await call('scenario.setOperations', { name: 'PA', operations: ops });

    const at2026 = await call<State>('scenario.state', { name: 'PA', year: 2026 });
    expect(at2026.year).toBe(2026);
    expect(at2026.baseline).toEqual(baseline);
    expect(at2026.units.map((u) => [u.code, u.parentCode])).toEqual([['T', null], ['S', 'T'], ['A', 'T'], ['B', 'S']]);
    const at2027 = await call<State>('scenario.state', { name: 'PA', year: 2027 });
    expect(at2027.units.map((u) => [u.code, u.publicEmployeeQuota])).toEqual([['T', 0], ['S', 0], ['A', 30]]);
    expect((await call<State>('scenario.state', { name: 'PA', year: 2028 })).units.map((u) => u.code)).toEqual(['T', 'S']);
    // Past the horizon: the horizon's state.
    expect((await call<State>('scenario.state', { name: 'PA', year: 2040 })).year).toBe(2030);
    // A refused gesture stores nothing; the workspace's own units are as they were throughout.
    await expect(call('scenario.setOperations', { name: 'PA', operations: [...ops, { type: 'transfer', year: 2029, unit: 'B', parentCode: 'T' }] })).rejects.toMatchObject({ error: { key: 'err.scenarioOperation' } });
    expect((await call<{ operations: unknown[] }>('scenario.get', { name: 'PA' })).operations).toEqual(ops);
    expect(listUnits(ws.db)).toEqual(baseline);
    expect((await call<{ units: Unit[] }>('units.list', {})).units).toEqual(baseline);
    await expect(call('scenario.state', { name: 'Nope', year: 2026 })).rejects.toMatchObject({ error: { key: 'err.scenarioNotFound' } });
    ws.close();
  });

  it('previews an operation on a plan (its units in its year, findings, notices) without storing it', async () => {
    const { ws, call } = setup();
    await call('scenario.create', { name: 'PA' });
    const preview = await call<{ year: number; changes: Array<{ code: string; status: string; fields: unknown[] }>; findings: unknown[]; notices: string[] }>('scenario.preview', {
      name: 'PA',
      operation: { type: 'merge', year: 2026, units: ['A', 'B'], into: 'A' },
    });
    expect(preview.year).toBe(2026);
    expect(preview.changes.map((c) => [c.code, c.status])).toEqual([['A', 'changed'], ['B', 'removed']]);
    expect(preview.changes[0]!.fields).toContainEqual({ field: 'publicEmployeeQuota', before: 20, after: 30 });
    expect((await call<{ operations: unknown[] }>('scenario.get', { name: 'PA' })).operations).toEqual([]);
    await expect(call('scenario.preview', { name: 'PA', operation: { type: 'convert', year: 2026, unit: 'ZZ' } })).rejects.toMatchObject({ error: { key: 'err.scenarioOperation' } });
    ws.close();
  });
});
