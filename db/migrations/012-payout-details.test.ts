import { describe, expect, it } from 'vitest';
import { m012PayoutDetails } from './012-payout-details.ts';
import { beforeMigration } from '../../tests/migration-harness.ts';

describe('migration 012: lower retirement ages and proposal groups', () => {
  it('keeps existing people and proposals on the former meaning and guards the new values', () => {
    const { db, upgrade } = beforeMigration(m012PayoutDetails);
    db.prepare(
      `INSERT INTO units (id, code, name, kind, level, sector) VALUES (1, 'A', 'Sở Y tế', 'department', 'province', 'health')`,
    ).run();
    db.prepare(
      `INSERT INTO people (id, position, unit_id, unit_code, full_name, sex, birth_date, salary_amount) VALUES (7, 1, 1, 'A', 'Nguyễn Văn An', 'male', '1966-01-15', 15356250)`,
    ).run();
    db.prepare(
      `INSERT INTO people_proposals (person_id, kind, policy, leave_from, within_12) VALUES (7, 'early-retirement', '178', '2025-05', 1)`,
    ).run();
    const from = db.pragma('user_version', { simple: true }) as number;
    expect(upgrade()).toMatchObject({ from, to: 12 });

    expect(db.prepare('SELECT lower_retirement_age FROM people').pluck().get()).toBe(0);
    expect(db.prepare('SELECT early_group, after_training FROM people_proposals').get()).toEqual({
      early_group: 'restructuring',
      after_training: 0,
    });
    db.prepare('UPDATE people SET lower_retirement_age = 1').run();
    expect(() => db.prepare('UPDATE people SET lower_retirement_age = 2').run()).toThrow(/CHECK/);
    db.prepare(`UPDATE people_proposals SET early_group = 'downsizing', after_training = 1`).run();
    expect(() => db.prepare(`UPDATE people_proposals SET early_group = 'art7c'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE people_proposals SET after_training = 3').run()).toThrow(/CHECK/);
  });
});
