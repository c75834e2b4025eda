import { describe, expect, it } from 'vitest';
import { arrangeAppendices, romanNumeral, type AppendixSource } from './appendices.ts';

describe('appendix numbers', () => {
  it('are Roman numerals however many (Decree 30/2020: I, II, …, XVI, …, XLIV)', () => {
    expect([1, 4, 9, 14, 15, 16, 19, 20, 39, 40, 44, 49, 50, 90, 99].map(romanNumeral)).toEqual([
      'I',
      'IV',
      'IX',
      'XIV',
      'XV',
      'XVI',
      'XIX',
      'XX',
      'XXXIX',
      'XL',
      'XLIV',
      'XLIX',
      'L',
      'XC',
      'XCIX',
    ]);
    expect(() => romanNumeral(0)).toThrow();
  });

  it('number more than 40 appendices in Roman: their labels and the body’s references', () => {
    const sources: AppendixSource[] = [
      { key: 'chart', titles: ['SƠ ĐỒ'], build: () => [[]] },
      {
        key: 'positions',
        keys: Array.from({ length: 43 }, (_, i) => `positions:U${i}`),
        titles: Array.from({ length: 43 }, (_, i) => `VỊ TRÍ VIỆC LÀM ${i}`),
        build: () => Array.from({ length: 43 }, () => []),
      },
    ];
    const arranged = arrangeAppendices(
      sources,
      [
        { key: 'chart', on: true },
        { key: 'positions', on: true },
      ],
      '(Kèm theo)',
    );
    const numbers = arranged.attached.map((a) => a.number);
    expect(numbers).toHaveLength(44);
    expect(numbers.slice(14, 17)).toEqual(['XV', 'XVI', 'XVII']);
    expect(numbers.at(-1)).toBe('XLIV');
    expect(numbers.every((n) => /^[IVXL]+$/.test(n))).toBe(true);
    expect(arranged.ref('positions')).toBe('Phụ lục II–XLIV');
    expect(arranged.build().map((a) => a.number)).toEqual(numbers);
  });
});
