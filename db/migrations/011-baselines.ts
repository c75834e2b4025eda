import type { Migration } from './types.ts';
import { stamp } from '../clock.ts';

/** Columns of a year's recorded figures, by the metric each stands for. */
const COLUMNS: Record<string, string> = {
  units: 'units',
  psus: 'psus',
  civilServantQuota: 'civil_servant_quota',
  publicEmployeeQuota: 'public_employee_quota',
  autonomyGroups12: 'autonomous_psus',
  communeCivilServantQuota: 'commune_civil_servant_quota',
};
const count = (c: string) => `${c} INTEGER CHECK (${c} IS NULL OR ${c} BETWEEN 0 AND 10000000)`;

/**
 * Recorded figures of years before the workspace's data (số liệu gốc), one row per year, used by
 * every target whose base year it is. A value an own target carried for its base year (the older
 * per-target "baseline") moves here when its metric is one of these figures and the year has no
 * other value for it; a sum of metrics, or a value that disagrees with one already moved, stays
 * on its target (still read, after the recorded figures).
 */
export const m011Baselines: Migration = {
  version: 11,
  name: 'baselines',
  up(db) {
    db.exec(`
      CREATE TABLE baselines (
        year INTEGER NOT NULL PRIMARY KEY CHECK (year BETWEEN 1990 AND 2100),
        ${Object.values(COLUMNS).map(count).join(',\n        ')},
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
    const now = stamp(db);
    const sets = db.prepare('SELECT id, definition FROM target_sets ORDER BY id').all() as Array<{
      id: string;
      definition: string;
    }>;
    const update = db.prepare('UPDATE target_sets SET definition = ? WHERE id = ?');
    for (const row of sets) {
      const set = JSON.parse(row.definition) as {
        targets?: Array<{ metric?: string[]; baseYear?: number; baseline?: number; communeStaff?: string }>;
      };
      let changed = false;
      for (const t of set.targets ?? []) {
        const column = t.metric?.length === 1 ? COLUMNS[t.metric[0]!] : undefined;
        if (t.baseline === undefined || !column || typeof t.baseYear !== 'number' || t.communeStaff === 'excluded')
          continue;
        db.prepare('INSERT INTO baselines (year, updated_at) VALUES (?, ?) ON CONFLICT(year) DO NOTHING').run(
          t.baseYear,
          now,
        );
        const held = db.prepare(`SELECT ${column} FROM baselines WHERE year = ?`).pluck().get(t.baseYear) as
          number | null;
        if (held !== null && held !== t.baseline) continue;
        db.prepare(`UPDATE baselines SET ${column} = ? WHERE year = ?`).run(t.baseline, t.baseYear);
        delete t.baseline;
        changed = true;
      }
      if (changed) update.run(JSON.stringify(set), row.id);
    }
  },
};
