/**
 * Imports hold a whole file in memory while it is read (up to the upload and inflate limits):
 * one import at a time per workspace, and at most MAX_PARALLEL_IMPORTS in the whole back end
 * (several workspaces, several browser clients). Others are told to wait, never queued behind
 * a large file and never run side by side with it.
 */
import path from 'node:path';
import type { HandlerTable } from '../../shared/contract/index.ts';
import { AppError } from '../../shared/errors.ts';

export const MAX_PARALLEL_IMPORTS = 2;
export const IMPORT_CHANNELS = [
  'import.inspect',
  'import.preview',
  'import.apply',
  'finance.import',
  'finance.classify',
  'people.import',
  'scenario.communes',
  'positions.import',
] as const;

const running = new Set<string>();

/** Runs `work` as the import of workspace file `key`, or refuses at once if it must wait. */
export async function asImport<T>(key: string, work: () => Promise<T>): Promise<T> {
  const id = path.resolve(key);
  if (running.has(id)) throw new AppError('conflict', 'err.importBusy');
  if (running.size >= MAX_PARALLEL_IMPORTS) throw new AppError('conflict', 'err.importServerBusy');
  running.add(id);
  try {
    return await work();
  } finally {
    running.delete(id);
  }
}

/** The table with its import channels run through `asImport` for the workspace `file()` names. */
export function gateImports(table: HandlerTable, file: () => string): HandlerTable {
  const gated: Partial<HandlerTable> = {};
  for (const channel of IMPORT_CHANNELS) {
    const handler = table[channel] as (args: unknown) => unknown;
    (gated as Record<string, unknown>)[channel] = (args: unknown) =>
      asImport(file(), () => Promise.resolve(handler(args)));
  }
  return { ...table, ...gated };
}
