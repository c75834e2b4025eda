/**
 * The job-position findings of a workspace as rule findings (shared/rules/findings.ts `Finding`), so
 * they are listed, filtered, exported and printed with the others: quota vs positions for every
 * unit with positions, the deputies its leadership positions plan, and Decree 232/2026 Art. 10's
 * level ratios for public service units (their autonomy group from the rule context), and
 * `quota-vs-norm` for units with sector-norm figures (./norm-inputs.ts), and `unplaced` where the
 * personnel list carries positions (./placement.ts; pass the positions with `presentFromPeople`).
 */
import type { Unit } from '../model/unit.ts';
import type { Finding, RuleContext } from '../rules/findings.ts';
import { deriveAll, positionsByUnit } from './derive.ts';
import { levelRatioFindings, positionDeputyFindings, quotaVsPositions, type PositionFinding } from './findings.ts';
import { workforceOf, type Position } from './model.ts';
import { normFindings, type NormInputs } from './norm-inputs.ts';
import { unplacedFindings, type Placement } from './placement.ts';

/** A position finding in the shape of a rule finding (the position concerned, if any, in its params). */
export const asFinding = (f: PositionFinding): Finding => ({
  unitCode: f.unitCode,
  rule: f.kind,
  parameter: null,
  severity: f.severity,
  key: f.key,
  params: f.position === null ? f.params : { ...f.params, position: f.position },
  ruleSet: f.ruleSet,
  citation: f.citation,
  confidence: f.confidence,
});

/** Every position finding of the units in `only` (all units when not given), judged on `ctx.date` (default: the set's first day). */
export function positionFindings(
  units: readonly Unit[],
  positions: readonly Position[],
  ctx: RuleContext,
  only?: ReadonlySet<string>,
  extra: { norms?: ReadonlyMap<string, NormInputs>; placement?: Placement | null } = {},
): Finding[] {
  const date = ctx.date ?? ctx.ruleSet.validFrom;
  const out: PositionFinding[] = [
    ...normFindings(units, extra.norms ?? new Map(), date, only),
    ...unplacedFindings(units, extra.placement ?? null, positions, date, only),
  ];
  if (positions.length === 0) return out.map(asFinding);
  const derived = deriveAll(units, positions);
  const byCode = new Map(units.map((u) => [u.code, u]));
  const byUnit = positionsByUnit(positions);
  for (const d of derived) {
    if (only && !only.has(d.code)) continue;
    const unit = byCode.get(d.code)!;
    const q = quotaVsPositions(unit, d, date);
    if (q) out.push(q);
    if (workforceOf(unit) === 'public-employee')
      out.push(
        ...levelRatioFindings(d.code, byUnit.get(d.code)!, {
          date,
          autonomyGroup: ctx.autonomyGroup?.(d.code) ?? null,
        }),
      );
  }
  out.push(...positionDeputyFindings(units, derived, ctx).filter((f) => !only || only.has(f.unitCode)));
  return out.map(asFinding);
}
