import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate, ScenarioError } from './simulate.ts';
import { evaluateTarget, type Target } from './targets.ts';
import { OperationSchema, type Operation } from './operations.ts';
import { ruleSetById } from '../rules/rule-sets.ts';
import { generateUnits } from '../sample/generate.ts';
import { unit } from '../../tests/fixtures.ts';
import type { YearMetrics } from './metrics.ts';

const rules = { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const };
const base = [
  unit('T', null, { kind: 'people_committee' }),
  unit('S', 'T', { kind: 'department', civilServantQuota: 4, civilServantActual: 4, deputies: 2 }),
  unit('A', 'S', { kind: 'psu', publicEmployeeQuota: 20, publicEmployeeActual: 18, contractWorkers: 2, deputies: 2 }),
  unit('A.K', 'A', { kind: 'psu_division', publicEmployeeQuota: 8, publicEmployeeActual: 8, deputies: 1 }),
  unit('B', 'S', { kind: 'psu', publicEmployeeQuota: 12, publicEmployeeActual: 11, selfFundedEmployees: 3, deputies: 1 }),
  unit('C', 'T', { kind: 'psu', publicEmployeeQuota: 30, publicEmployeeActual: 29, deputies: 2 }),
];
const ops = (list: unknown[]) => list.map((o) => OperationSchema.parse(o));
const run = (list: unknown[], horizon = 2027) => simulate(base, ops(list), { baseYear: 2025, horizon, rules });
const at = (sim: ReturnType<typeof run>, year: number) => sim.years.find((y) => y.year === year)!;
const staff = (units: readonly { civilServantActual: number; publicEmployeeActual: number; selfFundedEmployees: number; contractWorkers: number }[]) =>
  units.reduce((s, u) => s + u.civilServantActual + u.publicEmployeeActual + u.selfFundedEmployees + u.contractWorkers, 0);

