/**
 * Job positions of units (migration 015): listed in each unit's order, a unit's list replaced
 * whole. Positions follow their unit by code, as people do: a deleted unit's positions stay
 * unattached (not listed) and join the unit again when a unit with that code comes back.
 */
import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AppError } from '../shared/errors.ts';
import type { Position } from '../shared/positions/model.ts';
import { relinkNormInputs } from './norm-inputs-repo.ts';

interface Row {
  code: string;
  name: string;
  class: Position['class'];
  rank: string;
  level: Position['level'];
  staffing: Position['staffing'];
  staffing_defaulted: number;
  needed: number;
  present: number;
}

const SELECT = `SELECT u.code, p.name, p.class, p.rank, p.level, p.staffing, p.staffing_defaulted, p.needed, p.present
  FROM job_positions p JOIN units u ON u.id = p.unit_id`;

const fromRow = (r: Row): Position => ({
  unitCode: r.code,
  name: r.name,
  class: r.class,
  rank: r.rank,
  level: r.level,
  staffing: r.staffing,
  staffingDefaulted: r.staffing_defaulted === 1,
  needed: r.needed,
  present: r.present,
});

/** Every attached position, by unit (in the units' order) then in each unit's order; or one unit's. */
export function listPositions(db: Database, code?: string): Position[] {
  const rows = (
    code === undefined
      ? db.prepare(`${SELECT} ORDER BY u.position, u.id, p.position, p.id`).all()
      : db.prepare(`${SELECT} WHERE u.code = ? ORDER BY p.position, p.id`).all(code)
  ) as Row[];
  return rows.map(fromRow);
}

/** How many attached positions the workspace holds. */
export function countPositions(db: Database): number {
  return db.prepare('SELECT count(*) FROM job_positions WHERE unit_id IS NOT NULL').pluck().get() as number;
}

/**
 * The version of a unit's list as stored (a digest of its rows): a client sends back the one it
 * read, and a list changed since is not overwritten (see db/row-versions.ts).
 */
export function positionsVersion(db: Database, code: string): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify(listPositions(db, code)))
    .digest('base64url')
    .slice(0, 22);
}

export function expectPositionsVersion(db: Database, code: string, version: string | undefined): void {
  if (version !== undefined && positionsVersion(db, code) !== version)
    throw new AppError('conflict', 'err.positionsChanged', { code });
}

/**
 * Replaces the lists of the units in `byUnit` (code → its positions, in order; an empty list clears
 * it), unattached leftovers of those codes included. Every code must be a unit of the workspace.
 * Call inside a transaction.
 */
export function replacePositions(db: Database, byUnit: ReadonlyMap<string, readonly Position[]>): void {
  const idOf = db.prepare('SELECT id FROM units WHERE code = ?').pluck();
  const clear = db.prepare('DELETE FROM job_positions WHERE unit_id = ? OR (unit_id IS NULL AND unit_code = ?)');
  const insert = db.prepare(
    `INSERT INTO job_positions (unit_id, unit_code, position, name, class, rank, level, staffing, staffing_defaulted, needed, present)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const [code, positions] of byUnit) {
    const id = idOf.get(code) as number | undefined;
    if (id === undefined) throw new AppError('not_found', 'err.unitNotFound', { code });
    clear.run(id, code);
    positions.forEach((p, i) =>
      insert.run(
        id,
        code,
        i,
        p.name,
        p.class,
        p.rank,
        p.level,
        p.staffing,
        p.staffingDefaulted ? 1 : 0,
        p.needed,
        p.present,
      ),
    );
  }
}

/**
 * The people of unit `code` holding a renamed position hold the new name (a rename in the editor,
 * not a new position: placement must not be lost). Returns how many people changed. Call inside
 * the transaction that stores the new list.
 */
export function renamePositionOnPeople(
  db: Database,
  code: string,
  renames: readonly { from: string; to: string }[],
): number {
  // Simultaneous (a ↔ b swaps too): each from-name's people are taken first, then given their new name.
  const holders = db
    .prepare('SELECT p.id FROM people p JOIN units u ON u.id = p.unit_id WHERE u.code = ? AND p.job_position = ?')
    .pluck();
  const byId = db.prepare('UPDATE people SET job_position = ? WHERE id = ?');
  const taken = renames
    .filter((r) => r.from !== r.to)
    .map((r) => ({ to: r.to, ids: holders.all(code, r.from) as number[] }));
  let changed = 0;
  for (const { to, ids } of taken) for (const id of ids) changed += byId.run(to, id).changes;
  return changed;
}

/** Unattached positions, and a unit's norm figures, join the unit that has their code again (after an undo or an import of units). */
export function relinkPositions(db: Database): void {
  db.prepare(
    'UPDATE job_positions SET unit_id = (SELECT id FROM units WHERE code = job_positions.unit_code) WHERE unit_id IS NULL',
  ).run();
  relinkNormInputs(db);
}
