import type { HandlerTable } from '../../shared/contract/index.ts';
import type { Workspace } from '../../db/workspace.ts';
import { listUnits } from '../../db/units-repo.ts';
import { workspaceInfo } from './workspace-info.ts';
import { Session } from '../session.ts';
import { importExportHandlers } from './import-export.ts';
import { workspaceFileHandlers } from './workspace-files.ts';
import { ruleHandlers } from './rules.ts';
import { treeEditHandlers } from './tree-edits.ts';
import { financeHandlers } from './finance.ts';
import { scenarioHandlers } from './scenarios.ts';
import { printHandlers, type PrintOptions } from './print.ts';
import { chromiumPdfRenderer } from '../print/chromium.ts';
import { peopleHandlers } from './people.ts';
import { FileAccess } from '../../db/safe-path.ts';
import { backupHandlers } from './backups.ts';
import { gateImports } from './import-gate.ts';

/** What the handlers need: the workspace being served right now. */
export type CurrentWorkspace = () => Workspace;

/**
 * The handler table: one function per channel of the contract, over the session's workspace.
 * Arguments arrive validated (see shared/dispatch.ts); handlers do the work in db/ and shared/
 * and return plain data. No transport detail lives here. A bare workspace gets a session of its
 * own (the CLI, tests); browser mode gives each client its own session. PDF goes through the
 * system Chromium unless the transport gives its own renderer (Electron's printToPDF). `files`
 * confines the paths the channels accept (browser mode: the same confinement for every client).
 */
export function createHandlers(target: Session | Workspace | (() => Session), print: Partial<PrintOptions> & { files?: FileAccess } = {}): HandlerTable {
  const files = print.files ?? FileAccess.anywhere;
  const fixed = target instanceof Session ? target : typeof target === 'function' ? null : new Session(target);
  // Browser mode passes a function: the session of the client making the call (see browser-sessions.ts).
  const session = fixed ? () => fixed : (target as () => Session);
  const ws: CurrentWorkspace = () => session().workspace;
  const table: HandlerTable = {
    'workspace.info': () => workspaceInfo(ws()),
    'units.list': () => ({ units: listUnits(ws().db) }),
    ...treeEditHandlers(ws),
    ...importExportHandlers(ws, files),
    ...ruleHandlers(ws),
    ...financeHandlers(ws),
    ...scenarioHandlers(ws, files),
    ...printHandlers(ws, { renderPdf: print.renderPdf ?? chromiumPdfRenderer(), fontDir: print.fontDir }),
    ...peopleHandlers(ws),
    ...backupHandlers(ws),
    ...workspaceFileHandlers(session, files),
  };
  // One import at a time per workspace, a few at most in all (see import-gate.ts).
  return gateImports(table, () => session().workspace.file);
}
