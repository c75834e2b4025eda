/**
 * A simulation resumed from the plan's version before an edit (`SimulateOptions.previous`,
 * ./resume.ts) against the same plan simulated from the start: the whole result (every year's
 * units, findings, metrics, figures and positions, the steps with their units, targets, notices,
 * exits, recruitments, heads, positions added, and the year changes the views read) must be the
 * same, or both refuse the plan with the same error — on random plans and random edits (an
 * operation added, changed, removed, two swapped) at random dates, and on edits of edits.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate, ScenarioError, type SimulateOptions, type Simulation } from './simulate.ts';
import type { Operation } from './operations.ts';
import { ruleSetById } from '../rules/rule-sets.ts';
import { generateUnits } from '../sample/generate.ts';
import { createRandom } from '../random.ts';
import type { Unit } from '../model/unit.ts';
import { planTimeline } from './year-changes.ts';
import { randomPlan } from '../../tests/random-plan.ts';
import { firstDifferingYear, sameValue } from './resume.ts';

const OPTIONS: SimulateOptions = {
  baseYear: 2021,
  horizon: 2030,
  rules: { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' },
};
const BY_DATE: SimulateOptions = { ...OPTIONS, rules: { provinceClass: 'class2' } };

/** The whole simulation as JSON (maps as their entries), with the year changes it kept for the views. */
function asJson(sim: Simulation, units: readonly Unit[]): string {
  const timeline = planTimeline(sim, units);
  return JSON.stringify({ sim, changes: timeline?.changes ?? null }, (_key, value: unknown) =>
    value instanceof Map
      ? [...(value as Map<unknown, unknown>).entries()]
      : typeof value === 'bigint'
        ? `${value}n`
        : value,
  );
}

/** The result of simulating, or the error it refused the plan with. */
function run(units: readonly Unit[], ops: readonly Operation[], options: SimulateOptions) {
  try {
    return { sim: simulate(units, ops, options) };
  } catch (err) {
    if (!(err instanceof ScenarioError)) throw err;
    return { error: `${err.index} ${err.type} ${err.key} ${JSON.stringify(err.params)}` };
  }
}

