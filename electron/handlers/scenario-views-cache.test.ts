// A stored plan's metrics read by its name, and the views of a plan version made once: the same
// results as computed afresh, without the operations sent back or the views made again.
import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';
import { simulationsComputed } from '../services/simulation-cache.ts';

interface Opened {
  scenario: { name: string; operations: unknown[] };
  version: string;
}

async function withPlan() {
  const h = handlerHarness([
    unit('T', null, { kind: 'people_committee' }),
    unit('S', 'T', { kind: 'department', civilServantQuota: 30, civilServantActual: 33 }),
    unit('A', 'S', { kind: 'psu', publicEmployeeQuota: 20, publicEmployeeActual: 18 }),
    unit('B', 'S', { kind: 'psu', publicEmployeeQuota: 10, publicEmployeeActual: 9 }),
    unit('BV', 'T', { kind: 'psu', publicEmployeeQuota: 40, publicEmployeeActual: 35 }),
  ]);
  await h.call('scenario.import', {
    scenario: {
      name: 'PA1',
      operations: [
        { type: 'merge', year: 2026, units: ['A', 'B'], into: 'A' },
        { type: 'staffExit', year: 2027, unit: 'S', civilServants: 2, publicEmployees: 0, reason: 'retirement' },
      ],
    },
  });
  return h;
}

interface Simulated {
  years: unknown[];
  findings: Array<{ year: number; unitCode: string }>;
  operations: Array<{ units: Record<string, unknown> }>;
}

const edit = async (h: Awaited<ReturnType<typeof withPlan>>) => {
  const { version } = await h.call<Opened>('scenario.open', { name: 'PA1' });
  await h.call('scenario.addOperation', {
    name: 'PA1',
    version,
    operation: { type: 'convert', year: 2027, unit: 'BV' },
  });
};

describe('scenario.metrics: a stored plan simulated by its name', () => {
  it('equals scenario.simulate with the plan’s operations sent, before and after an edit', async () => {
    const h = await withPlan();
    for (const step of [() => Promise.resolve(), () => edit(h)]) {
      await step();
      const { scenario } = await h.call<Opened>('scenario.open', { name: 'PA1' });
      const { findings, operations, ...sent } = await h.call<Simulated>('scenario.simulate', { scenario });
      const before = simulationsComputed();
      const byName = await h.call('scenario.metrics', { name: 'PA1' });
      expect(simulationsComputed() - before).toBe(0); // the plan version's simulation, read
      // Every year's figures, the targets and the notices; the findings and operations are read per unit.
      expect(byName).toEqual(sent);
      expect(findings.length).toBeGreaterThan(0);
      expect(operations.length).toBeGreaterThan(0);
      let shown = 0;
      for (const code of ['T', 'S', 'A', 'B', 'BV', 'X'])
        for (const year of [2025, 2026, 2027, 2030, 2040]) {
          const detail = await h.call<Omit<Simulated, 'years'>>('scenario.unitDetail', {
            name: 'PA1',
            year,
            unit: code,
          });
          expect(detail, `${code} ${year}`).toEqual({
            findings: findings.filter((f) => f.year === year && f.unitCode === code),
            operations: operations.filter((o) => Object.hasOwn(o.units, code)),
          });
          shown += detail.findings.length + detail.operations.length;
        }
      expect(shown).toBeGreaterThan(0);
      expect(simulationsComputed() - before).toBe(0);
    }
    const [sim] = [await h.call<{ years: Array<{ converted: number }> }>('scenario.metrics', { name: 'PA1' })];
    expect(sim.years.at(-1)!.converted).toBe(35); // the edit shows
    await expect(h.call('scenario.metrics', { name: 'PA9' })).rejects.toThrow();
    h.ws.close();
  });
});

describe('the views of a plan version', () => {
  it('metrics, roadmap and changes are made once per version and per request, afresh after an edit', async () => {
    const h = await withPlan();
    const views = async () => ({
      metrics: await h.call<object>('scenario.metrics', { name: 'PA1' }),
      roadmap: await h.call<{ units: Array<{ code: string }> }>('scenario.roadmap', { name: 'PA1' }),
      added: await h.call<{ units: Array<{ code: string }> }>('scenario.roadmap', { name: 'PA1', units: ['BV'] }),
      diff: await h.call<{ diff: Array<{ code: string; fields: Array<{ field: string }> }> }>('scenario.diff', {
        name: 'PA1',
        year: 2027,
      }),
    });
    const first = await views();
    const again = await views();
    expect(again.metrics).toBe(first.metrics);
    expect(again.roadmap).toBe(first.roadmap);
    expect(again.added).toBe(first.added);
    expect(again.diff).toBe(first.diff);
    // Another request is another view: the unit the user added is a row of that roadmap only.
    expect(first.added.units.map((u) => u.code)).toContain('BV');
    expect(first.roadmap.units.map((u) => u.code)).not.toContain('BV');
    const diff2026 = await h.call('scenario.diff', { name: 'PA1', year: 2026 });
    expect(diff2026).not.toBe(first.diff);
    await edit(h);
    const after = await views();
    expect(after.metrics).not.toBe(first.metrics);
    expect(after.roadmap).not.toBe(first.roadmap);
    expect(after.diff).not.toBe(first.diff);
    expect(after.diff.diff.some((c) => c.code === 'BV')).toBe(true); // the converted hospital
    expect(first.diff.diff.some((c) => c.code === 'BV')).toBe(false);
    h.ws.close();
  });
});
