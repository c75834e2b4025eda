import { describe, expect, it } from 'vitest';
import { scopeChoices, toggleScope, unitsOnCutDay, withoutUnder } from './cut-scope.ts';
import { unit } from '../../tests/fixtures.ts';
import type { Operation } from './operations.ts';

describe('toggleScope', () => {
  it('ticks a value once, keeps the other conditions, and leaves out a list emptied by unticking', () => {
    const a = toggleScope({ under: 'SGD' }, 'kind', 'psu', true);
    expect(a).toEqual({ under: 'SGD', kind: ['psu'] });
    expect(toggleScope(a, 'kind', 'psu', true)).toEqual(a);
    const b = toggleScope(a, 'kind', 'division', true);
    expect(b).toEqual({ under: 'SGD', kind: ['psu', 'division'] });
    expect(toggleScope(toggleScope(b, 'kind', 'psu', false), 'kind', 'division', false)).toEqual({ under: 'SGD' });
  });

  it('drops the unit only when cleared', () => {
    expect(withoutUnder({ under: 'SGD', level: ['commune'] })).toEqual({ level: ['commune'] });
  });
});

describe('scopeChoices', () => {
  // A two-tier city (as the Cần Thơ sample): no district level, no labour or information sector.
  const city = [
    unit('CT', null, { kind: 'people_committee', level: 'province', sector: 'general_administration' }),
    unit('CT.SYT', 'CT', { kind: 'department', level: 'province', sector: 'health' }),
    unit('CT.X1', 'CT', { kind: 'people_committee', level: 'commune', sector: 'general_administration' }),
  ];

  it('offers only the levels, sectors and kinds some unit has, in their usual order', () => {
    expect(scopeChoices([city], {})).toEqual({
      kind: ['people_committee', 'department'],
      level: ['province', 'commune'],
      sector: ['health', 'general_administration'],
    });
  });

  it('keeps a value already ticked, to be unticked, and joins the lists given', () => {
    const district = [unit('H1', 'CT', { kind: 'people_committee', level: 'district', sector: 'education' })];
    expect(scopeChoices([city], { level: ['district'] }).level).toEqual(['province', 'district', 'commune']);
    expect(scopeChoices([city, district], {}).sector).toEqual(['education', 'health', 'general_administration']);
  });
});

describe('unitsOnCutDay', () => {
  const start = [
    unit('HG', null, { kind: 'people_committee', level: 'province' }),
    unit('HG.VT', 'HG', { kind: 'people_committee', level: 'district' }),
  ];
  const abolish: Operation = {
    type: 'abolishLevel',
    year: 2025,
    date: '2025-07-01',
    level: 'district',
    receivers: { 'HG.VT': 'HG' },
  };

  it('leaves out a level the plan abolishes from the year start up to the cut day, not one abolished after it', () => {
    expect(unitsOnCutDay(start, [abolish], '2025-09-01').map((u) => u.code)).toEqual(['HG']);
    expect(unitsOnCutDay(start, [abolish], '2025-07-01').map((u) => u.code)).toEqual(['HG']);
    expect(unitsOnCutDay(start, [abolish], '2025-03-01').map((u) => u.code)).toEqual(['HG', 'HG.VT']);
    // An abolition of an earlier year is already in the year's start state.
    expect(unitsOnCutDay(start, [abolish], '2026-03-01').map((u) => u.code)).toEqual(['HG', 'HG.VT']);
  });
});