describe('simulate', () => {
  it('merges into a new unit: counts add up, the other heads become deputies, children follow; the baseline is untouched', () => {
    const copy = structuredClone(base);
    const sim = run([{ type: 'merge', year: 2026, units: ['A', 'B'], into: { code: 'AB', name: 'Trung tâm AB', kind: 'psu', parentCode: 'S' } }]);
    expect(at(sim, 2025).units.map((u) => u.code)).toEqual(['T', 'S', 'A', 'A.K', 'B', 'C']);
    const y = at(sim, 2026);
    expect(y.units.map((u) => `${u.code}<${u.parentCode ?? ''}`)).toEqual(['T<', 'S<T', 'AB<S', 'A.K<AB', 'C<T']);
    expect(y.units.find((u) => u.code === 'AB')).toMatchObject({ publicEmployeeQuota: 32, publicEmployeeActual: 29, selfFundedEmployees: 3, contractWorkers: 2, deputies: 4 });
    expect(y.metrics.psus).toBe(2);
    expect(sim.notices).toEqual([{ year: 2026, unitCode: 'AB', key: 'scn.deputyDeadline', params: { deadline: '2029' } }]);
    expect(base).toEqual(copy);
  });

  it('merges into a surviving unit, splits with the totals kept, transfers, dissolves and converts', () => {
    const sim = run([
      { type: 'merge', year: 2025, units: ['B', 'A'], into: 'A' },
      { type: 'split', year: 2026, unit: 'C', into: [{ code: 'C1', name: 'C một', publicEmployeeQuota: 10, publicEmployeeActual: 9, deputies: 1 }, { code: 'C2', name: 'C hai', publicEmployeeQuota: 20, publicEmployeeActual: 20, deputies: 1 }] },
      { type: 'transfer', year: 2026, unit: 'C2', parentCode: 'S' },
      { type: 'dissolve', year: 2027, unit: 'C1', staffTo: null },
      { type: 'convert', year: 2027, unit: 'C2' },
    ]);
    expect(at(sim, 2025).units.find((u) => u.code === 'A')).toMatchObject({ publicEmployeeActual: 29, deputies: 4 });
    expect(at(sim, 2026).units.map((u) => `${u.code}<${u.parentCode ?? ''}`)).toEqual(['T<', 'S<T', 'A<S', 'A.K<A', 'C1<T', 'C2<S']);
    const y = at(sim, 2027);
    expect(y.units.map((u) => u.code)).toEqual(['T', 'S', 'A', 'A.K']);
    expect([y.leavers, y.converted]).toEqual([9, 20]);
  });

  it('names the operation (index and type) and the reason when one cannot apply', () => {
    const cases: Array<[unknown[], string]> = [
      [[{ type: 'transfer', year: 2026, unit: 'S', parentCode: 'A.K' }], 'err.moveCycle'],
      [[{ type: 'transfer', year: 2026, unit: 'A.K', parentCode: 'T' }], 'err.placement'],
      [[{ type: 'dissolve', year: 2025, unit: 'B', staffTo: null }, { type: 'rename', year: 2026, unit: 'B', name: 'X' }], 'err.scenarioUnit'],
      [[{ type: 'merge', year: 2026, units: ['A', 'A.K'], into: 'A' }], 'err.scenarioMergeNested'],
      [[{ type: 'split', year: 2026, unit: 'B', into: [{ code: 'B1', name: 'x', publicEmployeeQuota: 5 }, { code: 'B2', name: 'y', publicEmployeeQuota: 5 }] }], 'err.scenarioSplitSum'],
      [[{ type: 'convert', year: 2026, unit: 'S' }], 'err.notPsu'],
      [[{ type: 'rename', year: 2031, unit: 'S', name: 'X' }], 'err.scenarioYear'],
    ];
    for (const [list, key] of cases) {
      let err: unknown;
      try {
        run(list);
      } catch (e) {
        err = e;
      }
      expect(err, key).toBeInstanceOf(ScenarioError);
      expect((err as ScenarioError).key).toBe(key);
      expect((err as ScenarioError).index).toBe(list.length - 1);
    }
  });

  it('never loses or invents people: staff at the end + leavers + converted = staff at the start', () => {
    const units = generateUnits(300, 3);
    const codes = units.map((u) => u.code);
    const psus = units.filter((u) => u.kind === 'psu').map((u) => u.code);
    const op = fc.oneof(
      fc.record({ type: fc.constant('dissolve'), year: fc.integer({ min: 2025, max: 2027 }), unit: fc.constantFrom(...codes), staffTo: fc.option(fc.constantFrom(...codes), { nil: null }) }),
      fc.record({ type: fc.constant('convert'), year: fc.integer({ min: 2025, max: 2027 }), unit: fc.constantFrom(...psus) }),
      fc.record({ type: fc.constant('merge'), year: fc.integer({ min: 2025, max: 2027 }), units: fc.uniqueArray(fc.constantFrom(...psus), { minLength: 2, maxLength: 3 }), into: fc.constant('') }),
      fc.record({ type: fc.constant('setQuota'), year: fc.integer({ min: 2025, max: 2027 }), unit: fc.constantFrom(...codes), publicEmployeeQuota: fc.integer({ min: 0, max: 50 }) }),
    );
    let applied = 0;
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (raw) => {
        const list = raw.map((o) => ('units' in o ? { ...o, into: o.units[0]! } : o)).sort((a, b) => a.year - b.year) as unknown as Operation[];
        let sim;
        try {
          sim = simulate(units, list, { baseYear: 2025, horizon: 2027, rules });
        } catch (e) {
          if (e instanceof ScenarioError) return true; // an invalid plan is refused whole
          throw e;
        }
        applied++;
        const last = sim.years[sim.years.length - 1]!;
        return staff(last.units) + last.leavers + last.converted === staff(units);
      }),
      { numRuns: 150 },
    );
    expect(applied).toBeGreaterThan(30); // most plans are valid: the property is really exercised
  });
});

describe('targets', () => {
  const t: Target = { id: 'x', title: 'x', citation: 'x', metric: ['psus'], baseYear: 2021, year: 2025, requiredPct: 10 };
  const m = (psus: number) => ({ psus }) as YearMetrics;
  it('is met at exactly the required reduction, and says how much is missing otherwise', () => {
    expect(evaluateTarget(t, (y) => (y === 2021 ? m(100) : m(90)), 2021)).toMatchObject({ met: true, achievedPct: 10, gap: 0, allowed: 90 });
    expect(evaluateTarget(t, (y) => (y === 2021 ? m(100) : m(91)), 2021)).toMatchObject({ met: false, achievedPct: 9, gap: 1 });
    expect(evaluateTarget(t, (y) => (y === 2021 ? m(95) : m(86)), 2021)).toMatchObject({ met: false, gap: 1, allowed: 85 });
    expect(evaluateTarget(t, (y) => (y === 2021 ? m(95) : m(85)), 2021)).toMatchObject({ met: true });
  });
  it('reads the baseline in the scenario’s first year when the base year is not modelled', () => {
    expect(evaluateTarget(t, (y) => (y === 2023 ? m(200) : y === 2025 ? m(180) : undefined), 2023)).toMatchObject({ baseYear: 2023, baseline: 200, met: true });
  });
});
