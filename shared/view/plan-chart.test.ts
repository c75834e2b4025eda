import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { changesOnlyUnits, fieldFigure, figureParams, unitStates, unitTouched } from './plan-chart.ts';
import { simulate } from '../scenario/simulate.ts';
import { ruleSetById } from '../rules/rule-sets.ts';

const before = [
  unit('T', null, { kind: 'people_committee' }),
  unit('S', 'T', { kind: 'department', civilServantQuota: 10, civilServantActual: 9 }),
  unit('A', 'S', { kind: 'psu', publicEmployeeQuota: 20, publicEmployeeActual: 18, contractWorkers: 2 }),
  unit('B', 'S', { kind: 'psu', publicEmployeeQuota: 10, publicEmployeeActual: 9 }),
  unit('C', 'S', { kind: 'psu', publicEmployeeQuota: 5, publicEmployeeActual: 5 }),
  unit('C1', 'C', { kind: 'psu_division' }),
  unit('D', 'T', { kind: 'department', civilServantQuota: 7 }),
  unit('E', 'D', { kind: 'division', civilServantQuota: 3 }),
];

describe('unitStates', () => {
  it('marks new, gone, moved and changed units with their quota and staff before, after and the difference', () => {
    const after = [
      unit('T', null, { kind: 'people_committee' }),
      unit('S', 'T', { kind: 'department', civilServantQuota: 10, civilServantActual: 9 }),
      unit('A', 'S', {
        kind: 'psu',
        publicEmployeeQuota: 30,
        publicEmployeeActual: 27,
        contractWorkers: 2,
        deputies: 1,
      }), // B merged in
      unit('C', 'D', { kind: 'psu', publicEmployeeQuota: 5, publicEmployeeActual: 5 }), // moved only
      unit('C1', 'C', { kind: 'psu_division' }),
      unit('D', 'T', { kind: 'department', civilServantQuota: 4, name: 'Sở D mới' }), // renamed, quota cut
      unit('E', 'D', { kind: 'division', civilServantQuota: 3 }),
      unit('N', 'D', { kind: 'psu', publicEmployeeQuota: 6 }),
    ];
    const states = unitStates(before, after);
    expect([...states.keys()]).toEqual(['T', 'S', 'A', 'B', 'C', 'C1', 'D', 'E', 'N']);
    expect(states.get('T')!.marks).toEqual([]);
    // A unit with units under it: its subtree's totals, its own row apart.
    expect(states.get('T')).toMatchObject({
      hasSubordinates: true,
      quota: { before: 55, after: 58, delta: 3 },
      staff: { before: 43, after: 43, delta: 0 },
      own: { quota: { before: 0, after: 0, delta: 0 } },
    });
    expect(states.get('S')).toMatchObject({
      quota: { before: 45, after: 40, delta: -5 },
      own: { quota: { before: 10, after: 10, delta: 0 }, staff: { before: 9, after: 9, delta: 0 } },
    });
    expect(states.get('A')).toMatchObject({
      marks: ['changed'],
      hasSubordinates: false,
      quota: { before: 20, after: 30, delta: 10 },
      staff: { before: 20, after: 29, delta: 9 },
    });
    expect(states.get('B')).toMatchObject({
      marks: ['removed'],
      after: null,
      quota: { before: 10, after: null, delta: -10 },
      staff: { before: 9, after: null, delta: -9 },
    });
    expect(states.get('C')).toMatchObject({ marks: ['moved'], quota: { before: 5, after: 5, delta: 0 } });
    expect(states.get('C1')!.marks).toEqual([]);
    expect(states.get('D')).toMatchObject({
      marks: ['changed'],
      quota: { before: 10, after: 18, delta: 8 },
      own: { quota: { before: 7, after: 4, delta: -3 } },
    });
    expect(states.get('N')).toMatchObject({
      marks: ['added'],
      before: null,
      quota: { before: null, after: 6, delta: 6 },
    });
  });

  it('marks a unit both moved and changed when it changes parent and numbers', () => {
    const after = before.map((u) => (u.code === 'E' ? { ...u, parentCode: 'S', civilServantQuota: 1 } : u));
    expect(unitStates(before, after).get('E')!.marks).toEqual(['moved', 'changed']);
  });
});

