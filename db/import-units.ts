import { AppError } from '../shared/errors.ts';
import { checkTreeIntegrity } from '../shared/tree.ts';
import { diffUnits, mergeUnits } from '../shared/import/diff.ts';
import type { Unit } from '../shared/model/unit.ts';
import type { Workspace } from './workspace.ts';
import { countUnits, insertUnits, listUnits, upsertUnits } from './units-repo.ts';
import { backupFileName, backupWorkspace } from './backup.ts';
import { clearHistory } from './undo-log.ts';
import { listFigures, putFigures } from './finance-repo.ts';
import { relinkPeople } from './people-links.ts';
import { relinkPositions } from './positions-repo.ts';
import { putNormInputs } from './norm-inputs-repo.ts';
import type { NormInputs } from '../shared/positions/norm-inputs.ts';

/** `replace`: the file becomes the whole tree. `update`: units are matched by code; others stay. */
export type ImportMode = 'replace' | 'update';

export interface ImportOutcome {
  added: number;
  changed: number;
  removed: number;
  /** Finance figures of units no longer in the workspace (still in the backup). */
  droppedFigures: number;
  backupFile: string;
}

/**
 * Writes imported units in one transaction, after a backup of the workspace. All or nothing: if
 * anything fails (integrity, constraint, disk), the workspace is left exactly as it was.
 */
export async function importUnits(
  ws: Workspace,
  units: readonly Unit[],
  mode: ImportMode | null,
  /** The file's sector-norm figures by code (null clears a unit's), written in the same transaction. */
  norms: ReadonlyMap<string, NormInputs | null> = new Map(),
): Promise<ImportOutcome> {
  const existingCount = countUnits(ws.db);
  if (existingCount > 0 && mode === null) throw new AppError('bad_request', 'err.importModeRequired');
  const effective: ImportMode = existingCount === 0 ? 'replace' : mode!;
  const existing = listUnits(ws.db);
  const diff = diffUnits(existing, units);
  if (effective === 'update') {
    const issues = checkTreeIntegrity(mergeUnits(existing, units));
    if (issues.length > 0) throw AppError.validation(issues);
  }
  const backupFile = await backupWorkspace(ws, backupFileName(ws, 'truoc-nhap'));
  let droppedFigures = 0;
  const db = ws.db;
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    clearHistory(db); // steps recorded before an import no longer describe the tree (the backup does)
    if (effective === 'replace') {
      // Finance figures follow their unit by code: kept for codes still in the file, dropped otherwise.
      const figures = listFigures(db);
      db.prepare('DELETE FROM finance_figures').run();
      db.prepare('UPDATE units SET parent_id = NULL').run(); // ON DELETE RESTRICT is never deferred
      db.prepare('DELETE FROM units').run();
      insertUnits(db, units);
      const kept = new Set(units.filter((u) => u.kind === 'psu').map((u) => u.code));
      putFigures(
        db,
        figures.filter((f) => kept.has(f.code)),
      );
      droppedFigures = figures.filter((f) => !kept.has(f.code)).length;
    } else upsertUnits(db, units);
    relinkPeople(db); // people follow their unit by code, as figures do
    relinkPositions(db); // and so do job positions (and norm figures)
    putNormInputs(db, norms);
  }).immediate();
  return {
    added: diff.added.length,
    changed: diff.changed.length,
    removed: effective === 'replace' ? diff.missing.length : 0,
    droppedFigures,
    backupFile,
  };
}
