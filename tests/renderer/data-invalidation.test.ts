/** The renderer's cache invalidation: which change topics an edit announces, and which cached answers each topic makes stale. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../shared/contract/index.ts';
import type { ChangeTopic } from '../../renderer/src/app/change-event.ts';
import { isStale, READS, topicsAfterCall, WRITES_WITHOUT_TOPICS } from '../../renderer/src/data/invalidation.ts';
import { topicsOf } from '../../shared/edits/change-topics.ts';
import { isStepChannel, STEP_AGGREGATES } from '../../shared/edits/steps.ts';

const key = (channel: string, args: unknown = {}) => [channel, args] as const;
const TOPICS: ChangeTopic[] = ['units', 'plans', 'figures', 'people', 'history', 'rules'];
/** The read channels whose answers `topics` make stale. */
const readsOf = (topics: readonly ChangeTopic[]) =>
  (Object.keys(READS) as Channel[]).filter((c) => isStale(topics, key(c)));
/** The edits: every channel that announces a topic after it is called. */
const EDITS = CHANNELS.filter((c) => topicsAfterCall(c).length > 0);

/** The renderer's sources, each with its text. */
function rendererSources(): Array<{ file: string; text: string }> {
  const root = path.join(import.meta.dirname, '../../renderer/src');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => ({ file: f, text: readFileSync(path.join(root, f), 'utf8') }));
}

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

  it('a key that is not a channel is never touched; every topic makes some read stale', () => {
    expect(isStale(['units'], [42])).toBe(false);
    for (const topic of TOPICS) expect(readsOf([topic]).length, topic).toBeGreaterThan(0);
  });
});

describe('every channel is declared: an edit with its topics, or a read with the topics it depends on', () => {
  it('each channel of the contract is exactly one of: an edit announcing topics, a write without topics, a read', () => {
    for (const channel of CHANNELS) {
      const kinds = [
        topicsOf(channel).length > 0 && 'edit',
        Object.hasOwn(WRITES_WITHOUT_TOPICS, channel) && 'write without topics',
        Object.hasOwn(READS, channel) && 'read',
      ].filter(Boolean);
      expect(kinds, channel).toHaveLength(1);
    }
    // Nothing declared that the contract does not have.
    for (const channel of [...Object.keys(READS), ...Object.keys(WRITES_WITHOUT_TOPICS)])
      expect(CHANNELS, channel).toContain(channel);
  });

  it('every step of the history is an edit announcing topics, never a read', () => {
    for (const channel of Object.keys(STEP_AGGREGATES)) {
      expect(topicsOf(channel).length, channel).toBeGreaterThan(0);
      expect(Object.hasOwn(READS, channel), channel).toBe(false);
    }
  });

  it('every edit makes stale at least one read, and what it changes is read again in this tab', () => {
    for (const channel of EDITS) expect(readsOf(topicsAfterCall(channel)).length, channel).toBeGreaterThan(0);
  });

  it('every channel the renderer reads through the cache is a declared read (else no edit would ever read it again)', () => {
    const cached = new Map<string, string>();
    for (const { file, text } of rendererSources())
      for (const m of text.matchAll(/\b(?:useChannel|channelKey|setChannelData)\(\s*'([\w.]+)'/g))
        cached.set(m[1]!, file);
    expect(cached.size).toBeGreaterThan(10);
    for (const [channel, file] of cached) expect(Object.hasOwn(READS, channel), `${channel} (${file})`).toBe(true);
    // The plan page's reads depend on the plans (the cut figures come from a plan's simulation).
    for (const channel of [...cached.keys()].filter((c) => c.startsWith('scenario.') && c !== 'scenario.samplePlans'))
      expect(READS[channel as Channel], channel).toContain('plans');
  });
});

describe('each edit makes stale exactly the views that read what it changed', () => {
  /** Views and the edits that must (and must not) make them stale, by what each view shows. */
  const cases: Array<{ edit: Channel; stale: Channel[]; kept: Channel[] }> = [
    {
      edit: 'finance.set',
      stale: ['finance.list', 'finance.summary', 'scenario.metrics', 'scenario.state', 'print.get', 'export.finance'],
      kept: [
        'units.list',
        'findings.list',
        'people.list',
        'rules.get',
        'targetSets.list',
        'baselines.list',
        'positions.list',
      ],
    },
    {
      edit: 'targetSets.save',
      stale: ['targetSets.list', 'scenario.open', 'scenario.metrics', 'print.get'],
      kept: ['units.list', 'finance.list', 'people.proposals', 'findings.list', 'rules.get', 'positions.list'],
    },
    {
      edit: 'baselines.delete',
      stale: ['baselines.list', 'scenario.metrics', 'scenario.roadmap'],
      kept: ['finance.summary', 'people.list', 'units.list'],
    },
    {
      edit: 'scenario.addOperation',
      stale: ['scenario.open', 'scenario.list', 'scenario.metrics', 'scenario.preview', 'positions.plan', 'print.get'],
      kept: ['units.list', 'finance.list', 'people.list', 'findings.list', 'positions.list', 'positions.norm'],
    },
    {
      // The findings and the positions read who holds which position from the personnel list.
      edit: 'people.propose',
      stale: ['people.proposals', 'people.list', 'scenario.metrics', 'print.get', 'findings.list'],
      kept: ['finance.list', 'units.list', 'targetSets.list'],
    },
    {
      // After importing the personnel, the Cảnh báo count and the "not yet placed" findings without a reload.
      edit: 'people.import',
      stale: [
        'people.list',
        'findings.list',
        'positions.list',
        'positions.norm',
        'export.findings',
        'scenario.metrics',
      ],
      kept: ['finance.list', 'units.list', 'targetSets.list', 'rules.get'],
    },
    {
      edit: 'positions.replace',
      stale: ['positions.list', 'positions.norm', 'findings.list', 'units.list', 'scenario.metrics'],
      kept: ['targetSets.list', 'baselines.list', 'rules.get'],
    },
    {
      // A rule edit is announced to the other clients as a change of the tree (they read it again with its findings).
      edit: 'rules.pin',
      stale: ['rules.get', 'findings.list', 'positions.norm', 'scenario.metrics', 'print.get', 'units.list'],
      kept: ['targetSets.list', 'baselines.list', 'ui.state.get'],
    },
    {
      edit: 'units.create',
      stale: ['units.list', 'workspace.info', 'findings.list', 'finance.list', 'people.list', 'scenario.state'],
      kept: ['rules.get', 'targetSets.list', 'baselines.list'],
    },
  ];
  for (const { edit, stale, kept } of cases)
    it(`${edit}: ${stale.join(', ')} stale; ${kept.join(', ')} kept`, () => {
      const topics = topicsAfterCall(edit);
      for (const read of stale) expect(isStale(topics, key(read, { name: 'PA1' })), `${edit} → ${read}`).toBe(true);
      for (const read of kept) expect(isStale(topics, key(read, { name: 'PA1' })), `${edit} → ${read}`).toBe(false);
      // The toolbar's undo button follows every step of the history, of any aggregate.
      expect(isStale(topics, key('history.list')), `${edit} → history.list`).toBe(isStepChannel(edit));
    });

  it('what never changes by an edit (files on disk, fixed lists, the UI state read afresh) is never made stale', () => {
    for (const read of ['ui.state.get', 'workspace.recent', 'province.read', 'scenario.samplePlans'] as const)
      expect(readsOf(TOPICS), read).not.toContain(read);
  });
});
