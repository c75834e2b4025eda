import { describe, expect, it } from 'vitest';
import { m017UnitNormInputs } from './017-unit-norm-inputs.ts';
import { beforeMigration } from '../../tests/migration-harness.ts';

const insert = 'INSERT INTO unit_norm_inputs (unit_id, unit_code, figures) VALUES (?, ?, ?)';

describe('migration 017: unit norm inputs', () => {
  it('keeps the figures with their unit code when the unit is deleted, and refuses bad values', () => {
    const { db, upgrade } = beforeMigration(m017UnitNormInputs);
    db.prepare(
      "INSERT INTO units (id, code, name, kind, level, sector) VALUES (1, 'TH', 'Trường Tiểu học A', 'psu', 'commune', 'education')",
    ).run();
    expect(upgrade().to).toBe(17);
    const figures = JSON.stringify({ sector: 'school', level: 'primary', region: 2, pupils: 300 });
    db.prepare(insert).run(1, 'TH', figures);
    for (const bad of [
      [1, 'TH2', figures], // a second row for the unit
      [null, 'TH', figures], // a second row for the code
      [null, 'X', 'not json'],
      [null, 'X', '[1]'], // not an object
      [null, '', figures], // empty code
      [9, 'Y', figures], // no such unit
    ])
      expect(() => db.prepare(insert).run(...bad)).toThrow(/CHECK|FOREIGN KEY|UNIQUE/);
    db.prepare('DELETE FROM units').run();
    expect(db.prepare('SELECT unit_id, unit_code, figures FROM unit_norm_inputs').all()).toEqual([
      { unit_id: null, unit_code: 'TH', figures },
    ]);
  });

  it('gives people a job position, none for those already listed, and refuses an empty name', () => {
    const { db, upgrade } = beforeMigration(m017UnitNormInputs);
    const person = `INSERT INTO people (position, unit_code, full_name, sex, birth_date, salary_amount) VALUES (0, 'TH', 'Nguyễn Văn A', 'male', '1970-01-01', 1000)`;
    db.prepare(person).run();
    upgrade();
    expect(db.prepare('SELECT job_position FROM people').all()).toEqual([{ job_position: null }]);
    db.prepare("UPDATE people SET job_position = 'Giáo viên'").run();
    expect(() => db.prepare("UPDATE people SET job_position = ' '").run()).toThrow(/CHECK/);
  });
});
