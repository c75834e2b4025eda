/** Names at an operation: a unit renamed earlier is named by its new name in the later steps, not before. */
import { describe, expect, it } from 'vitest';
import { namesAt } from './names-at.ts';
import type { Operation } from './operations.ts';

describe('namesAt', () => {
  const base = (code: string) => ({ HG: 'UBND tỉnh Hậu Giang', D: 'UBND huyện A' })[code] ?? code;
  const operations: Operation[] = [
    { type: 'abolishLevel', year: 2025, date: '2025-07-01', level: 'district', receivers: { D: 'HG' } },
    { type: 'rename', year: 2025, date: '2025-07-01', unit: 'HG', name: 'UBND thành phố Cần Thơ' },
    { type: 'transfer', year: 2025, date: '2025-03-01', unit: 'D', parentCode: 'HG' },
    { type: 'transfer', year: 2025, date: '2025-07-02', unit: 'D', parentCode: 'HG' },
    {
      type: 'merge',
      year: 2025,
      date: '2025-07-01',
      units: ['X1', 'X2'],
      into: { code: 'X', name: 'UBND xã Mới', kind: 'people_committee', parentCode: 'HG' },
    },
  ];
  const names = namesAt(operations, base);

  it('names a unit by its new name only in the steps applied after the rename (date order, then the order given)', () => {
    expect(names.before(0)('HG')).toBe('UBND tỉnh Hậu Giang'); // same day, given before the rename
    expect(names.before(1)('HG')).toBe('UBND tỉnh Hậu Giang');
    expect(names.after(1)('HG')).toBe('UBND thành phố Cần Thơ');
    expect(names.before(2)('HG')).toBe('UBND tỉnh Hậu Giang'); // an earlier date, listed later
    expect(names.before(3)('HG')).toBe('UBND thành phố Cần Thơ');
    expect(names.after(3)('D')).toBe('UBND huyện A');
    expect(names.before(99)('HG')).toBe('UBND tỉnh Hậu Giang');
    // A unit the plan makes, unknown to the names given: by the name it is made with.
    expect(names.before(3)('X')).toBe('UBND xã Mới');
    expect(names.before(3)('Y')).toBe('Y');
  });
});
