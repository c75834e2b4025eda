/** `setDeputies`: a unit's number of deputies. */
import type { OperationModule } from './module.ts';

export const setDeputies: OperationModule<'setDeputies'> = {
  validate(s, op, index) {
    s.must(index, op.type, op.unit);
  },
  apply(s, op) {
    s.edit(s.unitOf(op.unit)!, (u) => (u.deputies = op.deputies));
  },
  units: (op) => [op.unit],
  describe: (op, { tr, nameOf, when }) =>
    tr('op.setDeputies', { year: when, unit: nameOf(op.unit), deputies: op.deputies }),
};
