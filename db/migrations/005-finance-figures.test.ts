import { describe, expect, it } from 'vitest';
import { m005FinanceFigures } from './005-finance-figures.ts';
import { beforeMigration } from '../../tests/migration-harness.ts';

describe('migration 005: finance figures', () => {
  it('adds exact figures per unit and year to a version-4 workspace and guards them', () => {
    const { db, upgrade } = beforeMigration(m005FinanceFigures);
    db.prepare(
      `INSERT INTO units (id, code, name, kind, level, sector) VALUES (1, 'A', 'ĐVSN', 'psu', 'province', 'health')`,
    ).run();
    expect(upgrade()).toMatchObject({ from: 4, to: 5 });
    const insert = db.prepare(
      'INSERT INTO finance_figures (unit_id, year, revenue, spending, override_group, override_reason) VALUES (?, ?, ?, ?, ?, ?)',
    );
    insert.run(1, 2025, '1200500000', '1000000000', null, null);
    expect(() => insert.run(1, 2025, '1', '1', null, null)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run(1, 2024, '1', '0', null, null)).toThrow(/CHECK/); // B must be > 0
    expect(() => insert.run(1, 2023, '-1', '5', null, null)).toThrow(/CHECK/);
    expect(() => insert.run(1, 2022, '1', '5', '2', null)).toThrow(/CHECK/); // an override needs its reason
    expect(() => insert.run(9, 2021, '1', '5', null, null)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("DELETE FROM units WHERE code = 'A'").run()).toThrow(/FOREIGN KEY/);
  });
});
