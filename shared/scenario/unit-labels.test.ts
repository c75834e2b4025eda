// Unit labels: a name that repeats (case and spacing aside, Vietnamese letters included) gets its parent's name.
import { describe, expect, it } from 'vitest';
import { unitLabels } from './figures.ts';

const u = (code: string, name: string, parentCode: string | null = null) => ({ code, name, parentCode });

describe('unitLabels', () => {
  it('tells apart units whose names differ only in case or spacing, by parent and then by code', () => {
    const labelOf = unitLabels(
      [u('S1', 'Sở Y tế'), u('S2', 'Sở Tư pháp'), u('T1', 'Thanh tra Sở', 'S1'), u('T2', ' THANH TRA SỞ ', 'S2')],
      [u('T3', 'thanh tra sở', 'S2'), u('X', 'Đội Kiểm tra', 'S1')],
    );
    expect(labelOf('T1')).toBe('Thanh tra Sở — Sở Y tế');
    expect(labelOf('T2')).toBe(' THANH TRA SỞ  — Sở Tư pháp');
    expect(labelOf('T3')).toBe('thanh tra sở — Sở Tư pháp');
    expect(labelOf('X')).toBe('Đội Kiểm tra');
    expect(labelOf('NONE')).toBe('NONE');
  });

  it('takes a unit as it first appears in the lists given', () => {
    const labelOf = unitLabels([u('A', 'Phòng Nội vụ', 'P'), u('P', 'UBND')], [u('A', 'Phòng khác', null)]);
    expect(labelOf('A')).toBe('Phòng Nội vụ');
  });
});
