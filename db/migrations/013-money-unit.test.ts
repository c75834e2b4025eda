import type BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { m013MoneyUnit } from './013-money-unit.ts';
import { beforeMigration } from '../../tests/migration-harness.ts';

function workspaceBefore013(unit: string | null) {
  const { db, upgrade } = beforeMigration(m013MoneyUnit);
  if (unit) db.prepare("INSERT INTO meta (key, value) VALUES ('amountUnit', ?)").run(JSON.stringify(unit));
  db.prepare(
    `INSERT INTO units (id, code, name, kind, level, sector) VALUES (1, 'A', 'Bệnh viện A', 'psu', 'province', 'health')`,
  ).run();
  const put = db.prepare(
    'INSERT INTO finance_figures (unit_id, year, revenue, spending, investment_funding, depreciation) VALUES (1, ?, ?, ?, ?, ?)',
  );
  put.run(2024, '1200500000', '1000000000', null, '0'); // 1.200,5 and 1.000 (millionths of the workspace unit)
  put.run(2025, '0', '7000001', '5', null);
  const deleted = {
    type: 'delete',
    units: [],
    lifted: [],
    figures: [
      {
        code: 'B',
        year: 2024,
        revenue: '3000000',
        spending: '4000000',
        investmentFunding: null,
        depreciation: '0',
        assignedGroup: null,
        overrideGroup: null,
        overrideReason: null,
        note: null,
      },
    ],
  };
  db.prepare("INSERT INTO edit_history (label, forward, backward, user, at) VALUES ('{}', ?, ?, 'u', 'now')").run(
    JSON.stringify(deleted),
    JSON.stringify({ ...deleted, type: 'restore' }),
  );
  return { db, upgrade };
}

const amounts = (db: BetterSqlite3.Database) =>
  db
    .prepare(
      'SELECT year, revenue, spending, investment_funding AS inv, depreciation AS dep FROM finance_figures ORDER BY year',
    )
    .all();

describe('migration 013: one stored unit for money', () => {
  it('converts figures of a workspace in triệu đồng (the old default) to millionths of a đồng, digit for digit, with the edit history', () => {
    for (const unit of ['trieu_dong', null]) {
      const { db, upgrade } = workspaceBefore013(unit);
      expect(upgrade()).toMatchObject({ to: 13 });
      expect(amounts(db)).toEqual([
        { year: 2024, revenue: '1200500000000000', spending: '1000000000000000', inv: null, dep: '0' },
        { year: 2025, revenue: '0', spending: '7000001000000', inv: '5000000', dep: null },
      ]);
      expect(db.prepare('SELECT year, unit FROM finance_years ORDER BY year').all()).toEqual([
        { year: 2024, unit: 'trieu_dong' },
        { year: 2025, unit: 'trieu_dong' },
      ]);
      expect(db.prepare("SELECT count(*) FROM meta WHERE key = 'amountUnit'").pluck().get()).toBe(0);
      const history = db.prepare('SELECT forward, backward FROM edit_history').get() as {
        forward: string;
        backward: string;
      };
      for (const side of [history.forward, history.backward])
        expect(JSON.parse(side).figures[0]).toMatchObject({
          revenue: '3000000000000',
          spending: '4000000000000',
          depreciation: '0',
        });
    }
  });

  it('keeps the figures of a workspace in đồng as they are, and declares their years in đồng', () => {
    const { db, upgrade } = workspaceBefore013('dong');
    upgrade();
    expect(amounts(db)).toEqual([
      { year: 2024, revenue: '1200500000', spending: '1000000000', inv: null, dep: '0' },
      { year: 2025, revenue: '0', spending: '7000001', inv: '5', dep: null },
    ]);
    expect(db.prepare('SELECT DISTINCT unit FROM finance_years').pluck().all()).toEqual(['dong']);
    expect(() => db.prepare("INSERT INTO finance_years (year, unit) VALUES (2026, 'nghin_dong')").run()).toThrow(
      /CHECK/,
    );
  });
});
