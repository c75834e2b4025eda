/**
 * The one place that says which cached answers an edit makes stale: a change topic (announced by
 * the back end over /events, by this tab's views, or derived from the channel this tab just
 * called: shared/edits/change-topics.ts) names the channel prefixes whose answers are read again.
 * A query's key is [channel, args] (useChannel), so a key is stale when its channel's prefix is
 * listed for one of the topics. Pure: unit-tested in tests/data-invalidation.test.ts.
 */
import { topicsOf } from '../../../shared/edits/change-topics.ts';
import { isStepChannel, STEP_AGGREGATES } from '../../../shared/edits/steps.ts';
import type { ChangeTopic } from '../app/change-event.ts';

/**
 * What each topic changes, by the prefix of the channels that read it. A plan's simulation reads
 * the baseline units, the figures, the rules and the personnel proposals, so every one of those
 * topics makes the plans' answers stale; print reads everything.
 */
export const TOPIC_READS: Record<ChangeTopic, readonly string[]> = {
  units: ['units', 'findings', 'positions', 'workspace', 'finance', 'scenario', 'people', 'province', 'print'],
  figures: ['finance', 'scenario', 'print'],
  plans: ['scenario', 'targetSets', 'baselines', 'province', 'print'],
  people: ['people', 'scenario', 'print'],
  history: ['history'],
  rules: ['rules', 'findings', 'positions', 'scenario', 'print'],
};

const prefixOf = (channel: string) => channel.slice(0, channel.indexOf('.') === -1 ? undefined : channel.indexOf('.'));

/** Whether a query keyed [channel, args] is made stale by any of `topics`. */
export function isStale(topics: readonly ChangeTopic[], queryKey: readonly unknown[]): boolean {
  const channel = queryKey[0];
  if (typeof channel !== 'string') return false;
  const prefix = prefixOf(channel);
  return topics.some((topic) => TOPIC_READS[topic].includes(prefix));
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
