/**
 * A workspace whose schema is damaged — a table dropped or altered, a column missing, a trigger
 * slipped in, sqlite_master edited, a user_version that does not match the tables — is refused
 * with a message before anything is written or migrated: its bytes stay exactly as they were and
 * nothing (no backup, no journal) appears beside it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspace, readOtherWorkspace } from '../../db/workspace.ts';
import { LATEST_VERSION } from '../../db/migrations/index.ts';
import { AppError } from '../../shared/errors.ts';
import { translate } from '../../shared/i18n/index.ts';
import { unit } from '../fixtures.ts';
import { tempDir } from '../temp.ts';

const meta = { provinceName: 'Sóc Trăng', baseYear: 2026, provinceClass: 'class2', isSample: false } as const;

const DAMAGE: Record<string, string> = {
  'a table dropped': 'DROP TABLE people',
  'an index dropped': 'DROP INDEX units_by_parent',
  'a column missing': 'ALTER TABLE people DROP COLUMN employee_id',
  'a column added': 'ALTER TABLE units ADD COLUMN note TEXT',
  'a table added': 'CREATE TABLE extra (x)',
  'a trigger slipped in': 'CREATE TRIGGER wipe AFTER INSERT ON units BEGIN DELETE FROM people; END',
  'user_version older than the tables': `PRAGMA user_version = ${LATEST_VERSION - 3}`,
  'user_version 1 on the newest tables': 'PRAGMA user_version = 1',
};

function damaged(sql: string): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, 'st.tinhgon');
  createWorkspace(file, meta, [unit('A', null), unit('B', 'A')]).close();
  const db = new BetterSqlite3(file);
  db.exec(sql);
  db.pragma('journal_mode = DELETE');
  db.close();
  return { dir, file };
}

/** sqlite_master edited in the file's bytes (SQLite refuses to do it): a CHECK on units loosened, same length. */
function tamperedMaster(): { dir: string; file: string } {
  const { dir, file } = damaged('SELECT 1');
  const bytes = fs.readFileSync(file);
  // Every copy (free pages may hold older ones): the live one among them.
  for (let at = bytes.indexOf('CHECK (deputies >= 0)'); at >= 0; at = bytes.indexOf('CHECK (deputies >= 0)', at + 1))
    bytes.write('CHECK (deputies >= 9)', at, 'latin1');
  fs.writeFileSync(file, bytes);
  const db = new BetterSqlite3(file, { readonly: true });
  expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'units'").pluck().get()).toContain('deputies >= 9');
  db.close();
  return { dir, file };
}

const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('a workspace with a damaged schema', () => {
  const cases: Array<[string, () => { dir: string; file: string }]> = [
    ...Object.entries(DAMAGE).map(
      ([what, sql]) => [what, () => damaged(sql)] as [string, () => { dir: string; file: string }],
    ),
    ['sqlite_master edited in the bytes', tamperedMaster],
  ];
  for (const [what, make] of cases) {
    it(`${what}: refused on open and on annex, bytes unchanged, nothing written beside it`, () => {
      const { dir, file } = make();
      const before = digest(file);
      const err = refusal(() => openWorkspace(file));
      expect(err.key).toBe('err.damagedSchema');
      expect(translate('vi', err.key, err.params)).toMatch(
        /^Cấu trúc của tệp .+ không khớp với phiên bản \d+ .+ tệp được giữ nguyên\. Hãy khôi phục từ một bản sao lưu\.$/,
      );
      expect(refusal(() => readOtherWorkspace(file)).key).toBe('err.damagedSchema');
      expect(digest(file)).toBe(before);
      expect(fs.readdirSync(dir)).toEqual(['st.tinhgon']);
    });
  }

  it('an intact workspace, of the newest version or upgraded from the first, still opens', () => {
    const { file } = damaged('SELECT 1');
    openWorkspace(file).close();
    expect(readOtherWorkspace(file).units).toHaveLength(2);
  });
});
