import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyHeadcountChange, computeRollups, overQuota, peopleInPost, subtreeRollup } from './rollup.ts';
import { buildTree } from './tree.ts';
import { HEADCOUNT_FIELDS, type Headcount, type Unit } from './model/unit.ts';
import { generateSampleProvince } from './sample/hau-giang.ts';
import { unit } from '../tests/fixtures.ts';

describe('rollups', () => {
  it('sums every headcount field over the subtree, the unit itself included', () => {
    const t = buildTree([
      unit('A', null, { deputies: 2 }),
      unit('B', 'A', { civilServantQuota: 10, civilServantActual: 9, contractWorkers: 1 }),
      unit('C', 'B', { publicEmployeeQuota: 20, publicEmployeeActual: 21, selfFundedEmployees: 4, deputies: 1 }),
      unit('D', 'A', { civilServantQuota: 5, civilServantActual: 5 }),
    ]);
    const r = computeRollups(t);
    expect(r.get('C')).toMatchObject({ publicEmployeeActual: 21, totalPeople: 25, unitCount: 1 });
    expect(r.get('B')).toMatchObject({
      civilServantQuota: 10,
      publicEmployeeQuota: 20,
      totalPeople: 35,
      deputies: 1,
      unitCount: 2,
    });
    expect(r.get('A')).toMatchObject({
      civilServantQuota: 15,
      civilServantActual: 14,
      deputies: 3,
      totalPeople: 40,
      unitCount: 4,
    });
  });

  it('matches a brute-force sum on the sample province', () => {
    const units = generateSampleProvince();
    const t = buildTree(units);
    const r = computeRollups(t);
    const root = units.find((u) => u.parentCode === null)!;
    for (const f of HEADCOUNT_FIELDS) expect(r.get(root.code)![f]).toBe(units.reduce((s, u) => s + u[f], 0));
    expect(r.get(root.code)!.totalPeople).toBe(units.reduce((s, u) => s + peopleInPost(u), 0));
    expect(r.get(root.code)!.unitCount).toBe(units.length);
  });

  it('flags actual above quota', () => {
    expect(overQuota(unit('A', null, { civilServantQuota: 5, civilServantActual: 6 }))).toEqual({
      civilServants: true,
      publicEmployees: false,
    });
  });
});

/** A random forest: each unit's parent is an earlier unit (or none), every count random. */
const headcount = fc.record(
  Object.fromEntries(HEADCOUNT_FIELDS.map((f) => [f, fc.nat(500)])) as Record<keyof Headcount, fc.Arbitrary<number>>,
);
const forest = fc
  .array(fc.tuple(fc.option(fc.nat(), { nil: null }), headcount), { minLength: 1, maxLength: 60 })
  .map((rows) => rows.map(([p, h], i): Unit => unit(`U${i}`, p === null || i === 0 ? null : `U${p % i}`, h)));

describe('incremental rollups', () => {
  it('equal a full recompute after any sequence of headcount changes', () => {
    fc.assert(
      fc.property(forest, fc.array(fc.tuple(fc.nat(), headcount), { minLength: 1, maxLength: 8 }), (units, changes) => {
        const tree = buildTree(units);
        const rollups = computeRollups(tree);
        let current = units;
        for (const [pick, h] of changes) {
          const before = current[pick % current.length]!;
          const after = { ...before, ...h };
          current = current.map((u) => (u.code === before.code ? after : u));
          applyHeadcountChange(tree, rollups, before.code, before, after);
        }
        expect(rollups).toEqual(computeRollups(buildTree(current)));
      }),
    );
  });

  it('replaces only the unit and its ancestors, leaving the objects it was given untouched', () => {
    const units = [
      unit('A', null),
      unit('B', 'A'),
      unit('C', 'B', { civilServantActual: 3 }),
      unit('D', 'A', { contractWorkers: 2 }),
    ];
    const tree = buildTree(units);
    const rollups = computeRollups(tree);
    const old = new Map(rollups);
    const changed = applyHeadcountChange(tree, rollups, 'C', units[2]!, {
      ...units[2]!,
      civilServantActual: 5,
      deputies: 1,
    });
    expect(changed).toEqual(['C', 'B', 'A']);
    expect(rollups.get('A')).toMatchObject({ civilServantActual: 5, deputies: 1, totalPeople: 7, unitCount: 4 });
    expect(rollups.get('D')).toBe(old.get('D'));
    expect(old.get('A')).toMatchObject({ civilServantActual: 3, totalPeople: 5 });
  });

  it('matches a full recompute on the sample province', () => {
    const units = generateSampleProvince();
    const tree = buildTree(units);
    const rollups = computeRollups(tree);
    const leaf = units[units.length - 1]!;
    const after = { ...leaf, publicEmployeeActual: leaf.publicEmployeeActual + 7, contractWorkers: 0 };
    applyHeadcountChange(tree, rollups, leaf.code, leaf, after);
    expect(rollups).toEqual(computeRollups(buildTree(units.map((u) => (u === leaf ? after : u)))));
  });
});

describe('subtreeRollup', () => {
  it("adds up one unit's subtree from a flat list, as computeRollups does, and says null for a unit not in it", () => {
    const units = generateSampleProvince();
    const all = computeRollups(buildTree(units));
    for (const code of ['HG', 'HG.SYT', 'HG.SNV', 'HG.SNV.P01'])
      expect(subtreeRollup(units, code)).toEqual(all.get(code));
    expect(subtreeRollup(units, 'HG.SYT')!.unitCount).toBeGreaterThan(1);
    expect(subtreeRollup(units, 'NONE')).toBeNull();
  });
});
