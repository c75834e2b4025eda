/**
 * `dissolve`: a unit ends; its quotas and staff go to a receiving unit (the head and deputies join
 * its staff), or its people leave the payroll; its children go to its parent.
 */
import { HEADCOUNT_FIELDS } from '../../model/unit.ts';
import { groupOf, mergeAutonomy } from '../autonomy.ts';
import { ScenarioError, staffOf } from './state.ts';
import type { OperationModule } from './module.ts';

export const dissolve: OperationModule<'dissolve'> = {
  validate(s, op, index) {
    const unit = s.must(index, op.type, op.unit);
    if (op.staffTo === null) return;
    const receiver = s.must(index, op.type, op.staffTo);
    if (s.isUnder(receiver.code, unit.code))
      throw new ScenarioError(index, op.type, 'err.moveCycle', { code: unit.code, target: receiver.code });
  },
  apply(s, op, index) {
    const unit = s.unitOf(op.unit)!;
    if (op.staffTo !== null) {
      const receiver = s.unitOf(op.staffTo)!;
      s.edit(receiver, (r) => {
        for (const f of HEADCOUNT_FIELDS) if (f !== 'deputies') r[f] += unit[f];
      });
      const theirs = s.figures.get(unit.code);
      const mine = s.figures.get(receiver.code);
      if (theirs && receiver.kind === 'psu') {
        const { merged, lowered: from } = mergeAutonomy(mine ? [mine, theirs] : [theirs]);
        s.moveFigures([unit.code], receiver.code, merged);
        const to = merged && groupOf(merged);
        if (to && from.length > 0) s.lowered.push({ index, code: receiver.code, from, to });
      }
      s.movePositions([unit.code], receiver.code, op.year);
    } else {
      s.setPositions(unit.code, []);
      s.leavers += staffOf(unit);
      s.byReason.dissolution += staffOf(unit);
    }
    s.dropFigures(unit.code);
    s.moveChildren(unit.code, unit.parentCode);
    s.replace([unit.code], []);
  },
  units: (op) => (op.staffTo ? [op.unit, op.staffTo] : [op.unit]),
  describe: (op, { tr, nameOf, when }) =>
    op.staffTo
      ? tr('op.dissolveTo', { year: when, unit: nameOf(op.unit), to: nameOf(op.staffTo) })
      : tr('op.dissolveLeave', { year: when, unit: nameOf(op.unit) }),
};
