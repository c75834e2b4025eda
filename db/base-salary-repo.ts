/** Base salary periods the province adds to the built-in ones (shared/people/base-salary.ts). */
import type { Database } from 'better-sqlite3';
import { stamp } from './clock.ts';
import { AppError } from '../shared/errors.ts';
import { allPeriods, type BaseSalaryPeriod } from '../shared/people/base-salary.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The periods added in the workspace, oldest first. */
export function listAddedBaseSalaries(db: Database): BaseSalaryPeriod[] {
  const rows = db
    .prepare('SELECT id, from_month, amount, citation FROM base_salary_periods ORDER BY from_month')
    .all() as Array<{ id: number; from_month: string; amount: number; citation: string }>;
  return rows.map((r) => {
    const [year, month] = r.from_month.split('-').map(Number) as [number, number];
    return { id: r.id, from: { year, month }, amount: r.amount, citation: r.citation, confidence: null };
  });
}

/** Every period in force in the workspace: built in and added, oldest first. */
export const baseSalaryPeriods = (db: Database) => allPeriods(listAddedBaseSalaries(db));

export function addBaseSalary(db: Database, p: Pick<BaseSalaryPeriod, 'from' | 'amount' | 'citation'>): number {
  return Number(
    db
      .prepare('INSERT INTO base_salary_periods (from_month, amount, citation, created_at) VALUES (?, ?, ?, ?)')
      .run(`${pad(p.from.year, 4)}-${pad(p.from.month)}`, p.amount, p.citation, stamp(db)).lastInsertRowid,
  );
}

export function removeBaseSalary(db: Database, id: number): void {
  if (db.prepare('DELETE FROM base_salary_periods WHERE id = ?').run(id).changes === 0)
    throw new AppError('not_found', 'err.baseSalaryNotFound');
}
