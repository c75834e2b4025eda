import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';
import type { Position } from '../../shared/positions/model.ts';

const setup = () =>
  handlerHarness([
    unit('T', null, { kind: 'people_committee' }),
    unit('A', 'T', { kind: 'department', name: 'Sở A', civilServantQuota: 5, civilServantActual: 5 }),
    unit('B', 'T', { kind: 'department', name: 'Sở B', civilServantQuota: 4, civilServantActual: 4 }),
  ]);
const line = (name: string, cls: Position['class'], needed: number) => ({
  name,
  class: cls,
  staffing: 'quota',
  needed,
  present: needed,
});
type PlanYear = {
  year: number;
  exists: boolean;
  quota: number;
  positions: Position[];
  fromPositions: { civilServants: number };
  added: string[];
};

describe('positions in a plan through the handler table', () => {
  it('merges the stored positions, marks the lines added, judges quota vs positions, and a setPositions reduces them', async () => {
    const { call } = setup();
    await call('positions.replace', {
      code: 'A',
      positions: [line('Giám đốc', 'leadership', 1), line('Chuyên viên', 'professional', 4)],
    });
    await call('positions.replace', {
      code: 'B',
      positions: [line('Giám đốc', 'leadership', 1), line('Kế toán', 'professional', 3)],
    });
    const merge = {
      type: 'merge',
      date: '2026-03-01',
      units: ['A', 'B'],
      into: { code: 'M', name: 'Sở mới', kind: 'department', parentCode: 'T' },
    };
    const scenario = { name: 'PA', baseYear: 2025, horizon: 2027, operations: [merge] };
    const plan = await call<{ years: PlanYear[] }>('positions.plan', { scenario, unit: 'M' });
    expect(plan.years.map((y) => [y.year, y.exists, y.quota, y.fromPositions.civilServants])).toEqual([
      [2025, false, 0, 0],
      [2026, true, 9, 9],
      [2027, true, 9, 9],
    ]);
    expect(plan.years[1]!.positions.map((p) => [p.name, p.needed])).toEqual([
      ['Giám đốc', 2],
      ['Chuyên viên', 4],
      ['Kế toán', 3],
    ]);
    expect(plan.years[1]!.added).toEqual(['Giám đốc']);

    const reduced = {
      ...scenario,
      operations: [
        merge,
        {
          type: 'setPositions',
          date: '2027-01-01',
          unit: 'M',
          positions: [
            line('Giám đốc', 'leadership', 1),
            line('Chuyên viên', 'professional', 4),
            line('Kế toán', 'professional', 2),
          ],
        },
      ],
    };
    const sim = await call<{
      findings: Array<{ year: number; unitCode: string; rule: string }>;
      notices: Array<{ unitCode: string; key: string }>;
      operations: Array<{ text?: string; description?: string }>;
    }>('scenario.simulate', { scenario: reduced });
    // The reduction answers the merge's notice that lines were added up.
    expect(sim.notices).not.toContainEqual(expect.objectContaining({ unitCode: 'M', key: 'scn.positionsAdded' }));
    expect(sim.findings.filter((f) => f.rule === 'quota-vs-positions').map((f) => [f.year, f.unitCode])).toEqual([
      [2027, 'M'],
    ]);
    const after = await call<{ years: PlanYear[] }>('positions.plan', { scenario: reduced, unit: 'M' });
    expect(after.years[2]!.fromPositions.civilServants).toBe(7);
    expect(after.years[2]!.added).toEqual([]);
  });

  it('refuses a setPositions naming the operation and its field', async () => {
    const { call } = setup();
    const scenario = {
      name: 'PA',
      baseYear: 2025,
      horizon: 2026,
      operations: [
        { type: 'setPositions', year: 2026, unit: 'A', positions: [{ ...line('X', 'support', 1), level: 2 }] },
      ],
    };
    await expect(call('positions.plan', { scenario, unit: 'A' })).rejects.toMatchObject({
      error: {
        key: 'err.scenarioOperation',
        params: { index: '0', type: 'setPositions', reason: 'err.scenarioPositionLevel' },
      },
    });
    await expect(
      call('scenario.simulate', {
        scenario: {
          ...scenario,
          operations: [{ type: 'setPositions', year: 2026, unit: 'A', positions: [{ name: 'X' }] }],
        },
      }),
    ).rejects.toMatchObject({ error: { key: 'err.positionClass' } });
  });
});

