/** `convert`: a public service unit (with everything under it) leaves the state apparatus, its people with it. */
import { ScenarioError, staffOf } from './state.ts';
import type { OperationModule } from './module.ts';

export const convert: OperationModule<'convert'> = {
  validate(s, op, index) {
    const unit = s.must(index, op.type, op.unit);
    if (unit.kind !== 'psu') throw new ScenarioError(index, op.type, 'err.notPsu', { code: unit.code });
  },
  apply(s, op) {
    const codes = s.subtree(op.unit);
    for (const c of codes) s.converted += staffOf(s.unitOf(c)!);
    for (const c of codes) s.dropFigures(c);
    for (const c of codes) s.setPositions(c, []);
    s.replace(codes, []);
  },
  units: (op) => [op.unit],
  describe: (op, { tr, nameOf, when }) => tr('op.convert', { year: when, unit: nameOf(op.unit) }),
};
