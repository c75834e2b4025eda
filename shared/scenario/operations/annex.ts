/** `annex`: another province's units join the plan (a provincial merger), their people counted as joining. */
import { codeSchema } from '../../model/unit.ts';
import { canBeUnder } from '../../edits/hierarchy.ts';
import { checkTreeIntegrity } from '../../tree.ts';
import { annexedRoots, annexedUnits, provinceKey } from '../annex.ts';
import { metricsOf } from '../metrics.ts';
import { ScenarioError, staffOf } from './state.ts';
import { placementParams, type OperationModule } from './module.ts';

export const annex: OperationModule<'annex'> = {
  validate(s, op, index) {
    const issue = checkTreeIntegrity(op.units)[0];
    if (issue) throw new ScenarioError(index, op.type, issue.key, issue.params);
    for (const u of annexedUnits(op)) {
      if (!codeSchema.safeParse(u.code).success)
        throw new ScenarioError(index, op.type, 'err.scenarioAnnexCode', { code: u.code });
      if (s.has(u.code))
        throw new ScenarioError(index, op.type, 'err.scenarioAnnexClash', { code: u.code, province: op.province });
    }
    const parent = op.parentCode === null ? null : s.must(index, op.type, op.parentCode);
    for (const root of annexedRoots(op)) {
      if (!canBeUnder(root.kind, parent, root.level))
        throw new ScenarioError(index, op.type, 'err.placement', placementParams(root.kind, parent));
    }
  },
  apply(s, op) {
    const joining = annexedUnits(op);
    for (const u of joining) s.addLast(u);
    s.annexes.push({ year: op.year, metrics: metricsOf(joining) });
    s.annexed += joining.reduce((sum, u) => sum + staffOf(u), 0);
    s.provinces.add(provinceKey(op.province));
  },
  // The annexed roots, and the unit they join.
  units(op) {
    const roots = annexedRoots(op).map((u) => u.code);
    return op.parentCode ? [...roots, op.parentCode] : roots;
  },
  describe(op, { tr, nameOf, when }) {
    const place = op.parentCode ? tr('op.annexUnder', { parent: nameOf(op.parentCode) }) : tr('op.annexRoots');
    const staff = op.units.reduce((s, u) => s + staffOf(u), 0);
    return tr('op.annex', {
      year: when,
      province: op.province,
      units: op.units.length,
      staff,
      place: op.codePrefix ? tr('op.annexPrefix', { place, prefix: op.codePrefix }) : place,
    });
  },
};
