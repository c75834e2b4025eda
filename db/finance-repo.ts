import type { Database } from 'better-sqlite3';
import type { Amount } from '../shared/autonomy/amount.ts';
import type { AmountUnit } from '../shared/autonomy/money-unit.ts';
import type { GroupKey } from '../shared/autonomy/summary.ts';
import type { UnitAutonomy } from '../shared/scenario/autonomy.ts';

/** One stored row of Decree 60 figures, exactly as kept (amounts: integer strings of millionths of a đồng). */
export interface FigureRecord {
  code: string;
  year: number;
  revenue: string;
  spending: string;
  investmentFunding: string | null;
  depreciation: string | null;
  assignedGroup: string | null;
  overrideGroup: string | null;
  overrideReason: string | null;
  note: string | null;
}

const SELECT = `SELECT u.code, f.year, f.revenue, f.spending, f.investment_funding AS investmentFunding, f.depreciation,
  f.assigned_group AS assignedGroup, f.override_group AS overrideGroup, f.override_reason AS overrideReason, f.note
  FROM finance_figures f JOIN units u ON u.id = f.unit_id`;

export function listFigures(db: Database, year?: number): FigureRecord[] {
  return (
    year === undefined
      ? db.prepare(`${SELECT} ORDER BY u.position, u.id, f.year`).all()
      : db.prepare(`${SELECT} WHERE f.year = ? ORDER BY u.position, u.id`).all(year)
  ) as FigureRecord[];
}

export function figureYears(db: Database): number[] {
  return db.prepare('SELECT DISTINCT year FROM finance_figures ORDER BY year').pluck().all() as number[];
}

/** Whether any unit has figures for `year`. */
export function yearHasFigures(db: Database, year: number): boolean {
  return db.prepare('SELECT 1 FROM finance_figures WHERE year = ? LIMIT 1').get(year) !== undefined;
}

/** The unit each year's figures are entered and shown in (migration 013). */
export function yearUnits(db: Database): Map<number, AmountUnit> {
  const rows = db.prepare('SELECT year, unit FROM finance_years').all() as Array<{ year: number; unit: AmountUnit }>;
  return new Map(rows.map((r) => [r.year, r.unit]));
}

export function setYearUnit(db: Database, year: number, unit: AmountUnit): void {
  db.prepare(
    'INSERT INTO finance_years (year, unit) VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET unit = excluded.unit',
  ).run(year, unit);
}

export function figuresOfUnits(db: Database, codes: readonly string[]): FigureRecord[] {
  const set = new Set(codes);
  return listFigures(db).filter((f) => set.has(f.code));
}

export function deleteFiguresOfUnits(db: Database, codes: readonly string[]): void {
  const del = db.prepare('DELETE FROM finance_figures WHERE unit_id = (SELECT id FROM units WHERE code = ?)');
  for (const c of codes) del.run(c);
}

/** Inserts or replaces rows (all fields). Call inside a transaction. */
export function putFigures(db: Database, rows: readonly FigureRecord[]): void {
  const put = db.prepare(
    `INSERT INTO finance_figures (unit_id, year, revenue, spending, investment_funding, depreciation, assigned_group, override_group, override_reason, note)
     VALUES ((SELECT id FROM units WHERE code = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(unit_id, year) DO UPDATE SET revenue = excluded.revenue, spending = excluded.spending,
       investment_funding = excluded.investment_funding, depreciation = excluded.depreciation, assigned_group = excluded.assigned_group,
       override_group = excluded.override_group, override_reason = excluded.override_reason, note = excluded.note`,
  );
  for (const r of rows)
    put.run(
      r.code,
      r.year,
      r.revenue,
      r.spending,
      r.investmentFunding,
      r.depreciation,
      r.assignedGroup,
      r.overrideGroup,
      r.overrideReason,
      r.note,
    );
}

export const amountText = (a: Amount | undefined): string | null => (a === undefined ? null : a.toString());
export const amountOf = (s: string | null): Amount | undefined => (s === null ? undefined : BigInt(s));

/**
 * Each unit's figures as a scenario starts from them: those of the latest year up to `year`, or,
 * for a unit with figures only after it, of its earliest year. The group in force is the override.
 */
export function autonomyAt(db: Database, year: number): Map<string, UnitAutonomy> {
  const chosen = new Map<string, FigureRecord>();
  for (const f of listFigures(db)) {
    const had = chosen.get(f.code);
    if (!had || (f.year <= year && f.year > had.year) || (had.year > year && f.year < had.year)) chosen.set(f.code, f);
  }
  return new Map(
    [...chosen].map(([code, f]) => [
      code,
      {
        revenue: BigInt(f.revenue),
        spending: BigInt(f.spending),
        investmentFunding: amountOf(f.investmentFunding),
        depreciation: amountOf(f.depreciation),
        decided: (f.overrideGroup as GroupKey | null) ?? null,
      },
    ]),
  );
}
