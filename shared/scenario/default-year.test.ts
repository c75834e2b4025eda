import { describe, expect, it } from 'vitest';
import { defaultOperationYear } from './default-year.ts';

describe('the year a new operation is proposed in', () => {
  it('is the year after today in a plan that started before (December 2026, baseline 2023: 2027)', () => {
    expect(defaultOperationYear('2026-12-07', 2023)).toBe(2027);
    expect(defaultOperationYear('2026-01-01', 2023)).toBe(2027);
  });
  it("is the plan's year after its baseline when the plan starts later than today", () => {
    expect(defaultOperationYear('2026-12-07', 2028)).toBe(2029);
  });
});
