import type { Database } from 'better-sqlite3';
import { AppError } from '../shared/errors.ts';
import { ScenarioFileSchema, type ScenarioFile } from '../shared/scenario/exchange.ts';

export function saveNewScenario(db: Database, scenario: ScenarioFile): void {
  const exists = db.prepare('SELECT 1 FROM scenarios WHERE name = ?').get(scenario.name);
  if (exists) throw new AppError('conflict', 'err.scenarioExists', { name: scenario.name });
  const now = new Date().toISOString();
  db.prepare('INSERT INTO scenarios (name, definition, created_at, updated_at) VALUES (?, ?, ?, ?)').run(scenario.name, JSON.stringify(scenario), now, now);
}

export function getScenario(db: Database, name: string): ScenarioFile {
  const row = db.prepare('SELECT definition FROM scenarios WHERE name = ?').get(name) as { definition: string } | undefined;
  if (!row) throw new AppError('not_found', 'err.scenarioNotFound', { name });
  return ScenarioFileSchema.parse(JSON.parse(row.definition));
}

export function listScenarios(db: Database): Array<{ name: string; locked: boolean; operations: number; updatedAt: string }> {
  const rows = db.prepare('SELECT name, locked, definition, updated_at AS updatedAt FROM scenarios ORDER BY name').all() as Array<{ name: string; locked: number; definition: string; updatedAt: string }>;
  return rows.map((r) => ({ name: r.name, locked: r.locked === 1, operations: (JSON.parse(r.definition) as ScenarioFile).operations.length, updatedAt: r.updatedAt }));
}
