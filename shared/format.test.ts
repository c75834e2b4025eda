import { describe, expect, it } from 'vitest';
import { formatDate, formatInteger, parseCount, parseViNumber } from './format.ts';

describe('Vietnamese number format', () => {
  it('groups thousands with dots in Vietnamese and commas in English', () => {
    expect(formatInteger(1234)).toBe('1.234');
    expect(formatInteger(13816)).toBe('13.816');
    expect(formatInteger(1234567)).toBe('1.234.567');
    expect(formatInteger(0)).toBe('0');
    expect(formatInteger(1234, 'en')).toBe('1,234');
  });

  it('reads what people type', () => {
    expect(parseViNumber('1.234')).toBe(1234);
    expect(parseViNumber(' 1.234.567 ')).toBe(1234567);
    expect(parseViNumber('1.234,5')).toBe(1234.5);
    expect(parseViNumber('12,5')).toBe(12.5);
    expect(parseViNumber('42')).toBe(42);
    expect(parseViNumber('-3')).toBe(-3);
    expect(parseViNumber('12.5')).toBe(12.5);
    expect(parseViNumber('')).toBeUndefined();
    expect(parseViNumber('   ')).toBeUndefined();
    expect(parseViNumber('abc')).toBeNaN();
    expect(parseViNumber('1.23')).toBe(1.23);
    expect(parseViNumber('1,234.5')).toBeNaN();
  });

  it('reads head counts without ever guessing at a decimal mark', () => {
    expect(parseCount('1.234')).toBe(1234);
    expect(parseCount('1.234.567')).toBe(1234567);
    expect(parseCount('2,000', 'en')).toBe(2000);
    expect(parseCount('12,000')).toBeNaN(); // twelve thousand? twelve? refused
    expect(parseCount('12.000', 'en')).toBeNaN();
    expect(parseCount('12,5')).toBeNaN();
    expect(parseCount('1.23')).toBeNaN();
    expect(parseCount('-3')).toBe(-3);
    expect(parseCount(' 42 ')).toBe(42);
    expect(parseCount('')).toBeUndefined();
  });

  it('formats dates as dd/MM/yyyy', () => {
    expect(formatDate(new Date(2026, 0, 5))).toBe('05/01/2026');
  });
});
