/** The job-position findings of a workspace as stored: positions (present from the people where they carry one), norm figures, placement. */
import type { Database } from 'better-sqlite3';
import type { Unit } from '../../shared/model/unit.ts';
import type { Finding, RuleContext } from '../../shared/rules/findings.ts';
import { positionFindings } from '../../shared/positions/workspace-findings.ts';
import { presentFromPeople } from '../../shared/positions/placement.ts';
import { listPositions } from '../../db/positions-repo.ts';
import { listNormInputs } from '../../db/norm-inputs-repo.ts';
import { placementByUnit } from '../../db/people-repo.ts';

export function workspacePositionFindings(
  db: Database,
  units: readonly Unit[],
  ctx: RuleContext,
  only?: ReadonlySet<string>,
): Finding[] {
  const placement = placementByUnit(db);
  return positionFindings(units, presentFromPeople(listPositions(db), placement), ctx, only, {
    norms: listNormInputs(db),
    placement,
  });
}
