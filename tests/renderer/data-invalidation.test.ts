/** The renderer's cache invalidation: which change topics an edit announces, and which cached answers each topic makes stale. */
import { describe, expect, it } from 'vitest';
import { isStale, topicsAfterCall, TOPIC_READS } from '../../renderer/src/data/invalidation.ts';
import { topicsOf } from '../../shared/edits/change-topics.ts';
import { STEP_AGGREGATES } from '../../shared/edits/steps.ts';

const key = (channel: string, args: unknown = {}) => [channel, args] as const;

describe('topic → query keys', () => {
  it('a headcount edit makes the tree, findings, finance and plans stale, not the personnel history or the rules', () => {
    const topics = topicsAfterCall('units.update');
    expect(topics.sort()).toEqual(['history', 'units']);
    expect(isStale(topics, key('findings.list', { units: ['A'] }))).toBe(true);
    expect(isStale(topics, key('finance.summary'))).toBe(true);
    expect(isStale(topics, key('scenario.state', { name: 'PA1' }))).toBe(true);
    expect(isStale(topics, key('history.list'))).toBe(true);
    expect(isStale(topics, key('rules.get'))).toBe(false);
    expect(isStale(topics, key('backups.info'))).toBe(false);
  });

  it('a figures edit makes finance and plans stale, never the units or the personnel list', () => {
    const topics = topicsAfterCall('finance.set');
    expect(isStale(topics, key('finance.list', { year: 2026 }))).toBe(true);
    expect(isStale(topics, key('scenario.roadmap', { name: 'PA1' }))).toBe(true);
    expect(isStale(topics, key('units.list'))).toBe(false);
    expect(isStale(topics, key('people.list'))).toBe(false);
  });

  it('a personnel edit makes the proposals and the plans stale, not the figures', () => {
    const topics = topicsAfterCall('people.propose');
    expect(isStale(topics, key('people.proposals'))).toBe(true);
    expect(isStale(topics, key('scenario.roadmap', { name: 'PA1' }))).toBe(true);
    expect(isStale(topics, key('finance.list'))).toBe(false);
  });

  it('a rule edit judges the findings again', () => {
    const topics = topicsAfterCall('rules.setParameter');
    expect(topics).toContain('rules');
    expect(isStale(topics, key('findings.list'))).toBe(true);
    expect(isStale(topics, key('rules.get'))).toBe(true);
  });

  it('an undo may replay any step: everything read is stale', () => {
    const topics = topicsAfterCall('history.undo');
    for (const channel of ['units.list', 'finance.list', 'scenario.state', 'people.list', 'history.list', 'rules.get'])
      expect(isStale(topics, key(channel))).toBe(true);
  });

  it('a read changes nothing', () => {
    expect(topicsAfterCall('units.list')).toEqual([]);
    expect(topicsAfterCall('scenario.simulate')).toEqual([]);
    expect(topicsAfterCall('ui.state.set')).toEqual([]);
  });

  it('every step of the history changes at least one topic (a new plan command falls back on its aggregate)', () => {
    for (const channel of Object.keys(STEP_AGGREGATES)) {
      expect(topicsOf(channel).length, channel).toBeGreaterThan(0);
      expect(topicsAfterCall(channel), channel).toContain('history');
    }
  });

  it('every plan edit (a step of the plans or targets) makes every read of the plan page stale, in every tab', () => {
    // The keys the plan page reads (renderer/src/plans): the plan read with its version, its simulation
    // (keyed with the plan's name too), its state, changes, roadmap, the list, the target sets, the baselines.
    const planReads = [
      key('scenario.open', { name: 'PA1' }),
      [...key('scenario.simulate', { scenario: {} }), 'PA1'],
      key('scenario.get', { name: 'PA1' }),
      key('scenario.state', { name: 'PA1', year: 2027 }),
      key('scenario.diff', { name: 'PA1', year: 2027 }),
      key('scenario.roadmap', { name: 'PA1', units: [] }),
      key('scenario.list'),
      key('targetSets.list'),
      key('baselines.list'),
    ];
    const planSteps = Object.entries(STEP_AGGREGATES)
      .filter(([, aggregate]) => aggregate === 'plans' || aggregate === 'targets')
      .map(([channel]) => channel);
    expect(planSteps).toContain('scenario.addOperation');
    for (const channel of planSteps) {
      // This tab (its own call) and the others (the topics announced over /events).
      for (const topics of [topicsAfterCall(channel), [...topicsOf(channel)]])
        for (const read of planReads) expect(isStale(topics, read), `${channel} → ${String(read[0])}`).toBe(true);
    }
  });

  it('a key that is not a channel is never touched; every topic reads something', () => {
    expect(isStale(['units'], [42])).toBe(false);
    for (const reads of Object.values(TOPIC_READS)) expect(reads.length).toBeGreaterThan(0);
  });
});
