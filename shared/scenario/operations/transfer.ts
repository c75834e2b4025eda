/** `transfer`: a unit (with everything under it) moves under another parent, checked against placement. */
import { canBeUnder } from '../../edits/hierarchy.ts';
import { ScenarioError } from './state.ts';
import { placementParams, type OperationModule } from './module.ts';

export const transfer: OperationModule<'transfer'> = {
  validate(s, op, index) {
    const unit = s.must(index, op.type, op.unit);
    const parent = op.parentCode === null ? null : s.must(index, op.type, op.parentCode);
    if (parent && s.isUnder(parent.code, unit.code))
      throw new ScenarioError(index, op.type, 'err.moveCycle', { code: unit.code, target: parent.code });
    if (!canBeUnder(unit.kind, parent, unit.level))
      throw new ScenarioError(index, op.type, 'err.placement', placementParams(unit.kind, parent));
  },
  apply(s, op) {
    s.setParent(op.unit, op.parentCode);
  },
  units: (op) => (op.parentCode ? [op.unit, op.parentCode] : [op.unit]),
  describe: (op, { tr, nameOf, when }) =>
    tr('op.transfer', {
      year: when,
      unit: nameOf(op.unit),
      parent: op.parentCode ? nameOf(op.parentCode) : tr('op.topLevel'),
    }),
};
