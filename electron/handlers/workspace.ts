import fs from 'node:fs';
import path from 'node:path';
import type { HandlersOf } from '../../shared/contract/index.ts';
import { AppError, issuesFromZod } from '../../shared/errors.ts';
import { WorkspaceMetaSchema, newWorkspaceMeta } from '../../shared/model/workspace.ts';
import { SAMPLES, sampleOf } from '../../shared/sample/samples.ts';
import { generatePeople, generateUnits } from '../../shared/sample/generate.ts';
import { insertPeople } from '../../db/people-repo.ts';
import { WORKSPACE_EXTENSION, createWorkspace, openWorkspace } from '../../db/workspace.ts';
import { backupWorkspace, restoreBackup } from '../../db/backup.ts';
import { FileAccess, checkPathText } from '../../db/safe-path.ts';
import type { Session } from '../session.ts';
import { workspaceInfo } from '../services/workspace-info.ts';
import { yearOf, type Clock } from '../../shared/clock.ts';

/** Paths typed by a person get the workspace extension if they have none (checked as typed: "x " is refused, not made "x .tinhgon"). */
function withExtension(file: string): string {
  checkPathText(file);
  return path.extname(file) === '' ? `${file}${WORKSPACE_EXTENSION}` : file;
}

/**
 * workspace.*, the File menu: what is open, the recent list; open, create, save as, restore a
 * backup (each switches the calling client's session, `current`), and back up. Every path goes
 * through db/safe-path.ts, confined by `files` in browser mode.
 */
export function workspaceHandlers(current: () => Session, files: FileAccess, clock: Clock): HandlersOf<'workspace'> {
  const switchTo = (ws: Parameters<Session['switchTo']>[0]) => {
    current().switchTo(ws);
    return workspaceInfo(ws);
  };
  return {
    'workspace.info': () => workspaceInfo(current().workspace),
    'workspace.recent': () => ({
      files: current()
        .recent()
        .map((file) => ({ file, exists: fs.existsSync(file) })),
    }),
    'workspace.open': ({ file }) => {
      const session = current();
      const real = files.existing(file);
      if (real === session.workspace.file) return workspaceInfo(session.workspace);
      return switchTo(session.openFile(real, files));
    },
    'workspace.create': ({ file, sample, provinceName, baseYear, provinceClass }) => {
      // No name (or "") takes the default; a name of spaces only is refused by the schema.
      const given = { provinceName: provinceName || undefined, baseYear, provinceClass };
      const chosen = sampleOf(sample);
      const raw = chosen
        ? { ...SAMPLES[chosen].meta(), ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) }
        : newWorkspaceMeta(given, yearOf(clock));
      const meta = WorkspaceMetaSchema.safeParse(raw);
      if (!meta.success) throw AppError.validation(issuesFromZod(meta.error));
      const units = chosen ? SAMPLES[chosen].units() : [];
      return switchTo(
        createWorkspace(
          withExtension(file),
          meta.data,
          units,
          files,
          clock,
          chosen ? SAMPLES[chosen].extras(units) : undefined,
        ),
      );
    },
    'workspace.generate': ({ file, units: count, people: peopleCount = 0, seed = 1 }) => {
      const units = generateUnits(count, seed);
      const people = peopleCount > 0 ? generatePeople(units, peopleCount, seed) : [];
      const meta = {
        provinceName: `Dữ liệu mẫu ${count} đơn vị`,
        baseYear: yearOf(clock),
        provinceClass: 'class2' as const,
        isSample: true,
      };
      const ws = createWorkspace(withExtension(file), meta, units, files, clock);
      try {
        if (people.length > 0) ws.db.transaction(() => insertPeople(ws.db, people)).immediate();
      } catch (err) {
        ws.close();
        throw err;
      }
      return switchTo(ws);
    },
    'workspace.saveAs': async ({ file, replace }) => {
      const target = await backupWorkspace(current().workspace, withExtension(file), { replace, access: files });
      return switchTo(openWorkspace(target, { access: files }));
    },
    'workspace.restore': ({ backupFile, file }) => switchTo(restoreBackup(backupFile, withExtension(file), files)),
    // Only a path given through the API is confined; the default name beside the open workspace is the app's own.
    'workspace.backup': async ({ file, withoutPeople, replace }) => ({
      file: await backupWorkspace(current().workspace, file, {
        withoutPeople,
        replace,
        access: file === undefined ? FileAccess.anywhere : files,
      }),
    }),
  };
}
