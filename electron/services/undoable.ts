/**
 * Undo as a wrapper applied when the handler table is made (Actual Budget's `undoable(fn)`): each
 * channel of `STEP_AGGREGATES` (shared/edits/steps.ts) is a user's edit, run as one step of the
 * history — one transaction, every row it changes recorded by db/undo-log.ts under the label said
 * here, by the person calling (`editorName`). Handlers write no inverse of their own;
 * `history.undo`, `history.redo` and `history.revert` replay the recorded rows for every aggregate
 * alike. A channel that awaits (a file read before writing) cannot hold a transaction open and is
 * not a step: what it writes is not undone, and a later undo that would overwrite it is refused.
 */
import type { Database } from 'better-sqlite3';
import type { ArgsOut, HandlerTable } from '../../shared/contract/index.ts';
import type { EditLabel } from '../../shared/edits/edit.ts';
import { STEP_AGGREGATES, type StepChannel } from '../../shared/edits/steps.ts';
import { inStep } from '../../db/undo-log.ts';
import { listAddedBaseSalaries } from '../../db/base-salary-repo.ts';
import { getUnit, listUnits } from '../../db/units-repo.ts';
import { samplePlansFor } from '../../shared/sample/sample-plans.ts';
import { editorName } from '../caller.ts';
import type { CurrentWorkspace } from './current-workspace.ts';

/** What the history says of a step (a tree edit names it better itself, see db/tree-edits.ts). */
type Labels = { [C in StepChannel]: (args: ArgsOut<C>, db: Database) => EditLabel };

const monthText = (m: { year: number; month: number }) => `${String(m.month).padStart(2, '0')}/${m.year}`;
const said = (key: EditLabel['key'], params: EditLabel['params'] = {}): EditLabel => ({ key, params });
const plan =
  (key: EditLabel['key']) =>
  ({ name }: { name: string }) =>
    said(key, { name });
/** A unit's figures, the unit said by its name (as a tree edit says it), not its code. */
const figures =
  (key: EditLabel['key']) =>
  ({ code, year }: { code: string; year: number }, db: Database) =>
    said(key, { unit: getUnit(db, code)?.name ?? code, year: String(year) });

const LABELS: Labels = {
  'units.update': ({ code }) => said('edit.update', { unit: code }),
  'units.updateMany': ({ changes }) => said('edit.updateMany', { count: changes.length }),
  'units.create': ({ code }) => said('edit.update', { unit: code }),
  'units.delete': ({ code }) => said('edit.delete', { unit: code }),
  'units.move': ({ code }) => said('edit.update', { unit: code }),
  'positions.setNorm': ({ code }, db) => said('edit.norm', { unit: getUnit(db, code)?.name ?? code }),
  'positions.replace': ({ code }, db) => said('edit.positions', { unit: getUnit(db, code)?.name ?? code }),
  'finance.set': figures('edit.figures'),
  'finance.setMany': ({ year, rows }) => said('edit.figuresMany', { count: rows.length, year: String(year) }),
  'finance.override': figures('edit.figuresGroup'),
  'finance.configure': ({ year }) => said('edit.figuresUnit', { year: String(year) }),
  'scenario.create': plan('edit.planCreate'),
  'scenario.import': ({ scenario }) => plan('edit.planImport')(scenario),
  'scenario.importSample': ({ id }, db) =>
    said('edit.planImport', { name: samplePlansFor(listUnits(db)).find((p) => p.id === id)?.plan.name ?? id }),
  'scenario.setOperations': plan('edit.planChange'),
  'scenario.addOperation': plan('edit.planOperationAdd'),
  'scenario.changeOperation': ({ name, index }) =>
    said('edit.planOperationChange', { name, number: String(index + 1) }),
  'scenario.removeOperation': ({ name, index }) =>
    said('edit.planOperationRemove', { name, number: String(index + 1) }),
  'scenario.moveOperation': ({ name, from, to }) =>
    said('edit.planOperationMove', { name, number: String(from + 1), to: String(to + 1) }),
  'scenario.setTargetSets': plan('edit.planChange'),
  'scenario.annex': plan('edit.planChange'),
  'scenario.fromPeople': plan('edit.planChange'),
  'scenario.delete': plan('edit.planDelete'),
  'scenario.duplicate': ({ name, newName }) => said('edit.planDuplicate', { name, newName }),
  'scenario.rename': ({ name, newName }) => said('edit.planRename', { name, newName }),
  'scenario.lock': ({ name, locked }) => plan(locked ? 'edit.planLock' : 'edit.planUnlock')({ name }),
  'print.save': ({ name, type }) => said('edit.planPrintType', { name, type: `print.type.${type}` }),
  'targetSets.save': ({ set }) => said('edit.targetSetSave', { name: set.title }),
  'targetSets.delete': ({ id }) => said('edit.targetSetDelete', { name: id }),
  'baselines.save': ({ baseline }) => said('edit.baselineSave', { year: String(baseline.year) }),
  'baselines.delete': ({ year }) => said('edit.baselineDelete', { year: String(year) }),
  'rules.setParameter': ({ parameter }) => said('edit.ruleParameter', { parameter: `param.${parameter}` }),
  'rules.pin': ({ ruleSetId }) => said('edit.rulePin', { ruleSet: ruleSetId ?? '—' }),
  'people.addBaseSalary': ({ from }) => said('edit.baseSalaryAdd', { from }),
  'people.removeBaseSalary': ({ id }, db) => {
    const from = listAddedBaseSalaries(db).find((p) => p.id === id)?.from;
    return said('edit.baseSalaryRemove', { from: from ? monthText(from) : String(id) });
  },
};

/** The table with every user edit run as one step of the history of the workspace being served. */
export function undoable(table: HandlerTable, current: CurrentWorkspace): HandlerTable {
  const wrapped: Record<string, unknown> = { ...table };
  for (const channel of Object.keys(STEP_AGGREGATES) as StepChannel[]) {
    const handler = table[channel] as (args: unknown) => unknown;
    const label = LABELS[channel] as (args: unknown, db: Database) => EditLabel;
    wrapped[channel] = (args: unknown) => {
      const db = current().db;
      const step = { user: editorName(), aggregate: STEP_AGGREGATES[channel], label: label(args, db) };
      return inStep(db, step, () => handler(args));
    };
  }
  return wrapped as HandlerTable;
}
