import { describe, expect, it } from 'vitest';
import { positionFindings } from './workspace-findings.ts';
import { RULE_SETS } from '../rules/rule-sets.ts';
import { position, unit } from '../../tests/fixtures.ts';

const ruleSet = RULE_SETS.find(
  (s) => s.validFrom <= '2026-12-07' && (s.validTo === null || '2026-12-07' <= s.validTo),
)!;
const ctx = { ruleSet, provinceClass: 'class2' as const, date: '2026-12-07' };

describe('position findings as rule findings', () => {
  const units = [
    unit('T', null, { kind: 'people_committee' }),
    unit('SNV', 'T', { kind: 'department', civilServantQuota: 12 }),
    unit('BV', 'T', { kind: 'psu', publicEmployeeQuota: 10 }),
    unit('SYT', 'T', { kind: 'department', civilServantQuota: 3 }),
  ];
  const positions = [
    position('SNV', 'Chuyên viên', 'professional', 10),
    position('BV', 'Bác sĩ', 'professional', 5, { level: 4 }),
    position('BV', 'Bác sĩ', 'professional', 5, { level: 3 }),
    position('SYT', 'Chuyên viên', 'professional', 3),
  ];

  it('gives quota-vs-positions with its rule set, citation and confidence, and the level ratios of a PSU', () => {
    const fs = positionFindings(units, positions, ctx);
    expect(fs).toContainEqual(
      expect.objectContaining({
        unitCode: 'SNV',
        rule: 'quota-vs-positions',
        severity: 'warning',
        params: expect.objectContaining({ assigned: 12, justified: 10 }),
        ruleSet: 'law80-2025',
        confidence: 'C',
      }),
    );
    // 5 of 10 at level 4 with two levels: within 50% (point c), above 40% (point b): a note on the position.
    expect(fs).toContainEqual(
      expect.objectContaining({
        unitCode: 'BV',
        rule: 'level-ratio',
        severity: 'note',
        params: expect.objectContaining({ position: 'Bác sĩ' }),
      }),
    );
    expect(fs.some((f) => f.unitCode === 'SYT')).toBe(false); // quota equals what the positions justify
  });

  it('keeps to the units asked for, and gives nothing without positions', () => {
    expect(positionFindings(units, positions, ctx, new Set(['BV'])).every((f) => f.unitCode === 'BV')).toBe(true);
    expect(positionFindings(units, [], ctx)).toEqual([]);
  });
});
