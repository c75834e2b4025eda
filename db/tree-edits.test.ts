import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspace } from './workspace.ts';
import { listUnits } from './units-repo.ts';
import { editCreate, editDelete, editMove, editUpdate } from './tree-edits.ts';
import { history, redo, revert, undo } from './undo-log.ts';
import { AppError } from '../shared/errors.ts';
import { translate } from '../shared/i18n/index.ts';
import { unit } from '../tests/fixtures.ts';
import { tempDir } from '../tests/temp.ts';

const META = { provinceName: 'T', baseYear: 2026, provinceClass: 'class2', isSample: false } as const;

function setup() {
  const file = path.join(tempDir(), 'e.tinhgon');
  const ws = createWorkspace(file, META, [
    unit('T', null, { kind: 'people_committee' }),
    unit('S', 'T', { kind: 'department' }),
    unit('S.P', 'S', { kind: 'division', civilServantQuota: 5 }),
    unit('S.BV', 'S', { kind: 'psu', publicEmployeeQuota: 40 }),
    unit('S.BV.K', 'S.BV', { kind: 'psu_division' }),
    unit('S2', 'T', { kind: 'department' }),
  ]);
  return { file, ws };
}
const shape = (db: Parameters<typeof listUnits>[0]) =>
  listUnits(db)
    .map((u) => `${u.code}<${u.parentCode ?? ''}`)
    .sort();
const key = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return translate('vi', e.key, e.params);
    throw e;
  }
  return 'no error';
};

