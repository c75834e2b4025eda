import { describe, expect, it } from 'vitest';
import { m008People } from './008-people.ts';
import { beforeMigration } from '../../tests/migration-harness.ts';

describe('migration 008: people', () => {
  it('adds the personnel list to a version-7 workspace, guards its values, and lets a unit go without losing its people', () => {
    const { db, upgrade } = beforeMigration(m008People);
    db.prepare(
      `INSERT INTO units (id, code, name, kind, level, sector) VALUES (1, 'A', 'Sở Y tế', 'department', 'province', 'health')`,
    ).run();
    expect(upgrade()).toMatchObject({ from: 7, to: 8 });
    expect(db.prepare('SELECT count(*) FROM units').pluck().get()).toBe(1);
    const insert = db.prepare(
      `INSERT INTO people (position, unit_id, unit_code, full_name, sex, birth_date, category, salary_amount, salary_coefficient, public_duty, insurance_from)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    insert.run(1, 1, 'A', 'Nguyễn Văn An', 'male', '1966-01-15', 'civil_servant', null, 4650, 2500, '1990-03');
    insert.run(2, 1, 'A', 'Trần Thị Bình', 'female', '1970-01-01', null, 12345678, null, 0, null);
    expect(() => insert.run(3, 1, 'A', 'X', 'other', '1970-01-01', null, 1, null, 0, null)).toThrow(/CHECK/);
    expect(() => insert.run(3, 1, 'A', 'X', 'male', '01/01/1970', null, 1, null, 0, null)).toThrow(/CHECK/);
    expect(() => insert.run(3, 1, 'A', 'X', 'male', '1970-01-01', null, 1, 2340, 0, null)).toThrow(/CHECK/); // both salary forms
    expect(() => insert.run(3, 1, 'A', 'X', 'male', '1970-01-01', null, null, null, 0, null)).toThrow(/CHECK/); // neither
    expect(() => insert.run(3, 1, 'A', ' ', 'male', '1970-01-01', null, 1, null, 0, null)).toThrow(/CHECK/);
    expect(() => insert.run(3, 1, 'A', 'X', 'male', '1970-01-01', 'intern', 1, null, 0, null)).toThrow(/CHECK/);
    expect(() => insert.run(3, 9, 'Z', 'X', 'male', '1970-01-01', null, 1, null, 0, null)).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM units WHERE code = 'A'").run();
    expect(db.prepare('SELECT unit_id, unit_code FROM people ORDER BY position').all()).toEqual([
      { unit_id: null, unit_code: 'A' },
      { unit_id: null, unit_code: 'A' },
    ]);
  });
});
