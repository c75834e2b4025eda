import type { Database } from 'better-sqlite3';
import { stamp } from './clock.ts';
import { AppError } from '../shared/errors.ts';
import { ProposalSettingsSchema, type ProposalSettings } from '../shared/print/settings.ts';

function scenarioId(db: Database, name: string): number {
  const row = db.prepare('SELECT id FROM scenarios WHERE name = ?').get(name) as { id: number } | undefined;
  if (!row) throw new AppError('not_found', 'err.scenarioNotFound', { name });
  return row.id;
}

/** The proposal settings saved for a scenario over `defaults` (fields saved by an older TinhGon keep the defaults); null when none were saved. */
export function getProposalSettings(db: Database, name: string, defaults: ProposalSettings): ProposalSettings | null {
  const row = db.prepare('SELECT settings FROM proposals WHERE scenario_id = ?').get(scenarioId(db, name)) as
    { settings: string } | undefined;
  if (!row) return null;
  const parsed = ProposalSettingsSchema.safeParse({ ...defaults, ...(JSON.parse(row.settings) as object) });
  return parsed.success ? parsed.data : defaults;
}

export function saveProposalSettings(db: Database, name: string, settings: ProposalSettings): void {
  db.prepare(
    'INSERT INTO proposals (scenario_id, settings, updated_at) VALUES (?, ?, ?) ON CONFLICT(scenario_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at',
  ).run(scenarioId(db, name), JSON.stringify(ProposalSettingsSchema.parse(settings)), stamp(db));
}

/** What was written for one scenario's proposal, given to another (a duplicated plan). */
export function copyProposalSettings(db: Database, from: string, to: string): void {
  db.prepare(
    'INSERT INTO proposals (scenario_id, settings, updated_at) SELECT ?, settings, ? FROM proposals WHERE scenario_id = ?',
  ).run(scenarioId(db, to), stamp(db), scenarioId(db, from));
}
