import { describe, expect, it } from 'vitest';
import { computeRollups, overQuota, peopleInPost } from './rollup.ts';
import { buildTree } from './tree.ts';
import { HEADCOUNT_FIELDS } from './model/unit.ts';
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
    expect(r.get('B')).toMatchObject({ civilServantQuota: 10, publicEmployeeQuota: 20, totalPeople: 35, deputies: 1, unitCount: 2 });
    expect(r.get('A')).toMatchObject({ civilServantQuota: 15, civilServantActual: 14, deputies: 3, totalPeople: 40, unitCount: 4 });
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
    expect(overQuota(unit('A', null, { civilServantQuota: 5, civilServantActual: 6 }))).toEqual({ civilServants: true, publicEmployees: false });
  });
});
