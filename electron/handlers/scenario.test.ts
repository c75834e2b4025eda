import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';
import { listUnits } from '../../db/units-repo.ts';
import type { Unit } from '../../shared/model/unit.ts';
import { KL40_SCOPE } from '../../shared/scenario/targets.ts';

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
    await expect(call('scenario.rename', { name: 'PA1', newName: 'PA2 sửa' })).rejects.toMatchObject({
      error: { key: 'err.scenarioExists' },
    });

    const exported = await call<{ fileName: string; data: string }>('scenario.export', { name: 'PA2 sửa' });
    expect(exported.fileName).toBe('pa2-sua.json');
    const back = JSON.parse(Buffer.from(exported.data, 'base64').toString('utf8'));
    expect(back).toEqual({ ...plan, name: 'PA2 sửa' });

    await call('scenario.lock', { name: 'PA1', locked: true });
    await expect(call('scenario.delete', { name: 'PA1' })).rejects.toMatchObject({
      error: { key: 'err.scenarioLocked' },
    });
    await expect(call('scenario.rename', { name: 'PA1', newName: 'X' })).rejects.toMatchObject({
      error: { key: 'err.scenarioLocked' },
    });
    expect(
      (await call<Array<{ name: string; locked: boolean }>>('scenario.list', {})).find((s) => s.name === 'PA1')?.locked,
    ).toBe(true);
    await call('scenario.lock', { name: 'PA1', locked: false });
    await call('scenario.delete', { name: 'PA1' });
    expect((await call<Array<{ name: string }>>('scenario.list', {})).map((s) => s.name)).toEqual(['PA2 sửa']);
    ws.close();
  });

  it('creates an empty plan and replaces its operations only when every one applies and it is not locked', async () => {
    const { ws, call } = setup();
    await call('scenario.create', { name: 'PA mới' });
    await expect(call('scenario.create', { name: 'PA mới' })).rejects.toMatchObject({
      error: { key: 'err.scenarioExists' },
    });
    const ops = [
      { type: 'dissolve', year: 2026, unit: 'B', staffTo: 'A' },
      { type: 'convert', year: 2027, unit: 'A' },
    ];
    await call('scenario.setOperations', { name: 'PA mới', operations: ops });
    expect((await call<{ operations: unknown[] }>('scenario.get', { name: 'PA mới' })).operations).toEqual(ops);

    const bad = [...ops, { type: 'transfer', year: 2028, unit: 'B', parentCode: 'T' }]; // B is gone by 2028
    await expect(call('scenario.setOperations', { name: 'PA mới', operations: bad })).rejects.toMatchObject({
      error: { key: 'err.scenarioOperation', params: { index: '2', type: 'transfer' } },
    });
    await call('scenario.lock', { name: 'PA mới', locked: true });
    await expect(call('scenario.setOperations', { name: 'PA mới', operations: [] })).rejects.toMatchObject({
      error: { key: 'err.scenarioLocked' },
    });
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
    // Built-in targets with base year 2021 before the workspace's 2025: only what is recorded for 2021 is judged.
    const result = (id: string) =>
      targets
        .getRows(2, targets.rowCount - 1)!
        .find((r) => r.getCell(1).value === id)!
        .getCell(13).value;
    expect(result('nq19-2025-psus')).toBe('Chưa đủ số liệu: cần Đơn vị sự nghiệp năm 2021');
    await call('baselines.save', { baseline: { year: 2021, psus: 3 } });
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(
      Buffer.from(
        (await call<{ data: string }>('export.scenario', { name: 'PA1', format: 'xlsx' })).data,
        'base64',
      ) as never,
    );
    const rows = again.getWorksheet('Mục tiêu')!;
    const byId = (id: string) => rows.getRows(2, rows.rowCount - 1)!.find((r) => r.getCell(1).value === id)!;
    // 3 recorded in 2021, 2 in 2025: −33,33% ≥ 10%.
    expect([
      byId('nq19-2025-psus').getCell(4).value,
      byId('nq19-2025-psus').getCell(5).value,
      byId('nq19-2025-psus').getCell(13).value,
    ]).toEqual([2021, 3, 'Đạt']);
    expect(byId('nq19-2025-public-employees').getCell(13).value).toBe(
      'Chưa đủ số liệu: cần Số người làm việc (NSNN) năm 2021',
    );
    expect(byId('nq19-2025-autonomy-share').getCell(13).value).toBe(
      'Chưa đủ số liệu: cần số liệu tự chủ tài chính (Nghị định 60) của 2 đơn vị sự nghiệp của phương án năm 2025 (kể cả đơn vị mới lập, chia tách)',
    );
    expect(byId('kl40-2026-civil-servants').getCell(9).value).toBe(`Tính cả cán bộ, công chức cấp xã (${KL40_SCOPE})`);
    expect(byId('nq19-2025-psus').getCell(9).value).toBe(''); // no civil servants in the metric: no scope to state

    const csv = await call<{ fileName: string; data: string }>('export.scenario', {
      name: 'PA1',
      format: 'csv',
      table: 'targets',
    });
    expect(csv.fileName).toBe('pa1-muc-tieu.csv');
    const text = Buffer.from(csv.data, 'base64').toString('utf8');
    expect(text.startsWith('\ufeffMục tiêu,Nội dung,Căn cứ,')).toBe(true);
    ws.close();
  });

  it('lists what a plan changes against the baseline in a chosen year', async () => {
    const { ws, call } = setup();
    await call('scenario.import', { scenario: plan }); // A and B merge into A in 2026
    expect(await call('scenario.diff', { name: 'PA1', year: 2025 })).toEqual({ year: 2025, diff: [] });
    const { diff: changes } = await call<{
      diff: Array<{
        code: string;
        status: string;
        fields: Array<{ field: string; before: unknown; after: unknown }>;
      }>;
    }>('scenario.diff', { name: 'PA1', year: 2026 });
    expect(changes.map((c) => [c.code, c.status])).toEqual([
      ['A', 'changed'],
      ['B', 'removed'],
    ]);
    expect(changes[0]!.fields).toContainEqual({ field: 'publicEmployeeQuota', before: 20, after: 30 });
    ws.close();
  });

  it("gives the baseline and the plan's units at the end of a year; recording operations never changes the baseline", async () => {
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
    expect(at2026.units.map((u) => [u.code, u.parentCode])).toEqual([
      ['T', null],
      ['S', 'T'],
      ['A', 'T'],
      ['B', 'S'],
    ]);
    const at2027 = await call<State>('scenario.state', { name: 'PA', year: 2027 });
    expect(at2027.units.map((u) => [u.code, u.publicEmployeeQuota])).toEqual([
      ['T', 0],
      ['S', 0],
      ['A', 30],
    ]);
    expect((await call<State>('scenario.state', { name: 'PA', year: 2028 })).units.map((u) => u.code)).toEqual([
      'T',
      'S',
    ]);
    // Past the horizon: the horizon's state.
    expect((await call<State>('scenario.state', { name: 'PA', year: 2040 })).year).toBe(2030);
    // A refused gesture stores nothing; the workspace's own units are as they were throughout.
    await expect(
      call('scenario.setOperations', {
        name: 'PA',
        operations: [...ops, { type: 'transfer', year: 2029, unit: 'B', parentCode: 'T' }],
      }),
    ).rejects.toMatchObject({ error: { key: 'err.scenarioOperation' } });
    expect((await call<{ operations: unknown[] }>('scenario.get', { name: 'PA' })).operations).toEqual(ops);
    expect(listUnits(ws.db)).toEqual(baseline);
    expect((await call<{ units: Unit[] }>('units.list', {})).units).toEqual(baseline);
    await expect(call('scenario.state', { name: 'Nope', year: 2026 })).rejects.toMatchObject({
      error: { key: 'err.scenarioNotFound' },
    });
    ws.close();
  });

  it('previews an operation on a plan (its units in its year, findings, notices) without storing it', async () => {
    const { ws, call } = setup();
    await call('scenario.create', { name: 'PA' });
    const preview = await call<{
      year: number;
      diff: Array<{ code: string; status: string; fields: unknown[] }>;
      units: Array<{ code: string; publicEmployeeQuota: number; deputies: number }>;
      findings: unknown[];
      notices: string[];
    }>('scenario.preview', {
      name: 'PA',
      operation: { type: 'merge', year: 2026, units: ['A', 'B'], into: 'A' },
    });
    expect(preview.year).toBe(2026);
    expect(preview.diff.map((c) => [c.code, c.status])).toEqual([
      ['A', 'changed'],
      ['B', 'removed'],
    ]);
    expect(preview.diff[0]!.fields).toContainEqual({ field: 'publicEmployeeQuota', before: 20, after: 30 });
    // The named units that remain, whole, as the operation leaves them (one former head is now a deputy).
    expect(preview.units.map((u) => [u.code, u.publicEmployeeQuota, u.deputies])).toEqual([['A', 30, 1]]);
    expect((await call<{ operations: unknown[] }>('scenario.get', { name: 'PA' })).operations).toEqual([]);
    await expect(
      call('scenario.preview', { name: 'PA', operation: { type: 'convert', year: 2026, unit: 'ZZ' } }),
    ).rejects.toMatchObject({ error: { key: 'err.scenarioOperation' } });
    ws.close();
  });

  it('gives the units of a plan at the end of a year, as an operation added to that year finds them', async () => {
    const { ws, call } = setup();
    await call('scenario.import', {
      scenario: {
        name: 'PA',
        operations: [
          {
            type: 'split',
            year: 2026,
            unit: 'B',
            into: [
              { code: 'B1', name: 'B một', publicEmployeeQuota: 4 },
              { code: 'B2', name: 'B hai', publicEmployeeQuota: 6 },
            ],
          },
        ],
      },
    });
    type State = { year: number; units: Array<{ code: string; publicEmployeeQuota: number }> };
    const before = await call<State>('scenario.state', { name: 'PA', year: 2025 });
    expect(before.units.map((u) => [u.code, u.publicEmployeeQuota])).toEqual([
      ['T', 0],
      ['A', 20],
      ['B', 10],
    ]);
    const after = await call<State>('scenario.state', { name: 'PA', year: 2026 });
    expect(after.units.map((u) => [u.code, u.publicEmployeeQuota])).toEqual([
      ['T', 0],
      ['A', 20],
      ['B1', 4],
      ['B2', 6],
    ]);
    expect((await call<State>('scenario.state', { name: 'PA', year: 2099 })).year).toBe(2030); // past the horizon: its last year
    await expect(call('scenario.state', { name: 'Không có', year: 2026 })).rejects.toMatchObject({
      error: { key: 'err.scenarioNotFound' },
    });
    ws.close();
  });
});

