/**
 * On a filesystem without hard links (FAT/exFAT memory sticks, some network shares) a new file
 * still never replaces one that appeared under its name a moment before: the name is taken by an
 * exclusive creation before the finished file is renamed onto it (it used to be "does it exist?",
 * then a rename, which replaced whatever another writer created in between).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeNewFile } from '../../db/safe-path.ts';
import { tempDir } from '../temp.ts';

afterEach(() => vi.restoreAllMocks());

/**
 * link() fails as on FAT (EPERM on Linux; Windows says FAT's ERROR_INVALID_FUNCTION as EISDIR);
 * `between` runs just before the finished file is renamed to its name.
 */
function withoutHardLinks(between: () => void, code = 'EPERM'): void {
  vi.spyOn(fs, 'linkSync').mockImplementation(() => {
    throw Object.assign(new Error(`${code}: link`), { code });
  });
  const rename = fs.renameSync;
  vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
    between();
    rename(from, to);
  });
}

describe('a new file on a filesystem without hard links', () => {
  it('never replaces a file another writer created under its name just before', () => {
    const dir = tempDir();
    const target = path.join(dir, 'sao-luu.tinhgon');
    let otherWrote = false;
    withoutHardLinks(() => {
      try {
        fs.writeFileSync(target, 'của người khác', { flag: 'wx' }); // another TinhGon, creating exclusively too
        otherWrote = true;
      } catch {
        // the name was already taken by ours
      }
    });
    let outcome = 'written';
    try {
      writeNewFile(target, (tmp) => fs.writeFileSync(tmp, 'của tôi'));
    } catch (err) {
      outcome = (err as { key?: string }).key ?? String(err);
    }
    // Either the other writer was refused and ours has the name, or ours was refused and theirs is intact.
    if (otherWrote) expect([outcome, fs.readFileSync(target, 'utf8')]).toEqual(['err.fileExists', 'của người khác']);
    else expect([outcome, fs.readFileSync(target, 'utf8')]).toEqual(['written', 'của tôi']);
    expect(fs.readdirSync(dir)).toEqual(['sao-luu.tinhgon']); // no temporary file left
  });

  it.each(['EPERM', 'EISDIR', 'ENOTSUP'])(
    '(%s) is refused, nothing changed, when the name exists; written whole and owner-only when free',
    (code) => {
      const dir = tempDir();
      withoutHardLinks(() => {}, code);
      const taken = path.join(dir, 'co-roi.csv');
      fs.writeFileSync(taken, 'cũ');
      expect(() => writeNewFile(taken, (tmp) => fs.writeFileSync(tmp, 'mới'))).toThrow(
        expect.objectContaining({ key: 'err.fileExists' }),
      );
      expect(fs.readFileSync(taken, 'utf8')).toBe('cũ');
      const free = path.join(dir, 'moi.csv');
      writeNewFile(free, (tmp) => fs.writeFileSync(tmp, 'mới'));
      expect(fs.readFileSync(free, 'utf8')).toBe('mới');
      expect(fs.statSync(free).mode & 0o777).toBe(0o600);
      expect(fs.readdirSync(dir).sort()).toEqual(['co-roi.csv', 'moi.csv']);
    },
  );
});
