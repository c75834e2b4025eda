/**
 * The one place that says which cached answers an edit makes stale: a change topic (announced by
 * the back end over /events, by this tab's views, or derived from the channel this tab just
 * called: shared/edits/change-topics.ts) makes stale the answers of every read channel that
 * depends on it (READS). A query's key is [channel, args] (useChannel), so a key is stale when its
 * channel reads one of the topics. Pure: unit-tested in tests/renderer/data-invalidation.test.ts.
 */
import { topicsOf } from '../../../shared/edits/change-topics.ts';
import { isStepChannel, STEP_AGGREGATES } from '../../../shared/edits/steps.ts';
import type { Channel } from '../../../shared/contract/index.ts';
import type { ChangeTopic } from '../app/change-event.ts';

// What a read depends on, by the topics whose edits change it.
const NONE: readonly ChangeTopic[] = [];
const TREE: readonly ChangeTopic[] = ['units'];
/**
 * Findings and job positions are judged by the rules in force, and read the personnel list: who
 * holds which position (the positions' present, the "not yet placed" findings).
 */
const JUDGED: readonly ChangeTopic[] = ['units', 'rules', 'people'];
const FIGURES: readonly ChangeTopic[] = ['units', 'figures'];
const PEOPLE: readonly ChangeTopic[] = ['units', 'people'];
/** Target sets and baselines. */
const TARGETS: readonly ChangeTopic[] = ['plans'];
/** A plan's simulation reads the baseline units, the figures, the rules and the personnel proposals. */
const PLAN: readonly ChangeTopic[] = ['units', 'figures', 'plans', 'people', 'rules'];
/** A printed proposal reads everything a plan does. */
const PRINT = PLAN;

/**
 * Every read channel of the contract, with the topics whose edits make its answers stale ([]: no
 * edit of the app changes it: a file on disk, read when asked or afresh each time it is shown, or
 * a fixed list). Every other channel is an edit, which announces its topics
 * (shared/edits/change-topics.ts), or one of WRITES_WITHOUT_TOPICS; a channel the renderer reads
 * through the cache and that is missing here would never be read again
 * (tests/renderer/data-invalidation.test.ts checks both).
 */
export const READS: { readonly [C in Channel]?: readonly ChangeTopic[] } = {
  'workspace.info': TREE,
  'workspace.recent': NONE,
  'ui.state.get': NONE,
  'units.list': TREE,
  'history.list': ['history'],
  'import.inspect': NONE,
  'import.preview': TREE,
  'export.units': TREE,
  'export.findings': JUDGED,
  'export.finance': FIGURES,
  'export.scenario': PLAN,
  'export.template': NONE,
  'findings.list': JUDGED,
  'rules.get': ['rules'],
  'finance.list': FIGURES,
  'finance.summary': FIGURES,
  'finance.classify': NONE,
  'finance.template': NONE,
  'scenario.list': PLAN,
  'scenario.samplePlans': NONE,
  'scenario.open': PLAN,
  'scenario.get': PLAN,
  'scenario.simulate': PLAN,
  'scenario.metrics': PLAN,
  'scenario.unitDetail': PLAN,
  'scenario.state': PLAN,
  'scenario.diff': PLAN,
  'scenario.roadmap': PLAN,
  'scenario.preview': PLAN,
  'scenario.suggest': PLAN,
  'scenario.suggestCut': PLAN,
  'scenario.annexPreview': PLAN,
  'scenario.export': PLAN,
  'scenario.communesTemplate': NONE,
  'targetSets.list': TARGETS,
  'baselines.list': TARGETS,
  'province.read': NONE,
  'print.get': PRINT,
  'print.pdf': PRINT,
  'print.docx': PRINT,
  'people.list': PEOPLE,
  'people.proposals': PEOPLE,
  'people.retirements': PEOPLE,
  'people.template': NONE,
  'positions.list': JUDGED,
  'positions.norm': JUDGED,
  'positions.plan': PLAN,
  'positions.export': JUDGED,
  'positions.template': NONE,
  'backups.info': NONE,
};

/**
 * The edits that change no answer the cache holds, each for its reason: the page reloads on
 * another workspace, the answer is put in the cache by the view that asked, or what changes is a
 * file on disk or the UI state (read afresh).
 */
export const WRITES_WITHOUT_TOPICS: Readonly<Partial<Record<Channel, string>>> = {
  'workspace.open': 'the page reloads on the workspace opened',
  'workspace.create': 'the page reloads on the workspace made',
  'workspace.restore': 'the page reloads on the workspace restored',
  'workspace.generate': 'the page reloads on the workspace made',
  'workspace.saveAs': 'the page reloads on the copy, which holds the same data',
  'workspace.backup': 'a copy on disk',
  'ui.state.set': 'the UI state is read afresh each time',
  'backups.setRetention': 'answers with backups.info, which its view puts in the cache',
};

/** Whether a query keyed [channel, args] is made stale by any of `topics`. */
export function isStale(topics: readonly ChangeTopic[], queryKey: readonly unknown[]): boolean {
  const channel = queryKey[0];
  if (typeof channel !== 'string' || !Object.hasOwn(READS, channel)) return false;
  const reads = READS[channel as Channel]!;
  return topics.some((topic) => reads.includes(topic));
}

/**
 * The topics this tab's own successful call changed: the back end's table, the history for every
 * step of it, and the rules for a rule edit (findings are judged again).
 */
export function topicsAfterCall(channel: string): ChangeTopic[] {
  const topics = new Set<ChangeTopic>(topicsOf(channel));
  if (isStepChannel(channel)) {
    topics.add('history');
    if (STEP_AGGREGATES[channel] === 'rules') topics.add('rules');
  }
  if (channel.startsWith('rules.') && topics.size > 0) topics.add('rules');
  // An undo, redo or revert may replay a step of any aggregate.
  if (channel.startsWith('history.') && topics.size > 0) topics.add('rules').add('history');
  return [...topics];
}
