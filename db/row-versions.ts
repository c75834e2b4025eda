import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AppError } from '../shared/errors.ts';
import type { FigureRecord } from './finance-repo.ts';

/**
 * Versions of the rows two people may edit at once (plans, Decree 60 figures): a digest of the row
 * as stored. A client sends back the version it read; a row changed since (by anyone) no longer
 * has it, and the write is refused instead of silently overwriting the other person's change.
 * Content-based, so no schema change and no counter to keep in step.
 */
const digest = (text: string): string => crypto.createHash('sha256').update(text).digest('base64url').slice(0, 22);

/** No stored row yet (a figure not entered): two people entering the same one at once still conflict. */
export const NO_ROW_VERSION = 'new';

export function planVersion(db: Database, name: string): string | null {
  const r = db.prepare('SELECT locked, definition FROM scenarios WHERE name = ?').get(name) as
    { locked: number; definition: string } | undefined;
  return r ? digest(`${r.locked}\n${r.definition}`) : null;
}

export function figureVersion(stored: FigureRecord | undefined): string {
  return stored ? digest(JSON.stringify(stored)) : NO_ROW_VERSION;
}

/** Refuses the write when the plan changed since the client read it (no version given: no check, as the CLI). */
export function expectPlanVersion(db: Database, name: string, version: string | undefined): void {
  const now = planVersion(db, name);
  if (version !== undefined && now !== null && now !== version)
    throw new AppError('conflict', 'err.planChanged', { name });
}

export function expectFigureVersion(
  stored: FigureRecord | undefined,
  version: string | undefined,
  code: string,
  year: number,
): void {
  if (version !== undefined && figureVersion(stored) !== version)
    throw new AppError('conflict', 'err.figuresChanged', { code, year: String(year) });
}
