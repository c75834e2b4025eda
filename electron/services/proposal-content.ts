/**
 * What the đề án's current state reads from the workspace besides the units: the personnel list
 * (no names), the public service units' Decree 60 figures, and the baseline judged by the rules in
 * force at the end of the base year (the plan's pinned set, else the workspace's).
 */
import { autonomyAt } from '../../db/finance-repo.ts';
import { retirementPeople } from '../../db/people-repo.ts';
import { currentOverrides, pinnedRuleSet, ruleContext } from '../../db/rules-repo.ts';
import { listUnits } from '../../db/units-repo.ts';
import { evaluateFindings } from '../../shared/rules/findings.ts';
import { RULE_SETS, ruleSetById } from '../../shared/rules/rule-sets.ts';
import type { ScenarioFile } from '../../shared/scenario/exchange.ts';
import type { SectionInput } from '../../shared/print/sections/input.ts';
import type { Workspace } from '../../db/workspace.ts';

export function baseDateContent(
  ws: Workspace,
  scenario: Pick<ScenarioFile, 'ruleSet'>,
  baseYear: number,
): Pick<SectionInput, 'people' | 'autonomy' | 'baseFindings'> {
  const date = `${baseYear}-12-31`;
  const pinned = scenario.ruleSet ? ruleSetById(scenario.ruleSet) : undefined;
  // Before the first rule set's day the app has no rules (unless a set is pinned): no findings then.
  const judged = pinned || pinnedRuleSet(ws.db) || date >= RULE_SETS[0]!.validFrom;
  let baseFindings: SectionInput['baseFindings'];
  if (judged) {
    const ctx = ruleContext(ws.db, date);
    baseFindings = evaluateFindings(
      listUnits(ws.db),
      pinned ? { ...ctx, ruleSet: pinned, overrides: currentOverrides(ws.db, pinned.id) } : ctx,
    );
  }
  return {
    people: [...retirementPeople(ws.db)],
    autonomy: autonomyAt(ws.db, baseYear),
    ...(baseFindings ? { baseFindings } : {}),
  };
}