describe('changesOnlyUnits', () => {
  it('keeps changed and new units with their ancestors, and puts each gone unit under its nearest former ancestor still there', () => {
    const rules = { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const };
    const ops = [
      { type: 'merge' as const, year: 2026, units: ['A', 'B'], into: 'A' },
      { type: 'dissolve' as const, year: 2026, unit: 'S', staffTo: 'D' }, // A and C go up to T
      { type: 'transfer' as const, year: 2026, unit: 'C', parentCode: 'D' },
    ];
    const after = simulate(before, ops, { baseYear: 2025, horizon: 2026, rules }).years.at(-1)!.units;
    const shown = changesOnlyUnits(before, after);
    // A (moved up and merged), C (moved), D (got S's quota) with T above them; E and C1 are left alone.
    expect(shown.map((u) => [u.code, u.parentCode])).toEqual([
      ['T', null],
      ['A', 'T'],
      ['C', 'D'],
      ['D', 'T'],
      ['S', 'T'], // gone, under its former parent
      ['B', 'T'], // gone; its former parent S is gone too, so under S's parent
    ]);
    expect(shown.find((u) => u.code === 'B')!.publicEmployeeQuota).toBe(10); // as it was
  });

  it('is empty when the plan changes nothing, and puts a gone root at the top', () => {
    expect(changesOnlyUnits(before, before)).toEqual([]);
    const after = before
      .filter((u) => u.code !== 'T')
      .map((u) => (u.parentCode === 'T' ? { ...u, parentCode: null } : u));
    expect(changesOnlyUnits(before, after).map((u) => [u.code, u.parentCode])).toEqual([
      ['S', null],
      ['D', null],
      ['T', null],
    ]);
  });
});

describe('fieldFigure', () => {
  it('gives one headcount field before, after and the difference, with null on the side where the unit does not exist', () => {
    const after = [
      ...before.filter((u) => u.code !== 'B' && u.code !== 'A'),
      unit('A', 'S', {
        kind: 'psu',
        publicEmployeeQuota: 30,
        publicEmployeeActual: 27,
        contractWorkers: 2,
        deputies: 1,
      }),
      unit('N', 'D', { kind: 'psu', publicEmployeeQuota: 6 }),
    ];
    const states = unitStates(before, after);
    expect(fieldFigure(states.get('A')!, 'publicEmployeeActual')).toEqual({ before: 18, after: 27, delta: 9 });
    expect(fieldFigure(states.get('A')!, 'contractWorkers')).toEqual({ before: 2, after: 2, delta: 0 });
    expect(fieldFigure(states.get('B')!, 'publicEmployeeQuota')).toEqual({ before: 10, after: null, delta: -10 });
    expect(fieldFigure(states.get('N')!, 'publicEmployeeQuota')).toEqual({ before: null, after: 6, delta: 6 });
  });
});

describe('unitTouched', () => {
  const parentOf = (code: string) => before.find((u) => u.code === code)?.parentCode ?? null;
  it('names the unit a recorded gesture leads to', () => {
    expect(unitTouched({ type: 'transfer', year: 2026, unit: 'C', parentCode: 'D' }, parentOf)).toBe('C');
    expect(unitTouched({ type: 'merge', year: 2026, units: ['A', 'B'], into: 'B' }, parentOf)).toBe('B');
    expect(
      unitTouched(
        {
          type: 'merge',
          year: 2026,
          units: ['A', 'B'],
          into: { code: 'AB', name: 'AB', kind: 'psu', parentCode: 'S' },
        },
        parentOf,
      ),
    ).toBe('AB');
    expect(
      unitTouched(
        {
          type: 'split',
          year: 2026,
          unit: 'A',
          into: [
            { code: 'A1', name: 'A1' },
            { code: 'A2', name: 'A2' },
          ],
        },
        parentOf,
      ),
    ).toBe('A1');
    expect(unitTouched({ type: 'dissolve', year: 2026, unit: 'E', staffTo: 'S' }, parentOf)).toBe('S');
    expect(unitTouched({ type: 'dissolve', year: 2026, unit: 'E', staffTo: null }, parentOf)).toBe('D');
    expect(unitTouched({ type: 'rename', year: 2026, unit: 'E', name: 'E mới' }, parentOf)).toBeNull();
  });
});

describe('figureParams', () => {
  it("writes before and after in the language's format, a dash where the unit does not exist, the difference signed", () => {
    expect(figureParams({ before: 1200, after: 1500, delta: 300 }, 'vi')).toEqual({
      before: '1.200',
      after: '1.500',
      delta: '+300',
    });
    expect(figureParams({ before: 1200, after: null, delta: -1200 }, 'vi')).toEqual({
      before: '1.200',
      after: '—',
      delta: '−1.200',
    });
    expect(figureParams({ before: null, after: 6, delta: 6 }, 'en')).toEqual({ before: '—', after: '6', delta: '+6' });
    expect(figureParams({ before: 5, after: 5, delta: 0 }, 'vi').delta).toBe('0');
  });
});
