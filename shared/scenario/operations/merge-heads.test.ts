/** A merge and the heads in post (issue 20): one remains, the others are people to arrange; not entered is never 1. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../simulate.ts';
import { OperationSchema } from '../operations.ts';
import { ruleSetById } from '../../rules/rule-sets.ts';
import { unit } from '../../../tests/fixtures.ts';
import type { Unit } from '../../model/unit.ts';

const rules = { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const };
const sở = (code: string, fields: Partial<Unit>) =>
  unit(code, 'T', { kind: 'department', civilServantQuota: 10, civilServantActual: 10, deputies: 2, ...fields });
const run = (units: Unit[], op: unknown) => {
  const sim = simulate(units, [OperationSchema.parse(op)], { baseYear: 2025, horizon: 2026, rules });
  return { sim, at: (code: string) => sim.years.at(-1)!.units.find((u) => u.code === code)! };
};
const root = unit('T', null, { kind: 'people_committee', heads: 1 });

describe('merge: heads in post', () => {
  it('keeps one head of two; the other is to arrange, counted among the deputies until arranged', () => {
    const { sim, at } = run([root, sở('A', { heads: 1 }), sở('B', { heads: 1 })], {
      type: 'merge',
      year: 2026,
      units: ['A', 'B'],
      into: 'A',
    });
    expect(at('A').heads).toBe(1);
    expect(at('A').deputies).toBe(5);
    expect(sim.heads).toEqual([{ index: 0, year: 2026, code: 'A', before: 2, after: 1, toArrange: 1, unknown: [] }]);
  });

  it('a vacant head (0) is not a person to arrange: the deputies are not raised for it', () => {
    const { sim, at } = run([root, sở('A', { heads: 1 }), sở('B', { heads: 0 })], {
      type: 'merge',
      year: 2026,
      units: ['A', 'B'],
      into: { code: 'AB', name: 'Sở AB', kind: 'department', parentCode: 'T' },
    });
    expect([at('AB').heads, at('AB').deputies]).toEqual([1, 4]);
    expect(sim.heads[0]).toMatchObject({ code: 'AB', before: 1, after: 1, toArrange: 0 });
  });

  it('heads not entered are never taken as 1: the count to arrange is unknown and says which units', () => {
    const { sim, at } = run([root, sở('A', { heads: 1 }), sở('B', {}), sở('C', { heads: null })], {
      type: 'merge',
      year: 2026,
      units: ['A', 'B', 'C'],
      into: 'A',
    });
    expect(at('A').heads).toBe(1); // one of the units had a head
    expect(sim.heads[0]).toMatchObject({ before: 1, after: 1, toArrange: null, unknown: ['B', 'C'] });
    // The deputies keep the older assumption (each other unit had a head): the limits' worst case.
    expect(at('A').deputies).toBe(8);
    const none = run([root, sở('A', {}), sở('B', {})], { type: 'merge', year: 2026, units: ['A', 'B'], into: 'A' });
    expect(none.at('A').heads).toBeNull();
  });

  it('a split: the part keeping the code keeps its head, the new parts are not entered', () => {
    const { at } = run([root, sở('A', { heads: 1 })], {
      type: 'split',
      year: 2026,
      unit: 'A',
      into: [
        { code: 'A', name: 'Sở A', civilServantQuota: 5, civilServantActual: 5, deputies: 1 },
        { code: 'A2', name: 'Sở A2', civilServantQuota: 5, civilServantActual: 5, deputies: 1 },
      ],
    });
    expect([at('A').heads, at('A2').heads]).toEqual([1, null]);
  });
});
