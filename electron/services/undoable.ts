/**
 * Undo as a wrapper applied when the handler table is made (Actual Budget's `undoable(fn)`): each
 * channel listed in `USER_EDITS` is a user's edit, run as one step of the history — one
 * transaction, every row it changes recorded by db/undo-log.ts under the label said here, by the
 * person calling (`editorName`). Handlers write no inverse of their own; `history.undo`,
 * `history.redo` and `history.revert` replay the recorded rows for every aggregate alike.
 * A channel that awaits (a file read before writing) cannot hold a transaction open and is not
 * listed: what it writes is not undone, and a later undo that would overwrite it is refused.
 */
import type { ArgsOut, Channel, HandlerTable } from '../../shared/contract/index.ts';
import type { Database } from 'better-sqlite3';
import type { EditLabel } from '../../shared/edits/edit.ts';
import { inStep, type Aggregate } from '../../db/undo-log.ts';
import { listAddedBaseSalaries } from '../../db/base-salary-repo.ts';
import { editorName } from '../caller.ts';
import type { CurrentWorkspace } from './current-workspace.ts';

interface StepSpec<C extends Channel> {
  aggregate: Aggregate;
  /** What the history says of the step (a tree edit names it better itself, see db/tree-edits.ts). */
  label: (args: ArgsOut<C>, db: Database) => EditLabel;
}

const monthText = (m: { year: number; month: number }) => `${String(m.month).padStart(2, '0')}/${m.year}`;

const plan =
  (key: EditLabel['key']) =>
  ({ name }: { name: string }): EditLabel => ({ key, params: { name } });

const USER_EDITS: { [C in Channel]?: StepSpec<C> } = {
  'units.update': { aggregate: 'tree', label: ({ code }) => ({ key: 'edit.update', params: { unit: code } }) },
  'units.create': { aggregate: 'tree', label: ({ code }) => ({ key: 'edit.update', params: { unit: code } }) },
  'units.delete': { aggregate: 'tree', label: ({ code }) => ({ key: 'edit.delete', params: { unit: code } }) },
  'units.move': { aggregate: 'tree', label: ({ code }) => ({ key: 'edit.update', params: { unit: code } }) },
  'finance.set': {
    aggregate: 'figures',
    label: ({ code, year }) => ({ key: 'edit.figures', params: { code, year: String(year) } }),
  },
  'finance.override': {
    aggregate: 'figures',
    label: ({ code, year }) => ({ key: 'edit.figuresGroup', params: { code, year: String(year) } }),
  },
  'finance.configure': {
    aggregate: 'figures',
    label: ({ year }) => ({ key: 'edit.figuresUnit', params: { year: String(year) } }),
  },
  'scenario.create': { aggregate: 'plans', label: plan('edit.planCreate') },
  'scenario.import': { aggregate: 'plans', label: ({ scenario }) => plan('edit.planImport')(scenario) },
  'scenario.setOperations': { aggregate: 'plans', label: plan('edit.planChange') },
  'scenario.setTargetSets': { aggregate: 'plans', label: plan('edit.planChange') },
  'scenario.annex': { aggregate: 'plans', label: plan('edit.planChange') },
  'scenario.fromPeople': { aggregate: 'plans', label: plan('edit.planChange') },
  'scenario.delete': { aggregate: 'plans', label: plan('edit.planDelete') },
  'scenario.duplicate': {
    aggregate: 'plans',
    label: ({ name, newName }) => ({ key: 'edit.planDuplicate', params: { name, newName } }),
  },
  'scenario.rename': {
    aggregate: 'plans',
    label: ({ name, newName }) => ({ key: 'edit.planRename', params: { name, newName } }),
  },
  'scenario.lock': {
    aggregate: 'plans',
    label: ({ name, locked }) => plan(locked ? 'edit.planLock' : 'edit.planUnlock')({ name }),
  },
  'print.save': { aggregate: 'plans', label: plan('edit.planPrint') },
  'targetSets.save': {
    aggregate: 'targets',
    label: ({ set }) => ({ key: 'edit.targetSetSave', params: { name: set.title } }),
  },
  'targetSets.delete': { aggregate: 'targets', label: ({ id }) => ({ key: 'edit.targetSetDelete', params: { name: id } }) },
  'baselines.save': {
    aggregate: 'targets',
    label: ({ baseline }) => ({ key: 'edit.baselineSave', params: { year: String(baseline.year) } }),
  },
  'baselines.delete': {
    aggregate: 'targets',
    label: ({ year }) => ({ key: 'edit.baselineDelete', params: { year: String(year) } }),
  },
  'rules.setParameter': {
    aggregate: 'rules',
    label: ({ parameter }) => ({ key: 'edit.ruleParameter', params: { parameter: `param.${parameter}` } }),
  },
  'rules.pin': {
    aggregate: 'rules',
    label: ({ ruleSetId }) => ({ key: 'edit.rulePin', params: { ruleSet: ruleSetId ?? '—' } }),
  },
  'people.addBaseSalary': { aggregate: 'salary', label: ({ from }) => ({ key: 'edit.baseSalaryAdd', params: { from } }) },
  'people.removeBaseSalary': {
    aggregate: 'salary',
    label: ({ id }, db) => {
      const from = listAddedBaseSalaries(db).find((p) => p.id === id)?.from;
      return { key: 'edit.baseSalaryRemove', params: { from: from ? monthText(from) : String(id) } };
    },
  },
};

/** The table with every user edit run as one step of the history of the workspace being served. */
export function undoable(table: HandlerTable, current: CurrentWorkspace): HandlerTable {
  const wrapped: Record<string, unknown> = { ...table };
  for (const [channel, spec] of Object.entries(USER_EDITS) as Array<[Channel, StepSpec<Channel>]>) {
    const handler = table[channel] as (args: unknown) => unknown;
    wrapped[channel] = (args: ArgsOut<Channel>) => {
      const db = current().db;
      return inStep(db, { user: editorName(), aggregate: spec.aggregate, label: spec.label(args, db) }, () =>
        handler(args),
      );
    };
  }
  return wrapped as HandlerTable;
}
