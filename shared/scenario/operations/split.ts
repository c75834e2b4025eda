/** `split`: a unit becomes parts that together keep every count; the first part keeps its children. */
import { HEADCOUNT_FIELDS } from '../../model/unit.ts';
import { ScenarioError, staffOf } from './state.ts';
import { dividePositions } from '../positions.ts';
import type { OperationModule } from './module.ts';

export const split: OperationModule<'split'> = {
  validate(s, op, index) {
    const unit = s.must(index, op.type, op.unit);
    for (const f of HEADCOUNT_FIELDS) {
      const total = op.into.reduce((sum, p) => sum + (p[f] ?? 0), 0);
      if (total !== unit[f])
        throw new ScenarioError(index, op.type, 'err.scenarioSplitSum', {
          field: `field.${f}`,
          total,
          expected: unit[f],
        });
    }
    const codes = new Set<string>();
    for (const p of op.into) {
      if ((s.has(p.code) && p.code !== unit.code) || codes.has(p.code))
        throw new ScenarioError(index, op.type, 'err.duplicateCode', { code: p.code });
      codes.add(p.code);
    }
  },
  apply(s, op) {
    const unit = s.unitOf(op.unit)!;
    const parts = op.into.map((p) => ({
      ...unit,
      code: p.code,
      name: p.name,
      ...Object.fromEntries(HEADCOUNT_FIELDS.map((f) => [f, p[f] ?? 0])),
      // The part keeping the unit's code keeps its head; the new parts' heads are to appoint: not entered.
      heads: p.code === unit.code ? (unit.heads ?? null) : null,
    }));
    // The parts start without figures: each needs its own autonomy plan (setAutonomy).
    s.dropFigures(unit.code);
    // Positions divided in the parts' shares of the quota (of the staff when the unit has no quota).
    const list = s.positions.get(unit.code);
    if (list) {
      const quota = parts.map((p) => p.civilServantQuota + p.publicEmployeeQuota);
      const weights = quota.some((q) => q > 0) ? quota : parts.map(staffOf);
      const divided = dividePositions(
        list,
        parts.map((p, i) => ({ code: p.code, weight: weights[i]! })),
      );
      s.positions.delete(unit.code);
      parts.forEach((p, i) => s.setPositions(p.code, divided[i]!));
    }
    s.moveChildren(unit.code, parts[0]!.code);
    s.replace([unit.code], parts);
  },
  units: (op) => [op.unit, ...op.into.map((p) => p.code)],
  describe: (op, { tr, nameOf, when }) =>
    tr('op.split', { year: when, unit: nameOf(op.unit), into: op.into.map((p) => p.name).join(', ') }),
};
