/**
 * The units of an open workspace with their tree index and rollups, kept in memory between
 * requests so that judging findings after a headcount edit need not read and index 50,000 units
 * again. Valid while SQLite's `total_changes()` of the connection is what it was when the model
 * was made: this process holds the workspace's only connection (exclusive lock, see
 * workspace.ts), and every INSERT, UPDATE or DELETE on it — units or anything else — moves
 * that count, so any write the cache was not told about drops it.
 */
import type { Database } from 'better-sqlite3';
import type { Unit } from '../shared/model/unit.ts';
import { saveHeadcountInPlace, unitModel, type UnitModel } from '../shared/workspace-model.ts';
import { listUnits } from './units-repo.ts';

const held = new WeakMap<Database, { changes: number; model: UnitModel }>();

/** Rows changed on this connection since it was opened. */
export const totalChanges = (db: Database): number => db.prepare('SELECT total_changes()').pluck().get() as number;

/** The workspace's units, tree and rollups: from memory when nothing was written since, else read again. */
export function cachedUnitModel(db: Database): UnitModel {
  const changes = totalChanges(db);
  const entry = held.get(db);
  if (entry && entry.changes === changes) return entry.model;
  const model = unitModel(listUnits(db));
  held.set(db, { changes, model });
  return model;
}

/** The held model if nothing was written since it was made (without reading the file), else null. */
export function heldUnitModel(db: Database): UnitModel | null {
  const entry = held.get(db);
  return entry && entry.changes === totalChanges(db) ? entry.model : null;
}

/**
 * After a write that began at `changesBefore` left the workspace's units as `units` (the held
 * model's with the write's changes applied): they are held, with a model built from them, the
 * rollups that did not change kept from the one before (see `unitModel`).
 */
export function noteUnitsChanged(db: Database, changesBefore: number, units: Unit[]): void {
  const entry = held.get(db);
  if (!entry || entry.changes !== changesBefore) return;
  held.set(db, { changes: totalChanges(db), model: unitModel(units, entry.model) });
}

/**
 * After `unit` was saved over `code` by a write that began at `changesBefore`: a headcount-only
 * change updates the held model (in place: nobody else holds it) instead of reading it again; anything else is left to
 * `cachedUnitModel` to read afresh.
 */
export function noteUnitSaved(db: Database, changesBefore: number, code: string, unit: Unit): void {
  const entry = held.get(db);
  if (!entry || entry.changes !== changesBefore) return;
  if (saveHeadcountInPlace(entry.model, code, unit)) entry.changes = totalChanges(db);
  else held.delete(db);
}
