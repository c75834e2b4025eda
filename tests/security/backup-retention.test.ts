/**
 * Automatic backups (before imports and upgrades) are kept by a rule — the newest N and the newest
 * of each of the last M months — stored in the workspace; a backup the user made, or any other
 * file, is never deleted. Real files in a temp folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName, backupWorkspace } from '../../db/backup.ts';
import {
  backupsToDelete,
  DEFAULT_RETENTION,
  listBackups,
  readRetention,
  writeRetention,
} from '../../db/backup-retention.ts';
import { createWorkspace, type Workspace } from '../../db/workspace.ts';
import { unit } from '../fixtures.ts';
import { tempDir } from '../temp.ts';

const meta = { provinceName: 'Hậu Giang', baseYear: 2026, provinceClass: 'class2', isSample: false } as const;

function workspace(): Workspace {
  return createWorkspace(path.join(tempDir(), 'hg.tinhgon'), meta, [unit('A', null)]);
}

/** A real backup of `ws` made at `when` (the name carries the time, as the app writes it). */
async function backupAt(ws: Workspace, when: Date, label = 'truoc-nhap'): Promise<string> {
  return backupWorkspace(ws, backupFileName(ws, label, when));
}

const names = (files: string[]) => files.map((f) => path.basename(f)).sort();

describe('automatic backups are kept by a rule', () => {
  it('keeps the last 10 and the newest of each of the last 12 months; never a backup the user made, nor other files', async () => {
    const ws = workspace();
    const dir = path.dirname(ws.file);
    writeRetention(ws.db, { keepLast: 1000, keepMonths: 0 }); // while the history is made
    // By hand, long ago: the Backup button's name (no label), a name of their own.
    const manual = await backupAt(ws, new Date(2024, 0, 5, 9, 0, 0), '');
    const own = await backupWorkspace(ws, path.join(dir, 'hg.backup-truoc-hop.tinhgon'));
    const other = path.join(dir, 'hg.backup-2024-01-01-000000-truoc-nhap.txt');
    fs.writeFileSync(other, 'not a backup');
    // Twenty-four automatic backups: three a month from 2025-05 to 2025-12.
    const auto: string[] = [];
    for (let m = 4; m < 12; m++)
      for (const day of [3, 12, 24])
        auto.push(await backupAt(ws, new Date(2025, m, day, 10, 0, 0), m % 2 ? 'truoc-nhap' : 'truoc-nhap-nhan-su'));
    // One the user has since opened as a workspace (its journal is beside it): theirs now.
    fs.writeFileSync(`${auto[0]}-wal`, '');
    // One upgrade backup (UTC ISO name, as migrate writes it).
    const upgrade = path.join(dir, 'hg.backup-v13-2025-04-20T07-00-00-000Z.tinhgon');
    fs.copyFileSync(manual, upgrade);
    expect(listBackups(ws.file).filter((b) => b.automatic)).toHaveLength(24 + 1);
    expect(
      listBackups(ws.file)
        .filter((b) => !b.automatic)
        .map((b) => b.file),
    ).toEqual([manual]);

    // The next automatic backup applies the rule (the default: 10 and 12 months).
    writeRetention(ws.db, DEFAULT_RETENTION);
    const latest = await backupAt(ws, new Date(2026, 0, 2, 10, 0, 0));
    const left = fs.readdirSync(dir).map((f) => path.join(dir, f));
    // Newest 10: latest + 2025-12, 11, 10 (×3); then the newest of 2025-09 … 2025-05 and the upgrade's 2025-04.
    const kept = [latest, ...auto.slice(-9), auto[14]!, auto[11]!, auto[8]!, auto[5]!, auto[2]!, upgrade, auto[0]!];
    for (const f of [...kept, manual, own, other, `${auto[0]}-wal`, ws.file])
      expect(left, path.basename(f)).toContain(f);
    const deleted = auto.filter((f) => !kept.includes(f));
    expect(deleted).toHaveLength(9);
    for (const f of deleted) expect(left).not.toContain(f);
    ws.close();
  });

  it("the rule is the workspace's own setting; a backup the user asks for never deletes anything", async () => {
    const ws = workspace();
    expect(readRetention(ws.db)).toEqual(DEFAULT_RETENTION);
    writeRetention(ws.db, { keepLast: 2, keepMonths: 0 });
    expect(readRetention(ws.db)).toEqual({ keepLast: 2, keepMonths: 0 });
    const auto = [];
    for (let d = 1; d <= 4; d++) auto.push(await backupAt(ws, new Date(2025, 5, d, 10, 0, 0)));
    expect(names(listBackups(ws.file).map((b) => b.file))).toEqual(names(auto.slice(-2)));
    // Backups by hand (Backup button, a chosen name) are never counted nor deleted.
    const mine = [
      await backupAt(ws, new Date(2025, 5, 10), ''),
      await backupAt(ws, new Date(2025, 5, 11), ''),
      await backupWorkspace(ws, path.join(path.dirname(ws.file), 'ban-sao.tinhgon')),
    ];
    for (const f of mine) expect(fs.existsSync(f)).toBe(true);
    expect(() => writeRetention(ws.db, { keepLast: 0, keepMonths: 1 })).toThrow();
    ws.close();
  });

  it('the rule itself: newest first, months counted only where there is a backup', () => {
    const b = (y: number, m: number, d: number, automatic = true) => ({
      file: `${y}-${m}-${d}`,
      bytes: 1,
      at: new Date(y, m, d),
      automatic,
    });
    const all = [b(2025, 0, 1), b(2025, 0, 2), b(2024, 5, 1), b(2023, 1, 1), b(2020, 1, 1, false)];
    expect(backupsToDelete(all, { keepLast: 1, keepMonths: 2 }).map((x) => x.file)).toEqual(['2025-0-1', '2023-1-1']);
    expect(backupsToDelete(all, { keepLast: 1, keepMonths: 0 }).map((x) => x.file)).toEqual([
      '2025-0-1',
      '2024-5-1',
      '2023-1-1',
    ]);
  });
});
