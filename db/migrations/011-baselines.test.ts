import { describe, expect, it } from 'vitest';
import { m011Baselines } from './011-baselines.ts';
import { beforeMigration } from '../../tests/migration-harness.ts';

describe('migration 011: baselines', () => {
  it("adds the table to a version-10 workspace, guards its values, and moves the own targets' base-year values into it", () => {
    const { db, upgrade } = beforeMigration(m011Baselines, { foreignKeys: false });
    const target = (id: string, metric: string[], baseline: number) => ({
      id,
      title: id,
      citation: '',
      metric,
      baseYear: 2021,
      year: 2026,
      requiredPct: 5,
      baseline,
    });
    const set = {
      id: 'tinh',
      title: 'Của tỉnh',
      targets: [
        target('a', ['psus'], 120),
        target('b', ['civilServantQuota', 'publicEmployeeQuota'], 9000),
        target('c', ['psus'], 118),
        target('d', ['civilServantQuota'], 2500),
      ],
    };
    db.prepare('INSERT INTO target_sets (id, definition, updated_at) VALUES (?, ?, ?)').run(
      'tinh',
      JSON.stringify(set),
      'x',
    );
    expect(upgrade()).toMatchObject({ from: 10, to: 11 });

    expect(
      db
        .prepare('SELECT year, units, psus, civil_servant_quota, public_employee_quota, autonomous_psus FROM baselines')
        .all(),
    ).toEqual([
      {
        year: 2021,
        units: null,
        psus: 120,
        civil_servant_quota: 2500,
        public_employee_quota: null,
        autonomous_psus: null,
      },
    ]);
    // Moved values leave their targets; a sum, and a value that disagrees with the one moved, stay.
    const after = JSON.parse(db.prepare('SELECT definition FROM target_sets').pluck().get() as string) as typeof set;
    expect(after.targets.map((t) => t.baseline)).toEqual([undefined, 9000, 118, undefined]);

    const insert = db.prepare('INSERT INTO baselines (year, psus, updated_at) VALUES (?, ?, ?)');
    expect(() => insert.run(2021, 1, 'x')).toThrow(/UNIQUE/);
    expect(() => insert.run(1800, 1, 'x')).toThrow(/CHECK/);
    expect(() => insert.run(2015, -1, 'x')).toThrow(/CHECK/);
    insert.run(2015, 140, 'x');
  });
});
