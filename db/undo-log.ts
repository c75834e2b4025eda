/**
 * Undo and redo for every aggregate users edit, through one mechanism (SQLite's undo/redo
 * technique): triggers on each edited table record every row a step changes — the row before and
 * after, as JSON — in `undo_changes`, and the step itself (label, who, when) in `edit_history`
 * (migration 016). A step is whatever runs inside `inStep` (the handler table wraps the channels
 * that are user edits, see electron/services/undoable.ts): one transaction, recorded only if it
 * changed a row. Undo puts the step's rows back as they were, last change first, in one
 * transaction; redo puts them as they became. Nobody writes an inverse by hand.
 *
 * A row must still be as the step left it (as it was before, for a redo) — the columns the step
 * changed, the whole row for one it inserted or deleted — else the undo is refused and nothing
 * changes: later work (figures entered since, a unit added under one the step created) is never
 * overwritten. A new step drops the undone steps of its own aggregate (the redo stack); undo
 * takes the step done last, redo the step undone last (`moved`).
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../shared/errors.ts';
import type { EditLabel } from '../shared/edits/edit.ts';
import type { Aggregate } from '../shared/edits/steps.ts';
import { stamp } from './clock.ts';
import { relinkPeople } from './people-links.ts';
import { relinkPositions } from './positions-repo.ts';

/** The tables users edit, recorded by the undo log. */
export const TRACKED = [
  'units',
  'job_positions',
  'unit_norm_inputs',
  'finance_figures',
  'finance_years',
  'scenarios',
  'proposals',
  'target_sets',
  'baselines',
  'rule_parameter_changes',
  'rule_set_pins',
  'base_salary_periods',
] as const;

export interface StepInfo {
  user: string;
  aggregate: Aggregate;
  label: EditLabel;
}

export interface HistoryEntry {
  id: number;
  label: EditLabel;
  done: boolean;
  user: string;
  at: string;
}

interface Recording extends StepInfo {
  step: number;
  /** Its place on the undo stack: after every step done or undone so far. */
  moved: number;
  at: string;
}

/** The step being recorded on a connection (none: changes are not recorded). */
const recording = new WeakMap<Database, Recording>();

const tableExists = (db: Database, name: string): boolean =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

const columnsOf = (db: Database, table: string): string[] =>
  (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).filter((c) =>
    /^[a-z_][a-z0-9_]*$/.test(c),
  );

const imageSql = (columns: readonly string[], row: string): string =>
  `json_object(${columns.map((c) => `'${c}', ${row}.${c}`).join(', ')})`;

/**
 * Makes the connection record steps: temporary triggers (generated from the tables as they are,
 * never stored in the file) on every edited table. Called when a workspace is opened; a file
 * without the undo log (an older version, only read) records nothing.
 */
