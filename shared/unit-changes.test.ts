import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateSampleProvince } from './sample/hau-giang.ts';
import { applyUnitChanges, unitChanges } from './unit-changes.ts';
import { Coverage } from '../tests/property.ts';

const units = generateSampleProvince();

describe('unit changes instead of the whole list', () => {
  it('applying the changes between two lists gives the second (property: edits, removals, additions, reorders)', () => {
    const cases = new Coverage<'upsert' | 'remove' | 'order'>();
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.nat(units.length - 1),
            what: fc.constantFrom('count', 'rename', 'remove', 'add', 'toEnd'),
          }),
          { maxLength: 8 },
        ),
        (steps) => {
          let after = units.slice();
          steps.forEach((s, i) => {
            const at = s.at % after.length;
            const u = after[at]!;
            if (s.what === 'count') after[at] = { ...u, civilServantActual: u.civilServantActual + 1 };
            else if (s.what === 'rename') after[at] = { ...u, name: `${u.name} mới` };
            else if (s.what === 'remove') after.splice(at, 1);
            else if (s.what === 'add') after.splice(at, 0, { ...u, code: `NEW.${i}` });
            else after = [...after.slice(0, at), ...after.slice(at + 1), u];
          });
          const changes = unitChanges(units, after);
          cases.hit('upsert', changes.upsert.length > 0);
          cases.hit('remove', changes.remove.length > 0);
          cases.hit('order', changes.order !== null);
          expect(applyUnitChanges(units, changes)).toEqual(after);
          // Only what changed travels.
          expect(changes.upsert.length).toBeLessThanOrEqual(steps.length);
        },
      ),
      { numRuns: 200 },
    );
    cases.expectAtLeast({ upsert: 100, remove: 50, order: 50 });
  });

  it('sends no order when only fields changed, and refuses a list the changes were not made from', () => {
    const after = units.map((u, i) => (i === 5 ? { ...u, deputies: u.deputies + 1 } : u));
    const changes = unitChanges(units, after);
    expect(changes).toMatchObject({ upsert: [after[5]], remove: [], order: null, count: units.length });
    expect(applyUnitChanges(units.slice(1), changes)).toBeNull();
    expect(applyUnitChanges(units, unitChanges(units, units.slice(2)))).toEqual(units.slice(2));
    expect(applyUnitChanges(units.slice(0, 10), unitChanges(units, units.slice(2)))).toBeNull();
  });
});
