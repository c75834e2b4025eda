import type { HandlerTable } from '../../shared/contract.ts';
import type { Workspace } from '../../db/workspace.ts';
import { readMeta } from '../../db/meta-repo.ts';
import { countUnits, listUnits, updateUnit } from '../../db/units-repo.ts';
import { importExportHandlers } from './import-export.ts';

/**
 * The handler table: one function per channel of the contract, over an open workspace. Arguments
 * arrive validated (see shared/dispatch.ts); handlers do the work in db/ and shared/ and return
 * plain data. No transport detail lives here.
 */
export function createHandlers(ws: Workspace): HandlerTable {
  return {
    'workspace.info': () => ({
      ...readMeta(ws.db),
      file: ws.file,
      schemaVersion: ws.migration.to,
      unitCount: countUnits(ws.db),
    }),
    'units.list': () => ({ units: listUnits(ws.db) }),
    'units.update': ({ code, changes }) => ({ unit: updateUnit(ws.db, code, changes) }),
    ...importExportHandlers(ws),
  };
}
