import { describe, expect, it } from 'vitest';
import { m018UnitHeads } from './018-unit-heads.ts';
import { beforeMigration } from '../../tests/migration-harness.ts';

describe('migration 018: unit heads', () => {
  it('leaves existing units without the figure (NULL, not 1) and refuses a negative or fractional count', () => {
    const { db, upgrade } = beforeMigration(m018UnitHeads);
    db.prepare(
      "INSERT INTO units (code, name, kind, level, sector, deputies) VALUES ('A', 'Sở Nội vụ', 'department', 'province', 'home_affairs', 3)",
    ).run();
    expect(upgrade().to).toBe(18);
    expect(db.prepare('SELECT heads, deputies FROM units').get()).toEqual({ heads: null, deputies: 3 });
    db.prepare("UPDATE units SET heads = 1 WHERE code = 'A'").run();
    db.prepare("UPDATE units SET heads = 0 WHERE code = 'A'").run();
    expect(() => db.prepare("UPDATE units SET heads = -1 WHERE code = 'A'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE units SET heads = 1.5 WHERE code = 'A'").run()).toThrow(/integer/i);
  });
});
