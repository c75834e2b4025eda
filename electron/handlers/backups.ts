import path from 'node:path';
import type { HandlersOf } from '../../shared/contract/index.ts';
import type { BackupsInfo } from '../../shared/model/backup-retention.ts';
import { listBackups, readRetention, writeRetention } from '../../db/backup-retention.ts';
import type { CurrentWorkspace } from '../services/current-workspace.ts';

/** Backups: how many there are beside the workspace and their size; the rule for automatic ones. */
export function backupsHandlers(current: CurrentWorkspace): HandlersOf<'backups'> {
  const info = (): BackupsInfo => {
    const { db, file } = current();
    const backups = listBackups(file);
    const automatic = backups.filter((b) => b.automatic).length;
    return {
      ...readRetention(db),
      folder: path.dirname(file),
      automatic,
      manual: backups.length - automatic,
      bytes: backups.reduce((s, b) => s + b.bytes, 0),
    };
  };
  return {
    'backups.info': info,
    // Applied at the next automatic backup: changing the rule deletes nothing by itself.
    'backups.setRetention': (retention) => {
      writeRetention(current().db, retention);
      return info();
    },
  };
}
