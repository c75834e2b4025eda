import type { Migration } from './types.ts';

const TIMES_MILLION = (column: string) =>
  `CASE WHEN ${column} IS NULL OR ${column} = '0' THEN ${column} ELSE ${column} || '000000' END`;

/** A stored amount string of millionths of triệu đồng as millionths of a đồng (× 10^6, on the digits). */
export const trieuToDong = (s: string | null): string | null => (s === null || s === '0' ? s : `${s}000000`);

/**
 * One stored unit for money. Until now amounts were millionths of "the workspace unit", a label
 * (meta `amountUnit`, triệu đồng when never set) that could be switched without converting
 * anything. From now on every amount is millionths of a đồng, and each year records the unit its
 * figures were entered in (`finance_years`), so a year can never mix two units. Stored figures
 * are converted exactly (digits shifted, no arithmetic on floats), including those kept in the
 * edit history with a deleted unit, so that nothing changes value.
 */
export const m013MoneyUnit: Migration = {
  version: 13,
  name: 'money unit',
  up(db) {
    db.exec(`
      CREATE TABLE finance_years (
        year INTEGER PRIMARY KEY CHECK (year BETWEEN 1990 AND 2100),
        unit TEXT    NOT NULL CHECK (unit IN ('dong', 'trieu_dong'))
      ) STRICT;
    `);
    const meta = db.prepare("SELECT value FROM meta WHERE key = 'amountUnit'").pluck().get() as string | undefined;
    const unit = meta === undefined ? 'trieu_dong' : (JSON.parse(meta) as string);
    if (unit !== 'dong' && unit !== 'trieu_dong') throw new Error(`unknown money unit ${meta}`);
    db.prepare('INSERT INTO finance_years (year, unit) SELECT DISTINCT year, ? FROM finance_figures').run(unit);
    db.prepare("DELETE FROM meta WHERE key = 'amountUnit'").run();
    if (unit === 'dong') return;
    db.exec(`UPDATE finance_figures SET revenue = ${TIMES_MILLION('revenue')}, spending = ${TIMES_MILLION('spending')},
      investment_funding = ${TIMES_MILLION('investment_funding')}, depreciation = ${TIMES_MILLION('depreciation')}`);
    // Figures kept with a deleted unit come back on undo: they are converted too.
    const edits = db
      .prepare(
        `SELECT id, forward, backward FROM edit_history WHERE forward LIKE '%"figures"%' OR backward LIKE '%"figures"%'`,
      )
      .all() as Array<{ id: number; forward: string; backward: string }>;
    const update = db.prepare('UPDATE edit_history SET forward = ?, backward = ? WHERE id = ?');
    for (const e of edits) update.run(convertEdit(e.forward), convertEdit(e.backward), e.id);
  },
};

type Figures = { revenue: string; spending: string; investmentFunding: string | null; depreciation: string | null };

function convertEdit(json: string): string {
  const edit = JSON.parse(json) as { figures?: Figures[] };
  if (!Array.isArray(edit.figures)) return json;
  edit.figures = edit.figures.map((f) => ({
    ...f,
    revenue: trieuToDong(f.revenue)!,
    spending: trieuToDong(f.spending)!,
    investmentFunding: trieuToDong(f.investmentFunding),
    depreciation: trieuToDong(f.depreciation),
  }));
  return JSON.stringify(edit);
}
