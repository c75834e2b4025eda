/** `staffExit`: people leave a unit's payroll for a reason, their payouts costed with the policy calculators. */
import { PayoutError } from '../../payouts/calculate.ts';
import { exitCost } from '../exit-cost.ts';
import { isoToDisplay } from '../operation-date.ts';
import { PAID_REASONS } from '../operations.ts';
import { ScenarioError } from './state.ts';
import { exitFromPositions, exitHolders, holdersOf, namedPosition } from '../../positions/exit.ts';
import type { OperationModule, OperationOf } from './module.ts';

type StaffExit = OperationOf<'staffExit'>;

/** The exit's cost, or the operation is refused with the policy's reason. */
function costOf(op: StaffExit, index: number): number {
  try {
    return exitCost(op);
  } catch (err) {
    if (err instanceof PayoutError) throw new ScenarioError(index, op.type, err.key, err.params);
    throw err;
  }
}

export const staffExit: OperationModule<'staffExit'> = {
  validate(s, op, index) {
    const unit = s.must(index, op.type, op.unit);
    // Nobody leaves a unit that has no one left.
    for (const [field, count] of [
      ['civilServantActual', op.civilServants],
      ['publicEmployeeActual', op.publicEmployees],
    ] as const) {
      if (count > unit[field])
        throw new ScenarioError(index, op.type, 'err.scenarioExitTooMany', {
          unit: unit.name,
          code: unit.code,
          field: `field.${field}`,
          actual: unit[field],
          count,
          year: String(op.year),
        });
    }
    // A named position must be one of the unit's, counted in the quota, held by as many as leave it.
    if (op.position !== undefined) {
      const count = exitHolders(unit, op);
      const held = namedPosition(s.positions.get(unit.code) ?? [], op.position);
      if (held.lines.length === 0 || held.present < count)
        throw new ScenarioError(
          index,
          op.type,
          held.lines.length === 0 ? 'err.exitPositionUnknown' : 'err.exitPositionTooMany',
          {
            unit: unit.name,
            code: unit.code,
            position: op.position,
            present: held.present,
            count,
            year: String(op.year),
          },
        );
    }
    costOf(op, index);
  },
  apply(s, op, index) {
    const cost = costOf(op, index);
    s.edit(s.unitOf(op.unit)!, (u) => {
      u.civilServantActual -= op.civilServants;
      u.publicEmployeeActual -= op.publicEmployees;
    });
    const after = s.unitOf(op.unit)!;
    const list = s.positions.get(op.unit);
    const left = list
      ? exitFromPositions(list, {
          position: op.position,
          count: exitHolders(after, op),
          holdersLeft: holdersOf(after),
        })
      : null;
    if (left) s.setPositions(op.unit, left.positions);
    const count = op.civilServants + op.publicEmployees;
    s.leavers += count;
    s.byReason[op.reason] += count;
    s.payoutCost += cost;
    s.exits.push({
      index,
      year: op.year,
      unitCode: op.unit,
      reason: op.reason,
      civilServants: op.civilServants,
      publicEmployees: op.publicEmployees,
      cost,
      uncosted: PAID_REASONS.includes(op.reason) && !op.payout && op.cost === undefined ? count : 0,
      ...(op.position !== undefined ? { position: op.position } : {}),
      ...(left ? { positionsLeft: left.left, unassigned: left.unassigned } : {}),
    });
  },
  units: (op) => [op.unit],
  describe(op, { lang, tr, nameOf, when, window }) {
    // Tied to a restructuring decision of the plan (and not overridden): costed and said by its 12-month window from it.
    const tied = window && op.payout && op.payout.after12Months === undefined ? window : null;
    const p = tied ? { ...op.payout!, after12Months: tied.after12Months } : op.payout;
    let payout = '';
    if (p) {
      let cost: string | number;
      try {
        cost = exitCost({ ...op, payout: p });
      } catch (err) {
        if (!(err instanceof PayoutError)) throw err;
        cost = tr(err.key, err.params);
      }
      const si = String(p.siYears).replace('.', lang === 'vi' ? ',' : '.');
      payout = tr('op.staffExitPayout', {
        policy: `${p.policy}`,
        salary: p.salary,
        months: p.monthsEarly,
        si,
        late: tied
          ? tr(tied.after12Months ? 'op.staffExitWindowLate' : 'op.staffExitWindow', {
              date: isoToDisplay(tied.decisionDate),
            })
          : p.after12Months
            ? tr('op.staffExitLate')
            : '',
        cost,
      });
    }
    if (op.cost !== undefined) payout = tr('op.staffExitCost', { cost: op.cost });
    return (
      tr('op.staffExit', {
        year: when,
        unit: nameOf(op.unit),
        reason: tr(`exit.reason.${op.reason}`),
        cs: op.civilServants,
        pe: op.publicEmployees,
        payout,
      }) + (op.position ? tr('op.staffExitPosition', { position: op.position }) : '')
    );
  },
};
