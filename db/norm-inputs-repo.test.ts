import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace, openWorkspace } from './workspace.ts';
import { listNormInputs, putNormInputs } from './norm-inputs-repo.ts';
import { editDelete } from './tree-edits.ts';
import { undo } from './undo-log.ts';
import { importUnits } from './import-units.ts';
import { AppError } from '../shared/errors.ts';
import type { NormInputs } from '../shared/positions/norm-inputs.ts';
import { tempDir } from '../tests/temp.ts';
import { unit } from '../tests/fixtures.ts';

const meta = { provinceName: 'Thử nghiệm', baseYear: 2026, provinceClass: 'class2', isSample: false } as const;
const school: NormInputs = { sector: 'school', level: 'lower-secondary', region: 3, classes: 12 };
const station: NormInputs = { sector: 'commune-health-station', population: 9000, region: 'II' };

describe('norm inputs repository', () => {
  it('sets, replaces and clears a unit’s figures durably, and they follow the unit’s code through delete, undo and import', async () => {
    const file = path.join(tempDir(), 'n.tinhgon');
    const ws = createWorkspace(file, meta, [unit('A', null), unit('B', 'A'), unit('C', 'A')]);
    putNormInputs(ws.db, new Map([['B', school]]));
    putNormInputs(
      ws.db,
      new Map<string, NormInputs | null>([
        ['B', station],
        ['C', school],
      ]),
    );
    expect([...listNormInputs(ws.db)]).toEqual([
      ['B', station],
      ['C', school],
    ]);
    expect([...listNormInputs(ws.db, 'C')]).toEqual([['C', school]]);
    putNormInputs(ws.db, new Map([['C', null]]));
    expect([...listNormInputs(ws.db).keys()]).toEqual(['B']);
    expect(() => putNormInputs(ws.db, new Map([['NONE', school]]))).toThrow(AppError);

    editDelete(ws.db, 'B', 'subtree', 'nv');
    expect(listNormInputs(ws.db).size).toBe(0); // unattached, kept
    undo(ws.db);
    expect([...listNormInputs(ws.db)]).toEqual([['B', station]]);

    // A replacing import without B, then one with it again: the figures come back with the code.
    await importUnits(ws, [unit('A', null), unit('C', 'A')], 'replace');
    expect(listNormInputs(ws.db).size).toBe(0);
    await importUnits(ws, [unit('A', null), unit('B', 'A')], 'replace');
    expect([...listNormInputs(ws.db)]).toEqual([['B', station]]);
    ws.db.close();
    const again = openWorkspace(file);
    expect([...listNormInputs(again.db)]).toEqual([['B', station]]);
    again.db.close();
  });

  it('leaves out a stored value the schema refuses (never guessed)', () => {
    const ws = createWorkspace(path.join(tempDir(), 'n.tinhgon'), meta, [unit('A', null)]);
    ws.db
      .prepare(
        'INSERT INTO unit_norm_inputs (unit_id, unit_code, figures) SELECT id, code, \'{"sector":"x"}\' FROM units',
      )
      .run();
    expect(listNormInputs(ws.db).size).toBe(0);
    ws.db.close();
  });
});
