import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { suggestMerges } from './suggest.ts';

const units = [
  unit('T', null, { kind: 'people_committee' }),
  unit('S', 'T', { kind: 'department' }),
  unit('H1', 'S', { kind: 'psu', sector: 'health', publicEmployeeActual: 80 }),
  unit('H2', 'S', { kind: 'psu', sector: 'health', publicEmployeeActual: 12 }),
  unit('H3', 'S', { kind: 'psu', sector: 'health', publicEmployeeActual: 30 }),
  unit('E1', 'S', { kind: 'psu', sector: 'education', publicEmployeeActual: 40 }),
  unit('E2', 'S', { kind: 'psu', sector: 'education', publicEmployeeActual: 20 }),
  unit('C1', 'T', { kind: 'psu', sector: 'culture_sports_tourism', publicEmployeeActual: 5 }), // alone under its parent
];

describe('suggestMerges', () => {
  it('pairs PSUs of one sector under one parent, the smallest into the largest, smallest first', () => {
    expect(suggestMerges(units, new Set()).map((s) => [s.units, s.size])).toEqual([
      [['H2', 'H1'], 12],
      [['E2', 'E1'], 20],
    ]);
  });
  it('puts units below the legal minimum first', () => {
    const s = suggestMerges(units, new Set(['E1']));
    expect(s[0]).toMatchObject({ units: ['E1', 'E2'], belowMinimum: true });
    expect(s).toHaveLength(2);
  });
});

describe('suggestMerges across a locality and toward a gap', () => {
  const district = [
    unit('T', null, { kind: 'people_committee' }),
    unit('H', 'T', { kind: 'people_committee', level: 'district' }),
    unit('X1', 'H', { kind: 'people_committee', level: 'commune' }),
    unit('X2', 'H', { kind: 'people_committee', level: 'commune' }),
    unit('K1', 'X1', { kind: 'psu', sector: 'education', publicEmployeeActual: 30 }),
    unit('K2', 'X2', { kind: 'psu', sector: 'education', publicEmployeeActual: 25 }),
    unit('P1', 'H', { kind: 'psu', sector: 'health', publicEmployeeActual: 9 }),
    unit('P2', 'H', { kind: 'psu', sector: 'health', publicEmployeeActual: 50 }),
    unit('P3', 'H', { kind: 'psu', sector: 'health', publicEmployeeActual: 11 }),
    unit('P4', 'H', { kind: 'psu', sector: 'health', publicEmployeeActual: 40 }),
  ];
  it('pairs units of one sector under the same people\'s committee when their parents differ, after same-parent pairs; pairs never share a unit', () => {
    // Each commune is its own people's committee, so K1 and K2 are in different localities: no pair.
    expect(suggestMerges(district, new Set()).map((s) => s.units)).toEqual([['P1', 'P2'], ['P3', 'P4']]);
    const phong = district.map((u) => (u.code === 'K1' ? { ...u, parentCode: 'H' } : u.code === 'K2' ? { ...u, parentCode: 'T.P' } : u));
    const withPhong = [...phong, unit('T.P', 'H', { kind: 'division' })];
    const s = suggestMerges(withPhong, new Set());
    expect(s.map((x) => [x.units, x.sameParent])).toEqual([[['P1', 'P2'], true], [['P3', 'P4'], true], [['K2', 'K1'], false]]);
    const all = s.flatMap((x) => x.units);
    expect(new Set(all).size).toBe(all.length);
  });
});
