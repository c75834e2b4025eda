import { AppError } from '../shared/errors.ts';
import { checkTreeIntegrity } from '../shared/tree.ts';
import { diffUnits, mergeUnits } from '../shared/import/diff.ts';
import { HEADCOUNT_FIELDS, type Unit } from '../shared/model/unit.ts';
import type { Workspace } from './workspace.ts';
import { countUnits, insertUnits, listUnits } from './units-repo.ts';
import { backupFileName, backupWorkspace } from './backup.ts';

/** `replace`: the file becomes the whole tree. `update`: units are matched by code; others stay. */
export type ImportMode = 'replace' | 'update';

export interface ImportOutcome {
  added: number;
  changed: number;
  removed: number;
  backupFile: string;
}

const COLUMNS = ['name', 'kind', 'level', 'sector', ...HEADCOUNT_FIELDS] as const;
const SQL_COLUMN: Record<(typeof COLUMNS)[number], string> = {
  name: 'name',
  kind: 'kind',
  level: 'level',
  sector: 'sector',
  civilServantQuota: 'civil_servant_quota',
  civilServantActual: 'civil_servant_actual',
  publicEmployeeQuota: 'public_employee_quota',
  publicEmployeeActual: 'public_employee_actual',
  selfFundedEmployees: 'self_funded_employees',
  contractWorkers: 'contract_workers',
  deputies: 'deputies',
};

/**
 * Writes imported units in one transaction, after a backup of the workspace. All or nothing: if
 * anything fails (integrity, constraint, disk), the workspace is left exactly as it was.
 */
export async function importUnits(ws: Workspace, units: readonly Unit[], mode: ImportMode | null): Promise<ImportOutcome> {
  const existingCount = countUnits(ws.db);
  if (existingCount > 0 && mode === null) throw new AppError('bad_request', 'err.importModeRequired');
  const effective: ImportMode = existingCount === 0 ? 'replace' : mode!;
  const existing = listUnits(ws.db);
  const diff = diffUnits(existing, units);
  if (effective === 'update') {
    const issues = checkTreeIntegrity(mergeUnits(existing, units));
    if (issues.length > 0) throw AppError.validation(issues);
  }
  const backupFile = await backupWorkspace(ws, backupFileName(ws.file, 'truoc-nhap'));
  const db = ws.db;
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    if (effective === 'replace') {
      db.prepare('UPDATE units SET parent_id = NULL').run(); // ON DELETE RESTRICT is never deferred
      db.prepare('DELETE FROM units').run();
      insertUnits(db, units);
      return;
    }
    const known = new Set(existing.map((u) => u.code));
    const added = units.filter((u) => !known.has(u.code));
    // New units first (parents may be among them), then every incoming unit's fields and parent.
    const insert = db.prepare(`INSERT INTO units (code, name, kind, level, sector, position) VALUES (?, ?, ?, ?, ?, ?)`);
    let position = (db.prepare('SELECT coalesce(max(position), -1) + 1 AS p FROM units').get() as { p: number }).p;
    for (const u of added) insert.run(u.code, u.name, u.kind, u.level, u.sector, position++);
    const update = db.prepare(
      `UPDATE units SET ${COLUMNS.map((c) => `${SQL_COLUMN[c]} = ?`).join(', ')},
         parent_id = (SELECT id FROM units WHERE code = ?) WHERE code = ?`,
    );
    for (const u of units) update.run(...COLUMNS.map((c) => u[c]), u.parentCode, u.code);
  }).immediate();
  return {
    added: diff.added.length,
    changed: diff.changed.length,
    removed: effective === 'replace' ? diff.missing.length : 0,
    backupFile,
  };
}
