/** `recruit`: people join a unit's payroll (recruiting above the quota is noticed at the year's end). */
import type { OperationModule } from './module.ts';

export const recruit: OperationModule<'recruit'> = {
  validate(s, op, index) {
    s.must(index, op.type, op.unit);
  },
  apply(s, op, index) {
    s.edit(s.unitOf(op.unit)!, (u) => {
      u.civilServantActual += op.civilServants;
      u.publicEmployeeActual += op.publicEmployees;
    });
    s.recruited += op.civilServants + op.publicEmployees;
    s.recruits.push({
      index,
      year: op.year,
      unitCode: op.unit,
      civilServants: op.civilServants,
      publicEmployees: op.publicEmployees,
    });
  },
  units: (op) => [op.unit],
  describe: (op, { tr, nameOf, when }) =>
    tr('op.recruit', { year: when, unit: nameOf(op.unit), cs: op.civilServants, pe: op.publicEmployees }),
};
