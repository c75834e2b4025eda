import fs from 'node:fs';
import path from 'node:path';
import type { HandlerTable } from '../../shared/contract/index.ts';
import { AppError, issuesFromZod } from '../../shared/errors.ts';
import { WorkspaceMetaSchema, newWorkspaceMeta } from '../../shared/model/workspace.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { WORKSPACE_EXTENSION, createWorkspace, openWorkspace } from '../../db/workspace.ts';
import { backupWorkspace, restoreBackup } from '../../db/backup.ts';
import { FileAccess, checkPathText } from '../../db/safe-path.ts';
import type { Session } from '../session.ts';
import { workspaceInfo } from './workspace-info.ts';

type FileHandlers = Pick<HandlerTable, 'workspace.recent' | 'workspace.open' | 'workspace.create' | 'workspace.saveAs' | 'workspace.restore' | 'ui.state.get' | 'ui.state.set'>;

/** Paths typed by a person get the workspace extension if they have none (checked as typed: "x " is refused, not made "x .tinhgon"). */
function withExtension(file: string): string {
  checkPathText(file);
  return path.extname(file) === '' ? `${file}${WORKSPACE_EXTENSION}` : file;
}

/**
 * File menu: open, create, save as, restore a backup, and the recent list. Each switches the
 * calling client's session (`current`). Every path goes through db/safe-path.ts, confined by
 * `files` in browser mode.
 */
export function workspaceFileHandlers(current: () => Session, files: FileAccess = FileAccess.anywhere): FileHandlers {
  const switchTo = (ws: Parameters<Session['switchTo']>[0]) => {
    current().switchTo(ws);
    return workspaceInfo(ws);
  };
  return {
    'workspace.recent': () => ({ files: current().recent().map((file) => ({ file, exists: fs.existsSync(file) })) }),
    'ui.state.get': () => current().uiState(),
    'ui.state.set': (patch) => current().setUiState(patch),
    'workspace.open': ({ file }) => {
      const session = current();
      const real = files.existing(file);
      if (real === session.workspace.file) return workspaceInfo(session.workspace);
      return switchTo(session.openFile(real, files));
    },
    'workspace.create': ({ file, sample, provinceName, baseYear, provinceClass }) => {
      const given = { provinceName: provinceName?.trim() || undefined, baseYear, provinceClass };
      const raw = sample ? { ...sampleMeta(), ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) } : newWorkspaceMeta(given, new Date());
      const meta = WorkspaceMetaSchema.safeParse(raw);
      if (!meta.success) throw AppError.validation(issuesFromZod(meta.error));
      return switchTo(createWorkspace(withExtension(file), meta.data, sample ? generateSampleProvince() : [], files));
    },
    'workspace.saveAs': async ({ file, replace }) => {
      const target = await backupWorkspace(current().workspace, withExtension(file), { replace, access: files });
      return switchTo(openWorkspace(target, { access: files }));
    },
    'workspace.restore': ({ backupFile, file }) => switchTo(restoreBackup(backupFile, withExtension(file), files)),
  };
}