describe('recorded baselines (Số liệu gốc)', () => {
  it('records, lists, replaces and deletes a year; a bad figure is refused naming its field and nothing is written', async () => {
    const { call } = setup();
    expect(await call('baselines.list', {})).toEqual({ baselines: [] });
    await call('baselines.save', { baseline: { year: 2021, units: '1.250', psus: 300, civilServantQuota: 2400 } });
    await call('baselines.save', { baseline: { year: 2015, psus: 340 } });
    const empty = {
      units: null,
      psus: null,
      civilServantQuota: null,
      publicEmployeeQuota: null,
      autonomyGroups12: null,
      communeCivilServantQuota: null,
    };
    expect(await call('baselines.list', {})).toEqual({
      baselines: [
        { ...empty, year: 2015, psus: 340 },
        { ...empty, year: 2021, units: 1250, psus: 300, civilServantQuota: 2400 },
      ],
    });
    await call('baselines.save', { baseline: { year: 2021, psus: 290 } }); // the year's record, replaced as a whole
    expect((await call<{ baselines: unknown[] }>('baselines.list', {})).baselines[1]).toEqual({
      ...empty,
      year: 2021,
      psus: 290,
    });

    await expect(call('baselines.save', { baseline: { year: 2021, psus: -1 } })).rejects.toMatchObject({
      error: { kind: 'validation', issues: [{ field: 'baseline.psus', key: 'err.negative' }] },
    });
    await expect(call('baselines.save', { baseline: { year: 2021, psus: '12,5' } })).rejects.toMatchObject({
      error: { issues: [{ field: 'baseline.psus' }] },
    });
    await expect(call('baselines.save', { baseline: { year: 1800, psus: 1 } })).rejects.toMatchObject({
      error: { issues: [{ field: 'baseline.year', key: 'err.baselineYear' }] },
    });
    await expect(call('baselines.save', { baseline: { year: 2021 } })).rejects.toMatchObject({
      error: { key: 'err.baselineEmpty' },
    });
    await expect(
      call('baselines.save', { baseline: { year: 2021, psus: 10, autonomyGroups12: 11 } }),
    ).rejects.toMatchObject({
      error: { issues: [{ field: 'baseline.autonomyGroups12', key: 'err.baselineAutonomyAbovePsus' }] },
    });
    expect((await call<{ baselines: unknown[] }>('baselines.list', {})).baselines[1]).toEqual({
      ...empty,
      year: 2021,
      psus: 290,
    });

    await call('baselines.delete', { year: 2015 });
    await expect(call('baselines.delete', { year: 2015 })).rejects.toMatchObject({
      error: { kind: 'not_found', key: 'err.baselineUnknown' },
    });
    expect(
      (await call<{ baselines: Array<{ year: number }> }>('baselines.list', {})).baselines.map((b) => b.year),
    ).toEqual([2021]);
  });
});

