import type { Database } from 'better-sqlite3';
import { stamp } from './clock.ts';
import { ImportMappingSchema, type ImportMapping } from '../shared/import/mapping.ts';

export function saveMapping(db: Database, signature: string, mapping: ImportMapping): void {
  db.prepare(
    `INSERT INTO import_mappings (signature, mapping, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(signature, JSON.stringify(mapping), stamp(db));
}

/** Saved mappings, most recently used first (invalid rows, e.g. from an older format, are skipped). */
export function savedMappings(db: Database): Array<{ signature: string; mapping: ImportMapping }> {
  const rows = db.prepare('SELECT signature, mapping FROM import_mappings ORDER BY updated_at DESC').all() as Array<{
    signature: string;
    mapping: string;
  }>;
  return rows.flatMap((r) => {
    const parsed = ImportMappingSchema.safeParse(JSON.parse(r.mapping));
    return parsed.success ? [{ signature: r.signature, mapping: parsed.data }] : [];
  });
}
