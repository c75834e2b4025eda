/**
 * Annexing another province's workspace takes units from a file anyone may have written (a
 * crafted file, or one from an older version). What goes into the plan is checked as every later
 * read of the plan checks it: before, a unit name with a bidi override or of 5 000 characters was
 * annexed, and from then on the plan could not be opened, simulated, printed or exported
 * (an internal error), its operations out of reach.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace.ts';
import { handlerHarness } from '../handler-harness.ts';
import { unit } from '../fixtures.ts';
import { tempDir } from '../temp.ts';

const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Another province's workspace whose stored data was edited outside TinhGon. */
function craftedProvince(sql: string, value: string): string {
  const file = path.join(tempDir(), 'soc-trang.tinhgon');
  createWorkspace(file, { provinceName: 'Sóc Trăng', baseYear: 2026, provinceClass: 'class2', isSample: false }, [
    unit('ST', null),
    unit('ST.A', 'ST'),
  ]).close();
  const db = new BetterSqlite3(file);
  db.prepare(sql).run(value);
  db.pragma('journal_mode = DELETE');
  db.close();
  return file;
}

const CRAFTED = {
  'a unit name with a right-to-left override': [
    "UPDATE units SET name = ? WHERE code = 'ST.A'",
    'Sở Tài chính \u202e021',
    { unit: 'ST.A', field: 'name' },
  ],
  'a unit name of 5 000 characters': [
    "UPDATE units SET name = ? WHERE code = 'ST.A'",
    'x'.repeat(5000),
    { unit: 'ST.A', field: 'name' },
  ],
  'a province name with a terminal escape': [
    "UPDATE meta SET value = ? WHERE key = 'provinceName'",
    JSON.stringify('Sóc\u001b[31mTrăng'),
    { unit: '—', field: 'province' },
  ],
} as const;

describe('annexing a crafted province', () => {
  for (const [what, [sql, value, names]] of Object.entries(CRAFTED)) {
    it(`${what}: refused naming the unit and field; the plan still opens, unchanged, and the file too`, async () => {
      const other = craftedProvince(sql, value);
      const before = digest(other);
      const { call } = handlerHarness([unit('A', null), unit('B', 'A')]);
      await call('scenario.create', { name: 'PA' });
      const ops = [{ type: 'dissolve', year: 2026, unit: 'B', staffTo: 'A' }];
      await call('scenario.setOperations', { name: 'PA', operations: ops });
      for (const channel of ['scenario.annexPreview', 'scenario.annex']) {
        const refused = await call(channel, {
          name: 'PA',
          file: other,
          year: 2027,
          parentCode: 'A',
          codePrefix: 'ST-',
        }).then(
          () => null,
          (e: { error: { key: string; params: Record<string, string> } }) => e.error,
        );
        expect(refused, channel).toMatchObject({ key: 'err.annexInvalid', params: names });
      }
      expect((await call<{ operations: unknown[] }>('scenario.get', { name: 'PA' })).operations).toEqual(ops);
      await call('print.get', { name: 'PA', type: 'de-an' });
      expect(digest(other)).toBe(before);
    });
  }
});

describe('reading a province whose metadata was edited outside TinhGon', () => {
  it('a value that is not JSON is said as a damaged file (4xx), not an internal error; nothing changes', async () => {
    const other = craftedProvince(
      "UPDATE meta SET value = ? WHERE key = 'provinceName'",
      'Sóc Trăng (không phải JSON)',
    );
    const before = digest(other);
    const { call } = handlerHarness([unit('A', null), unit('B', 'A')]);
    await call('scenario.create', { name: 'PA' });
    for (const [channel, args] of [
      ['province.read', { file: other }],
      ['scenario.annexPreview', { name: 'PA', file: other, year: 2027, parentCode: 'A' }],
    ] as const) {
      const key = await call(channel, args).then(
        () => null,
        (e: { error: { key: string } }) => e.error.key,
      );
      expect(key, channel).toBe('err.workspaceDamaged');
    }
    expect(digest(other)).toBe(before);
  });
});
