/**
 * The preview of an operation says what the simulation will ask to decide because of it, wherever
 * it sits. Two sở merged leave the merged one with the deputy directors of both: within the
 * province's average it is said so, with the window the rules in force on the merge's date give
 * (never "no warning" alone); above it, the simulation's notice on the provincial committee, with
 * its deadline, is shown too.
 */
import { describe, expect, it } from 'vitest';
import { handlerHarness } from '../../tests/handler-harness.ts';
import { generateSampleProvince } from '../../shared/sample/hau-giang.ts';

type Said = { unitCode: string; key: string; params: Record<string, unknown> };
type Preview = { notices: Said[]; findings: Said[] };
const merge = { type: 'merge', year: 2027, date: '2027-07-01', units: ['HG.SNV', 'HG.SNGV'], into: 'HG.SNV' };

describe('scenario.preview of a sở merger', () => {
  it('within the average: says the merged sở has more deputy directors, counted over the province, and the 5-year window from the merge', async () => {
    const { call } = handlerHarness(generateSampleProvince(), 2023);
    await call('scenario.create', { name: 'PA' });
    const preview = await call<Preview>('scenario.preview', { name: 'PA', operation: merge });
    expect(preview.notices).toMatchObject([
      {
        unitCode: 'HG.SNV',
        key: 'scn.deputiesRaisedDepartment',
        params: { before: 3, after: 6, years: 5, deadline: '01/07/2032' },
      },
    ]);
    expect(preview.notices[0]!.params.citation).toMatch(/150\/2025|370\/2025/);
  });

  it("above the average: the simulation's notice on the provincial committee, with its deadline, is in the preview", async () => {
    // Every sở with 3 deputy directors: merged, one has 6 and the 18 have 57 > 54.
    const units = generateSampleProvince().map((u) => (u.kind === 'department' ? { ...u, deputies: 3 } : u));
    const { call } = handlerHarness(units, 2023);
    await call('scenario.create', { name: 'PA' });
    const sim = await call<{ notices: Array<Said & { year: number }> }>('scenario.simulate', {
      scenario: { name: 'PA', operations: [merge] },
    });
    const expected = sim.notices.filter((n) => n.year === 2027);
    expect(expected.map((n) => n.key)).toEqual(['scn.departmentDeputyDeadlineFrom']);
    const preview = await call<Preview>('scenario.preview', { name: 'PA', operation: merge });
    expect(preview.notices).toMatchObject([
      { unitCode: expected[0]!.unitCode, key: 'scn.departmentDeputyDeadlineFrom', params: { deadline: '01/07/2032' } },
    ]);
    expect(preview.notices[0]!.unitCode).not.toBe('HG.SNV');
  });
});
