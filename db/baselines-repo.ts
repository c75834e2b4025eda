import type { Database } from 'better-sqlite3';
import { stamp } from './clock.ts';
import { AppError } from '../shared/errors.ts';
import { BASELINE_FIELDS, type BaselineField, type YearBaseline } from '../shared/scenario/baselines.ts';

const COLUMNS: Record<BaselineField, string> = {
  units: 'units',
  psus: 'psus',
  civilServantQuota: 'civil_servant_quota',
  publicEmployeeQuota: 'public_employee_quota',
  autonomyGroups12: 'autonomous_psus',
  communeCivilServantQuota: 'commune_civil_servant_quota',
};
const SELECT = `SELECT year, ${BASELINE_FIELDS.map((f) => `${COLUMNS[f]} AS ${f}`).join(', ')} FROM baselines`;

/** Every year's recorded figures, by year. */
export function listBaselines(db: Database): YearBaseline[] {
  return db.prepare(`${SELECT} ORDER BY year`).all() as YearBaseline[];
}

/** Records a year's figures (a validated record: every figure given, null where not recorded), replacing that year's. */
export function saveBaseline(db: Database, b: YearBaseline): void {
  db.prepare(
    `INSERT INTO baselines (year, ${BASELINE_FIELDS.map((f) => COLUMNS[f]).join(', ')}, updated_at) VALUES (?, ${BASELINE_FIELDS.map(() => '?').join(', ')}, ?)
     ON CONFLICT(year) DO UPDATE SET ${BASELINE_FIELDS.map((f) => `${COLUMNS[f]} = excluded.${COLUMNS[f]}`).join(', ')}, updated_at = excluded.updated_at`,
  ).run(b.year, ...BASELINE_FIELDS.map((f) => b[f]), stamp(db));
}

export function deleteBaseline(db: Database, year: number): void {
  if (db.prepare('DELETE FROM baselines WHERE year = ?').run(year).changes === 0)
    throw new AppError('not_found', 'err.baselineUnknown', { year: String(year) });
}
