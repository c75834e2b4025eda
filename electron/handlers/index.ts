import type { HandlerTable } from '../../shared/contract.ts';
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

/** What the handlers need: the workspace being served right now. */
export type CurrentWorkspace = () => Workspace;

/**
 * The handler table: one function per channel of the contract, over the session's workspace.
 * Arguments arrive validated (see shared/dispatch.ts); handlers do the work in db/ and shared/
 * and return plain data. No transport detail lives here. A bare workspace gets a session of its
 * own (the CLI, tests); browser mode gives each client its own session. PDF goes through the system Chromium unless the transport gives its own
 * renderer (Electron's printToPDF).
 */
export function createHandlers(target: Session | Workspace | (() => Session), print: Partial<PrintOptions> = {}): HandlerTable {
  const fixed = target instanceof Session ? target : typeof target === 'function' ? null : new Session(target);
  // Browser mode passes a function: the session of the client making the call (see browser-sessions.ts).
  const session = fixed ? () => fixed : (target as () => Session);
  const ws: CurrentWorkspace = () => session().workspace;
  return {
    'workspace.info': () => workspaceInfo(ws()),
    'units.list': () => ({ units: listUnits(ws().db) }),
    ...treeEditHandlers(ws),
    ...importExportHandlers(ws),
    ...ruleHandlers(ws),
    ...financeHandlers(ws),
    ...scenarioHandlers(ws),
    ...printHandlers(ws, { renderPdf: print.renderPdf ?? chromiumPdfRenderer(), fontDir: print.fontDir }),
    ...peopleHandlers(ws),
    ...workspaceFileHandlers(session),
  };
}
