// One simulation per plan version: the plan channels read the cached simulation of the plan as it
// is, and every kind of change to what a simulation reads gives a fresh one.
import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';
import { simulationsComputed } from '../services/simulation-cache.ts';
import { STEP_AGGREGATES } from '../../shared/edits/steps.ts';

const setup = (bvQuota = 40) =>
  handlerHarness([
    unit('T', null, { kind: 'people_committee' }),
    unit('S', 'T', { kind: 'department', civilServantQuota: 30, civilServantActual: 28 }),
    unit('A', 'S', { kind: 'psu', publicEmployeeQuota: 20, publicEmployeeActual: 18 }),
    unit('B', 'S', { kind: 'psu', publicEmployeeQuota: 10, publicEmployeeActual: 9 }),
    unit('BV', 'T', { kind: 'psu', publicEmployeeQuota: bvQuota, publicEmployeeActual: 35 }),
  ]);

type Harness = ReturnType<typeof setup>;
interface Opened {
  scenario: { name: string; operations: unknown[] };
  version: string;
}

/** Every channel the plan page reads after an edit, and the printed proposal: what each view shows. */
async function allViews({ call }: Harness, name = 'PA1') {
  const { scenario } = await call<Opened>('scenario.open', { name });
  const sim = await call<{ years: Array<{ year: number }> }>('scenario.simulate', { scenario });
  const roadmap = await call('scenario.roadmap', { name });
  const diff = await call('scenario.diff', { name, year: 2026 });
  const state = await call<{ baseline: Array<{ code: string; publicEmployeeQuota: number }> }>('scenario.state', {
    name,
    year: 2027,
  });
  const printed = await call('print.get', { name, type: 'de-an' });
  return { sim, roadmap, diff, state, printed };
}

/** Simulations computed while `fn` runs. */
async function simulationsIn(fn: () => Promise<unknown>): Promise<number> {
  const before = simulationsComputed();
  await fn();
  return simulationsComputed() - before;
}

async function withPlan(bvQuota?: number) {
  const h = setup(bvQuota);
  await h.call('scenario.import', {
    scenario: {
      name: 'PA1',
      operations: [{ type: 'merge', year: 2026, units: ['A', 'B'], into: 'A' }],
      targetSets: [],
    },
  });
  await allViews(h); // the plan as imported, simulated once
  return h;
}