describe('target sets and autonomy in stored scenarios', () => {
  const own = {
    id: 'tinh-2027',
    title: 'Mục tiêu của tỉnh đến 2027',
    citation: 'Kế hoạch 12/KH-UBND',
    targets: [
      {
        id: 'psu-2027',
        title: 'Giảm 40% số ĐVSN so với năm 2021',
        metric: ['psus'],
        baseYear: 2021,
        baseline: 3,
        year: 2027,
        requiredPct: 40,
      },
      {
        id: 'share-2027',
        title: 'Ít nhất 50% ĐVSN nhóm 1–2',
        kind: 'share',
        metric: ['autonomyGroups12'],
        of: ['psus'],
        baseYear: 2025,
        year: 2027,
        requiredPct: 50,
      },
    ],
  };

  it('judges a plan by the sets it names, with a recorded baseline; refuses unknown or built-in ids and deleting a set in use; exports it inline', async () => {
    const { call } = setup();
    await call('scenario.import', { scenario: plan });
    await expect(call('targetSets.save', { set: { ...own, id: 'nq19-2025' } })).rejects.toMatchObject({
      error: { key: 'err.targetSetBuiltIn' },
    });
    await expect(
      call('targetSets.save', { set: { ...own, targets: [{ ...own.targets[0], requiredPct: 0 }] } }),
    ).rejects.toMatchObject({ error: { key: 'err.targetPct' } });
    await expect(
      call('targetSets.save', { set: { ...own, targets: [{ ...own.targets[0], year: 2020 }] } }),
    ).rejects.toMatchObject({ error: { key: 'err.targetYears' } });
    await call('targetSets.save', { set: own });
    const sets = await call<{ builtIn: Array<{ id: string }>; own: Array<{ id: string }> }>('targetSets.list', {});
    expect(sets.builtIn.map((s) => s.id)).toEqual(['nq19-2021', 'nq19-2025', 'kl40-2026', 'cv35-2030']);
    expect(sets.own.map((s) => s.id)).toEqual(['tinh-2027']);

    await expect(call('scenario.setTargetSets', { name: 'PA1', targetSets: ['nope'] })).rejects.toMatchObject({
      error: { key: 'err.targetSetUnknown', params: { id: 'nope' } },
    });
    await call('scenario.setTargetSets', { name: 'PA1', targetSets: ['tinh-2027'] });
    const scenario = await call('scenario.get', { name: 'PA1' });
    const sim = await call<{
      targets: Array<{
        id: string;
        baseYear: number;
        baseline: number;
        value: number;
        met: boolean;
        gap: number;
        kind: string;
      }>;
    }>('scenario.simulate', { scenario });
    // 3 PSUs carried by the (older) target for 2021, 1 left in 2027 (A+B merged): −66% ≥ 40%. No PSU has figures: unknown, not 0%.
    expect(sim.targets).toMatchObject([
      {
        id: 'psu-2027',
        kind: 'reduction',
        baseYear: 2021,
        baseline: 3,
        value: 1,
        met: true,
        status: 'met',
        missing: [],
      },
      {
        id: 'share-2027',
        kind: 'share',
        value: null,
        met: null,
        status: 'unknown',
        gap: null,
        missing: [{ field: 'autonomyFigures', year: 2027, count: 1 }],
      },
    ]);
    // The workspace's recorded 2021 figures win over the value the target carries.
    await call('baselines.save', { baseline: { year: 2021, psus: 1 } });
    expect((await call<typeof sim>('scenario.simulate', { scenario })).targets[0]).toMatchObject({
      baseline: 1,
      value: 1,
      met: false,
      status: 'not_met',
    });
    await call('baselines.delete', { year: 2021 });
    await expect(call('targetSets.delete', { id: 'tinh-2027' })).rejects.toMatchObject({
      error: { key: 'err.targetSetInUse', params: { names: 'PA1' } },
    });

    const exported = await call<{ data: string }>('scenario.export', { name: 'PA1' });
    const file = JSON.parse(Buffer.from(exported.data, 'base64').toString('utf8'));
    expect(file.targetSets).toEqual([{ ...own, targets: own.targets.map((t) => ({ citation: '', ...t })) }]);
    const other = setup();
    await other.call('scenario.import', { scenario: { ...file, name: 'PA1 nhập' } });
    const again = await other.call<{ targets: Array<{ id: string }> }>('scenario.simulate', {
      scenario: await other.call('scenario.get', { name: 'PA1 nhập' }),
    });
    expect(again.targets.map((t) => t.id)).toEqual(['psu-2027', 'share-2027']);

    await call('scenario.setTargetSets', { name: 'PA1', targetSets: [] });
    await call('targetSets.delete', { id: 'tinh-2027' });
    expect((await call<{ own: unknown[] }>('targetSets.list', {})).own).toEqual([]);
  });

  it('takes "not above the baseline" (TTr 486) and a commune-staff scope in an own set, and judges them exactly', async () => {
    const { call } = handlerHarness([
      unit('T', null, { kind: 'people_committee', civilServantQuota: 50 }),
      unit('X', 'T', { kind: 'people_committee', level: 'commune', civilServantQuota: 20 }),
      unit('A', 'T', { kind: 'psu', publicEmployeeQuota: 30 }),
    ]);
    const set = {
      id: 'ttr486',
      title: 'Không vượt số hiện có',
      citation: 'Tờ trình 486/TTr-CP',
      targets: [
        {
          id: 'not-above',
          title: 'Cấp tỉnh không vượt năm 2025',
          kind: 'not_above',
          metric: ['civilServantQuota', 'publicEmployeeQuota'],
          communeStaff: 'excluded',
          baseYear: 2025,
          year: 2027,
          requiredPct: 0,
        },
        {
          id: 'cs-out',
          title: 'Giảm 10% công chức, không tính cấp xã',
          metric: ['civilServantQuota'],
          communeStaff: 'excluded',
          baseYear: 2025,
          year: 2027,
          requiredPct: 10,
        },
      ],
    };
    await expect(
      call('targetSets.save', { set: { ...set, targets: [{ ...set.targets[0], communeStaff: 'maybe' }] } }),
    ).rejects.toMatchObject({ error: { key: 'err.targetScope' } });
    await call('targetSets.save', { set });
    await call('scenario.create', { name: 'PA' });
    await call('scenario.setTargetSets', { name: 'PA', targetSets: ['ttr486'] });
    // Province level: 50 + 30 = 80 in 2025; one more post in 2026 is above it; the commune's 20 are counted out.
    await call('scenario.setOperations', {
      name: 'PA',
      operations: [{ type: 'setQuota', year: 2026, unit: 'A', publicEmployeeQuota: 31 }],
    });
    const sim = await call<{ targets: Array<Record<string, unknown>> }>('scenario.simulate', {
      scenario: await call('scenario.get', { name: 'PA' }),
    });
    expect(sim.targets).toMatchObject([
      {
        id: 'not-above',
        kind: 'not_above',
        communeStaff: 'excluded',
        baseline: 80,
        value: 81,
        status: 'not_met',
        met: false,
        gap: 1,
        allowed: 80,
      },
      {
        id: 'cs-out',
        kind: 'reduction',
        communeStaff: 'excluded',
        baseline: 50,
        value: 50,
        status: 'not_met',
        allowed: 45,
      },
    ]);
    await call('scenario.setOperations', {
      name: 'PA',
      operations: [{ type: 'setQuota', year: 2026, unit: 'A', publicEmployeeQuota: 30 }],
    });
    expect(
      (await call<typeof sim>('scenario.simulate', { scenario: await call('scenario.get', { name: 'PA' }) }))
        .targets[0],
    ).toMatchObject({ value: 80, status: 'met', gap: 0 });
  });

  it("starts from the stored Decree 60 figures and flags a merge that lowers a unit's autonomy group", async () => {
    const { call } = setup();
    await call('finance.set', { code: 'A', year: 2025, revenue: '120', spending: '100', amountUnit: 'trieu_dong' });
    await call('finance.set', { code: 'B', year: 2024, revenue: '40', spending: '100', amountUnit: 'trieu_dong' });
    await call('scenario.import', { scenario: plan });
    const sim = await call<{
      years: Array<{ year: number; autonomyGroup2: number; autonomyGroup3: number }>;
      notices: Array<{ unitCode: string; key: string; message: string }>;
    }>('scenario.simulate', {
      scenario: await call('scenario.get', { name: 'PA1' }),
    });
    expect(sim.years.map((y) => [y.year, y.autonomyGroup2, y.autonomyGroup3])).toEqual([
      [2025, 1, 1],
      [2026, 0, 1],
      [2027, 0, 1],
      [2028, 0, 1],
      [2029, 0, 1],
      [2030, 0, 1],
    ]);
    expect(sim.notices).toContainEqual(
      expect.objectContaining({
        unitCode: 'A',
        key: 'scn.autonomyLowered',
        message: expect.stringContaining('nhóm 3a, thấp hơn nhóm 2'),
      }),
    );
  });
});