export function trackEdits(db: Database): void {
  if (!tableExists(db, 'undo_changes')) return;
  const now = () => recording.get(db);
  db.function('tinhgon_step', { deterministic: false }, () => now()?.step ?? null);
  db.function('tinhgon_step_label', { deterministic: false }, () => JSON.stringify(now()?.label ?? null));
  db.function('tinhgon_step_aggregate', { deterministic: false }, () => now()?.aggregate ?? null);
  db.function('tinhgon_step_user', { deterministic: false }, () => now()?.user ?? null);
  db.function('tinhgon_step_at', { deterministic: false }, () => now()?.at ?? null);
  db.function('tinhgon_step_moved', { deterministic: false }, () => now()?.moved ?? null);
  // The first change of a step drops the redo stack of its aggregate and writes the step.
  const openStep = `
    DELETE FROM main.undo_changes WHERE step IN
      (SELECT id FROM main.edit_history WHERE done = 0 AND aggregate = tinhgon_step_aggregate());
    DELETE FROM main.edit_history WHERE done = 0 AND aggregate = tinhgon_step_aggregate();
    INSERT INTO main.edit_history (id, label, aggregate, done, moved, user, at)
      VALUES (tinhgon_step(), tinhgon_step_label(), tinhgon_step_aggregate(), 1, tinhgon_step_moved(),
              tinhgon_step_user(), tinhgon_step_at())
      ON CONFLICT (id) DO NOTHING;`;
  for (const table of TRACKED) {
    if (!tableExists(db, table)) continue;
    const columns = columnsOf(db, table);
    const changes = {
      INSERT: ['NEW.rowid', 'NULL', imageSql(columns, 'NEW')],
      UPDATE: ['OLD.rowid', imageSql(columns, 'OLD'), imageSql(columns, 'NEW')],
      DELETE: ['OLD.rowid', imageSql(columns, 'OLD'), 'NULL'],
    };
    for (const [op, [rowId, before, after]] of Object.entries(changes))
      db.exec(`
        CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_${op.toLowerCase()} AFTER ${op} ON main.${table}
        WHEN tinhgon_step() IS NOT NULL BEGIN ${openStep}
          INSERT INTO main.undo_changes (step, tbl, row_id, before, after)
            VALUES (tinhgon_step(), '${table}', ${rowId}, ${before}, ${after});
        END;`);
  }
  // People are not an edited table (imports and erasure are not steps, and personal data stays out
  // of the log), but a position renamed in a step takes its holders with it: only that column is
  // recorded, so undo and redo put it back with the positions.
  if (tableExists(db, 'people') && columnsOf(db, 'people').includes('job_position'))
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS undo_people_job_position AFTER UPDATE OF job_position ON main.people
      WHEN tinhgon_step() IS NOT NULL AND OLD.job_position IS NOT NEW.job_position BEGIN ${openStep}
        INSERT INTO main.undo_changes (step, tbl, row_id, before, after)
          VALUES (tinhgon_step(), 'people', OLD.rowid, json_object('job_position', OLD.job_position),
                  json_object('job_position', NEW.job_position));
      END;`);
}

/**
 * When the personnel list is removed or replaced, the job positions recorded for its rows are
 * forgotten: their row ids may be a new list's people. A step left with nothing of them replays its other rows.
 */
export function forgetPeopleChanges(db: Database): void {
  if (tableExists(db, 'undo_changes')) db.prepare("DELETE FROM undo_changes WHERE tbl = 'people'").run();
}

/**
 * Runs `fn` as one step of the history, in one transaction: every row it changes in an edited
 * table is recorded, under `info`'s label, by `info.user`. Nothing changed: nothing recorded (the
 * redo stack stays). Inside a step already open, `fn` joins it and its label names the step (the
 * handler table opens the step; the edit knows best what it did).
 */
export function inStep<T>(db: Database, info: StepInfo, fn: () => T): T {
  const open = recording.get(db);
  if (open) {
    Object.assign(open, info, { user: open.user });
    db.prepare('UPDATE edit_history SET label = ?, aggregate = ? WHERE id = ?').run(
      JSON.stringify(info.label),
      info.aggregate,
      open.step,
    );
    return fn();
  }
  return db
    .transaction(() => {
      const next = db
        .prepare('SELECT coalesce(max(id), 0) + 1 AS step, coalesce(max(moved), 0) + 1 AS moved FROM edit_history')
        .get() as { step: number; moved: number };
      recording.set(db, { ...info, ...next, at: stamp(db) });
      try {
        db.pragma('defer_foreign_keys = ON');
        return fn();
      } finally {
        recording.delete(db);
      }
    })
    .immediate();
}

/** Whether a step is being recorded on the connection. */
export const stepOpen = (db: Database): boolean => recording.has(db);

interface StepRow {
  id: number;
  label: string;
  aggregate: Aggregate;
  done: number;
  replayable: number;
  user: string;
  at: string;
}

/** A step named by its label: the one the next undo or redo replays, or the one just replayed. */
export interface StepRef {
  id: number;
  label: EditLabel;
}

/** The steps, newest first (at most `limit`), and the steps the next undo and redo would replay. */
export function history(
  db: Database,
  limit = 200,
): { entries: HistoryEntry[]; canUndo: boolean; canRedo: boolean; nextUndo: StepRef | null; nextRedo: StepRef | null } {
  const rows = db
    .prepare('SELECT id, label, done, user, at FROM edit_history ORDER BY id DESC LIMIT ?')
    .all(limit) as StepRow[];
  const nextUndo = stepRef(db, nextStep(db, 'undo'));
  const nextRedo = stepRef(db, nextStep(db, 'redo'));
  return {
    entries: rows.map((r) => ({
      id: r.id,
      label: JSON.parse(r.label) as EditLabel,
      done: r.done === 1,
      user: r.user,
      at: r.at,
    })),
    canUndo: nextUndo !== null,
    canRedo: nextRedo !== null,
    nextUndo,
    nextRedo,
  };
}

/** The step of an id with its label (null for none): what the history says of it. */
export function stepRef(db: Database, id: number | null): StepRef | null {
  if (id === null) return null;
  const label = db.prepare('SELECT label FROM edit_history WHERE id = ?').pluck().get(id) as string | undefined;
  return label === undefined ? null : { id, label: JSON.parse(label) as EditLabel };
}

/** The id of the step the next undo or redo would replay (null when there is none). */
export function nextStep(db: Database, which: 'undo' | 'redo'): number | null {
  const row = db
    .prepare(`SELECT id FROM edit_history WHERE done = ? AND replayable = 1 ORDER BY moved DESC LIMIT 1`)
    .pluck()
    .get(which === 'undo' ? 1 : 0) as number | undefined;
  return row ?? null;
}

/** The id of the step done last (0 when there is none): a step recorded since has a larger one. */
export const lastStepId = (db: Database): number =>
  db.prepare('SELECT coalesce(max(id), 0) FROM edit_history').pluck().get() as number;

interface Change {
  tbl: string;
  row_id: number;
  before: string | null;
  after: string | null;
}

const changesOf = (db: Database, step: number): Change[] =>
  db.prepare('SELECT tbl, row_id, before, after FROM undo_changes WHERE step = ? ORDER BY id').all(step) as Change[];

/**
 * The units a step added, removed or changed (their codes before and after; none for a step that
 * edited something else), or null when it gave a unit a new code (its children's parent changes
 * with it). `sameOrder`: no unit was added, removed or moved (only fields changed).
 */
export function unitsOfStep(db: Database, step: number): { codes: string[]; sameOrder: boolean } | null {
  const codes = new Set<string>();
  let sameOrder = true;
  for (const c of changesOf(db, step)) {
    if (c.tbl !== 'units') continue;
    const before = c.before === null ? null : (JSON.parse(c.before) as Record<string, unknown>);
    const after = c.after === null ? null : (JSON.parse(c.after) as Record<string, unknown>);
    if (before && after && before.code !== after.code) return null;
    if (!before || !after || before.parent_id !== after.parent_id || before.position !== after.position)
      sameOrder = false;
    codes.add(String((after ?? before)!.code));
  }
  return { codes: [...codes], sameOrder };
}

// --- replaying a step ----------------------------------------------------------------------------

function statements(db: Database, table: string) {
  const columns = columnsOf(db, table);
  const values = columns.map((c) => `json_extract(@row, '$.${c}')`);
  return {
    image: db.prepare(`SELECT ${imageSql(columns, table)} FROM main.${table} WHERE rowid = ?`).pluck(),
    insert: db.prepare(`INSERT INTO main.${table} (rowid, ${columns.join(', ')}) VALUES (@id, ${values.join(', ')})`),
    update: db.prepare(
      `UPDATE main.${table} SET ${columns.map((c, i) => `${c} = ${values[i]}`).join(', ')} WHERE rowid = @id`,
    ),
    remove: db.prepare(`DELETE FROM main.${table} WHERE rowid = ?`),
  };
}

const parse = (json: string): Record<string, unknown> => JSON.parse(json) as Record<string, unknown>;

/** The columns an update changed, or null for a row inserted or deleted. */
function changedColumns(c: Change): string[] | null {
  if (c.before === null || c.after === null) return null;
  const before = parse(c.before);
  const after = parse(c.after);
  return Object.keys(after).filter((k) => before[k] !== after[k]);
}

class Conflict extends Error {
  readonly change: Change | null;
  constructor(change: Change | null) {
    super('the step no longer matches the rows');
    this.change = change;
  }
}

/**
 * Puts the rows of `step` back as they were (`back`) or as the step left them, in one go; refused
 * (`Conflict`) when a row is no longer as the step left it (as it was before, going forward).
 */
function replay(db: Database, step: number, back: boolean): void {
  const changes = changesOf(db, step);
  if (back) changes.reverse();
  const byTable = new Map<string, ReturnType<typeof statements>>();
  for (const c of changes) {
    let s = byTable.get(c.tbl);
    if (!s) byTable.set(c.tbl, (s = statements(db, c.tbl)));
    const [expected, wanted] = back ? [c.after, c.before] : [c.before, c.after];
    const now = (s.image.get(c.row_id) as string | undefined) ?? null;
    const columns = changedColumns(c);
    try {
      if (columns) {
        // Only the columns the step changed must still hold what it left there.
        if (now === null) throw new Conflict(c);
        const current = parse(now);
        const expect = parse(expected!);
        const want = parse(wanted!);
        if (columns.some((k) => current[k] !== expect[k])) throw new Conflict(c);
        for (const k of columns) current[k] = want[k];
        s.update.run({ row: JSON.stringify(current), id: c.row_id });
      } else if (now !== expected) {
        throw new Conflict(c);
      } else if (wanted === null) {
        s.remove.run(c.row_id);
      } else {
        s.insert.run({ row: wanted, id: c.row_id });
      }
    } catch (err) {
      // A constraint (a unit still has children, a code taken since) is a conflict too.
      if (err instanceof Conflict || isConstraint(err)) throw new Conflict(c);
      throw err;
    }
  }
  if (changes.some((c) => c.tbl === 'units')) {
    relinkPeople(db); // people follow their unit's code
    relinkPositions(db); // and so do job positions
  }
}

const isConstraint = (err: unknown): boolean =>
  err instanceof Error && 'code' in err && String(err.code).startsWith('SQLITE_CONSTRAINT');

const unitCode = (c: Change | undefined): string | undefined =>
  c?.tbl === 'units' ? String(parse((c.after ?? c.before)!).code) : undefined;

/**
 * The refusal said to the user: for a tree step, the tree's own message naming the unit (the row's,
 * the unit of a figures row, else the step's first); for any other step, its number and label.
 */
function refusal(db: Database, row: StepRow, change: Change | null): AppError {
  if (row.aggregate === 'tree') {
    const unitId = change && change.tbl !== 'units' ? parse((change.after ?? change.before)!).unit_id : undefined;
    const code =
      unitCode(change ?? undefined) ??
      (db
        .prepare('SELECT code FROM units WHERE id = ?')
        .pluck()
        .get(unitId ?? null) as string | undefined) ??
      unitCode(changesOf(db, row.id).find((c) => c.tbl === 'units')) ??
      '?';
    return new AppError('conflict', 'err.treeChanged', { code });
  }
  const label = JSON.parse(row.label) as EditLabel;
  return new AppError('conflict', 'err.historyChanged', { id: row.id, ...label.params, what: label.key });
}

const stepRow = (db: Database, id: number): StepRow | undefined =>
  db.prepare('SELECT id, label, aggregate, done, replayable, user, at FROM edit_history WHERE id = ?').get(id) as
    StepRow | undefined;

/** Replays `row` inside a transaction already open; a conflict or a constraint rolls it all back. */
function replayOrRefuse(db: Database, row: StepRow, back: boolean): void {
  try {
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      replay(db, row.id, back);
    })();
  } catch (err) {
    if (err instanceof Conflict) throw refusal(db, row, err.change);
    if (isConstraint(err)) throw refusal(db, row, null);
    throw err;
  }
}

function move(db: Database, which: 'undo' | 'redo'): number | null {
  try {
    return db
      .transaction(() => {
        const id = nextStep(db, which);
        if (id === null) return null;
        replayOrRefuse(db, stepRow(db, id)!, which === 'undo');
        db.prepare(
          'UPDATE edit_history SET done = ?, moved = (SELECT max(moved) + 1 FROM edit_history) WHERE id = ?',
        ).run(which === 'undo' ? 0 : 1, id);
        return id;
      })
      .immediate();
  } catch (err) {
    // A deferred foreign key (a row put back whose parent is gone) fails at the commit.
    if (!isConstraint(err)) throw err;
    const id = nextStep(db, which);
    throw id === null ? err : refusal(db, stepRow(db, id)!, null);
  }
}

/** Undoes the step done last; false when there is none. */
export const undo = (db: Database): boolean => move(db, 'undo') !== null;
/** Redoes the step undone last; false when there is none. */
export const redo = (db: Database): boolean => move(db, 'redo') !== null;

/** Undoes one earlier step on its own, as a new step (refused if its rows have changed since). */
export function revert(db: Database, id: number, user: string): void {
  const row = stepRow(db, id);
  if (!row || row.done !== 1) throw new AppError('not_found', 'err.historyStep', { id });
  if (row.replayable !== 1) throw new AppError('conflict', 'err.historyBeforeUpgrade', { id });
  const already = db
    .prepare(
      "SELECT 1 FROM edit_history WHERE done = 1 AND json_extract(label, '$.key') = 'edit.revert' AND json_extract(label, '$.params.step') = ?",
    )
    .get(id);
  if (already) throw new AppError('conflict', 'err.historyReverted', { id });
  const label = JSON.parse(row.label) as EditLabel;
  try {
    inStep(
      db,
      {
        user,
        aggregate: row.aggregate,
        label: { key: 'edit.revert', params: { step: id, ...label.params, what: label.key } },
      },
      () => replayOrRefuse(db, row, true),
    );
  } catch (err) {
    throw isConstraint(err) ? refusal(db, row, null) : err; // a deferred foreign key fails at the commit
  }
}

/** After an import replaced units wholesale, old steps no longer describe the workspace. */
export function clearHistory(db: Database): void {
  db.prepare('DELETE FROM undo_changes').run();
  db.prepare('DELETE FROM edit_history').run();
}
