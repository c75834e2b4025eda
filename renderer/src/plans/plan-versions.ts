/**
 * This tab's plan edits, one at a time, each sent with the version the server last gave.
 *
 * A view holds the version of the plan it read (`scenario.open`) and sends it back with an edit; a
 * plan changed since is refused (err.planChanged). Several views of one plan (its operations, its
 * target sets, the roadmap…) each hold one, and every edit gives the plan a new version: the
 * version a view read before this tab's own edit is followed to the version that edit's answer
 * gave (what the edit changed is this tab's own, never someone else's). A version the server gave
 * after someone else's change is never followed, so their change still refuses a stale edit.
 * Edits wait for the one before to answer, so none leaves with a version about to change.
 */

/** A version as read, and when (this tab's order of reads and edits, taken when the read was sent). */
export interface HeldVersion {
  readonly version: string;
  readonly at: number;
}

let clock = 0;
/** This tab's next moment: taken when a read is sent and when an edit is answered. */
export const moment = (): number => ++clock;

/** This tab's edits: the version each was sent with, the version its answer gave, and when. */
const edits: Array<{ from: string; to: string; at: number }> = [];
const KEPT = 500;

/** The version to send for a view holding `held`: followed through this tab's edits answered since it was read. */
export function latestVersion(held: HeldVersion | undefined): string | undefined {
  if (!held) return undefined;
  let { version, at } = held;
  // In the order answered: one pass follows a chain of edits.
  for (const e of edits)
    if (e.at > at && e.from === version) {
      version = e.to;
      at = e.at;
    }
  return version;
}

/** Notes this tab's edit sent with `from` and answered with `to`; the edit's view holds what it returns. */
export function recordEdit(from: string | undefined, to: string): HeldVersion {
  const at = moment();
  if (from !== undefined && from !== to) {
    edits.push({ from, to, at });
    if (edits.length > KEPT) edits.splice(0, edits.length - KEPT);
  }
  return { version: to, at };
}

let queue: Promise<unknown> = Promise.resolve();
/** Runs `edit` after this tab's edits before it have answered (refused or not). */
export function inTurn<T>(edit: () => Promise<T>): Promise<T> {
  const run = queue.then(edit);
  queue = run.catch(() => undefined);
  return run;
}

/** An edit of a plan in turn: sent with the latest version of `held`, its answer's version recorded and returned held. */
export function editPlan<T extends { version: string }>(
  held: () => HeldVersion | undefined,
  send: (version: string | undefined) => Promise<T>,
): Promise<T & { held: HeldVersion }> {
  return inTurn(async () => {
    const from = latestVersion(held());
    const answer = await send(from);
    return { ...answer, held: recordEdit(from, answer.version) };
  });
}
