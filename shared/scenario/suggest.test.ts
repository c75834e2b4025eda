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
