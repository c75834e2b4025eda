import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evenSplit, readMerge, readSplit, splitRemainders, type SplitPartDraft } from './plan-drafts.ts';
import { HEADCOUNT_FIELDS } from '../model/unit.ts';
import { unit } from '../../tests/fixtures.ts';

const existing = new Set(['T', 'A', 'B', 'C']);
const newUnit = { code: 'AB', name: 'Trung tâm AB', kind: 'psu' as const, parentCode: 'T' };

describe('readMerge', () => {
  it('reads a merge into a new unit or into one of the merged units', () => {
    expect(readMerge({ year: 2026, units: ['A', 'B', 'C'], into: newUnit }, existing)).toEqual({
      op: { type: 'merge', year: 2026, units: ['A', 'B', 'C'], into: newUnit },
      issues: [],
    });
    expect(readMerge({ year: 2026, units: ['A', 'B'], into: 'B' }, existing).op).toEqual({
      type: 'merge',
      year: 2026,
      units: ['A', 'B'],
      into: 'B',
    });
    // The new unit may take the code of a merged unit.
    expect(readMerge({ year: 2026, units: ['A', 'B'], into: { ...newUnit, code: 'A' } }, existing).issues).toEqual([]);
  });

  it('refuses fewer than two units, an empty or taken code, an empty name, each naming its field', () => {
    expect(readMerge({ year: 2026, units: ['A', 'A'], into: 'A' }, existing)).toEqual({
      op: null,
      issues: [{ field: 'units', key: 'err.mergeTooFew', params: { count: 1 } }],
    });
    expect(readMerge({ year: 2026, units: ['A', 'B'], into: { ...newUnit, code: 'C' } }, existing).issues).toEqual([
      { field: 'into.code', key: 'err.duplicateCode', params: { code: 'C' } },
    ]);
    expect(
      readMerge({ year: 2026, units: ['A', 'B'], into: { ...newUnit, code: ' ', name: '' } }, existing).issues,
    ).toEqual([
      { field: 'into.code', key: 'err.codeRequired' },
      { field: 'into.name', key: 'err.nameRequired' },
    ]);
    expect(readMerge({ year: 2026, units: ['A', 'B'], into: 'C' }, existing).issues).toEqual([
      { field: 'into', key: 'err.scenarioMergeInto', params: { code: 'C' } },
    ]);
  });
});

describe('readSplit', () => {
  const a = unit('A', 'T', { kind: 'psu', publicEmployeeQuota: 1200, publicEmployeeActual: 18, deputies: 2 });
  const part = (code: string, counts: SplitPartDraft['counts']): SplitPartDraft => ({
    code,
    name: `Phần ${code}`,
    counts,
  });

  it('reads counts in the interface language; empty is 0', () => {
    const parts = [
      part('A1', { publicEmployeeQuota: '1.000', publicEmployeeActual: '10', deputies: '1' }),
      part('A2', { publicEmployeeQuota: '200', publicEmployeeActual: '8', deputies: '1' }),
    ];
    const read = readSplit(a, 2027, parts, existing, 'vi');
    expect(read.issues).toEqual([]);
    expect(read.op).toMatchObject({
      type: 'split',
      year: 2027,
      unit: 'A',
      into: [
        { code: 'A1', publicEmployeeQuota: 1000, civilServantQuota: 0 },
        { code: 'A2', publicEmployeeQuota: 200 },
      ],
    });
    expect(
      readSplit(
        a,
        2027,
        [
          part('A1', { publicEmployeeQuota: '1,000', publicEmployeeActual: '18', deputies: '2' }),
          part('A2', { publicEmployeeQuota: '200' }),
        ],
        existing,
        'en',
      ).issues,
    ).toEqual([]);
  });

  it('says which field does not add up and by how much; live remainders follow the entries', () => {
    const parts = [
      part('A1', { publicEmployeeQuota: '1.000', publicEmployeeActual: '10', deputies: '3' }),
      part('A2', { publicEmployeeQuota: '100', publicEmployeeActual: 'x' }),
    ];
    expect(splitRemainders(a, parts, 'vi')).toMatchObject({
      publicEmployeeQuota: { assigned: 1100, remaining: 100 },
      publicEmployeeActual: null,
      deputies: { assigned: 3, remaining: -1 },
      contractWorkers: { assigned: 0, remaining: 0 },
    });
    expect(readSplit(a, 2027, parts, existing, 'vi').issues).toEqual([
      {
        field: 'publicEmployeeQuota',
        key: 'err.splitShort',
        params: { field: 'field.publicEmployeeQuota', missing: 100, expected: 1200 },
      },
      { field: 'deputies', key: 'err.splitOver', params: { field: 'field.deputies', over: 1, expected: 2 } },
      { field: 'into.1.publicEmployeeActual', key: 'err.notNumber' },
    ]);
  });

  it('refuses fewer than two parts, a code used twice or by another unit, an empty name', () => {
    const whole = { publicEmployeeQuota: '1200', publicEmployeeActual: '18', deputies: '2' };
    expect(readSplit(a, 2027, [part('A1', whole)], existing, 'vi').issues).toEqual([
      { field: 'into', key: 'err.splitTooFew', params: { count: 1 } },
    ]);
    expect(readSplit(a, 2027, [part('A', whole), part('A', {})], existing, 'vi').issues).toEqual([
      { field: 'into.1.code', key: 'err.duplicateCode', params: { code: 'A' } },
    ]);
    expect(readSplit(a, 2027, [part('A1', whole), part('B', {})], existing, 'vi').issues).toEqual([
      { field: 'into.1.code', key: 'err.duplicateCode', params: { code: 'B' } },
    ]);
    expect(
      readSplit(a, 2027, [part('A1', whole), { code: 'A2', name: ' ', counts: {} }], existing, 'vi').issues,
    ).toEqual([{ field: 'into.1.name', key: 'err.nameRequired' }]);
  });

  it('an even split always adds up and differs by at most one between parts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(5000), { minLength: 7, maxLength: 7 }),
        fc.integer({ min: 2, max: 9 }),
        (counts, n) => {
          const u = unit('U', null, Object.fromEntries(HEADCOUNT_FIELDS.map((f, i) => [f, counts[i]])));
          const parts = evenSplit(u, n);
          for (const f of HEADCOUNT_FIELDS) {
            expect(parts.reduce((s, p) => s + p[f], 0)).toBe(u[f]);
            expect(Math.max(...parts.map((p) => p[f])) - Math.min(...parts.map((p) => p[f]))).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });
});
