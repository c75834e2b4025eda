import { describe, expect, it } from 'vitest';
import { normFindings, parseNormInputs, quotaOf, type NormInputs } from './norm-inputs.ts';
import { unit } from '../../tests/fixtures.ts';

const school: NormInputs = { sector: 'school', level: 'primary', region: 2, pupils: 300 }; // 10 classes × 1,5 + Đội = 16
const station: NormInputs = { sector: 'commune-health-station', population: 5000, region: 'I' }; // 5 [C]

describe('a unit’s norm figures', () => {
  it('accepts the figures of each sector and refuses bad ones naming the field, in message keys', () => {
    expect(parseNormInputs(school)).toEqual({ ok: true, inputs: school });
    expect(parseNormInputs({ sector: 'preschool', nurseryGroups: 2, kindergartenClasses: 3 }).ok).toBe(true);
    expect(parseNormInputs({ ...school, pupils: -1 })).toEqual({
      ok: false,
      issues: [{ field: 'pupils', key: 'err.negative' }],
    });
    expect(parseNormInputs({ ...school, pupils: 2.5 })).toMatchObject({ issues: [{ key: 'err.notInteger' }] });
    expect(parseNormInputs({ ...school, region: 4 })).toMatchObject({
      issues: [{ field: 'region', key: 'err.normFigures' }],
    });
    expect(parseNormInputs({ ...station, region: '1' })).toMatchObject({ issues: [{ field: 'region' }] });
    expect(parseNormInputs({ sector: 'hospital' })).toMatchObject({ issues: [{ key: 'err.normFigures' }] });
    expect(parseNormInputs({ ...school, extra: 1 })).toMatchObject({ issues: [{ key: 'err.normFigures' }] });
    // Neither pupils nor classes: the norm cannot be computed.
    expect(parseNormInputs({ sector: 'school', level: 'primary', region: 2 })).toMatchObject({
      issues: [{ key: 'err.normFigures' }],
    });
    // A boarding school's class size is its own: required with pupils.
    expect(parseNormInputs({ ...school, boarding: true })).toMatchObject({ issues: [{ key: 'err.normClassSize' }] });
  });

  it('compares the unit’s public employees (every norm held counts them) with its norm, dated and cited', () => {
    expect(quotaOf(unit('X', null, { kind: 'psu', publicEmployeeQuota: 7, civilServantQuota: 2 }))).toBe(7);
    // A commune health station filed as "khác" still counts its public employees, not a civil-servant quota of 0.
    expect(quotaOf(unit('X', null, { kind: 'other', publicEmployeeQuota: 8, civilServantQuota: 0 }))).toBe(8);
    const units = [
      unit('TH-A', null, { kind: 'psu', sector: 'education', publicEmployeeQuota: 20 }),
      unit('TH-B', null, { kind: 'psu', sector: 'education', publicEmployeeQuota: 10 }),
      unit('TH-C', null, { kind: 'psu', sector: 'education', publicEmployeeQuota: 16 }),
      unit('TYT', null, { kind: 'psu', sector: 'health', publicEmployeeQuota: 4 }),
      unit('TYT3', null, { kind: 'psu', sector: 'health', publicEmployeeQuota: 4 }),
      unit('NONE', null, { kind: 'psu', publicEmployeeQuota: 4 }),
    ];
    const inputs = new Map<string, NormInputs>([
      ['TH-A', school],
      ['TH-B', school],
      ['TH-C', school],
      ['TYT', station],
      ['TYT3', { ...station, region: 'III' }],
    ]);
    const fs = normFindings(units, inputs, '2026-12-07');
    expect(fs.map((f) => [f.unitCode, f.severity, f.key, f.params.high])).toEqual([
      // The whole quota against a teachers-only maximum: a note, never a violation.
      ['TH-A', 'note', 'find.normAboveMaxWholeUnit', 16],
      ['TH-B', 'note', 'find.normBelowMax', 16],
      // Below a minimum read from the text [C]: a warning.
      ['TYT', 'warning', 'find.normBelowMin', 5],
      // Region III's coefficient is unverified [M]: a note.
      ['TYT3', 'note', 'find.normBelowMin', 6.5],
    ]);
    expect(fs[0]).toMatchObject({ kind: 'quota-vs-norm', ruleSet: 'primary', confidence: 'C' });
    expect(fs[0]!.citation).toContain('Thông tư 20/2023/TT-BGDĐT, Điều 7');
    expect(fs[3]).toMatchObject({ confidence: 'M' });
    expect(normFindings(units, inputs, '2026-12-07', new Set(['TYT'])).map((f) => f.unitCode)).toEqual(['TYT']);
    // Before the circulars were in force: nothing.
    expect(normFindings(units, inputs, '2023-01-01')).toEqual([]);
  });
});
