/**
 * A full disk and a read-only location: the user is told in Vietnamese, nothing is half-written,
 * and what was saved before is intact. The full disk is made two ways: SQLite's page limit (always
 * available), and a real 2 MB tmpfs when this machine lets the tests mount one (root in CI); the
 * read-only location is that tmpfs remounted read-only.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers/index.ts';
import { createWorkspace, openWorkspace } from '../../db/workspace.ts';
import { listUnits } from '../../db/units-repo.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { generateUnits } from '../../shared/sample/generate.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { translate } from '../../shared/i18n/index.ts';
import { unit } from '../fixtures.ts';
import { tempDir } from '../temp.ts';
import { fingerprint } from './fingerprint.ts';

/** A big import: the whole generated province as the app's own CSV export. */
async function bigImport() {
  const src = createWorkspace(path.join(tempDir(), 'src.tinhgon'), sampleMeta(), generateUnits(3000, 3));
  const env = await dispatch(createHandlers(src), 'export.units', { format: 'csv' });
  src.close();
  if (!env.ok) throw new Error(env.error.key);
  return env.result as { fileName: string; data: string };
}

async function importInto(handlers: ReturnType<typeof createHandlers>, file: { fileName: string; data: string }) {
  const inspected = await dispatch(handlers, 'import.inspect', file);
  if (!inspected.ok) return inspected;
  return dispatch(handlers, 'import.apply', {
    ...file,
    mapping: (inspected.result as { mapping: unknown }).mapping,
    mode: 'replace',
  });
}

describe('a full disk', () => {
  it('refuses an import that does not fit with a clear message; the workspace is intact and keeps working', async () => {
    const ws = createWorkspace(path.join(tempDir(), 'w.tinhgon'), sampleMeta(), generateSampleProvince());
    const handlers = createHandlers(ws);
    const file = await bigImport();
    // The disk "fills" 40 pages (160 kB) from now.
    const pages = ws.db.pragma('page_count', { simple: true }) as number;
    ws.db.pragma(`max_page_count = ${pages + 40}`);
    const before = fingerprint(ws.db);
    const env = await importInto(handlers, file);
    expect(env.ok).toBe(false);
    expect(!env.ok && env.error.key).toBe('err.diskFull');
    expect(translate('vi', 'err.diskFull')).toMatch(/^Ổ đĩa đã đầy/);
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(fingerprint(ws.db)).toBe(before);
    // Space again: the same import goes through.
    ws.db.pragma('max_page_count = 1073741823');
    expect((await importInto(handlers, file)).ok).toBe(true);
    expect(listUnits(ws.db)).toHaveLength(3000);
    ws.close();
  });
});

/** A 2 MB tmpfs, or null when this machine does not let the tests mount one. */
function mountSmallDisk(): string | null {
  const dir = fs.mkdtempSync('/tmp/tinhgon-disk-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    fs.rmSync(dir, { recursive: true, force: true });
    return null;
  }
}
const disk = process.platform === 'linux' ? mountSmallDisk() : null;
afterAll(() => {
  if (!disk) return;
  execFileSync('umount', [disk]);
  fs.rmSync(disk, { recursive: true, force: true });
});

describe.skipIf(!disk)('a real small disk (tmpfs)', () => {
  it('full: an import that does not fit is refused and the file stays intact; read-only: opening or saving is refused, the file untouched', async () => {
    const file = path.join(disk!, 'w.tinhgon');
    const ws = createWorkspace(file, sampleMeta(), [unit('A', null), unit('B', 'A')]);
    const handlers = createHandlers(ws);
    const big = await bigImport();
    // Fill what is left of the disk.
    const filler = path.join(disk!, 'filler');
    try {
      fs.writeFileSync(filler, Buffer.alloc(4 * 1024 * 1024));
    } catch {
      // ENOSPC: the disk is full now, as intended
    }
    const env = await importInto(handlers, big);
    expect(!env.ok && env.error.key).toBe('err.diskFull');
    expect(listUnits(ws.db).map((u) => u.code)).toEqual(['A', 'B']);
    ws.close();
    fs.rmSync(filler, { force: true });
    for (const f of fs.readdirSync(disk!)) if (f.includes('backup')) fs.rmSync(path.join(disk!, f), { force: true });
    const reopened = openWorkspace(file);
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();

    const bytes = fs.readFileSync(file);
    execFileSync('mount', ['-o', 'remount,ro', disk!]);
    try {
      expect(() => openWorkspace(file)).toThrow(expect.objectContaining({ key: 'err.readOnly' }));
      const elsewhere = createWorkspace(path.join(tempDir(), 'e.tinhgon'), sampleMeta(), [unit('A', null)]);
      const saveAs = await dispatch(createHandlers(elsewhere), 'workspace.saveAs', {
        file: path.join(disk!, 'copy.tinhgon'),
      });
      expect(!saveAs.ok && saveAs.error.key).toBe('err.readOnly');
      elsewhere.close();
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', disk!]);
    }
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
