import { describe, expect, it } from 'vitest';
import { decideColumn, readCell, readingsOf, readNumber, scaled, type NumberKind } from './numbers.ts';

const DECIMAL: NumberKind = { decimals: 6 };
const COUNT: NumberKind = { decimals: 0 };
const column = (...values: Array<string | number | null>) => values.map((cell, i) => ({ row: i + 2, cell }));

describe('reading one value', () => {
  it('reads a value under each mark, with grouping only in threes', () => {
    expect(readNumber('1.234,5', ',')).toEqual({ negative: false, int: '1234', frac: '5' });
    expect(readNumber('1.234,5', '.')).toBeNull();
    expect(readNumber('1,234.5', '.')).toEqual({ negative: false, int: '1234', frac: '5' });
    expect(readNumber('12.34.5', ',')).toBeNull();
    expect(readNumber('0.250', ',')).toBeNull(); // a thousands group never starts with 0
    expect(readNumber('-2,50', ',')).toEqual({ negative: true, int: '2', frac: '5' });
  });

  it('each example of the issue reads only one way in a decimal column', () => {
    expect(readingsOf('2.01', DECIMAL)).toBe('.');
    expect(readingsOf('2.0099', DECIMAL)).toBe('.');
    expect(readingsOf('1,234.5', DECIMAL)).toBe('.');
    expect(readingsOf('1.234,5', DECIMAL)).toBe(',');
    expect(readingsOf('2,34', DECIMAL)).toBe(',');
    expect(readingsOf('1.234.567', DECIMAL)).toBe(',');
    expect(readingsOf('1,234,567', DECIMAL)).toBe('.');
  });

  it('"1.250" is ambiguous as a decimal, but only 1250 as a count; "1.000" is ambiguous even as a count', () => {
    expect(readingsOf('1.250', DECIMAL)).toBe('either');
    expect(readingsOf('1,250', DECIMAL)).toBe('either');
    expect(readingsOf('1.250', COUNT)).toBe(',');
    expect(readingsOf('1,250', COUNT)).toBe('.');
    expect(readingsOf('1.000', COUNT)).toBe('either');
    expect(readingsOf('1250', COUNT)).toBe('both');
    expect(readingsOf(1250.5, DECIMAL)).toBe('both');
    expect(readingsOf('12,5', COUNT)).toBe('none');
    expect(readingsOf('abc', DECIMAL)).toBe('none');
    expect(readingsOf('', DECIMAL)).toBe('empty');
  });

  it('a bound on the value decides too: a coefficient of 1.250 is 1.25, not 1250', () => {
    const coefficient = { decimals: 3, max: 20 };
    expect(readingsOf('1.250', coefficient)).toBe('.');
    expect(readingsOf('2,340', coefficient)).toBe(',');
  });
});

describe('deciding a column', () => {
  it('one value that reads one way decides the column, and the ambiguous ones follow it', () => {
    expect(decideColumn(column('1.250', '2.01'), DECIMAL)).toEqual({ status: 'decided', mark: '.' });
    expect(decideColumn(column('1.250', '1.234,5'), DECIMAL)).toEqual({ status: 'decided', mark: ',' });
    expect(readCell('1.250', '.', DECIMAL)).toEqual({ negative: false, int: '1', frac: '25' });
    expect(readCell('1.250', ',', DECIMAL)).toEqual({ negative: false, int: '1250', frac: '' });
  });

  it('a column where every deciding value is ambiguous is asked, naming the first such value', () => {
    expect(decideColumn(column('12', '1.250', '2.500'), DECIMAL)).toEqual({
      status: 'ambiguous',
      row: 3,
      value: '1.250',
    });
  });

  it('values that need no mark decide nothing and need no question', () => {
    expect(decideColumn(column('12', 1250, null, ''), DECIMAL)).toEqual({ status: 'decided', mark: null });
    expect(readCell('12', null, COUNT)).toEqual({ negative: false, int: '12', frac: '' });
  });

  it('two conventions in one column are refused naming the row and value that disagree', () => {
    expect(decideColumn(column('2.01', '5', '1.234,5'), DECIMAL)).toEqual({
      status: 'mixed',
      row: 4,
      value: '1.234,5',
      mark: ',',
      against: { row: 2, value: '2.01' },
    });
  });

  it('a count column of Vietnamese thousands needs no question', () => {
    expect(decideColumn(column('1.250', '35', '2.000'), COUNT)).toEqual({ status: 'decided', mark: ',' });
    expect(readCell('2.000', ',', COUNT)).toEqual({ negative: false, int: '2000', frac: '' });
  });
});

describe('exact values', () => {
  it('scales without floating point, and spreadsheet numbers keep their 15 digits', () => {
    expect(scaled(readCell('1.234,567891', ',', { decimals: 12 })!, 12)).toBe(1234567891000000n);
    expect(scaled(readCell(0.1 + 0.2, null, DECIMAL)!, 6)).toBe(300000n);
    expect(readCell(1e20, null, DECIMAL)).toBeNull();
    expect(readCell('1,5', ',', COUNT)).toBeNull();
  });
});

describe('a declared decimal mark', () => {
  it('reads the line an export writes, and the short forms', async () => {
    const { declaredDecimal, VIETNAMESE_NUMBERS_NOTE } = await import('./numbers.ts');
    expect(declaredDecimal(VIETNAMESE_NUMBERS_NOTE)).toBe(',');
    expect(declaredDecimal('Dấu thập phân: .')).toBe('.');
    expect(declaredDecimal('Dấu thập phân: dấu chấm')).toBe('.');
    expect(declaredDecimal('Tổng nguồn thu')).toBeNull();
  });
});
