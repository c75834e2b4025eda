/** backups.*: the backups beside the workspace and the rule keeping the automatic ones. */
import { BackupsInfoSchema, RetentionSchema } from '../model/backup-retention.ts';
import { noArgs } from './common.ts';

export const backupsChannels = {
  /** Backups beside the workspace (count, total size) and the rule keeping the automatic ones (stored in the workspace). */
  'backups.info': { args: noArgs, result: BackupsInfoSchema },
  'backups.setRetention': { args: RetentionSchema, result: BackupsInfoSchema },
} as const;
