import type { Migration } from './types.ts';
import { m001Initial } from './001-initial.ts';
import { m002ImportMappings } from './002-import-mappings.ts';

/** Every migration, in order; a workspace's `user_version` is the last one applied. */
export const MIGRATIONS: readonly Migration[] = [m001Initial, m002ImportMappings];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
export type { Migration };
