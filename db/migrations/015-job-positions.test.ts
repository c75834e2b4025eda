import { describe, expect, it } from 'vitest';
import { m015JobPositions } from './015-job-positions.ts';
import { beforeMigration } from '../../tests/migration-harness.ts';

const insert = `INSERT INTO job_positions (unit_id, unit_code, position, name, class, rank, level, staffing, needed, present)
  VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?)`;

describe('migration 015: job positions', () => {
  it('keeps a position with its unit code when the unit is deleted, and refuses bad values', () => {
    const { db, upgrade } = beforeMigration(m015JobPositions);
    db.prepare(
      "INSERT INTO units (id, code, name, kind, level, sector) VALUES (1, 'SNV', 'Sở Nội vụ', 'department', 'province', 'home_affairs')",
    ).run();
    expect(upgrade()).toMatchObject({ from: 14, to: 15 });
    db.prepare(insert).run(1, 'SNV', 0, 'Giám đốc', 'leadership', null, 'quota', 1, 1);
    for (const bad of [
      [1, 'SNV', 1, ' ', 'leadership', null, 'quota', 1, 1], // empty name
      [1, 'SNV', 1, 'Văn thư', 'other', null, 'quota', 1, 1], // unknown class
      [1, 'SNV', 1, 'Văn thư', 'support', 6, 'quota', 1, 1], // level above 5
      [1, 'SNV', 1, 'Văn thư', 'support', null, 'loan', 1, 1], // unknown staffing
      [1, 'SNV', 1, 'Văn thư', 'support', null, 'quota', -1, 1], // negative count
      [9, 'X', 1, 'Văn thư', 'support', null, 'quota', 1, 1], // no such unit
    ])
      expect(() => db.prepare(insert).run(...bad)).toThrow(/CHECK|FOREIGN KEY/);
    db.prepare('DELETE FROM units').run();
    expect(db.prepare('SELECT unit_id, unit_code, name FROM job_positions').all()).toEqual([
      { unit_id: null, unit_code: 'SNV', name: 'Giám đốc' },
    ]);
  });
});