describe('suggestions toward a target', () => {
  it('says how many PSUs a target still needs and suggests at least that many merges', async () => {
    const { call } = handlerHarness(
      [
        unit('T', null, { kind: 'people_committee' }),
        unit('A', 'T', { kind: 'psu', name: 'Trung tâm Dịch vụ số 1', publicEmployeeQuota: 20 }),
        unit('B', 'T', { kind: 'psu', name: 'Trung tâm Dịch vụ số 2', publicEmployeeQuota: 10 }),
      ],
      2024,
    );
    await call('scenario.create', { name: 'PA' });
    const suggest = () =>
      call<{ suggestions: Array<{ units: string[] }>; gap: { id: string; gap: number; year: number } | null }>(
        'scenario.suggest',
        { name: 'PA', year: 2025 },
      );
    // Without the 2021 figures the target is not judged, so no gap is claimed.
    expect((await suggest()).gap).toBeNull();
    await call('baselines.save', { baseline: { year: 2021, psus: 2 } });
    const r = await suggest();
    // 2 PSUs, at most 1 allowed in 2025 (−10%, rounded down): one merge short.
    expect(r.gap).toMatchObject({ id: 'nq19-2025-psus', year: 2025, gap: 1 });
    expect(r.suggestions.map((s) => s.units)).toEqual([['B', 'A']]);
    await call('scenario.setOperations', {
      name: 'PA',
      operations: [{ type: 'merge', year: 2025, units: ['B', 'A'], into: 'A' }],
    });
    expect((await call<{ gap: unknown }>('scenario.suggest', { name: 'PA', year: 2025 })).gap).toBeNull();
  });

  it('sizes the smallest whole-percent quota cut that closes a quota target, simulated; nothing written', async () => {
    const { call } = handlerHarness(
      [
        unit('T', null, { kind: 'people_committee' }),
        unit('A', 'T', { kind: 'psu', publicEmployeeQuota: 20 }),
        unit('B', 'T', { kind: 'psu', publicEmployeeQuota: 10 }),
      ],
      2024,
    );
    await call('scenario.create', { name: 'PA' });
    const id = 'nq19-2025-public-employees';
    type Cut = {
      target: { gap: number };
      operation: { type: string; percent: number } | null;
      gapAtLess: number | null;
    };
    // Not judged without the 2021 figure: no gap to close.
    await expect(call('scenario.suggestCut', { name: 'PA', target: id })).rejects.toMatchObject({
      error: { key: 'err.cutTargetNoGap' },
    });
    await expect(call('scenario.suggestCut', { name: 'PA', target: 'none' })).rejects.toMatchObject({
      error: { key: 'err.cutTargetUnknown' },
    });
    await call('baselines.save', { baseline: { year: 2021, publicEmployeeQuota: 30 } });
    await expect(call('scenario.suggestCut', { name: 'PA', target: id, year: 2026 })).rejects.toMatchObject({
      error: { key: 'err.cutAfterTarget' },
    });
    // 30 posts, at most 27 in 2025: 5% leaves 19 + 9 = 28, 6% leaves 18 + 9 = 27.
    const r = await call<Cut>('scenario.suggestCut', { name: 'PA', target: id, year: 2025, scope: { kind: ['psu'] } });
    expect(r).toMatchObject({
      target: { gap: 3 },
      operation: {
        type: 'cutQuotas',
        year: 2025,
        percent: 6,
        fields: ['publicEmployeeQuota'],
        scope: { kind: ['psu'] },
      },
      gapAtLess: 1,
    });
    expect((await call<{ operations: unknown[] }>('scenario.get', { name: 'PA' })).operations).toEqual([]);
    // B alone: 3 of its 10 posts, floor(10 × 79 / 100) = 7 (the target's year by default).
    expect(
      (await call<Cut>('scenario.suggestCut', { name: 'PA', target: id, scope: { under: 'B' } })).operation,
    ).toMatchObject({ year: 2025, percent: 21 });
    // A scope with no quota to cut is refused as the operation would be.
    await expect(
      call('scenario.suggestCut', { name: 'PA', target: id, scope: { sector: ['health'] } }),
    ).rejects.toMatchObject({ error: { key: 'err.scenarioOperation', params: { reason: 'err.cutNothing' } } });
    await call('scenario.setOperations', { name: 'PA', operations: [r.operation] });
    await expect(call('scenario.suggestCut', { name: 'PA', target: id })).rejects.toMatchObject({
      error: { key: 'err.cutTargetNoGap' },
    });
  });
});

