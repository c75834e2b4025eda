import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from './index.ts';
import { createWorkspace } from '../../db/workspace.ts';
import { listUnits } from '../../db/units-repo.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { buildTree } from '../../shared/tree.ts';
import { computeRollups } from '../../shared/rollup.ts';
import { tempDir } from '../../tests/temp.ts';
import { LATEST_VERSION } from '../../db/migrations/index.ts';

function sample() {
  const ws = createWorkspace(path.join(tempDir(), 's.tinhgon'), sampleMeta(), generateSampleProvince());
  return { ws, handlers: createHandlers(ws) };
}

describe('handler table over a real workspace', () => {
  it('describes the workspace', async () => {
    const { ws, handlers } = sample();
    expect(await dispatch(handlers, 'workspace.info', {})).toMatchObject({
      ok: true,
      result: {
        provinceName: 'Hậu Giang',
        baseYear: 2023,
        isSample: true,
        schemaVersion: LATEST_VERSION,
        unitCount: generateSampleProvince().length,
      },
    });
    ws.close();
  });

  it('saves a valid edit and the parent rollup follows', async () => {
    const { ws, handlers } = sample();
    const rollupOf = (code: string) => computeRollups(buildTree(listUnits(ws.db))).get(code)!;
    const before = rollupOf('HG.SYT');
    const target = listUnits(ws.db).find((u) => u.code === 'HG.SYT.BVTT')!;
    const env = await dispatch(handlers, 'units.update', {
      code: 'HG.SYT.BVTT',
      patch: { publicEmployeeActual: String(target.publicEmployeeActual + 7) },
    });
    expect(env).toMatchObject({
      ok: true,
      result: { unit: { publicEmployeeActual: target.publicEmployeeActual + 7 } },
    });
    expect(rollupOf('HG.SYT').publicEmployeeActual).toBe(before.publicEmployeeActual + 7);
    ws.close();
  });

  it('refuses invalid input (negative, non-integer, empty name, duplicate code) and changes nothing', async () => {
    const { ws, handlers } = sample();
    const before = listUnits(ws.db);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ deputies: -1 }, 'patch.deputies', 'err.negative'],
      [{ civilServantQuota: 3.5 }, 'patch.civilServantQuota', 'err.notInteger'],
      [{ civilServantQuota: '12,000' }, 'patch.civilServantQuota', 'err.notNumber'],
      [{ name: '' }, 'patch.name', 'err.nameRequired'],
      [{ code: 'HG.SNV' }, 'patch.code', 'err.duplicateCode'],
    ];
    for (const [changes, field, key] of cases) {
      const env = await dispatch(handlers, 'units.update', {
        code: 'HG.SYT.BVTT',
        patch: { ...changes, contractWorkers: 99 },
      });
      expect(env.ok).toBe(false);
      if (!env.ok) expect(env.error.issues).toContainEqual(expect.objectContaining({ field, key }));
    }
    expect(listUnits(ws.db)).toEqual(before);
    ws.close();
  });
});
