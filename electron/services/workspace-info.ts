import type { Workspace } from '../../db/workspace.ts';
import { readMeta } from '../../db/meta-repo.ts';
import { countUnits } from '../../db/units-repo.ts';

export function workspaceInfo(ws: Workspace) {
  return { ...readMeta(ws.db), file: ws.file, schemaVersion: ws.migration.to, unitCount: countUnits(ws.db) };
}
