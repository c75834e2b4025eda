/** Plans shipped with the samples, offered by the Phương án tab and `tinhgon scenario --sample-plan` where they apply. */
import type { Unit } from '../model/unit.ts';
import type { ScenarioFile } from '../scenario/exchange.ts';
import type { Operation } from '../scenario/operations.ts';
import { hauGiangTwoTierPlan } from './hau-giang-two-tier-plan.ts';

export interface SamplePlan {
  id: string;
  /** The plan over a workspace's units. */
  build: (units: readonly Unit[]) => ScenarioFile;
}

export const SAMPLE_PLANS: readonly SamplePlan[] = [{ id: 'hai-cap-2025', build: hauGiangTwoTierPlan }];

/** The codes a plan takes from the baseline: the units its operations name, less those it makes itself. */
function baselineCodes(operations: readonly Operation[]): Set<string> {
  const named = new Set<string>();
  const made = new Set<string>();
  for (const op of operations) {
    if (op.type === 'merge') {
      op.units.forEach((c) => named.add(c));
      if (typeof op.into !== 'string') made.add(op.into.code);
    } else if (op.type === 'abolishLevel')
      Object.entries(op.receivers).forEach(([from, to]) => named.add(from).add(to));
    else if ('unit' in op && typeof op.unit === 'string') named.add(op.unit);
    if (op.type === 'transfer' && op.parentCode !== null) named.add(op.parentCode);
  }
  return new Set([...named].filter((c) => !made.has(c)));
}

/** The sample plans that apply to these units (every unit they name is there), built over them. */
export function samplePlansFor(units: readonly Unit[]): Array<{ id: string; plan: ScenarioFile }> {
  const codes = new Set(units.map((u) => u.code));
  return SAMPLE_PLANS.map((p) => ({ id: p.id, plan: p.build(units) })).filter(
    ({ plan }) => plan.operations.length > 0 && [...baselineCodes(plan.operations)].every((c) => codes.has(c)),
  );
}
