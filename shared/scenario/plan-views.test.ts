import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate, type SimulateOptions } from './simulate.ts';
import { ruleSetById } from '../rules/rule-sets.ts';
import { generateUnits } from '../sample/generate.ts';
import type { Unit } from '../model/unit.ts';
import type { Operation } from './operations.ts';
import { diffUnits } from './diff.ts';
import { unitLabels, withWholes } from './figures.ts';
import { roadmapOf } from './roadmap.ts';
import { unitCounts } from './unit-counts.ts';
import { changesAt, presentLabels, roadmapAt, roadmapLabels, unitCountsByYear } from './plan-views.ts';
import { planTimeline } from './year-changes.ts';
import { randomPlan } from '../../tests/random-plan.ts';
import { benchOperations } from '../../tests/bench/operations.ts';

const OPTIONS: SimulateOptions = {
  baseYear: 2021,
  horizon: 2030,
  rules: { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' },
};

/** Every view read from the years' changes equals the same view over every unit of every year. */
function sameViews(units: readonly Unit[], ops: readonly Operation[], include: readonly string[] = []) {
  const sim = simulate(units, ops, OPTIONS);
  const t = planTimeline(sim, units);
  expect(t).not.toBeNull();
  const codes = [...new Set([...units, ...sim.years.flatMap((y) => y.units)].map((u) => u.code)), 'NO-SUCH-CODE'];
  const present = presentLabels(t!);
  const presentAll = unitLabels(units, ...sim.years.map((y) => y.units));
  expect(codes.map(present)).toEqual(codes.map(presentAll));
  const last = roadmapLabels(t!);
  const lastAll = unitLabels(...[...sim.years].reverse().map((y) => y.units));
  expect(codes.map(last)).toEqual(codes.map(lastAll));
  expect(unitCountsByYear(t!)).toEqual(sim.years.map((y) => unitCounts(y.units)));
  sim.years.forEach((y, yi) =>
    expect(changesAt(t!, yi, y.units), `changes in ${y.year}`).toEqual(
      withWholes(units, y.units, diffUnits(units, y.units)),
    ),
  );
  expect(roadmapAt(sim, t!, include)).toEqual(roadmapOf(sim, include));
}

/** Units with a surplus (people above quota), so that the roadmap has rows beyond the exits. */
const withSurplus = (units: readonly Unit[]) =>
  units.map((u, i) => (i % 11 === 3 ? { ...u, civilServantActual: u.civilServantQuota + 2 } : u));

describe('the plan views read from the years changes equal those over every unit', () => {
  it('on random plans with every kind of operation (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 20, max: 120 }), (seed, count) => {
        const units = withSurplus(generateUnits(800, (seed % 7) + 1));
        const ops = randomPlan(units, seed, count);
        const include = units.filter((_, i) => i % 97 === 5).map((u) => u.code);
        sameViews(units, ops, include);
      }),
      { numRuns: 8 },
    );
  });

  it('on the benchmark plan (merges, dissolutions, splits, quotas, renames)', () => {
    const units = withSurplus(generateUnits(3_000, 1));
    sameViews(units, benchOperations(units, 300, 2021, 2030));
  });

  it('names alike: with the parent, with the code where even that repeats, a name that reads like a label', () => {
    const u = (code: string, name: string, parentCode: string | null): Unit => ({
      ...generateUnits(1, 1)[0]!,
      code,
      name,
      parentCode,
    });
    const units = [
      u('R', 'Tỉnh', null),
      u('P1', 'Sở Y tế', 'R'),
      u('P2', 'Sở Y tế', 'R'),
      u('X1', 'Thanh tra', 'P1'),
      u('X2', 'Thanh tra', 'P2'),
      u('X3', 'Thanh tra — Sở Y tế', 'R'),
      u('Y1', 'Văn phòng', 'P1'),
      u('Y2', 'văn phòng ', 'R'),
    ];
    const ops: Operation[] = [
      { year: 2023, type: 'rename', unit: 'Y2', name: 'Thanh tra' },
      { year: 2025, type: 'rename', unit: 'P2', name: 'Sở Tài chính' },
    ];
    sameViews(units, ops);
  });
});

describe('a year of changes kept across plan versions', () => {
  it('after an edit, resumed from the version before: each year as over every unit (the years before the edit read as kept)', () => {
    const units = withSurplus(generateUnits(800, 3));
    const ops = randomPlan(units, 17, 80);
    const before = simulate(units, ops, OPTIONS);
    const tb = planTimeline(before, units)!;
    // Every year read once from the version before, so that its years are kept.
    const kept = before.years.map((y, yi) => changesAt(tb, yi, y.units));
    const unit = units.find((u) => u.kind === 'department')!.code;
    const edit: Operation[] = [
      ...ops,
      { type: 'setQuota', year: 2026, unit, civilServantQuota: 1, publicEmployeeQuota: 1 },
    ];
    const after = simulate(units, edit, { ...OPTIONS, previous: before });
    const ta = planTimeline(after, units)!;
    after.years.forEach((y, yi) => {
      const diff = changesAt(ta, yi, y.units);
      expect(diff, `changes in ${y.year}`).toEqual(withWholes(units, y.units, diffUnits(units, y.units)));
      // 2021–2025: the very answer of the version before; from 2026, made anew.
      if (y.year < 2026) expect(diff).toBe(kept[yi]);
      else expect(diff).not.toBe(kept[yi]);
    });
  });
});
