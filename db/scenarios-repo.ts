import type { Database } from 'better-sqlite3';
import { stamp } from './clock.ts';
import { AppError } from '../shared/errors.ts';
import { expectPlanVersion } from './row-versions.ts';
import { ScenarioFileSchema, type ScenarioFile } from '../shared/scenario/exchange.ts';

export function saveNewScenario(db: Database, scenario: ScenarioFile): void {
  const exists = db.prepare('SELECT 1 FROM scenarios WHERE name = ?').get(scenario.name);
  if (exists) throw new AppError('conflict', 'err.scenarioExists', { name: scenario.name });
  const now = stamp(db);
  db.prepare('INSERT INTO scenarios (name, definition, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
    scenario.name,
    JSON.stringify(scenario),
    now,
    now,
  );
}

/** The last plans read, by their stored text: a plan of 5,000 operations took tens of ms to parse and validate, at every read. */
const parsed = new Map<string, ScenarioFile>();
const PARSED_KEPT = 8;

/** A stored plan; the same definition read again is the same object (its plan and operation list frozen): never to be modified. */
export function getScenario(db: Database, name: string): ScenarioFile {
  const row = db.prepare('SELECT definition FROM scenarios WHERE name = ?').get(name) as
    { definition: string } | undefined;
  if (!row) throw new AppError('not_found', 'err.scenarioNotFound', { name });
  const held = parsed.get(row.definition);
  if (held) return held;
  const scenario = ScenarioFileSchema.parse(JSON.parse(row.definition));
  Object.freeze(scenario.operations);
  Object.freeze(scenario);
  if (parsed.size >= PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
  parsed.set(row.definition, scenario);
  return scenario;
}

export function listScenarios(
  db: Database,
): Array<{ name: string; locked: boolean; operations: number; updatedAt: string }> {
  const rows = db
    .prepare('SELECT name, locked, definition, updated_at AS updatedAt FROM scenarios ORDER BY name')
    .all() as Array<{ name: string; locked: number; definition: string; updatedAt: string }>;
  return rows.map((r) => ({
    name: r.name,
    locked: r.locked === 1,
    operations: (JSON.parse(r.definition) as ScenarioFile).operations.length,
    updatedAt: r.updatedAt,
  }));
}

function row(db: Database, name: string): { id: number; locked: number; definition: string } {
  const r = db.prepare('SELECT id, locked, definition FROM scenarios WHERE name = ?').get(name) as
    { id: number; locked: number; definition: string } | undefined;
  if (!r) throw new AppError('not_found', 'err.scenarioNotFound', { name });
  return r;
}

function unlocked(db: Database, name: string) {
  const r = row(db, name);
  if (r.locked === 1) throw new AppError('conflict', 'err.scenarioLocked', { name });
  return r;
}

/** `version`: the plan's as the person read it (db/row-versions.ts); refused if it changed since. */
export function deleteScenario(db: Database, name: string, version?: string): void {
  expectPlanVersion(db, name, version);
  db.prepare('DELETE FROM scenarios WHERE id = ?').run(unlocked(db, name).id);
}

export function renameScenario(db: Database, name: string, newName: string, version?: string): void {
  expectPlanVersion(db, name, version);
  const r = unlocked(db, name);
  if (db.prepare('SELECT 1 FROM scenarios WHERE name = ?').get(newName))
    throw new AppError('conflict', 'err.scenarioExists', { name: newName });
  const definition = { ...(JSON.parse(r.definition) as ScenarioFile), name: newName };
  db.prepare('UPDATE scenarios SET name = ?, definition = ?, updated_at = ? WHERE id = ?').run(
    newName,
    JSON.stringify(definition),
    stamp(db),
    r.id,
  );
}

/** An approved (locked) scenario is read-only until unlocked. */
export function lockScenario(db: Database, name: string, locked: boolean, version?: string): void {
  expectPlanVersion(db, name, version); // nobody approves a plan they have not seen
  db.prepare('UPDATE scenarios SET locked = ?, updated_at = ? WHERE id = ?').run(
    locked ? 1 : 0,
    stamp(db),
    row(db, name).id,
  );
}

/** Replaces a (not locked) scenario's operations. */
export function setScenarioOperations(db: Database, name: string, operations: ScenarioFile['operations']): void {
  const r = unlocked(db, name);
  const definition = { ...(JSON.parse(r.definition) as ScenarioFile), operations };
  db.prepare('UPDATE scenarios SET definition = ?, updated_at = ? WHERE id = ?').run(
    JSON.stringify(definition),
    stamp(db),
    r.id,
  );
}

/** Replaces a (not locked) scenario's target sets (empty: every built-in target within its years). */
export function setScenarioTargetSets(
  db: Database,
  name: string,
  targetSets: NonNullable<ScenarioFile['targetSets']>,
): void {
  const r = unlocked(db, name);
  const definition = { ...(JSON.parse(r.definition) as ScenarioFile), targetSets };
  db.prepare('UPDATE scenarios SET definition = ?, updated_at = ? WHERE id = ?').run(
    JSON.stringify(definition),
    stamp(db),
    r.id,
  );
}
