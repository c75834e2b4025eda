import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { ruleSetById } from '../rules/rule-sets.ts';
import { OperationSchema, type CutQuotasOperation, type Operation } from './operations.ts';
import { simulate } from './simulate.ts';
import { quotaFieldsOf, sizeQuotaCut } from './suggest-cut.ts';
import type { Target } from './targets.ts';

// Quotas chosen so that flooring matters: 7 PSUs of 13 posts and one of 9 (100 posts).
const baseline = [
  unit('T', null, { kind: 'people_committee' }),
  ...Array.from({ length: 7 }, (_, i) =>
    unit(`T.P${i}`, 'T', { kind: 'psu', publicEmployeeQuota: 13, publicEmployeeActual: 10 }),
  ),
  unit('T.P7', 'T', { kind: 'psu', publicEmployeeQuota: 9, publicEmployeeActual: 5 }),
  unit('T.S', 'T', { kind: 'department', civilServantQuota: 40 }),
];
const target: Target = {
  id: 'pe',
  title: 'Giảm 10% viên chức',
  citation: 'C',
  metric: ['publicEmployeeQuota'],
  baseYear: 2024,
  year: 2026,
  requiredPct: 10,
};
const run = (ops: readonly Operation[]) =>
  simulate(
    baseline,
    ops.map((o) => OperationSchema.parse(o)),
    {
      baseYear: 2024,
      horizon: 2027,
      rules: { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' },
      targets: [target],
    },
  );
const gapWith = (ops: readonly Operation[]) => (op: CutQuotasOperation) => run([...ops, op]).targets[0]!.gap!;

describe('sizeQuotaCut', () => {
  it('finds the smallest whole percent that closes the gap, simulated: met at P, not at P − 1', () => {
    expect(run([]).targets[0]).toMatchObject({ baseline: 100, value: 100, gap: 10 });
    const sized = sizeQuotaCut(run([]).targets[0]!, { year: 2025, scope: { kind: ['psu'] } }, gapWith([]))!;
    // floor(13 × 93 / 100) = 12 (−1 each), floor(9 × 93 / 100) = 8: −8 at 7%; at 8%: 11 and 8, −15.
    expect(sized.operation).toEqual({
      type: 'cutQuotas',
      year: 2025,
      scope: { kind: ['psu'] },
      percent: 8,
      fields: ['publicEmployeeQuota'],
    });
    expect(run([sized.operation]).targets[0]).toMatchObject({ met: true, gap: 0 });
    expect(run([{ ...sized.operation, percent: 7 }]).targets[0]).toMatchObject({ met: false });
    expect(sized.gapAtLess).toBe(2);
  });

  it("counts the plan's own operations, and offers nothing when even 100% in the scope cannot close the gap", () => {
    const ops: Operation[] = [{ type: 'setQuota', year: 2025, unit: 'T.P0', publicEmployeeQuota: 8 }];
    const after = run(ops).targets[0]!;
    expect(after.gap).toBe(5);
    // 1% already takes one post from each of the 8 PSUs (flooring): −8 ≥ 5; there is no smaller whole cut.
    expect(sizeQuotaCut(after, { year: 2025, scope: { kind: ['psu'] } }, gapWith(ops))).toMatchObject({
      operation: { percent: 1 },
      gapAtLess: null,
    });
    // T.P7 alone (9 posts) can give 5 of them (45%), never the 10 the plan without the setQuota lacks.
    expect(sizeQuotaCut(after, { year: 2025, scope: { under: 'T.P7' } }, gapWith(ops))!.operation.percent).toBe(45);
    expect(sizeQuotaCut(run([]).targets[0]!, { year: 2025, scope: { under: 'T.P7' } }, gapWith([]))).toBeNull();
  });

  it('sizes only targets on quotas', () => {
    expect(quotaFieldsOf({ metric: 'civilServantQuota+publicEmployeeQuota', kind: 'reduction' })).toEqual([
      'civilServantQuota',
      'publicEmployeeQuota',
    ]);
    expect(quotaFieldsOf({ metric: 'psus', kind: 'reduction' })).toBeNull();
    expect(quotaFieldsOf({ metric: 'publicEmployeeQuota', kind: 'share' })).toBeNull();
  });
});
