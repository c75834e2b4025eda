import { describe, expect, it } from 'vitest';
import { simulate } from './simulate.ts';
import { OperationSchema } from './operations.ts';
import { ruleSetById } from '../rules/rule-sets.ts';
import { unit } from '../../tests/fixtures.ts';

const rules = { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const };
// Two sở with their public service units: the sở's own state-paid quota is 0, the PSUs carry it.
const base = [
  unit('T', null, { kind: 'people_committee' }),
  unit('S1', 'T', { kind: 'department', civilServantQuota: 6, civilServantActual: 6, deputies: 1 }),
  unit('P1', 'S1', { kind: 'psu', publicEmployeeQuota: 40, publicEmployeeActual: 38, deputies: 1 }),
  unit('S2', 'T', { kind: 'department', civilServantQuota: 5, civilServantActual: 5, deputies: 1 }),
  unit('P2', 'S2', { kind: 'psu', publicEmployeeQuota: 30, publicEmployeeActual: 30, deputies: 1 }),
  unit('S3', 'T', {
    kind: 'department',
    civilServantQuota: 4,
    civilServantActual: 4,
    publicEmployeeQuota: 3,
    publicEmployeeActual: 3,
    deputies: 1,
  }),
  unit('P3', 'T', { kind: 'psu', publicEmployeeQuota: 12, publicEmployeeActual: 11, deputies: 1 }),
];
const run = (list: unknown[]) =>
  simulate(
    base,
    list.map((o) => OperationSchema.parse(o)),
    { baseYear: 2025, horizon: 2027, rules },
  );
const raised = (sim: ReturnType<typeof run>) => sim.notices.filter((n) => n.key === 'scn.mergeQuotaRaised');

describe('the notice of a state-paid quota raised after a merge', () => {
  it('counts a second merge into the same unit in the same year as moved, not raised', () => {
    const sim = run([
      { type: 'merge', year: 2026, units: ['S1', 'S2'], into: 'S1' },
      { type: 'merge', year: 2026, units: ['S1', 'S3'], into: 'S1' },
    ]);
    expect(raised(sim)).toEqual([]);
  });

  it('counts staff a dissolution moves into the merged unit in the same year as moved, not raised', () => {
    const sim = run([
      { type: 'merge', year: 2026, units: ['S1', 'S3'], into: 'S1' },
      { type: 'dissolve', year: 2026, unit: 'P3', staffTo: 'S1' },
    ]);
    expect(raised(sim)).toEqual([]);
  });

  it('still flags a quota raised after the merge, in subtree totals (the PSUs under the merged sở count)', () => {
    const sim = run([
      { type: 'merge', year: 2026, units: ['S1', 'S2'], into: 'S1' },
      { type: 'dissolve', year: 2026, unit: 'P3', staffTo: 'S1' },
      { type: 'setQuota', year: 2026, unit: 'P2', publicEmployeeQuota: 35 },
    ]);
    // 40 + 30 before, 12 moved in by the dissolution, 5 raised.
    expect(raised(sim)).toEqual([
      { year: 2026, unitCode: 'S1', key: 'scn.mergeQuotaRaised', params: { quota: 87, before: 82 } },
    ]);
  });

  it("records each operation's units before and after, as subtree totals with the own row", () => {
    const sim = run([{ type: 'merge', year: 2026, units: ['S1', 'S2'], into: 'S1' }]);
    const step = sim.steps[0]!;
    expect(step.index).toBe(0);
    expect(step.units.S1!.before!.total).toMatchObject({
      civilServantQuota: 6,
      publicEmployeeQuota: 40,
      publicEmployeeActual: 38,
    });
    expect(step.units.S2!.before!.total).toMatchObject({ civilServantQuota: 5, publicEmployeeQuota: 30 });
    expect(step.units.S2!.after).toBeNull();
    expect(step.units.S1!.after!.total).toMatchObject({
      civilServantQuota: 11,
      civilServantActual: 11,
      publicEmployeeQuota: 70,
      publicEmployeeActual: 68,
      unitCount: 3,
    });
    expect(step.units.S1!.after!.own).toMatchObject({ civilServantQuota: 11, publicEmployeeQuota: 0 });
    expect(step.units.S1!.after!.subordinates).toBe(2);
  });
});
