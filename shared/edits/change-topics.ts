/**
 * What a successful call changed: the org tree (units, findings, history), plans, Decree 60
 * figures, personnel. Other browser clients on the same workspace are told over /events
 * (server-sent events, electron/browser-sessions.ts) and reload what they show; the renderer's own
 * query cache is invalidated by the same table after its own calls (renderer/src/data/invalidation.ts).
 */
import { STEP_AGGREGATES, isStepChannel, type Aggregate } from './steps.ts';

export type ChangeTopic = 'units' | 'plans' | 'figures' | 'people';

/** A step channel not listed below changes what its aggregate stands for (a new plan command: plans). */
const AGGREGATE_TOPICS: Record<Aggregate, readonly ChangeTopic[]> = {
  tree: ['units'],
  figures: ['figures'],
  plans: ['plans'],
  targets: ['plans'],
  rules: ['units'],
  salary: ['people'],
};

const TOPICS: Record<string, readonly ChangeTopic[]> = {
  'units.update': ['units'],
  'units.updateMany': ['units'],
  'units.create': ['units'],
  'units.delete': ['units', 'figures'],
  'units.move': ['units'],
  'history.undo': ['units', 'figures', 'plans', 'people'],
  'history.redo': ['units', 'figures', 'plans', 'people'],
  'history.revert': ['units', 'figures', 'plans', 'people'],
  'import.apply': ['units'],
  // Job positions: other clients reload the tree, its findings and the positions shown beside the quota.
  'positions.replace': ['units'],
  'positions.import': ['units'],
  'rules.configure': ['units'],
  'rules.pin': ['units'],
  'rules.setParameter': ['units'],
  'finance.set': ['figures'],
  'finance.setMany': ['figures'],
  'finance.override': ['figures'],
  'finance.configure': ['figures'],
  'finance.import': ['figures'],
  'scenario.import': ['plans'],
  'scenario.importSample': ['plans'],
  'scenario.delete': ['plans'],
  'scenario.duplicate': ['plans'],
  'scenario.rename': ['plans'],
  'scenario.lock': ['plans'],
  'scenario.create': ['plans'],
  'scenario.setOperations': ['plans'],
  'scenario.addOperation': ['plans'],
  'scenario.changeOperation': ['plans'],
  'scenario.removeOperation': ['plans'],
  'scenario.moveOperation': ['plans'],
  'scenario.setTargetSets': ['plans'],
  'scenario.annex': ['plans'],
  'scenario.communes': ['plans'],
  'scenario.fromPeople': ['plans'],
  'targetSets.save': ['plans'],
  'targetSets.delete': ['plans'],
  'baselines.save': ['plans'],
  'baselines.delete': ['plans'],
  'print.save': ['plans'],
  'people.addBaseSalary': ['people'],
  'people.removeBaseSalary': ['people'],
  'people.propose': ['people'],
  'people.withdraw': ['people'],
  'people.import': ['people'],
  'people.remove': ['people'],
};

export function topicsOf(channel: string): readonly ChangeTopic[] {
  if (Object.hasOwn(TOPICS, channel)) return TOPICS[channel]!;
  return isStepChannel(channel) ? AGGREGATE_TOPICS[STEP_AGGREGATES[channel]] : [];
}
