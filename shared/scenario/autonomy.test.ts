import { describe, expect, it } from 'vitest';
import { simulate, ScenarioError } from './simulate.ts';
import { OperationSchema } from './operations.ts';
import { ruleSetById } from '../rules/rule-sets.ts';
import { unit } from '../../tests/fixtures.ts';
import { translate } from '../i18n/index.ts';
import type { UnitAutonomy } from './autonomy.ts';

const rules = { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const };
const base = [
  unit('T', null, { kind: 'people_committee' }),
  unit('S', 'T', { kind: 'department', civilServantQuota: 4, civilServantActual: 4, deputies: 1 }),
  unit('A', 'S', { kind: 'psu', publicEmployeeQuota: 20, publicEmployeeActual: 18, deputies: 1 }),
  unit('B', 'S', { kind: 'psu', publicEmployeeQuota: 12, publicEmployeeActual: 16, deputies: 1 }),
  unit('C', 'T', { kind: 'psu', publicEmployeeQuota: 30, publicEmployeeActual: 29, deputies: 1 }),
];
/** Millions of đồng as an exact amount (millionths of a đồng). */
const m = (millions: number) => BigInt(millions) * 1_000_000n * 1_000_000n;
const fig = (revenue: number, spending: number, extra: Partial<UnitAutonomy> = {}): UnitAutonomy => ({
  revenue: m(revenue),
  spending: m(spending),
  decided: null,
  ...extra,
});
const run = (list: unknown[], autonomy: Record<string, UnitAutonomy>) =>
  simulate(
    base,
    list.map((o) => OperationSchema.parse(o)),
    { baseYear: 2025, horizon: 2027, rules, autonomy: new Map(Object.entries(autonomy)) },
  );
const at = (sim: ReturnType<typeof run>, year: number) => sim.years.find((y) => y.year === year)!;
const merge = (into: unknown = { code: 'AB', name: 'Trung tâm AB', kind: 'psu', parentCode: 'S' }) => ({
  type: 'merge',
  year: 2026,
  units: ['A', 'B'],
  into,
});