describe('the staff-reduction roadmap of a plan', () => {
  const roadmapSetup = () =>
    handlerHarness([
      unit('T', null, { kind: 'people_committee' }),
      unit('S', 'T', { kind: 'department', name: 'Sở Nội vụ', civilServantQuota: 10, civilServantActual: 12 }),
      unit('A', 'T', { kind: 'psu', name: 'Trung tâm A', publicEmployeeQuota: 20, publicEmployeeActual: 20 }),
      unit('B', 'T', { kind: 'psu', publicEmployeeQuota: 10, publicEmployeeActual: 10 }),
    ]);
  const moha = { policy: '178', salary: 15_356_250, monthsEarly: 30, siYears: 22 };
  type Roadmap = {
    years: Array<{ year: number; surplus: number; covered: number; exitsTotal: number; cost: number }>;
    units: Array<{ code: string; cells: Record<number, { surplus: number }> }>;
    totalCost: number;
  };

  it('gives the surplus per unit and year, the exits and their cost; a unit can be added as a row', async () => {
    const { ws, call } = roadmapSetup();
    await call('scenario.create', { name: 'LT' });
    const empty = await call<Roadmap>('scenario.roadmap', { name: 'LT' });
    expect(empty.units.map((u) => u.code)).toEqual(['S']);
    expect(empty.years[0]).toMatchObject({ year: 2025, surplus: 2, covered: 0, exitsTotal: 0, cost: 0 });
    await call('scenario.setOperations', {
      name: 'LT',
      operations: [
        { type: 'setQuota', year: 2026, unit: 'A', publicEmployeeQuota: 17 },
        // Under Decree 154 (Decree 178's lump sums ended on 31/08/2025): 5 × 2,5 years early + (5 + 0,5 × 2) months = 18,5 months' salary.
        {
          type: 'staffExit',
          year: 2026,
          unit: 'A',
          civilServants: 0,
          publicEmployees: 1,
          reason: 'early-retirement',
          payout: { ...moha, policy: '154' },
        },
        { type: 'recruit', year: 2027, unit: 'B', civilServants: 0, publicEmployees: 1 },
      ],
    });
    const r = await call<Roadmap>('scenario.roadmap', { name: 'LT', units: ['B'] });
    expect(r.units.map((u) => u.code)).toEqual(['S', 'A', 'B']);
    expect(r.units[1]!.cells[2026]!.surplus).toBe(3);
    expect(r.years[1]).toMatchObject({ year: 2026, surplus: 5, covered: 1, exitsTotal: 1, cost: 284_090_625 });
    expect(r.totalCost).toBe(284_090_625);
    // The recruit above quota is a notice naming the unit, quota and actual count.
    const sim = await call<{ notices: Array<{ year: number; message: string }> }>('scenario.simulate', {
      scenario: await call('scenario.get', { name: 'LT' }),
    });
    expect(sim.notices).toContainEqual(
      expect.objectContaining({
        year: 2027,
        message: 'Tuyển dụng vượt biên chế: Đơn vị B có 11 người, Số người làm việc được giao (NSNN) là 10.',
      }),
    );
    ws.close();
  });

  it('refuses an exit larger than the unit and a payout the policy refuses, storing nothing', async () => {
    const { ws, call } = roadmapSetup();
    await call('scenario.create', { name: 'LT' });
    const ok = [
      { type: 'staffExit', year: 2026, unit: 'A', civilServants: 0, publicEmployees: 2, reason: 'retirement' },
    ];
    await call('scenario.setOperations', { name: 'LT', operations: ok });
    await expect(
      call('scenario.setOperations', {
        name: 'LT',
        operations: [
          ...ok,
          { type: 'staffExit', year: 2027, unit: 'A', civilServants: 0, publicEmployees: 19, reason: 'transfer' },
        ],
      }),
    ).rejects.toMatchObject({
      error: {
        key: 'err.scenarioOperation',
        params: { index: '1', type: 'staffExit', reason: 'err.scenarioExitTooMany', actual: 18, count: 19, code: 'A' },
      },
    });
    await expect(
      call('scenario.setOperations', {
        name: 'LT',
        operations: [
          {
            type: 'staffExit',
            year: 2025,
            unit: 'A',
            civilServants: 0,
            publicEmployees: 1,
            reason: 'resignation',
            payout: { ...moha, policy: '178', monthsEarly: 12 },
          },
        ],
      }),
    ).rejects.toMatchObject({
      error: { key: 'err.scenarioOperation', params: { index: '0', reason: 'err.payoutResignation', min: 24 } },
    });
    // Decree 178's lump sums ended on 31/08/2025: a Decree 178 exit in 2026 is refused, naming Decree 154.
    await expect(
      call('scenario.setOperations', {
        name: 'LT',
        operations: [
          ...ok,
          {
            type: 'staffExit',
            year: 2026,
            unit: 'A',
            civilServants: 0,
            publicEmployees: 1,
            reason: 'early-retirement',
            payout: moha,
          },
        ],
      }),
    ).rejects.toMatchObject({
      error: {
        key: 'err.scenarioOperation',
        params: {
          index: '1',
          type: 'staffExit',
          reason: 'err.proposalOutOfForce',
          leave: '01/2026',
          inForce: 'Nghị định 154/2025/NĐ-CP về tinh giản biên chế',
        },
      },
    });
    expect((await call<{ operations: unknown[] }>('scenario.get', { name: 'LT' })).operations).toEqual(ok);
    ws.close();
  });

  it('exports the payouts in the metrics, and the roadmap year by year as CSV', async () => {
    const { ws, call } = roadmapSetup();
    // Leaving in 05/2025, while Decree 178's lump sums were in force (to 31/08/2025).
    await call('scenario.import', {
      scenario: {
        name: 'LT',
        horizon: 2027,
        operations: [
          {
            type: 'staffExit',
            date: '2025-05-15',
            unit: 'S',
            civilServants: 2,
            publicEmployees: 0,
            reason: 'early-retirement',
            payout: moha,
          },
        ],
      },
    });
    const xlsx = await call<{ data: string }>('export.scenario', { name: 'LT', format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.data, 'base64') as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Chỉ số theo năm', 'Mục tiêu']);
    const cost = wb
      .getWorksheet('Chỉ số theo năm')!
      .getRows(2, 40)!
      .find((r) => r.getCell(1).value === 'Chi phí chính sách tinh giản, đồng (lũy kế)')!;
    expect([2, 3, 4].map((c) => cost.getCell(c).value)).toEqual([1_489_556_250, 1_489_556_250, 1_489_556_250]);
    const csv = await call<{ fileName: string; data: string }>('export.scenario', {
      name: 'LT',
      format: 'csv',
      table: 'roadmap',
    });
    expect(csv.fileName).toBe('lt-lo-trinh.csv');
    const lines = Buffer.from(csv.data, 'base64').toString('utf8').split(/\r?\n/);
    expect(lines[0]).toBe('\ufeffChỉ tiêu,2025,2026,2027,Tổng');
    expect(lines).toContain('Ra khỏi biên chế: Nghỉ hưu trước tuổi,2,0,0,2');
    expect(lines).toContain('Cần tinh giản (vượt biên chế),2,0,0,');
    expect(lines).toContain('Chi phí chính sách trong năm (đồng),1489556250,0,0,1489556250');
    expect(lines).toContain('Chi phí lũy kế (đồng),1489556250,1489556250,1489556250,');
    ws.close();
  });
});

describe("whole units in a plan's changes, preview and notices", () => {
  it('gives a unit with units under it its subtree before and after, names a repeated name with its parent, and a notice its unit', async () => {
    const { ws, call } = handlerHarness([
      unit('T', null, { name: 'UBND tỉnh', kind: 'people_committee' }),
      unit('S1', 'T', { name: 'Sở Y tế', kind: 'department', civilServantQuota: 6, civilServantActual: 6 }),
      unit('S1.TT', 'S1', { name: 'Thanh tra Sở', kind: 'division', civilServantQuota: 5, civilServantActual: 5 }),
      unit('S1.BV', 'S1', { name: 'Bệnh viện', kind: 'psu', publicEmployeeQuota: 40, publicEmployeeActual: 38 }),
      unit('S2', 'T', { name: 'Sở Nội vụ', kind: 'department', civilServantQuota: 4, civilServantActual: 4 }),
      unit('S2.TT', 'S2', { name: 'Thanh tra Sở', kind: 'division', civilServantQuota: 6, civilServantActual: 5 }),
    ]);
    const merge = { type: 'merge', year: 2026, units: ['S1', 'S2'], into: 'S1' };
    await call('scenario.import', {
      scenario: {
        name: 'PA',
        operations: [merge, { type: 'setQuota', year: 2026, unit: 'S2.TT', civilServantQuota: 7 }],
      },
    });
    const { diff: changes } = await call<{ diff: Array<{ code: string; label: string; whole: unknown }> }>(
      'scenario.diff',
      { name: 'PA', year: 2026 },
    );
    expect(changes.find((c) => c.code === 'S1')).toMatchObject({
      label: 'Sở Y tế',
      whole: { quota: { before: 51, after: 62 }, staff: { before: 49, after: 58 } },
    });
    expect(changes.find((c) => c.code === 'S2')).toMatchObject({ whole: { quota: { before: 10, after: null } } });
    // Moved under Sở Y tế, which has a Thanh tra Sở of its own: the code tells them apart.
    expect(changes.find((c) => c.code === 'S2.TT')).toMatchObject({
      label: 'Thanh tra Sở — Sở Y tế (S2.TT)',
      whole: null,
    });

    const preview = await call<{
      totals: Record<
        string,
        {
          before: {
            total: { civilServantQuota: number };
            own: { civilServantQuota: number };
            subordinates: number;
          } | null;
          after: { total: { civilServantQuota: number }; subordinates: number } | null;
        }
      >;
    }>('scenario.preview', {
      name: 'PA',
      operation: { type: 'rename', year: 2027, unit: 'S1', name: 'Sở Y tế và Nội vụ' },
    });
    expect(preview.totals.S1!.before).toMatchObject({
      total: { civilServantQuota: 22 },
      own: { civilServantQuota: 10 },
      subordinates: 3,
    });

    const sim = await call<{ notices: Array<{ unitCode: string; unit: string }> }>('scenario.simulate', {
      scenario: {
        name: 'PA',
        operations: [merge, { type: 'setQuota', year: 2026, unit: 'S1.BV', publicEmployeeQuota: 45 }],
      },
    });
    expect(sim.notices.find((n) => n.unitCode === 'S1')?.unit).toBe('Sở Y tế');

    // A notice's own words name a repeated name with its parent too.
    const recruit = await call<{ notices: Array<{ unitCode: string; unit: string; message: string }> }>(
      'scenario.simulate',
      {
        scenario: {
          name: 'PA',
          operations: [{ type: 'recruit', year: 2026, unit: 'S2.TT', civilServants: 3, publicEmployees: 0 }],
        },
      },
    );
    expect(recruit.notices.find((n) => n.unitCode === 'S2.TT')).toMatchObject({
      unit: 'Thanh tra Sở — Sở Nội vụ',
      message: 'Tuyển dụng vượt biên chế: Thanh tra Sở — Sở Nội vụ có 8 người, Biên chế công chức được giao là 6.',
    });
    ws.close();
  });
});