describe('tree edits with undo, redo and revert', () => {
  it('moves a unit, refuses a cycle and an impossible parent, and undoes/redoes across a restart', () => {
    const { ws, file } = setup();
    const start = shape(ws.db);
    editMove(ws.db, 'S.BV', 'S2', 'nv');
    expect(shape(ws.db)).toContain('S.BV<S2');
    expect(key(() => editMove(ws.db, 'S', 'S.P', 'nv'))).toBe(
      'Không thể chuyển "S" vào chính nó hoặc vào đơn vị trực thuộc của nó ("S.P").',
    );
    expect(key(() => editMove(ws.db, 'S2', 'S.P', 'nv'))).toBe('Không thể đặt Sở, ban, ngành dưới Phòng.');
    expect(key(() => editMove(ws.db, 'S.BV.K', 'S', 'nv'))).toBe('Không thể đặt Phòng thuộc ĐVSN dưới Sở, ban, ngành.');
    ws.close();

    const again = openWorkspace(file);
    expect(history(again.db)).toMatchObject({
      canUndo: true,
      canRedo: false,
      entries: [
        { label: { key: 'edit.move', params: { unit: 'Đơn vị S.BV', to: 'Đơn vị S2' } }, done: true, user: 'nv' },
      ],
    });
    expect(undo(again.db)).toBe(true);
    expect(shape(again.db)).toEqual(start);
    expect(listUnits(again.db).map((u) => u.code)).toEqual(['T', 'S', 'S.P', 'S.BV', 'S.BV.K', 'S2']); // order restored too
    expect(redo(again.db)).toBe(true);
    expect(shape(again.db)).toContain('S.BV<S2');
    expect(redo(again.db)).toBe(false);
    again.close();
  });

  it('deletes with the children lifted to the parent, or with the whole subtree, and undo puts everything back', () => {
    const { ws } = setup();
    const start = listUnits(ws.db);
    expect(editDelete(ws.db, 'S.BV', 'subtree', 'nv')).toBe(2);
    expect(shape(ws.db)).not.toContain('S.BV.K<S.BV');
    undo(ws.db);
    expect(listUnits(ws.db)).toEqual(start);
    // Lifting a PSU's own division to a sở is not allowed: refused before anything changes.
    expect(key(() => editDelete(ws.db, 'S.BV', 'lift', 'nv'))).toBe(
      'Không thể đặt Phòng thuộc ĐVSN dưới Sở, ban, ngành.',
    );
    expect(editDelete(ws.db, 'S', 'lift', 'nv')).toBe(1);
    expect(shape(ws.db)).toEqual(expect.arrayContaining(['S.P<T', 'S.BV<T']));
    undo(ws.db);
    expect(listUnits(ws.db)).toEqual(start);
    ws.close();
  });

  it('records field changes and new units; a single earlier step can be reverted as a new step', () => {
    const { ws } = setup();
    editUpdate(ws.db, 'S.P', { civilServantQuota: 9 }, 'nv');
    editCreate(ws.db, unit('S.P2', 'S', { kind: 'division', name: 'Phòng mới' }), 'nv');
    const steps = history(ws.db).entries;
    expect(steps.map((s) => translate('vi', s.label.key, s.label.params))).toEqual([
      'Thêm Phòng mới vào Đơn vị S',
      'Sửa Biên chế công chức được giao của Đơn vị S.P: 5 → 9',
    ]);
    revert(ws.db, steps[1]!.id, 'nv'); // undo the quota change only; the new phòng stays
    expect(listUnits(ws.db).find((u) => u.code === 'S.P')!.civilServantQuota).toBe(5);
    expect(listUnits(ws.db).some((u) => u.code === 'S.P2')).toBe(true);
    expect(translate('vi', history(ws.db).entries[0]!.label.key, history(ws.db).entries[0]!.label.params)).toBe(
      'Hoàn tác bước 1: Sửa Biên chế công chức được giao của Đơn vị S.P: 5 → 9',
    );
    // A new step after an undo drops the redo stack.
    undo(ws.db);
    editUpdate(ws.db, 'S', { deputies: 2 }, 'nv');
    expect(history(ws.db).canRedo).toBe(false);
    ws.close();
  });

  it('refuses to revert a step the tree has outgrown, changing nothing', () => {
    const { ws } = setup();
    editCreate(ws.db, unit('S.X', 'S', { kind: 'division' }), 'nv');
    editCreate(ws.db, unit('S.X.Y', 'S.X', { kind: 'other' }), 'nv');
    const createX = history(ws.db).entries[1]!.id;
    const before = listUnits(ws.db);
    expect(key(() => revert(ws.db, createX, 'nv'))).toContain('Cây tổ chức đã thay đổi');
    expect(listUnits(ws.db)).toEqual(before);
    ws.close();
  });

  it('undoes steps on units that break today’s placement rules (e.g. imported), instead of getting stuck', () => {
    const file = path.join(tempDir(), 'x.tinhgon');
    const ws = createWorkspace(file, META, [
      unit('T', null, { kind: 'people_committee' }),
      unit('CD', 'T', { kind: 'psu' }),
      unit('CD.TT', 'CD', { kind: 'psu' }),
    ]);
    editDelete(ws.db, 'CD.TT', 'subtree', 'nv');
    expect(undo(ws.db)).toBe(true);
    expect(shape(ws.db)).toContain('CD.TT<CD');
    ws.close();
  });

  it('refuses a kind or level that no longer fits the parent or the children', () => {
    const { ws } = setup();
    expect(key(() => editUpdate(ws.db, 'S', { kind: 'psu_division' }, 'nv'))).toBe(
      'Không thể đặt Phòng thuộc ĐVSN dưới UBND.',
    );
    expect(key(() => editUpdate(ws.db, 'S.BV', { kind: 'division' }, 'nv'))).toBe(
      'Không thể đặt Phòng thuộc ĐVSN dưới Phòng.',
    );
    expect(key(() => editCreate(ws.db, unit('X', 'T', { kind: 'people_committee', level: 'province' }), 'nv'))).toBe(
      'Không thể đặt UBND dưới UBND.',
    );
    expect(editCreate(ws.db, unit('X', 'T', { kind: 'people_committee', level: 'commune' }), 'nv').code).toBe('X');
    expect(key(() => editCreate(ws.db, unit('Y', 'X', { kind: 'people_committee', level: 'commune' }), 'nv'))).toBe(
      'Không thể đặt UBND dưới UBND.',
    );
    ws.close();
  });

  it('reverts a step only when the tree still holds what it left, and only once', () => {
    const { ws } = setup();
    editUpdate(ws.db, 'S.P', { deputies: 1 }, 'nv');
    editUpdate(ws.db, 'S.P', { deputies: 5 }, 'nv');
    const [later, first] = history(ws.db).entries;
    expect(key(() => revert(ws.db, first!.id, 'nv'))).toContain('Cây tổ chức đã thay đổi'); // would overwrite the 5
    revert(ws.db, later!.id, 'nv');
    expect(listUnits(ws.db).find((u) => u.code === 'S.P')!.deputies).toBe(1);
    expect(key(() => revert(ws.db, later!.id, 'nv'))).toBe(`Bước ${later!.id} đã được hoàn tác riêng rồi.`);
    undo(ws.db); // undo the revert: back to 5 exactly
    expect(listUnits(ws.db).find((u) => u.code === 'S.P')!.deputies).toBe(5);

    // A deleted unit whose lifted child was moved elsewhere since cannot be restored on its own.
    editDelete(ws.db, 'S', 'lift', 'nv');
    const del = history(ws.db).entries[0]!.id;
    editMove(ws.db, 'S.P', 'S2', 'nv');
    expect(key(() => revert(ws.db, del, 'nv'))).toContain('Cây tổ chức đã thay đổi');
    ws.close();
  });
});