describe('one simulation per plan version', () => {
  it('an edit simulates the plan once: the roadmap, changes, state, metrics and print then read it', async () => {
    const h = await withPlan();
    expect(await simulationsIn(() => allViews(h))).toBe(0); // nothing changed: nothing simulated
    const { version } = await h.call<Opened>('scenario.open', { name: 'PA1' });
    const edit = () =>
      h.call('scenario.addOperation', { name: 'PA1', version, operation: { type: 'convert', year: 2027, unit: 'BV' } });
    // The edit checks the plan by simulating it; every view afterwards reads that simulation.
    expect(await simulationsIn(async () => [await edit(), await allViews(h)])).toBe(1);
    h.ws.close();
  });

  it('keeps the simulations of a plan across another plan’s edits, its printed settings and its copy', async () => {
    const h = await withPlan();
    await h.call('scenario.create', { name: 'PA2' });
    const { version } = await h.call<Opened>('scenario.open', { name: 'PA2' });
    await h.call('scenario.addOperation', {
      name: 'PA2',
      version,
      operation: { type: 'convert', year: 2027, unit: 'BV' },
    });
    await h.call('scenario.duplicate', { name: 'PA2', newName: 'PA3' });
    expect(await simulationsIn(() => allViews(h))).toBe(0);
    h.ws.close();
  });

  it('the plan is in the key: each edit of it, and each undo, gives a fresh simulation showing it', async () => {
    const h = await withPlan();
    const { version } = await h.call<Opened>('scenario.open', { name: 'PA1' });
    const convert = { type: 'convert', year: 2027, unit: 'BV' };
    await h.call('scenario.addOperation', { name: 'PA1', version, operation: convert });
    const converted = (v: Awaited<ReturnType<typeof allViews>>) =>
      (v.sim as unknown as { years: Array<{ converted: number }> }).years.at(-1)!.converted;
    let views = await allViews(h);
    expect(converted(views)).toBe(35);
    await h.call('history.undo', {});
    expect(await simulationsIn(async () => (views = await allViews(h)))).toBe(1);
    expect(converted(views)).toBe(0);
    h.ws.close();
  });

  // Each kind of change the simulation reads, made through its channel: one fresh simulation after
  // it (the views would otherwise show the plan over the workspace as it was), and what it changed shown.
  const changes: Array<[string, (h: Harness) => Promise<unknown>, (v: Awaited<ReturnType<typeof allViews>>) => void]> =
    [
      [
        'a baseline unit edited',
        (h) => h.call('units.update', { code: 'BV', patch: { publicEmployeeQuota: 41 } }),
        (v) => expect(v.state.baseline.find((u) => u.code === 'BV')?.publicEmployeeQuota).toBe(41),
      ],
      [
        'a rule parameter set',
        (h) => h.call('rules.setParameter', { parameter: 'psuMinStaff', value: 40, reason: 'Quy định của tỉnh' }),
        () => undefined,
      ],
      [
        'a rule set pinned',
        (h) => h.call('rules.pin', { ruleSetId: 'nd120-107-2020', reason: 'Theo văn bản cũ' }),
        () => undefined,
      ],
      [
        'finance figures entered',
        (h) =>
          h.call('finance.set', { code: 'BV', year: 2025, revenue: '75', spending: '100', amountUnit: 'trieu_dong' }),
        () => undefined,
      ],
      ['a baseline recorded', (h) => h.call('baselines.save', { baseline: { year: 2021, psus: 3 } }), () => undefined],
      [
        'a base salary period added',
        (h) => h.call('people.addBaseSalary', { amount: '2.530.000', from: '01/07/2027', citation: 'Nghị định X' }),
        () => undefined,
      ],
    ];
  for (const [what, change, shows] of changes)
    it(`the workspace's generation is in the key: ${what} gives a fresh simulation`, async () => {
      const h = await withPlan();
      await change(h);
      let views: Awaited<ReturnType<typeof allViews>> | undefined;
      expect(
        await simulationsIn(async () => {
          views = await allViews(h);
        }),
      ).toBe(1);
      shows(views!);
      h.ws.close();
    });

  it('a target set saved gives a fresh simulation judging the plan by it', async () => {
    const h = await withPlan();
    const target = { id: 'psu-2027', title: 'Giảm 10% số ĐVSN', metric: ['psus'], baseYear: 2025, year: 2027 };
    const set = { id: 'tinh-2027', title: 'Chỉ tiêu của tỉnh', targets: [{ ...target, requiredPct: 10 }] };
    await h.call('targetSets.save', { set });
    const { version } = await h.call<Opened>('scenario.open', { name: 'PA1' });
    await h.call('scenario.setTargetSets', { name: 'PA1', targetSets: ['tinh-2027'], version });
    const required = async () =>
      (
        await h.call<{ targets: Array<{ requiredPct: number }> }>('scenario.simulate', {
          scenario: (await h.call<Opened>('scenario.open', { name: 'PA1' })).scenario,
        })
      ).targets.map((t) => t.requiredPct);
    expect(await required()).toEqual([10]);
    await h.call('targetSets.save', { set: { ...set, targets: [{ ...target, requiredPct: 20 }] } });
    expect(await simulationsIn(async () => expect(await required()).toEqual([20]))).toBe(1);
    h.ws.close();
  });

  it('the workspace is in the key: the same plan over another workspace is simulated over it', async () => {
    // The same plan over two files made alike (as many rows written on each connection) but one quota.
    const one = await withPlan();
    const other = await withPlan(44);
    const read = async (h: Harness) =>
      (await allViews(h)).state.baseline.find((u) => u.code === 'BV')?.publicEmployeeQuota;
    expect(await read(one)).toBe(40);
    expect(await read(other)).toBe(44);
    one.ws.close();
    other.ws.close();
  });

  it('the plans aggregate writes only plans (and the history), so its writes may keep the simulations', async () => {
    const h = await withPlan();
    const { version } = await h.call<Opened>('scenario.open', { name: 'PA1' });
    await h.call('scenario.addOperation', {
      name: 'PA1',
      version,
      operation: { type: 'convert', year: 2027, unit: 'BV' },
    });
    await h.call('scenario.duplicate', { name: 'PA1', newName: 'PA2' });
    await h.call('scenario.rename', { name: 'PA2', newName: 'PA3' });
    await h.call('print.save', {
      name: 'PA1',
      type: 'de-an',
      settings: (await h.call<{ settings: unknown }>('print.get', { name: 'PA1', type: 'de-an' })).settings,
    });
    await h.call('scenario.lock', { name: 'PA3', locked: true });
    await h.call('scenario.lock', { name: 'PA3', locked: false });
    await h.call('scenario.delete', { name: 'PA3' });
    const tables = h.ws.db.prepare('SELECT DISTINCT tbl FROM undo_changes ORDER BY tbl').pluck().all();
    expect(tables).toEqual(['proposals', 'scenarios']);
    // Every channel of the plans aggregate is one of those checked here or writes a plan's definition alone.
    expect(
      Object.entries(STEP_AGGREGATES)
        .filter(([, a]) => a === 'plans')
        .map(([c]) => c),
    ).toEqual([
      'scenario.create',
      'scenario.import',
      'scenario.importSample',
      'scenario.setOperations',
      'scenario.addOperation',
      'scenario.changeOperation',
      'scenario.removeOperation',
      'scenario.moveOperation',
      'scenario.setTargetSets',
      'scenario.annex',
      'scenario.fromPeople',
      'scenario.delete',
      'scenario.duplicate',
      'scenario.rename',
      'scenario.lock',
      'print.save',
    ]);
    h.ws.close();
  });
});
