/**
 * What a successful call changed, as browser clients reload it: the org tree (units, findings,
 * history), plans, Decree 60 figures, personnel. Other clients on the same workspace are told over
 * /events (server-sent events) and reload what they show instead of keeping stale rows.
 */
export type ChangeTopic = 'units' | 'plans' | 'figures' | 'people';

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
  return Object.hasOwn(TOPICS, channel) ? TOPICS[channel]! : [];
}
