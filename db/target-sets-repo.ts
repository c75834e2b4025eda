import type { Database } from 'better-sqlite3';
import { stamp } from './clock.ts';
import { AppError } from '../shared/errors.ts';
import { TargetSetSchema, isBuiltInSet } from '../shared/scenario/target-sets.ts';
import type { TargetSet } from '../shared/scenario/targets.ts';
import type { ScenarioFile } from '../shared/scenario/exchange.ts';

/** The workspace's own target sets, by id. */
export function listTargetSets(db: Database): TargetSet[] {
  const rows = db.prepare('SELECT definition FROM target_sets ORDER BY id').pluck().all() as string[];
  return rows.map((d) => TargetSetSchema.parse(JSON.parse(d)));
}

/** Adds or replaces a set; a built-in set's id cannot be taken. */
export function saveTargetSet(db: Database, set: TargetSet): void {
  if (isBuiltInSet(set.id)) throw new AppError('conflict', 'err.targetSetBuiltIn', { id: set.id });
  db.prepare(
    'INSERT INTO target_sets (id, definition, updated_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at',
  ).run(set.id, JSON.stringify(set), stamp(db));
}

/** Deletes a set no stored scenario names (those that do are listed in the refusal). */
export function deleteTargetSet(db: Database, id: string): void {
  const users = (
    db.prepare('SELECT name, definition FROM scenarios ORDER BY name').all() as Array<{
      name: string;
      definition: string;
    }>
  )
    .filter((r) => ((JSON.parse(r.definition) as ScenarioFile).targetSets ?? []).includes(id))
    .map((r) => r.name);
  if (users.length > 0) throw new AppError('conflict', 'err.targetSetInUse', { id, names: users.join(', ') });
  if (db.prepare('DELETE FROM target_sets WHERE id = ?').run(id).changes === 0)
    throw new AppError('not_found', 'err.targetSetUnknown', { id });
}
