import type { Migration } from './types.ts';
import { m001Initial } from './001-initial.ts';

/** Every migration, in order; a workspace's `user_version` is the last one applied. */
export const MIGRATIONS: readonly Migration[] = [m001Initial];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
export type { Migration };
