/**
 * The incremental end of year (year-end.ts) against the full evaluation, which copies, sorts and
 * judges every unit every year (`simulate(…, { fullEvaluation: true })`): every year's units,
 * metrics and autonomy figures, every finding (in order), notice, target, exit and recruitment
 * must be the same — on the benchmark's plans (tests/bench/operations.ts) and on random plans that
 * use every kind of operation.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate, type SimulateOptions } from './simulate.ts';
import type { Operation } from './operations.ts';
import { ruleSetById } from '../rules/rule-sets.ts';
import { generateUnits } from '../sample/generate.ts';
import type { Unit } from '../model/unit.ts';
import { benchOperations } from '../../tests/bench/operations.ts';
import { randomPlan } from '../../tests/random-plan.ts';

const RULES = {
  '107': { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const },
  '370': { ruleSet: ruleSetById('nd120-150-370-2026')!, provinceClass: 'class1' as const },
  // Each year by the set in force on its 31/12: 107 to 2024, 150 in 2025, 150+370 from 2026.
  byDate: { provinceClass: 'class2' as const },
};

function same(units: readonly Unit[], ops: readonly Operation[], options: SimulateOptions) {
  const incremental = simulate(units, ops, options);
  const full = simulate(units, ops, { ...options, fullEvaluation: true });
  expect(incremental.years.map((y) => y.year)).toEqual(full.years.map((y) => y.year));
  incremental.years.forEach((y, i) => expect(y, `year ${y.year}`).toEqual(full.years[i]));
  expect(incremental.notices).toEqual(full.notices);
  expect(incremental.targets).toEqual(full.targets);
  expect(incremental.exits).toEqual(full.exits);
  expect(incremental.recruits).toEqual(full.recruits);
  // The operations' figures: read from the tracked rollups, against walking each subtree.
  expect(incremental.steps).toEqual(full.steps);
  return incremental;
}

describe('simulate: the incremental end of year equals the full evaluation', () => {
  it.each([1, 2, 3])('on the benchmark plan (3,000 units, 300 operations, seed %i)', (seed) => {
    const units = generateUnits(3_000, seed);
    const ops = benchOperations(units, 300, 2021, 2030);
    const sim = same(units, ops, { baseYear: 2021, horizon: 2030, rules: RULES['107'] });
    expect(sim.years.every((y) => y.findings.length > 0)).toBe(true);
    // The plan changes the province: the last year differs from the first.
    expect(sim.years.at(-1)!.units.length).toBeLessThan(sim.years[0]!.units.length);
  });

  it('on changes to the first unit (order key 0) and a unit put in before it', () => {
    const units = generateUnits(900, 2);
    const [first, second] = [units[0]!.code, units[1]!.code];
    const ops: Operation[] = [
      { year: 2022, type: 'recruit', unit: first, civilServants: 2, publicEmployees: 1 },
      { year: 2023, type: 'setQuota', unit: first, civilServantQuota: 9 },
      {
        year: 2024,
        type: 'split',
        unit: second,
        into: [
          { ...units[1]!, code: `${second}a`, name: 'A' },
          { code: `${second}b`, name: 'B' },
        ],
      },
    ];
    same(units, ops, { baseYear: 2021, horizon: 2026, rules: RULES['107'] });
  });

  it('on random plans with every kind of operation (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 20, max: 160 }),
        fc.constantFrom('107' as const, '370' as const, 'byDate' as const),
        (seed, count, rules) => {
          const units = generateUnits(1_200, (seed % 7) + 1);
          const ops = randomPlan(units, seed, count);
          same(units, ops, { baseYear: 2021, horizon: 2030, rules: RULES[rules] });
        },
      ),
      { numRuns: 25 },
    );
  });

  it('with autonomy figures from the start and targets', () => {
    const units = generateUnits(2_000, 4);
    const psus = units.filter((u) => u.kind === 'psu');
    const autonomy = new Map(
      psus
        .slice(0, 200)
        .map((u, i) => [u.code, { revenue: BigInt(i * 1_000_000), spending: 500_000_000n, decided: null }]),
    );
    same(units, randomPlan(units, 99, 150), { baseYear: 2021, horizon: 2030, rules: RULES['370'], autonomy });
  });

  it('with the rule set in force changing over the years and autonomy groups changing the PSU limits', () => {
    const units = generateUnits(2_000, 6);
    const psus = units.filter((u) => u.kind === 'psu');
    const autonomy = new Map(
      psus
        .slice(0, 300)
        .map((u, i) => [u.code, { revenue: BigInt((i % 12) * 100_000_000), spending: 1_000_000_000n, decided: null }]),
    );
    const sim = same(units, randomPlan(units, 7, 160), {
      baseYear: 2021,
      horizon: 2030,
      rules: RULES.byDate,
      autonomy,
    });
    expect(
      [...new Set(sim.years.flatMap((y) => y.findings.map((f) => `${y.year}:${f.ruleSet}`)))].filter(
        (x) => x.startsWith('2024') || x.startsWith('2025') || x.startsWith('2026'),
      ),
    ).toEqual(['2024:nd120-107-2020', '2025:nd120-150-2025', '2026:nd120-150-370-2026']);
  });

  it('a baseline with a unit outside the tree (unknown parent) is judged in full, as before', () => {
    const units = generateUnits(500, 5);
    const orphaned = units.map((u, i) => (i === 40 ? { ...u, parentCode: 'NOWHERE' } : u));
    same(
      orphaned,
      benchOperations(units, 20, 2021, 2030).filter((op) => !('unit' in op) || op.unit !== orphaned[40]!.code),
      { baseYear: 2021, horizon: 2030, rules: RULES['107'] },
    );
  });

  it('keeps each year’s units and findings as they were: unchanged ones are shared between years, the baseline is never changed', () => {
    const units = generateUnits(1_000, 1);
    const sim = simulate(units, benchOperations(units, 60, 2021, 2030), {
      baseYear: 2021,
      horizon: 2030,
      rules: RULES['107'],
    });
    const [first, last] = [sim.years[0]!.units, sim.years.at(-1)!.units];
    const kept = new Set(first);
    expect(last.filter((u) => kept.has(u)).length).toBeGreaterThan(last.length / 2);
    const before = structuredClone(units);
    const again = simulate(units, benchOperations(units, 60, 2021, 2030), {
      baseYear: 2021,
      horizon: 2030,
      rules: RULES['107'],
    });
    expect(units).toEqual(before);
    // The units the operations changed are frozen copies; the baseline's own are handed out as they are.
    const changed = again.years.at(-1)!.units.filter((u) => !units.includes(u as Unit));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((u) => Object.isFrozen(u))).toBe(true);
    const firstFindings = new Set(sim.years[0]!.findings);
    const lastFindings = sim.years.at(-1)!.findings;
    expect(lastFindings.filter((f) => firstFindings.has(f)).length).toBeGreaterThan(lastFindings.length / 2);
  });
});
