import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspace } from './workspace.ts';
import { getUnit, listUnits, updateUnit } from './units-repo.ts';
import { AppError } from '../shared/errors.ts';
import { tempDir } from '../tests/temp.ts';
import { unit } from '../tests/fixtures.ts';

const meta = { provinceName: 'Thử nghiệm', baseYear: 2026, provinceClass: 'class2', isSample: false } as const;

function setup() {
  const file = path.join(tempDir(), 'u.tinhgon');
  const ws = createWorkspace(file, meta, [
    unit('B', 'A'),
    unit('A', null),
    unit('C', 'A'),
    unit('D', 'C', { civilServantQuota: 5 }),
  ]);
  return { file, ws };
}

describe('units repository', () => {
  it('writes parents before children and lists units in the given order', () => {
    const { ws } = setup();
    expect(listUnits(ws.db).map((u) => `${u.code}<${u.parentCode}`)).toEqual(['B<A', 'A<null', 'C<A', 'D<C']);
    ws.close();
  });

  it('keeps the heads in post: a figure, 0 (vacant) or not entered (null, never 1), and clears it', () => {
    const file = path.join(tempDir(), 'h.tinhgon');
    const ws = createWorkspace(file, meta, [
      unit('A', null, { heads: 1 }),
      unit('B', 'A', { heads: 0 }),
      unit('C', 'A'),
    ]);
    expect(listUnits(ws.db).map((u) => u.heads ?? null)).toEqual([1, 0, null]);
    expect(updateUnit(ws.db, 'C', { heads: 2 }).heads).toBe(2);
    expect(updateUnit(ws.db, 'A', { heads: null }).heads).toBeUndefined();
    ws.close();
    const again = openWorkspace(file);
    expect(listUnits(again.db).map((u) => [u.code, u.heads ?? null])).toEqual([
      ['A', null],
      ['B', 0],
      ['C', 2],
    ]);
    again.close();
  });

  it('saves an edit durably', () => {
    const { ws, file } = setup();
    expect(updateUnit(ws.db, 'D', { civilServantQuota: 7, name: 'Phòng mới' })).toMatchObject({
      code: 'D',
      civilServantQuota: 7,
      name: 'Phòng mới',
    });
    ws.close();
    const again = openWorkspace(file);
    expect(getUnit(again.db, 'D')).toMatchObject({ civilServantQuota: 7, name: 'Phòng mới', parentCode: 'C' });
    again.close();
  });

  it('renames a code and keeps the children attached', () => {
    const { ws } = setup();
    updateUnit(ws.db, 'C', { code: 'C2' });
    expect(getUnit(ws.db, 'D')!.parentCode).toBe('C2');
    expect(getUnit(ws.db, 'C')).toBeUndefined();
    ws.close();
  });

  it('refuses a duplicate code and changes nothing', () => {
    const { ws } = setup();
    const before = listUnits(ws.db);
    let err: unknown;
    try {
      updateUnit(ws.db, 'C', { code: 'B', deputies: 3 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).issues).toEqual([
      { field: 'patch.code', key: 'err.duplicateCode', params: { code: 'B' } },
    ]);
    expect(listUnits(ws.db)).toEqual(before);
    ws.close();
  });

  it('reports an unknown unit', () => {
    const { ws } = setup();
    expect(() => updateUnit(ws.db, 'ZZ', { deputies: 1 })).toThrow(AppError);
    ws.close();
  });
});
