/**
 * `setPositions`: a unit's job positions from the operation's date on, the whole list (empty:
 * none). How the officer reduces the list a merge joined (the same position added together): a
 * level is refused on a civil servant's position, as in the positions box.
 */
import { workforceOf } from '../../positions/model.ts';
import { ScenarioError } from './state.ts';
import type { OperationModule } from './module.ts';

export const setPositions: OperationModule<'setPositions'> = {
  validate(s, op, index) {
    const unit = s.must(index, op.type, op.unit);
    if (workforceOf(unit) !== 'civil-servant') return;
    const i = op.positions.findIndex((p) => p.level !== null);
    if (i >= 0)
      throw new ScenarioError(index, op.type, 'err.scenarioPositionLevel', {
        code: unit.code,
        row: i + 1,
        name: op.positions[i]!.name,
      });
  },
  apply(s, op) {
    s.reducePositions(
      op.unit,
      op.positions.map((p) => ({ ...p, unitCode: op.unit })),
      op.year,
    );
  },
  units: (op) => [op.unit],
  describe: (op, { tr, nameOf, when }) =>
    tr('op.setPositions', {
      year: when,
      unit: nameOf(op.unit),
      count: op.positions.length,
      needed: op.positions.reduce((s, p) => s + p.needed, 0),
      // The total split as the unit box beside it counts: the quota positions, then the contract ones.
      quota: op.positions.reduce((s, p) => s + (p.staffing === 'quota' ? p.needed : 0), 0),
      contract: op.positions.reduce((s, p) => s + (p.staffing === 'contract' ? p.needed : 0), 0),
    }),
};
