import type { HandlerTable } from '../../shared/contract/index.ts';
import type { Workspace } from '../../db/workspace.ts';
import { FileAccess } from '../../db/safe-path.ts';
import { Session } from '../session.ts';
import { chromiumPdfRenderer } from '../print/chromium.ts';
import type { CurrentWorkspace } from '../services/current-workspace.ts';
import { gateImports } from '../services/import-gate.ts';
import { undoable } from '../services/undoable.ts';
import { planOnlyWrites } from '../services/simulation-cache.ts';
import { clockFromEnv } from '../services/clock.ts';
import { useClock } from '../../db/clock.ts';
import type { Clock } from '../../shared/clock.ts';
import { backupsHandlers } from './backups.ts';
import { baselinesHandlers } from './baselines.ts';
import { exportHandlers } from './export.ts';
import { financeHandlers } from './finance.ts';
import { findingsHandlers } from './findings.ts';
import { historyHandlers } from './history.ts';
import { importHandlers } from './import.ts';
import { peopleHandlers } from './people.ts';
import { positionsHandlers } from './positions.ts';
import { printHandlers, type PrintOptions } from './print.ts';
import { provinceHandlers } from './province.ts';
import { rulesHandlers } from './rules.ts';
import { scenarioHandlers } from './scenario.ts';
import { targetSetsHandlers } from './targetSets.ts';
import { uiHandlers } from './ui.ts';
import { unitsHandlers } from './units.ts';
import { workspaceHandlers } from './workspace.ts';

/**
 * The handler table: one function per channel of the contract, over the session's workspace.
 * Each prefix's handlers are in the file of its name (`scenario.*` in ./scenario.ts, declared in
 * shared/contract/scenario.ts); they share work through electron/services/ and db/, never through
 * each other. Arguments arrive validated (see shared/dispatch.ts); handlers do the work in db/ and
 * shared/ and return plain data. No transport detail lives here. A bare workspace gets a session
 * of its own (the CLI, tests); browser mode gives each client its own session. PDF goes through
 * the system Chromium unless the transport gives its own renderer (Electron's printToPDF).
 * `files` confines the paths the channels accept (browser mode: the same confinement for every client).
 */
export function createHandlers(
  target: Session | Workspace | (() => Session),
  print: Partial<PrintOptions> & { files?: FileAccess; clock?: Clock } = {},
): HandlerTable {
  const files = print.files ?? FileAccess.anywhere;
  const clock = print.clock ?? clockFromEnv();
  const fixed = target instanceof Session ? target : typeof target === 'function' ? null : new Session(target);
  // Browser mode passes a function: the session of the client making the call (see browser-sessions.ts).
  const session = fixed ? () => fixed : (target as () => Session);
  // The workspace served stamps what the handlers write with the table's clock.
  const current: CurrentWorkspace = () => {
    const served = session().workspace;
    useClock(served.db, clock);
    return served;
  };
  const table: HandlerTable = {
    ...workspaceHandlers(session, files, clock),
    ...uiHandlers(session),
    ...unitsHandlers(current),
    ...historyHandlers(current),
    ...importHandlers(current),
    ...exportHandlers(current, clock),
    ...findingsHandlers(current, clock),
    ...rulesHandlers(current, clock),
    ...financeHandlers(current, clock),
    ...scenarioHandlers(current, files, clock),
    ...targetSetsHandlers(current),
    ...baselinesHandlers(current),
    ...provinceHandlers(files),
    ...printHandlers(current, { renderPdf: print.renderPdf ?? chromiumPdfRenderer(), fontDir: print.fontDir }, clock),
    ...peopleHandlers(current, clock),
    ...positionsHandlers(current),
    ...backupsHandlers(current),
  };
  // Each user edit is one step of the history, undone through one mechanism (see services/undoable.ts);
  // a plan's edits leave the simulations of the workspace valid (see services/simulation-cache.ts).
  // One import at a time per workspace, a few at most in all (see services/import-gate.ts).
  // A template classified with no workspace open (the command line) counts under one key of its own.
  return gateImports(planOnlyWrites(undoable(table, current), current), () => session().file ?? '');
}
