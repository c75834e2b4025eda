import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspace } from './workspace.ts';
import { expectPositionsVersion, listPositions, positionsVersion, replacePositions } from './positions-repo.ts';
import { editDelete, editUpdate } from './tree-edits.ts';
import { undo } from './undo-log.ts';
import { importUnits } from './import-units.ts';
import { AppError } from '../shared/errors.ts';
import { tempDir } from '../tests/temp.ts';
import { position, unit } from '../tests/fixtures.ts';

const meta = { provinceName: 'Thử nghiệm', baseYear: 2026, provinceClass: 'class2', isSample: false } as const;

function setup() {
  const file = path.join(tempDir(), 'p.tinhgon');
  const ws = createWorkspace(file, meta, [unit('A', null), unit('B', 'A'), unit('C', 'A')]);
  return { file, ws };
}

describe('positions repository', () => {
  it('replaces a unit list in order, durably, leaving the other units alone', () => {
    const { ws, file } = setup();
    const b = [
      position('B', 'Giám đốc', 'leadership', 1, { present: 1 }),
      position('B', 'Chuyên viên', 'professional', 4, { rank: 'Chuyên viên', staffing: 'quota', present: 3 }),
    ];
    const c = [position('C', 'Viên chức', 'professional', 2, { level: 3, staffingDefaulted: true })];
    ws.db.transaction(() =>
      replacePositions(
        ws.db,
        new Map([
          ['C', c],
          ['B', b],
        ]),
      ),
    )();
    expect(listPositions(ws.db)).toEqual([...b, ...c]); // the units' order
    ws.db.transaction(() => replacePositions(ws.db, new Map([['B', [b[1]!]]])))();
    ws.close();
    const again = openWorkspace(file);
    expect(listPositions(again.db, 'B')).toEqual([b[1]]);
    expect(listPositions(again.db, 'C')).toEqual(c);
    again.close();
  });

  it('refuses a unit that does not exist', () => {
    const { ws } = setup();
    expect(() => replacePositions(ws.db, new Map([['Z', []]]))).toThrow(AppError);
    ws.close();
  });

  it('follows a renamed unit, leaves with a deleted one and comes back on undo', () => {
    const { ws } = setup();
    ws.db.transaction(() => replacePositions(ws.db, new Map([['B', [position('B', 'Kế toán', 'professional', 1)]]])))();
    editUpdate(ws.db, 'B', { code: 'B2' }, 'nv');
    expect(listPositions(ws.db).map((p) => p.unitCode)).toEqual(['B2']);
    editUpdate(ws.db, 'B2', { code: 'B' }, 'nv');
    editDelete(ws.db, 'B', 'subtree', 'nv');
    expect(listPositions(ws.db)).toEqual([]);
    undo(ws.db);
    expect(listPositions(ws.db).map((p) => `${p.unitCode} ${p.name}`)).toEqual(['B Kế toán']);
    ws.close();
  });

  it('stays with its unit code across a units import that replaces the whole tree', async () => {
    const { ws } = setup();
    replacePositions(ws.db, new Map([['C', [position('C', 'Kế toán', 'professional', 1)]]]));
    await importUnits(ws, [unit('A', null), unit('C', 'A', { name: 'Phòng C mới' })], 'replace');
    expect(listPositions(ws.db).map((p) => `${p.unitCode} ${p.name}`)).toEqual(['C Kế toán']);
    ws.close();
  });

  it('a version read before another change no longer matches', () => {
    const { ws } = setup();
    const v = positionsVersion(ws.db, 'B');
    expect(() => expectPositionsVersion(ws.db, 'B', v)).not.toThrow();
    replacePositions(ws.db, new Map([['B', [position('B', 'Kế toán', 'professional', 1)]]]));
    expect(() => expectPositionsVersion(ws.db, 'B', v)).toThrow(
      expect.objectContaining({ key: 'err.positionsChanged' }),
    );
    expect(() => expectPositionsVersion(ws.db, 'B', undefined)).not.toThrow();
    ws.close();
  });
});