describe('autonomy in a scenario', () => {
  it('counts public service units per group in force, those without figures apart', () => {
    const y = at(run([], { A: fig(120, 100), B: fig(40, 100) }), 2025);
    expect(y.metrics).toMatchObject({
      psus: 3,
      autonomyGroup1: 0,
      autonomyGroup2: 1,
      autonomyGroup3: 1,
      autonomyGroup4: 0,
      autonomyUnknown: 1,
      autonomyGroups12: 1,
    });
  });

  it("adds up the merged units' figures, recomputes the group and flags a lower level than a merged unit had", () => {
    // A: 120/100 → group 2; B: 40/100 → 3b; together 160/200 = 80% → 3a, below A's group 2.
    const sim = run([merge()], { A: fig(120, 100), B: fig(40, 100) });
    const y = at(sim, 2026);
    expect(y.autonomy.get('AB')).toEqual({
      revenue: m(160),
      spending: m(200),
      investmentFunding: undefined,
      depreciation: undefined,
      decided: null,
    });
    expect(y.autonomy.has('A') || y.autonomy.has('B')).toBe(false);
    expect(y.metrics).toMatchObject({ autonomyGroup2: 0, autonomyGroup3: 1, autonomyUnknown: 1 });
    expect(sim.notices).toContainEqual({
      year: 2026,
      unitCode: 'AB',
      key: 'scn.autonomyLowered',
      params: { from: '2', to: '3a' },
    });
  });

  it('does not flag a merge that keeps the level, and reaches group 1 exactly at 100% with investment ≥ depreciation', () => {
    const same = run([merge('A')], { A: fig(50, 100), B: fig(30, 100) });
    expect(same.notices.filter((n) => n.key === 'scn.autonomyLowered')).toEqual([]);
    expect(at(same, 2026).metrics.autonomyGroup3).toBe(1);
    const one = run([merge('A')], {
      A: fig(60, 100, { investmentFunding: m(5), depreciation: m(8) }),
      B: fig(140, 100, { investmentFunding: m(3) }),
    });
    // 200/200 = 100%, investment 8 = depreciation 8 → group 1; nothing lowered.
    expect(at(one, 2026).metrics).toMatchObject({ autonomyGroup1: 1, autonomyGroups12: 1 });
    expect(one.notices.filter((n) => n.key === 'scn.autonomyLowered')).toEqual([]);
  });

  it('leaves the merged unit without figures when a merged unit has none, and drops a decided group on merging', () => {
    expect(at(run([merge()], { A: fig(120, 100) }), 2026).autonomy.has('AB')).toBe(false);
    const decided = run([merge('A')], { A: fig(20, 100, { decided: '1' }), B: fig(20, 100) });
    expect(at(decided, 2025).metrics.autonomyGroup1).toBe(1);
    expect(at(decided, 2026).metrics).toMatchObject({ autonomyGroup1: 0, autonomyGroup3: 1 });
    expect(decided.notices).toContainEqual({
      year: 2026,
      unitCode: 'A',
      key: 'scn.autonomyLowered',
      params: { from: '1', to: '3c' },
    });
  });

  it('flags a merged unit whose state-paid quota ends its merge year above the sum before (Decree 120 Art. 4.3, not 5.2)', () => {
    const raised = run([merge(), { type: 'setQuota', year: 2026, unit: 'AB', publicEmployeeQuota: 33 }], {});
    expect(raised.notices).toContainEqual({
      year: 2026,
      unitCode: 'AB',
      key: 'scn.mergeQuotaRaised',
      params: { quota: 33, before: 32 },
    });
    expect(translate('vi', 'scn.mergeQuotaRaised', { quota: 33, before: 32 })).toContain('Điều 4 khoản 3');
    expect(translate('en', 'scn.mergeQuotaRaised', { quota: 33, before: 32 })).toContain('Art. 4.3');
    const kept = run([merge(), { type: 'setQuota', year: 2026, unit: 'AB', publicEmployeeQuota: 32 }], {});
    expect(kept.notices.filter((n) => n.key === 'scn.mergeQuotaRaised')).toEqual([]);
  });

  it("moves a dissolved unit's figures to the receiver, and drops them with a conversion or a split", () => {
    const sim = run(
      [
        { type: 'dissolve', year: 2026, unit: 'B', staffTo: 'A' },
        { type: 'convert', year: 2027, unit: 'C' },
      ],
      { A: fig(120, 100), B: fig(40, 100), C: fig(300, 100) },
    );
    expect(at(sim, 2026).autonomy.get('A')).toMatchObject({ revenue: m(160), spending: m(200) });
    expect(at(sim, 2026).metrics.autonomyGroups12).toBe(1); // C
    expect(at(sim, 2027).autonomy.has('C')).toBe(false);
    const split = run(
      [
        {
          type: 'split',
          year: 2026,
          unit: 'C',
          into: [
            { code: 'C1', name: 'C1', publicEmployeeQuota: 10, publicEmployeeActual: 9 },
            { code: 'C2', name: 'C2', publicEmployeeQuota: 20, publicEmployeeActual: 20, deputies: 1 },
          ],
        },
      ],
      { C: fig(300, 100) },
    );
    expect(at(split, 2026).metrics).toMatchObject({ autonomyGroups12: 0, autonomyUnknown: 4 });
  });

  it('setAutonomy gives new figures or a decided group, and refuses what it cannot read', () => {
    const sim = run(
      [
        { type: 'setAutonomy', year: 2026, unit: 'C', revenue: '100.000.000.000', spending: 100000000000 },
        { type: 'setAutonomy', year: 2027, unit: 'C', group: '3b' },
      ],
      {},
    );
    expect(at(sim, 2025).metrics.autonomyUnknown).toBe(3);
    expect(at(sim, 2026).metrics).toMatchObject({ autonomyGroup2: 1, autonomyUnknown: 2 });
    expect(at(sim, 2027).metrics).toMatchObject({ autonomyGroup2: 0, autonomyGroup3: 1 });
    // Art. 35.5 is checked on any change of figures or group, not only after a merge: group 2 → 3b is flagged.
    expect(sim.notices).toEqual([
      { year: 2027, unitCode: 'C', key: 'scn.autonomyDemoted', params: { from: '2', to: '3b' } },
    ]);
    // Figures that lower group 1 to group 3a are flagged too; a move up is not.
    const figures = run(
      [
        { type: 'setAutonomy', year: 2026, unit: 'C', revenue: '80', spending: '100' },
        { type: 'setAutonomy', year: 2027, unit: 'A', revenue: '200', spending: '100' },
      ],
      { C: fig(120, 100, { investmentFunding: m(5), depreciation: m(5) }), A: fig(50, 100) },
    );
    expect(figures.notices).toEqual([
      { year: 2026, unitCode: 'C', key: 'scn.autonomyDemoted', params: { from: '1', to: '3a' } },
    ]);
    const refused = (op: Record<string, unknown>, key: string) => {
      try {
        run([{ type: 'setAutonomy', year: 2026, unit: 'C', ...op }], { A: fig(1, 1) });
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(ScenarioError);
        expect((err as ScenarioError).key).toBe(key);
      }
    };
    refused({ revenue: 10 }, 'err.scenarioAutonomyFigures');
    refused({ revenue: '1.5', spending: 10 }, 'err.scenarioAmount');
    refused({ revenue: -1, spending: 10 }, 'err.scenarioAmount');
    refused({ revenue: 1, spending: 0 }, 'err.scenarioAmount');
    refused({ revenue: 1, spending: 10, group: '3' }, 'err.overrideBand');
    refused({ revenue: 1, spending: 10, group: '5' }, 'err.assignedGroup');
    refused({ unit: 'S', revenue: 1, spending: 10 }, 'err.notPsu');
  });
});
