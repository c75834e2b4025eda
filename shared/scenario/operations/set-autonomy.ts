/**
 * `setAutonomy`: new Decree 60 figures of a public service unit and/or the group decided for it;
 * a unit of group 1–2 moved down to group 3–4 is noticed (Decree 60 Art. 35.5).
 */
import { parseAmount } from '../../autonomy/amount.ts';
import { parseAssignedGroup } from '../../autonomy/classify.ts';
import { groupLabel } from '../../autonomy/finance-row.ts';
import type { GroupKey } from '../../autonomy/summary.ts';
import { groupOf, groupRank, type UnitAutonomy } from '../autonomy.ts';
import { ScenarioError, type SimState } from './state.ts';
import type { OperationModule, OperationOf } from './module.ts';

type SetAutonomy = OperationOf<'setAutonomy'>;

const amountOf = (index: number, v: string | number | undefined, field: string) => {
  const a = parseAmount(v);
  if (a === null || (a !== undefined && a < 0n))
    throw new ScenarioError(index, 'setAutonomy', 'err.scenarioAmount', { field: `fin.${field}`, value: String(v) });
  return a;
};

/** The unit's figures after the operation (refused when they cannot be). */
function figuresAfter(s: SimState, op: SetAutonomy, index: number): UnitAutonomy {
  const unit = s.must(index, op.type, op.unit);
  if (unit.kind !== 'psu') throw new ScenarioError(index, op.type, 'err.notPsu', { code: unit.code });
  const had = s.figures.get(unit.code);
  const revenue = amountOf(index, op.revenue, 'revenue') ?? had?.revenue;
  const spending = amountOf(index, op.spending, 'spending') ?? had?.spending;
  if (revenue === undefined || spending === undefined)
    throw new ScenarioError(index, op.type, 'err.scenarioAutonomyFigures', { code: unit.code });
  if (spending <= 0n)
    throw new ScenarioError(index, op.type, 'err.scenarioAmount', {
      field: 'fin.spending',
      value: String(op.spending ?? ''),
    });
  let decided = had?.decided ?? null;
  if (op.group !== undefined) {
    const g = op.group === null ? undefined : parseAssignedGroup(op.group);
    if (g === null) throw new ScenarioError(index, op.type, 'err.assignedGroup');
    if (g && g.group === 3 && g.band === null) throw new ScenarioError(index, op.type, 'err.overrideBand');
    decided = g ? (groupLabel(g) as GroupKey) : null;
  }
  return {
    revenue,
    spending,
    investmentFunding: amountOf(index, op.investmentFunding, 'investment') ?? had?.investmentFunding,
    depreciation: amountOf(index, op.depreciation, 'depreciation') ?? had?.depreciation,
    decided,
  };
}

export const setAutonomy: OperationModule<'setAutonomy'> = {
  validate(s, op, index) {
    figuresAfter(s, op, index);
  },
  apply(s, op, index) {
    const had = s.figures.get(op.unit);
    s.setFigures(op.unit, figuresAfter(s, op, index));
    // Decree 60 Art. 35.5: a unit of group 1–2 may not be moved down to group 3–4 (any change of figures or group, not only a merge).
    const before = had ? groupOf(had) : null;
    const after = groupOf(s.figures.get(op.unit)!);
    if (before !== null && after !== null && groupRank(before) <= groupRank('2') && groupRank(after) > groupRank('2'))
      s.lowered.push({ index, code: op.unit, from: [before], to: after, demoted: true });
  },
  units: (op) => [op.unit],
  describe(op, { tr, nameOf, when }) {
    const what = [
      op.revenue !== undefined || op.spending !== undefined
        ? tr('op.autonomyFigures', { revenue: op.revenue ?? '—', spending: op.spending ?? '—' })
        : null,
      op.group === undefined
        ? null
        : op.group === null
          ? tr('op.autonomyGroupCleared')
          : tr('op.autonomyGroup', { group: op.group }),
    ].filter(Boolean);
    return tr('op.setAutonomy', { year: when, unit: nameOf(op.unit), what: what.join('; ') });
  },
};
