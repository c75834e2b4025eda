import { describe, expect, it } from 'vitest';
import { classifyAutonomy, isMismatch, parseAssignedGroup } from './classify.ts';
import { formatAmount, parseAmount } from './amount.ts';

const amt = (s: string) => parseAmount(s) as bigint;
const classify = (A: string, B: string, inv?: string, dep?: string) =>
  classifyAutonomy({
    revenue: amt(A),
    spending: amt(B),
    investmentFunding: inv === undefined ? undefined : amt(inv),
    depreciation: dep === undefined ? undefined : amt(dep),
  });

describe('amounts', () => {
  it('reads Vietnamese and plain decimals exactly, and refuses what is not an amount', () => {
    expect(parseAmount('1.234.567,89')).toBe(1_234_567_890_000n);
    expect(parseAmount('1234567,89')).toBe(1_234_567_890_000n);
    // A dot that is not a thousands grouping could mean two things: refused.
    expect(parseAmount('1.5')).toBeNull();
    expect(parseAmount('1234567.89')).toBeNull();
    expect(parseAmount('1.234')).toBe(1_234_000_000n);
    // Spreadsheet arithmetic as the spreadsheet shows it.
    expect(parseAmount(0.1 + 0.2)).toBe(300_000n);
    expect(parseAmount(0.7 * 3)).toBe(2_100_000n);
    expect(parseAmount(1.5e-7)).toBeNull();
    expect(parseAmount(2 ** 60)).toBeNull();
    expect(parseAmount('0,1')).toBe(100_000n);
    expect(parseAmount(0.1)).toBe(100_000n);
    expect(parseAmount(1234.5)).toBe(1_234_500_000n);
    expect(parseAmount('')).toBeUndefined();
    expect(parseAmount('abc')).toBeNull();
    expect(parseAmount('1,2345678')).toBeNull();
    expect(formatAmount(amt('1234567,891'))).toBe('1.234.567,89');
  });
});

describe('Decree 60/2021 groups, exactly at and just below each threshold', () => {
  it('100%: group 1 or 2 at exactly A = B, group 3a just below', () => {
    expect(classify('1000,00', '1000,00', '5', '5')).toMatchObject({ group: 1, band: null, rateHundredths: 10000 });
    expect(classify('1000,00', '1000,00')).toMatchObject({ group: 2 });
    expect(classify('1000,00', '1000,00', '0', '0')).toMatchObject({ group: 2 }); // no investment funding: not group 1
    expect(classify('1000,00', '1000,00', '4,99', '5')).toMatchObject({ group: 2 });
    // 999,999999 / 1000 = 99.9999999% — below 100%, and shown as 99,99% (rounded down), never 100,00%.
    expect(classify('999,999999', '1000')).toMatchObject({ group: 3, band: 'a', rateHundredths: 9999 });
  });

  it('says how group 1 was read when investment funding and depreciation are both zero (0 ≥ 0 read as not investing: group 2)', () => {
    expect(classify('1000', '1000', '0', '0')).toEqual({
      group: 2,
      band: null,
      rateHundredths: 10000,
      reading: 'zeroInvestment',
    });
    expect(classify('1200', '1000')).toMatchObject({ group: 2, reading: 'zeroInvestment' }); // neither given: the same reading
    expect(classify('1000', '1000', '0', '5')).not.toHaveProperty('reading'); // depreciation not covered: plainly group 2
    expect(classify('1000', '1000', '5', '0')).toEqual({ group: 1, band: null, rateHundredths: 10000 });
    expect(classify('900', '1000', '0', '0')).not.toHaveProperty('reading'); // below 100%: group 1 is not in question
  });

  it('70%, 30% and 10% band limits, exactly and one millionth below', () => {
    expect(classify('700', '1000')).toMatchObject({ group: 3, band: 'a' });
    expect(classify('699,999999', '1000')).toMatchObject({ group: 3, band: 'b' });
    expect(classify('300', '1000')).toMatchObject({ group: 3, band: 'b' });
    expect(classify('299,999999', '1000')).toMatchObject({ group: 3, band: 'c' });
    expect(classify('100', '1000')).toMatchObject({ group: 3, band: 'c' });
    expect(classify('99,999999', '1000')).toMatchObject({ group: 4, band: null });
    expect(classify('0', '1000')).toMatchObject({ group: 4, rateHundredths: 0 });
  });

  it('thresholds that floating point gets wrong: 0,7 × 3 spending is exactly band a', () => {
    // 2,1 / 3 = 0,7 exactly; 2.1 / 3 in floating point is 0.7000000000000001, and 0.1 * 3 = 0.30000000000000004.
    expect(classify('2,1', '3')).toMatchObject({ group: 3, band: 'a', rateHundredths: 7000 });
    expect(classify('0,3', '1')).toMatchObject({ group: 3, band: 'b' });
  });

  it('treats B ≤ 0 and negative figures as input errors, not a group', () => {
    expect(classify('10', '0')).toEqual({ problem: 'spendingNotPositive' });
    expect(classify('10', '-1')).toEqual({ problem: 'spendingNotPositive' });
    expect(classify('-1', '10')).toEqual({ problem: 'negativeAmount' });
  });

  it('reads an assigned group and flags a mismatch (a band, when given, must match)', () => {
    expect(parseAssignedGroup('3b')).toEqual({ group: 3, band: 'b' });
    expect(parseAssignedGroup(' Nhóm 2 ')).toEqual({ group: 2, band: null });
    expect(parseAssignedGroup('')).toBeUndefined();
    expect(parseAssignedGroup('2a')).toBeNull();
    expect(parseAssignedGroup('5')).toBeNull();
    const c = classify('500', '1000') as { group: 3; band: 'b'; rateHundredths: number };
    expect(isMismatch(c, { group: 3, band: null })).toBe(false);
    expect(isMismatch(c, { group: 3, band: 'b' })).toBe(false);
    expect(isMismatch(c, { group: 3, band: 'a' })).toBe(true);
    expect(isMismatch(c, { group: 2, band: null })).toBe(true);
    expect(isMismatch(c, null)).toBe(false);
  });
});
