import type { Database } from 'better-sqlite3';

/**
 * A person belongs to a unit by the code it was imported with: when the unit is deleted the person
 * stays, unattached. People whose unit was deleted join it again when a unit with their imported
 * code exists (undo, re-import).
 */
export function relinkPeople(db: Database): void {
  db.prepare(
    'UPDATE people SET unit_id = (SELECT id FROM units WHERE code = people.unit_code) WHERE unit_id IS NULL',
  ).run();
}
