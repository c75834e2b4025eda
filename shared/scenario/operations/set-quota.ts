/** `setQuota`: a unit's civil-servant and/or state-paid public-employee quota. */
import type { OperationModule } from './module.ts';

export const setQuota: OperationModule<'setQuota'> = {
  validate(s, op, index) {
    s.must(index, op.type, op.unit);
  },
  apply(s, op) {
    const unit = s.unitOf(op.unit)!;
    s.edit(unit, (u) => {
      if (op.civilServantQuota !== undefined) u.civilServantQuota = op.civilServantQuota;
      if (op.publicEmployeeQuota !== undefined) u.publicEmployeeQuota = op.publicEmployeeQuota;
    });
    if (op.publicEmployeeQuota !== undefined)
      s.quotaChanges.push({ code: unit.code, at: s.applied, delta: op.publicEmployeeQuota - unit.publicEmployeeQuota });
  },
  units: (op) => [op.unit],
  describe: (op, { tr, nameOf, when }) =>
    tr('op.setQuota', {
      year: when,
      unit: nameOf(op.unit),
      cs: op.civilServantQuota ?? '—',
      pe: op.publicEmployeeQuota ?? '—',
    }),
};
