/**
 * The channels that are a user's edit, each one step of the history (undone, redone, reverted
 * through one mechanism: db/undo-log.ts, applied by electron/services/undoable.ts), with the
 * aggregate it edits: a new step drops the undone steps of its own aggregate only. The renderer
 * reads the history again after a step that is not a tree edit (a tree edit answers with it).
 */
export type Aggregate = 'tree' | 'figures' | 'plans' | 'targets' | 'rules' | 'salary';

export const STEP_AGGREGATES = {
  'units.update': 'tree',
  'units.updateMany': 'tree',
  'units.create': 'tree',
  'units.delete': 'tree',
  'units.move': 'tree',
  'positions.replace': 'tree',
  'positions.setNorm': 'tree',
  'finance.set': 'figures',
  'finance.setMany': 'figures',
  'finance.override': 'figures',
  'finance.configure': 'figures',
  'scenario.create': 'plans',
  'scenario.import': 'plans',
  'scenario.importSample': 'plans',
  'scenario.setOperations': 'plans',
  'scenario.addOperation': 'plans',
  'scenario.changeOperation': 'plans',
  'scenario.removeOperation': 'plans',
  'scenario.moveOperation': 'plans',
  'scenario.setTargetSets': 'plans',
  'scenario.annex': 'plans',
  'scenario.fromPeople': 'plans',
  'scenario.delete': 'plans',
  'scenario.duplicate': 'plans',
  'scenario.rename': 'plans',
  'scenario.lock': 'plans',
  'print.save': 'plans',
  'targetSets.save': 'targets',
  'targetSets.delete': 'targets',
  'baselines.save': 'targets',
  'baselines.delete': 'targets',
  'rules.setParameter': 'rules',
  'rules.pin': 'rules',
  'people.addBaseSalary': 'salary',
  'people.removeBaseSalary': 'salary',
} as const satisfies Record<string, Aggregate>;

export type StepChannel = keyof typeof STEP_AGGREGATES;

export const isStepChannel = (channel: string): channel is StepChannel => Object.hasOwn(STEP_AGGREGATES, channel);