describe('exits leaving positions, and the justified quota in the plan state', () => {
  it('an exit naming a position lowers its present; the roadmap says which left; the state gives the justified quota', async () => {
    const { call } = setup();
    await call('positions.replace', {
      code: 'A',
      positions: [line('Giám đốc', 'leadership', 1), line('Chuyên viên', 'professional', 4)],
    });
    const exit = {
      type: 'staffExit',
      year: 2026,
      unit: 'A',
      civilServants: 2,
      publicEmployees: 0,
      reason: 'retirement',
      position: 'chuyên viên',
    };
    const scenario = { name: 'PA', baseYear: 2025, horizon: 2026, operations: [exit] };
    const plan = await call<{ years: PlanYear[] }>('positions.plan', { scenario, unit: 'A' });
    expect(plan.years.map((y) => y.positions.map((p) => p.present))).toEqual([
      [1, 4],
      [1, 2],
    ]);
    await call('scenario.import', { scenario });
    const roadmap = await call<{ units: Array<{ code: string; cells: Record<string, { positionsLeft?: unknown }> }> }>(
      'scenario.roadmap',
      { name: 'PA', units: [] },
    );
    expect(roadmap.units.find((u) => u.code === 'A')!.cells['2026']!.positionsLeft).toEqual([
      { name: 'Chuyên viên', count: 2, estimated: false },
    ]);
    // The cell keyed by position; the plan's quota targets carry what the positions justify (schema-checked).
    const cell = roadmap.units.find((u) => u.code === 'A')!.cells['2026'] as { byPosition?: unknown };
    expect(cell.byPosition).toEqual([{ position: 'chuyên viên', exits: expect.objectContaining({ retirement: 2 }) }]);
    const target = {
      id: 'cs',
      title: 'Giảm 10% biên chế công chức',
      citation: 'x',
      metric: ['civilServantQuota'],
      baseYear: 2025,
      year: 2026,
      requiredPct: 10,
    };
    const judged = await call<{
      targets: Array<{ positions?: { byYear: Array<{ year: number; justified: number }> } }>;
    }>('scenario.simulate', {
      scenario: { ...scenario, targetSets: [{ id: 'set', title: 'Bộ mục tiêu', targets: [target] }] },
    });
    expect(judged.targets[0]!.positions!.byYear.map((y) => [y.year, y.justified])).toEqual([
      [2025, 5],
      [2026, 5],
    ]);
    // The targets' export says it too, in its last column (kl40-2026-civil-servants: all in the quota of A and B, 5 of A by its positions).
    const csv = await call<{ data: string }>('export.scenario', { name: 'PA', format: 'csv', table: 'targets' });
    expect(Buffer.from(csv.data, 'base64').toString('utf8')).toContain('Biên chế giao 9 · theo VTVL 5 (chỉ 1/2 đơn vị');
    const state = await call<{ justified: Record<string, number> }>('scenario.state', { name: 'PA', year: 2026 });
    expect(state.justified).toEqual({ A: 5 });
    // A position the unit does not have is refused, naming it.
    await expect(
      call('positions.plan', { scenario: { ...scenario, operations: [{ ...exit, position: 'Kế toán' }] }, unit: 'A' }),
    ).rejects.toMatchObject({
      error: { key: 'err.scenarioOperation', params: { reason: 'err.exitPositionUnknown' } },
    });
  });
});
