/**
 * Units' figures for their sector norm (migration 017; shared/positions/norm-inputs.ts). The
 * figures follow their unit by code, as job positions do: a deleted unit's figures stay unattached
 * (not listed) and join the unit again when a unit with that code comes back (relinkPositions).
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../shared/errors.ts';
import { parseNormInputs, type NormInputs } from '../shared/positions/norm-inputs.ts';

/** Every attached unit's figures by code; or one unit's. A stored value the schema refuses is left out (never guessed). */
export function listNormInputs(db: Database, code?: string): Map<string, NormInputs> {
  const rows = (
    code === undefined
      ? db.prepare('SELECT u.code, n.figures FROM unit_norm_inputs n JOIN units u ON u.id = n.unit_id').all()
      : db
          .prepare('SELECT u.code, n.figures FROM unit_norm_inputs n JOIN units u ON u.id = n.unit_id WHERE u.code = ?')
          .all(code)
  ) as { code: string; figures: string }[];
  const out = new Map<string, NormInputs>();
  for (const r of rows) {
    const parsed = parseNormInputs(JSON.parse(r.figures));
    if (parsed.ok) out.set(r.code, parsed.inputs);
  }
  return out;
}

/**
 * Sets (or, with null, clears) the figures of the units in `byUnit`, unattached leftovers of those
 * codes included. Every code must be a unit of the workspace; figures must already be validated.
 * Call inside a transaction when several units are written.
 */
export function putNormInputs(db: Database, byUnit: ReadonlyMap<string, NormInputs | null>): void {
  const idOf = db.prepare('SELECT id FROM units WHERE code = ?').pluck();
  const clear = db.prepare('DELETE FROM unit_norm_inputs WHERE unit_id = ? OR unit_code = ?');
  const insert = db.prepare('INSERT INTO unit_norm_inputs (unit_id, unit_code, figures) VALUES (?, ?, ?)');
  for (const [code, figures] of byUnit) {
    const id = idOf.get(code) as number | undefined;
    if (id === undefined) throw new AppError('not_found', 'err.unitNotFound', { code });
    clear.run(id, code);
    if (figures !== null) insert.run(id, code, JSON.stringify(figures));
  }
}

/** Unattached figures join the unit that has their code again (after an undo or an import of units). */
export function relinkNormInputs(db: Database): void {
  db.prepare(
    'UPDATE unit_norm_inputs SET unit_id = (SELECT id FROM units WHERE code = unit_norm_inputs.unit_code) WHERE unit_id IS NULL',
  ).run();
}
