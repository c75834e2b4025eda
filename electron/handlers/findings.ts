/** findings.*: every unit judged by the rule set in force (or pinned) on a day, with the province's values. */
import type { HandlersOf } from '../../shared/contract/index.ts';
import { evaluateFindings } from '../../shared/rules/findings.ts';
import { positionFindings } from '../../shared/positions/workspace-findings.ts';
import { listPositions } from '../../db/positions-repo.ts';
import { listNormInputs } from '../../db/norm-inputs-repo.ts';
import { ruleContext } from '../../db/rules-repo.ts';
import { cachedUnitModel } from '../../db/unit-model-cache.ts';
import type { Clock } from '../../shared/clock.ts';
import type { CurrentWorkspace } from '../services/current-workspace.ts';

export function findingsHandlers(current: CurrentWorkspace, clock: Clock): HandlersOf<'findings'> {
  return {
    'findings.list': ({ units, date = clock.today() }) => {
      const ws = current();
      const ctx = ruleContext(ws.db, date);
      const { units: all, tree, rollups } = cachedUnitModel(ws.db);
      return {
        // The job-position findings (quota vs positions and vs norm, planned deputies, level ratios) with the rule findings.
        findings: [
          ...evaluateFindings(all, ctx, tree, rollups, units && new Set(units)),
          ...positionFindings(all, listPositions(ws.db), ctx, units && new Set(units), listNormInputs(ws.db)),
        ],
        ruleSetTitle: ctx.ruleSet.title,
        ruleSet: ctx.ruleSet.id,
        date,
      };
    },
  };
}
