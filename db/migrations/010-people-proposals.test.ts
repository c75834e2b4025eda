import { describe, expect, it } from 'vitest';
import { m010PeopleProposals } from './010-people-proposals.ts';
import { beforeMigration } from '../../tests/migration-harness.ts';

describe('migration 010: base salary periods and people proposals', () => {
  it('adds both tables to a version-9 workspace, guards their values, and removes a proposal with its person', () => {
    const { db, upgrade } = beforeMigration(m010PeopleProposals);
    db.prepare(
      `INSERT INTO units (id, code, name, kind, level, sector) VALUES (1, 'A', 'Sở Y tế', 'department', 'province', 'health')`,
    ).run();
    db.prepare(
      `INSERT INTO people (id, position, unit_id, unit_code, full_name, sex, birth_date, salary_amount) VALUES (7, 1, 1, 'A', 'Nguyễn Văn An', 'male', '1966-01-15', 15356250)`,
    ).run();
    expect(upgrade()).toMatchObject({ from: 9, to: 10 });

    const period = db.prepare(
      'INSERT INTO base_salary_periods (from_month, amount, citation, created_at) VALUES (?, ?, ?, ?)',
    );
    period.run('2026-07', 2_530_000, 'Nghị định 161/2026/NĐ-CP', '2026-11-28T00:00:00Z');
    expect(() => period.run('2026-07', 2_600_000, 'X', 'now')).toThrow(/UNIQUE/);
    expect(() => period.run('07/2026', 2_600_000, 'X', 'now')).toThrow(/CHECK/);
    expect(() => period.run('2027-01', 0, 'X', 'now')).toThrow(/CHECK/);
    expect(() => period.run('2027-01', 2_600_000, ' ', 'now')).toThrow(/CHECK/);

    const propose = db.prepare(
      'INSERT INTO people_proposals (person_id, kind, policy, leave_from, within_12) VALUES (?, ?, ?, ?, ?)',
    );
    propose.run(7, 'early-retirement', '178', '2025-05', 1);
    expect(() => propose.run(8, 'resignation', '154', '2025-05', 0)).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM people_proposals').run();
    expect(() => propose.run(7, 'transfer', '178', '2025-05', 1)).toThrow(/CHECK/);
    expect(() => propose.run(7, 'resignation', '29', '2025-05', 1)).toThrow(/CHECK/);
    expect(() => propose.run(7, 'resignation', '154', '2025-5', 1)).toThrow(/CHECK/);
    propose.run(7, 'resignation', '154', '2026-01', 0);
    db.prepare('DELETE FROM people').run();
    expect(db.prepare('SELECT count(*) FROM people_proposals').pluck().get()).toBe(0);
  });
});
