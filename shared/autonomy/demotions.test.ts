import { describe, expect, it } from 'vitest';
import { demotions } from './demotions.ts';

describe('Decree 60 Art. 35.5: groups 1–2 may not move down to groups 3–4', () => {
  it('finds the first drop of each unit by the group in force and by the assigned group, from any stored year', () => {
    const rows = [
      { code: 'A', year: 2022, effective: '2', assigned: '2' },
      { code: 'A', year: 2023, effective: '2', assigned: null },
      { code: 'A', year: 2024, effective: '3a', assigned: '2' }, // the figures fell, the assigned group did not
      { code: 'A', year: 2025, effective: '4', assigned: '3b' },
      { code: 'B', year: 2022, effective: '3a', assigned: null },
      { code: 'B', year: 2023, effective: '2', assigned: null }, // moving up is fine
      { code: 'C', year: 2026, effective: '1', assigned: null },
      { code: 'C', year: 2022, effective: '3c', assigned: null }, // an earlier lower year is not a drop
    ];
    expect(demotions(rows)).toEqual([
      { code: 'A', basis: 'effective', from: { year: 2023, group: '2' }, to: { year: 2024, group: '3a' } },
      { code: 'A', basis: 'assigned', from: { year: 2024, group: '2' }, to: { year: 2025, group: '3b' } },
    ]);
  });
});
