import { describe, expect, it } from 'vitest';
import { PERSON_HEADERS, matchPosition, readPeople } from './read-people.ts';
import type { Cell } from '../import/table.ts';

const HEADER = PERSON_HEADERS.map(([, h]) => h);
const today = { year: 2026, month: 11, day: 28 };
const known = () => null;
const positions = (code: string) => (code === 'TH' ? ['Giáo viên tiểu học', 'Kế toán', 'Kế toán'] : []);
const person = (unit: string, position: string | null): Cell[] => {
  const cells: Cell[] = ['Nguyễn Văn An', null, unit, 'Nam', '15/01/1976', 'Viên chức', '9.000.000'];
  while (cells.length < HEADER.length - 1) cells.push(null);
  return [...cells, position];
};

describe('people placed in job positions', () => {
  it('matches a position of the person’s unit by name, accents optional, and refuses an unknown one naming row and column', () => {
    const { people, issues } = readPeople(
      [
        HEADER,
        person('TH', 'Giáo viên tiểu học'),
        person('TH', 'GIAO VIEN TIEU HOC'),
        person('TH', ' kế  toán '),
        person('TH', null),
        person('TH', 'Hiệu trưởng'),
        person('SNV', 'Kế toán'), // another unit's position
      ],
      known,
      today,
      undefined,
      positions,
    );
    expect(people.map((p) => p.jobPosition)).toEqual([
      'Giáo viên tiểu học',
      'Giáo viên tiểu học',
      'Kế toán',
      undefined,
    ]);
    expect(issues).toEqual([
      { row: 6, column: 'Vị trí việc làm', value: 'Hiệu trưởng', key: 'err.personPosition', params: { code: 'TH' } },
      { row: 7, column: 'Vị trí việc làm', value: 'Kế toán', key: 'err.personPosition', params: { code: 'SNV' } },
    ]);
  });

  it('never guesses between two names that differ only by accents', () => {
    expect(matchPosition('Ke toan', ['Kế toán', 'Kế toàn'])).toBeUndefined();
    expect(matchPosition('Kế toàn', ['Kế toán', 'Kế toàn'])).toBe('Kế toàn');
  });
});
