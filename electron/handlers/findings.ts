/** findings.*: every unit judged by the rule set in force (or pinned) on a day, with the province's values. */
import type { HandlersOf } from '../../shared/contract/index.ts';
import { evaluateFindings } from '../../shared/rules/findings.ts';
import { pinnedRuleSet, ruleContext } from '../../db/rules-repo.ts';
import { RULE_SETS } from '../../shared/rules/rule-sets.ts';
import { isoToDisplay } from '../../shared/scenario/operation-date.ts';
import { AppError } from '../../shared/errors.ts';
import { workspacePositionFindings } from '../services/position-findings.ts';
import { cachedUnitModel } from '../../db/unit-model-cache.ts';
import type { Clock } from '../../shared/clock.ts';
import type { CurrentWorkspace } from '../services/current-workspace.ts';

export function findingsHandlers(current: CurrentWorkspace, clock: Clock): HandlersOf<'findings'> {
  return {
    'findings.list': ({ units, date = clock.today() }) => {
      const ws = current();
      // Before the first set's day the app has no rules (unless the province pinned a set).
      const first = RULE_SETS[0]!.validFrom;
      if (date < first && !pinnedRuleSet(ws.db))
        throw new AppError('validation', 'err.noRuleSetOn', { date: isoToDisplay(date), from: isoToDisplay(first) });
      const ctx = ruleContext(ws.db, date);
      const { units: all, tree, rollups } = cachedUnitModel(ws.db);
      return {
        // The job-position findings (quota vs positions and vs norm, planned deputies, level ratios) with the rule findings.
        findings: [
          ...evaluateFindings(all, ctx, tree, rollups, units && new Set(units)),
          ...workspacePositionFindings(ws.db, all, ctx, units && new Set(units)),
        ],
        ruleSetTitle: ctx.ruleSet.title,
        ruleSet: ctx.ruleSet.id,
        date,
      };
    },
  };
}