/** A random edit of the plan: an operation added (from another random plan, or a quota set on a day), changed, removed, or two swapped. */
function edited(units: readonly Unit[], ops: readonly Operation[], seed: number): Operation[] {
  const r = createRandom(seed);
  const out = [...ops];
  const at = Math.floor(r.next() * (out.length + 1));
  const year = 2021 + Math.floor(r.next() * 10);
  const day = `${year}-${String(1 + Math.floor(r.next() * 12)).padStart(2, '0')}-15`;
  const unit = r.pick(units.filter((u) => u.kind === 'department' || u.kind === 'psu')).code;
  switch (r.pick(['add', 'addDated', 'addOther', 'change', 'remove', 'swap'] as const)) {
    case 'add':
      out.splice(at, 0, { type: 'setQuota', year, unit, civilServantQuota: 7 + (seed % 50) });
      break;
    case 'addDated':
      out.push({ type: 'setDeputies', year, date: day, unit, deputies: seed % 4 });
      break;
    case 'addOther': {
      const other = randomPlan(units, seed + 1, 40);
      out.splice(at, 0, r.pick(other));
      break;
    }
    case 'change': {
      const i = Math.min(at, out.length - 1);
      const op = out[i]!;
      out[i] = { ...op, year, ...('date' in op && op.date ? { date: day } : {}) };
      break;
    }
    case 'remove':
      out.splice(Math.min(at, out.length - 1), 1);
      break;
    case 'swap': {
      const j = Math.floor(r.next() * out.length);
      const i = Math.min(at, out.length - 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
      break;
    }
  }
  return out;
}

function sameAsFull(units: readonly Unit[], ops: readonly Operation[], options: SimulateOptions, previous: Simulation) {
  const full = run(units, ops, options);
  const resumed = run(units, ops, { ...options, previous });
  expect(resumed.error).toEqual(full.error);
  if (full.sim) expect(asJson(resumed.sim!, units)).toEqual(asJson(full.sim, units));
  return resumed.sim;
}

describe('simulate from the version before (resume)', () => {
  it('equals simulating from the start, on random plans and edits, and on edits of edits (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 20, max: 120 }),
        fc.boolean(),
        (seed, count, byDate) => {
          const units = generateUnits(800, (seed % 5) + 1);
          const options = byDate ? BY_DATE : OPTIONS;
          const ops = randomPlan(units, seed, count);
          const first = run(units, ops, options).sim;
          if (!first) return;
          const once = edited(units, ops, seed * 3 + 1);
          const second = sameAsFull(units, once, options, first);
          if (second) sameAsFull(units, edited(units, once, seed * 3 + 2), options, second);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('takes the years before the edit from the version before, and simulates from the year of the edit', () => {
    const units = generateUnits(800, 2);
    const ops = randomPlan(units, 11, 80);
    const before = simulate(units, ops, OPTIONS);
    const unit = units.find((u) => u.kind === 'department')!.code;
    const edit: Operation[] = [...ops, { type: 'setQuota', year: 2028, unit, civilServantQuota: 3 }];
    const after = simulate(units, edit, { ...OPTIONS, previous: before });
    // 2021–2027 are the very rows of the version before; 2028 on are new.
    expect(after.years.slice(0, 7).every((y, i) => y === before.years[i])).toBe(true);
    expect(after.years.slice(7).some((y, i) => y === before.years[7 + i])).toBe(false);
    expect(asJson(after, units)).toEqual(asJson(simulate(units, edit, OPTIONS), units));
    // And from that one in turn (a resumed simulation keeps what a later edit resumes from).
    const again: Operation[] = [...edit, { type: 'setDeputies', year: 2029, unit, deputies: 1 }];
    const third = simulate(units, again, { ...OPTIONS, previous: after });
    expect(third.years.slice(0, 8).every((y, i) => y === after.years[i])).toBe(true);
    expect(third.years[8]).not.toBe(after.years[8]);
    expect(asJson(third, units)).toEqual(asJson(simulate(units, again, OPTIONS), units));
    // An edit in the second year: too few years to keep (MIN_YEARS_KEPT), simulated from the start.
    const early = simulate(units, [...ops, { type: 'setDeputies', year: 2022, unit, deputies: 1 }], {
      ...OPTIONS,
      previous: before,
    });
    expect(early.years[0]).not.toBe(before.years[0]);
  });

  it('compares operations as JSON would', () => {
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 0 })).toBe(false);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(sameValue({ a: null }, { a: {} })).toBe(false);
  });

  it('finds the first year that differs by operation, index and place', () => {
    const a: Operation = { type: 'setQuota', year: 2023, unit: 'A', civilServantQuota: 1 };
    const b: Operation = { type: 'setQuota', year: 2026, unit: 'B', civilServantQuota: 1 };
    const c: Operation = { type: 'setQuota', year: 2028, unit: 'C', civilServantQuota: 1 };
    const of = (ops: Operation[]) => ops.map((op, index) => ({ op, index }));
    expect(firstDifferingYear(of([a, b]), of([a, b]), 2030)).toBe(2031);
    expect(firstDifferingYear(of([a, b]), of([a, b, c]), 2030)).toBe(2028);
    expect(firstDifferingYear(of([a, b, c]), of([a, b]), 2030)).toBe(2028);
    expect(firstDifferingYear(of([a, b]), of([a, { ...b, civilServantQuota: 2 }]), 2030)).toBe(2026);
    // An operation put in at the front of a later year shifts the indexes: from that year on.
    expect(
      firstDifferingYear(
        of([a, c]),
        [
          { op: a, index: 0 },
          { op: b, index: 2 },
          { op: c, index: 1 },
        ],
        2030,
      ),
    ).toBe(2026);
    expect(
      firstDifferingYear(
        of([a, b]),
        [
          { op: a, index: 1 },
          { op: b, index: 0 },
        ],
        2030,
      ),
    ).toBe(2023);
  });
});
