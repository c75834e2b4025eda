import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';
import { backupFileName, backupWorkspace } from '../../db/backup.ts';
import type { BackupsInfo } from '../../shared/model/backup-retention.ts';

describe('backups handlers', () => {
  it('counts the backups beside the workspace and their size; the rule is stored, a bad one refused', async () => {
    const { ws, call } = handlerHarness([unit('A', null)]);
    const auto = await backupWorkspace(ws, backupFileName(ws, 'truoc-nhap'));
    const { file: manual } = await call<{ file: string }>('workspace.backup', {});
    const info = await call<BackupsInfo>('backups.info', {});
    expect(info).toEqual({
      keepLast: 10,
      keepMonths: 12,
      folder: path.dirname(ws.file),
      automatic: 1,
      manual: 1,
      bytes: fs.statSync(auto).size + fs.statSync(manual).size,
    });
    expect(await call('backups.setRetention', { keepLast: 3, keepMonths: 0 })).toMatchObject({
      keepLast: 3,
      keepMonths: 0,
      automatic: 1,
    });
    expect(await call('backups.info', {})).toMatchObject({ keepLast: 3, keepMonths: 0 });
    for (const bad of [
      { keepLast: 0, keepMonths: 1 },
      { keepLast: 2.5, keepMonths: 1 },
      { keepLast: 5, keepMonths: -1 },
      { keepLast: 5 },
    ]) {
      await expect(call('backups.setRetention', bad)).rejects.toMatchObject({ error: { key: 'err.retention' } });
    }
    expect(await call('backups.info', {})).toMatchObject({ keepLast: 3, keepMonths: 0 });
    ws.close();
  });
});
