/** `rename`: a unit takes another name. */
import type { OperationModule } from './module.ts';

export const rename: OperationModule<'rename'> = {
  validate(s, op, index) {
    s.must(index, op.type, op.unit);
  },
  apply(s, op) {
    s.edit(s.unitOf(op.unit)!, (u) => (u.name = op.name));
  },
  units: (op) => [op.unit],
  describe: (op, { tr, nameOf, when }) => tr('op.rename', { year: when, unit: nameOf(op.unit), name: op.name }),
};
