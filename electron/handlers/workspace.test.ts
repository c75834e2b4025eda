import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from './index.ts';
import { Session } from '../session.ts';
import { createWorkspace } from '../../db/workspace.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { checkResult } from '../../tests/handler-harness.ts';
import { isChannel } from '../../shared/contract/index.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../../tests/temp.ts';
import { unit } from '../../tests/fixtures.ts';

const META = { provinceName: 'Cần Thơ', baseYear: 2026, provinceClass: 'class1', isSample: false } as const;

function setup() {
  const dir = tempDir();
  const first = createWorkspace(path.join(dir, 'hau-giang.tinhgon'), sampleMeta(), generateSampleProvince());
  const session = new Session(first, path.join(dir, 'recent.json'));
  const handlers = createHandlers(session);
  const call = async (channel: string, args: unknown) => {
    const env = await dispatch(handlers, channel, args);
    if (env.ok && isChannel(channel)) checkResult(channel, env.result);
    return env;
  };
  const deputiesOfRoot = async () => {
    const env = await call('units.list', {});
    return env.ok
      ? (env.result as { units: Array<{ code: string; deputies: number }> }).units.find((u) => u.code === 'HG')
          ?.deputies
      : undefined;
  };
  return { dir, session, call, deputiesOfRoot };
}

describe('File menu handlers', () => {
  it('opens another workspace, and the handlers serve it from then on', async () => {
    const { dir, session, call } = setup();
    createWorkspace(path.join(dir, 'can-tho.tinhgon'), META, [unit('CT', null)]).close();
    expect(await call('workspace.open', { file: path.join(dir, 'can-tho.tinhgon') })).toMatchObject({
      ok: true,
      result: { provinceName: 'Cần Thơ', unitCount: 1 },
    });
    expect(await call('units.list', {})).toMatchObject({ ok: true, result: { units: [{ code: 'CT' }] } });
    expect(await call('workspace.recent', {})).toEqual({
      ok: true,
      result: {
        files: [
          { file: path.join(dir, 'can-tho.tinhgon'), exists: true },
          { file: path.join(dir, 'hau-giang.tinhgon'), exists: true },
        ],
      },
    });
    session.close();
  });

  it('keeps the current workspace when the file to open is not a workspace', async () => {
    const { dir, session, call } = setup();
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    expect(await call('workspace.open', { file: path.join(dir, 'notes.txt') })).toMatchObject({
      ok: false,
      error: { key: 'err.notWorkspace' },
    });
    expect(await call('workspace.open', { file: '  ' })).toMatchObject({ ok: false, error: { key: 'err.filePath' } });
    expect(await call('workspace.info', {})).toMatchObject({ ok: true, result: { provinceName: 'Hậu Giang' } });
    session.close();
  });

  it('creates an empty or a sample workspace, adding the extension, and never overwrites', async () => {
    const { dir, session, call } = setup();
    expect(
      await call('workspace.create', { file: path.join(dir, 'moi'), provinceName: 'Sóc Trăng', baseYear: 2025 }),
    ).toMatchObject({
      ok: true,
      result: {
        provinceName: 'Sóc Trăng',
        baseYear: 2025,
        unitCount: 0,
        isSample: false,
        file: path.join(dir, 'moi.tinhgon'),
      },
    });
    expect(await call('workspace.create', { file: path.join(dir, 'moi.tinhgon') })).toMatchObject({
      ok: false,
      error: { key: 'err.fileExists' },
    });
    expect(await call('workspace.create', { file: path.join(dir, 'mau.tinhgon'), sample: true })).toMatchObject({
      ok: true,
      result: { isSample: true, unitCount: generateSampleProvince().length },
    });
    expect(await call('workspace.create', { file: path.join(dir, 'x.tinhgon'), baseYear: 1800 })).toMatchObject({
      ok: false,
      error: { key: 'err.baseYear' },
    });
    session.close();
  });

  it('saves as a new file and continues there; the old file is unchanged', async () => {
    const { dir, session, call, deputiesOfRoot } = setup();
    const saved = await call('workspace.saveAs', { file: path.join(dir, 'ban-sao.tinhgon') });
    expect(saved).toMatchObject({
      ok: true,
      result: { file: path.join(dir, 'ban-sao.tinhgon'), unitCount: generateSampleProvince().length },
    });
    await call('units.update', { code: 'HG', patch: { deputies: 9 } });
    await call('workspace.open', { file: path.join(dir, 'hau-giang.tinhgon') });
    expect(await deputiesOfRoot()).toBe(4);
    expect(await call('workspace.saveAs', { file: path.join(dir, 'ban-sao.tinhgon') })).toMatchObject({
      ok: false,
      error: { key: 'err.fileExists' },
    });
    session.close();
  });

  it('restores a backup as a new workspace', async () => {
    const { dir, session, call, deputiesOfRoot } = setup();
    const backup = await call('workspace.backup', {});
    if (!backup.ok) throw new Error('backup failed');
    await call('units.update', { code: 'HG', patch: { deputies: 7 } });
    const restored = await call('workspace.restore', {
      backupFile: (backup.result as { file: string }).file,
      file: path.join(dir, 'khoi-phuc'),
    });
    expect(restored).toMatchObject({ ok: true, result: { file: path.join(dir, 'khoi-phuc.tinhgon') } });
    expect(await deputiesOfRoot()).toBe(4);
    session.close();
  });
});
