import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspace } from './workspace.ts';
import { history, inStep, redo, revert, undo } from './undo-log.ts';
import { editUpdate } from './tree-edits.ts';
import { AppError } from '../shared/errors.ts';
import { translate } from '../shared/i18n/index.ts';
import { unit } from '../tests/fixtures.ts';
import { tempDir } from '../tests/temp.ts';

const META = { provinceName: 'T', baseYear: 2026, provinceClass: 'class2', isSample: false } as const;

function setup() {
  const file = path.join(tempDir(), 'u.tinhgon');
  return createWorkspace(file, META, [unit('T', null, { kind: 'people_committee' }), unit('BV', 'T', { kind: 'psu' })]);
}
const said = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return translate('vi', e.key, e.params);
    throw e;
  }
  return 'no error';
};
const step = {
  user: 'nv',
  aggregate: 'targets',
  label: { key: 'edit.baselineSave', params: { year: '2021' } },
} as const;
const baseline = (db: ReturnType<typeof setup>['db']) =>
  db.prepare('SELECT year, psus, updated_at FROM baselines').all();

describe('the undo log', () => {
  it('records only inside a step, in triggers kept out of the file, and a step that changes nothing is not one', () => {
    const ws = setup();
    expect(ws.db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").pluck().get()).toBe(0);
    expect(
      ws.db.prepare("SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger'").pluck().get(),
    ).toBeGreaterThan(0);
    ws.db.prepare("INSERT INTO baselines (year, psus, updated_at) VALUES (2020, 1, 'x')").run(); // not a step
    expect(ws.db.prepare('SELECT count(*) FROM undo_changes').pluck().get()).toBe(0);
    inStep(ws.db, step, () =>
      ws.db.prepare("INSERT INTO baselines (year, psus, updated_at) VALUES (2021, 3, 'x')").run(),
    );
    undo(ws.db);
    expect(history(ws.db).canRedo).toBe(true);
    inStep(ws.db, step, () => ws.db.prepare('UPDATE baselines SET psus = 1 WHERE year = 2020 AND psus = 9').run());
    editUpdate(ws.db, 'BV', { deputies: 0 }, 'nv'); // the same value: nothing changes
    expect(history(ws.db)).toMatchObject({ canUndo: false, canRedo: true, entries: [{ id: 1, done: false }] });
    ws.close();
  });

  it('refuses a redo (and an undo) that would overwrite a change made outside the history, changing nothing', () => {
    const ws = setup();
    inStep(ws.db, step, () =>
      ws.db.prepare("INSERT INTO baselines (year, psus, updated_at) VALUES (2021, 3, 'x')").run(),
    );
    inStep(ws.db, step, () => ws.db.prepare('UPDATE baselines SET psus = 4 WHERE year = 2021').run());
    undo(ws.db);
    ws.db.prepare('UPDATE baselines SET psus = 7 WHERE year = 2021').run(); // say, an import
    const before = baseline(ws.db);
    expect(said(() => redo(ws.db))).toBe(
      'Dữ liệu đã thay đổi kể từ bước 2 (Lưu số liệu gốc năm 2021); không thể hoàn tác hay làm lại bước này mà không ghi đè thay đổi sau đó.',
    );
    expect(said(() => undo(ws.db))).toContain('Dữ liệu đã thay đổi kể từ bước 1');
    expect(baseline(ws.db)).toEqual(before);
    expect(history(ws.db)).toMatchObject({ canUndo: true, canRedo: true });
    ws.close();
  });

  it('keeps steps recorded before the undo log in the history, with who and when, but never replays them', () => {
    const ws = setup();
    ws.db
      .prepare(
        `INSERT INTO edit_history (label, aggregate, done, moved, replayable, user, at)
         VALUES ('{"key":"edit.move","params":{"unit":"BV","to":"T"}}', 'tree', 1, 1, 0, 'lan', '2026-01-02T00:00:00.000Z')`,
      )
      .run();
    const file = ws.file;
    ws.close();
    const again = openWorkspace(file);
    expect(history(again.db)).toMatchObject({
      canUndo: false,
      canRedo: false,
      entries: [{ id: 1, done: true, user: 'lan', at: '2026-01-02T00:00:00.000Z' }],
    });
    expect(undo(again.db)).toBe(false);
    expect(said(() => revert(again.db, 1, 'nv'))).toBe(
      'Bước 1 được ghi trước khi nâng cấp tệp dữ liệu nên không thể hoàn tác riêng; bản sao lưu tạo khi nâng cấp giữ dữ liệu lúc đó.',
    );
    again.close();
  });
});
