/**
 * The incremental end of year (year-end.ts) against the full evaluation, which copies, sorts and
 * judges every unit every year (`simulate(…, { fullEvaluation: true })`): every year's units,
 * metrics and autonomy figures, every finding (in order), notice, target, exit and recruitment
 * must be the same — on the benchmark's plans (tests/bench/operations.ts) and on random plans that
 * use every kind of operation.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate, ScenarioError, type SimulateOptions } from './simulate.ts';
import type { Operation } from './operations.ts';
import { ruleSetById } from '../rules/rule-sets.ts';
import { generateUnits } from '../sample/generate.ts';
import { createRandom } from '../random.ts';
import type { Unit } from '../model/unit.ts';
import { benchOperations } from '../../tests/bench/operations.ts';

const RULES = {
  '107': { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const },
  '370': { ruleSet: ruleSetById('nd120-150-370-2026')!, provinceClass: 'class1' as const },
  // Each year by the set in force on its 31/12: 107 to 2024, 150 in 2025, 150+370 from 2026.
  byDate: { provinceClass: 'class2' as const },
};

function same(units: readonly Unit[], ops: readonly Operation[], options: SimulateOptions) {
  const incremental = simulate(units, ops, options);
  const full = simulate(units, ops, { ...options, fullEvaluation: true });
  expect(incremental.years.map((y) => y.year)).toEqual(full.years.map((y) => y.year));
  incremental.years.forEach((y, i) => expect(y, `year ${y.year}`).toEqual(full.years[i]));
  expect(incremental.notices).toEqual(full.notices);
  expect(incremental.targets).toEqual(full.targets);
  expect(incremental.exits).toEqual(full.exits);
  expect(incremental.recruits).toEqual(full.recruits);
  // The operations' figures: read from the tracked rollups, against walking each subtree.
  expect(incremental.steps).toEqual(full.steps);
  return incremental;
}

/**
 * A random plan over 2021–2030 using every kind of operation, on units that exist when it applies
 * (a small model of the tree follows the plan); the few operations still refused (an exit from a
 * unit with nobody left…) are left out.
 */
function randomPlan(units: readonly Unit[], seed: number, count: number): Operation[] {
  const r = createRandom(seed);
  const alive = new Map(units.map((u) => [u.code, { parentCode: u.parentCode, kind: u.kind }]));
  const original = new Map(units.map((u) => [u.code, u]));
  const touched = new Set<string>(); // headcounts changed since the baseline
  const of = (kind: string) => [...alive].filter(([, u]) => u.kind === kind).map(([c]) => c);
  const childrenOf = (code: string) => [...alive].filter(([, u]) => u.parentCode === code).map(([c]) => c);
  const drop = (code: string) => {
    for (const c of childrenOf(code)) drop(c);
    alive.delete(code);
  };
  const ops: Operation[] = [];
  let fresh = 0;
  for (let i = 0; i < count; i++) {
    const year = 2021 + Math.floor((i * 10) / count);
    const any = () => r.pick([...alive.keys()]);
    const psus = of('psu');
    const kind = r.pick([
      'merge',
      'mergeNew',
      'split',
      'transfer',
      'dissolve',
      'convert',
      'rename',
      'setQuota',
      'setDeputies',
      'setAutonomy',
      'staffExit',
      'recruit',
      'annex',
      'transferDepartment',
      'transferPsu',
      'mergeAs',
    ] as const);
    switch (kind) {
      case 'merge': {
        const a = r.pick(psus);
        const b = psus.find((c) => c !== a && alive.get(c)!.parentCode === alive.get(a)!.parentCode);
        if (!b) break;
        ops.push({ year, type: 'merge', units: [a, b], into: a });
        for (const c of childrenOf(b)) alive.get(c)!.parentCode = a;
        alive.delete(b);
        touched.add(a);
        break;
      }
      case 'mergeNew': {
        const divisions = of('division').filter((c) => alive.get(alive.get(c)!.parentCode!)?.kind === 'department');
        const a = r.pick(divisions);
        const b = divisions.find((c) => c !== a && alive.get(c)!.parentCode === alive.get(a)!.parentCode);
        if (!b) break;
        const parentCode = alive.get(a)!.parentCode!;
        const code = `${parentCode}.N${++fresh}`;
        ops.push({
          year,
          type: 'merge',
          units: [a, b],
          into: { code, name: `Phòng mới ${fresh}`, kind: 'division', parentCode },
        });
        alive.delete(a);
        alive.delete(b);
        alive.set(code, { parentCode, kind: 'division' });
        touched.add(code);
        break;
      }
      case 'split': {
        const code = r.pick(
          [...alive.keys()].filter(
            (c) => !touched.has(c) && original.has(c) && alive.get(c)!.kind !== 'people_committee',
          ),
        );
        const u = original.get(code)!;
        const half = (n: number) => Math.floor(n / 2);
        const part = (suffix: string, f: (n: number) => number) => ({
          code: `${code}${suffix}`,
          name: `${u.name} ${suffix}`,
          civilServantQuota: f(u.civilServantQuota),
          civilServantActual: f(u.civilServantActual),
          publicEmployeeQuota: f(u.publicEmployeeQuota),
          publicEmployeeActual: f(u.publicEmployeeActual),
          selfFundedEmployees: f(u.selfFundedEmployees),
          contractWorkers: f(u.contractWorkers),
          deputies: f(u.deputies),
        });
        ops.push({ year, type: 'split', unit: code, into: [part('x', half), part('y', (n) => n - half(n))] });
        const { parentCode, kind: k } = alive.get(code)!;
        for (const c of childrenOf(code)) alive.get(c)!.parentCode = `${code}x`;
        alive.delete(code);
        alive.set(`${code}x`, { parentCode, kind: k });
        alive.set(`${code}y`, { parentCode, kind: k });
        touched.add(`${code}x`).add(`${code}y`);
        break;
      }
      case 'transfer': {
        const k = r.pick(of('psu_division'));
        const to = r.pick(psus);
        if (!k || !to) break;
        ops.push({ year, type: 'transfer', unit: k, parentCode: to });
        alive.get(k)!.parentCode = to;
        break;
      }
      case 'transferDepartment': {
        const d = r.pick(of('department'));
        const to = r.pick(
          [...alive].filter(([, u]) => u.kind === 'people_committee' && u.parentCode === null).map(([c]) => c),
        );
        if (!d || !to) break;
        ops.push({ year, type: 'transfer', unit: d, parentCode: to });
        alive.get(d)!.parentCode = to;
        break;
      }
      case 'transferPsu': {
        // Under the provincial committee or another sở: the rules for a PSU depend on its parent.
        const p = r.pick(psus);
        const to = r.pick(
          [...alive]
            .filter(([, u]) => (u.kind === 'people_committee' && u.parentCode === null) || u.kind === 'department')
            .map(([c]) => c),
        );
        if (!p || !to) break;
        ops.push({ year, type: 'transfer', unit: p, parentCode: to });
        alive.get(p)!.parentCode = to;
        break;
      }
      case 'mergeAs': {
        // Two chi cục merged under the first one's code as a unit of another kind: its own divisions
        // stay, under a parent of another kind.
        const subs = of('sub_department');
        const a = r.pick(subs);
        const b = subs.find((c) => c !== a && alive.get(c)!.parentCode === alive.get(a)!.parentCode);
        if (!b) break;
        const parentCode = alive.get(a)!.parentCode!;
        const as = r.pick(['division', 'sub_department'] as const);
        ops.push({
          year,
          type: 'merge',
          units: [a, b],
          into: { code: a, name: `Đơn vị gộp ${i}`, kind: as, parentCode },
        });
        for (const c of childrenOf(b)) alive.get(c)!.parentCode = a;
        alive.delete(b);
        alive.get(a)!.kind = as;
        touched.add(a);
        break;
      }
      case 'dissolve': {
        const k = r.pick(of('psu_division'));
        if (!k) break;
        const parentCode = alive.get(k)!.parentCode;
        const staffTo = r.chance(0.5) ? parentCode : null;
        ops.push({ year, type: 'dissolve', unit: k, staffTo });
        for (const c of childrenOf(k)) alive.get(c)!.parentCode = parentCode;
        alive.delete(k);
        if (staffTo) touched.add(staffTo);
        break;
      }
      case 'convert': {
        const p = r.pick(psus);
        if (!p) break;
        ops.push({ year, type: 'convert', unit: p });
        drop(p);
        break;
      }
      case 'rename':
        ops.push({ year, type: 'rename', unit: any(), name: `Tên mới ${i}` });
        break;
      case 'setQuota': {
        const code = any();
        ops.push({
          year,
          type: 'setQuota',
          unit: code,
          civilServantQuota: r.int(0, 30),
          ...(r.chance(0.5) ? { publicEmployeeQuota: r.int(0, 60) } : {}),
        });
        break;
      }
      case 'setDeputies':
        ops.push({ year, type: 'setDeputies', unit: any(), deputies: r.int(0, 5) });
        break;
      case 'setAutonomy': {
        const p = r.pick(psus);
        if (!p) break;
        ops.push({
          year,
          type: 'setAutonomy',
          unit: p,
          revenue: r.int(0, 1000) * 1_000_000,
          spending: r.int(1, 1000) * 1_000_000,
        });
        break;
      }
      case 'staffExit': {
        const code = any();
        ops.push({
          year,
          type: 'staffExit',
          unit: code,
          civilServants: r.int(0, 1),
          publicEmployees: 1,
          reason: 'retirement',
        });
        touched.add(code);
        break;
      }
      case 'recruit': {
        const code = any();
        ops.push({ year, type: 'recruit', unit: code, civilServants: r.int(0, 3), publicEmployees: r.int(1, 3) });
        touched.add(code);
        break;
      }
      case 'annex': {
        const prefix = `A${++fresh}.`;
        const joining = generateUnits(r.int(20, 120), seed + fresh);
        const parentCode = r.chance(0.5) ? null : units[0]!.code;
        ops.push({ year, type: 'annex', province: `Tỉnh ${fresh}`, units: joining, parentCode, codePrefix: prefix });
        for (const u of joining)
          alive.set(prefix + u.code, {
            parentCode: u.parentCode === null ? parentCode : prefix + u.parentCode,
            kind: u.kind,
          });
        break;
      }
    }
  }
  // Leave out what is still refused, one at a time.
  for (let tries = 0; tries < 200; tries++) {
    try {
      simulate(units, ops, { baseYear: 2021, horizon: 2030, rules: RULES['107'], fullEvaluation: true });
      return ops;
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      ops.splice(e.index, 1);
    }
  }
  throw new Error('randomPlan: too many refused operations');
}

describe('simulate: the incremental end of year equals the full evaluation', () => {
  it.each([1, 2, 3])('on the benchmark plan (3,000 units, 300 operations, seed %i)', (seed) => {
    const units = generateUnits(3_000, seed);
    const ops = benchOperations(units, 300, 2021, 2030);
    const sim = same(units, ops, { baseYear: 2021, horizon: 2030, rules: RULES['107'] });
    expect(sim.years.every((y) => y.findings.length > 0)).toBe(true);
    // The plan changes the province: the last year differs from the first.
    expect(sim.years.at(-1)!.units.length).toBeLessThan(sim.years[0]!.units.length);
  });

  it('on changes to the first unit (order key 0) and a unit put in before it', () => {
    const units = generateUnits(900, 2);
    const [first, second] = [units[0]!.code, units[1]!.code];
    const ops: Operation[] = [
      { year: 2022, type: 'recruit', unit: first, civilServants: 2, publicEmployees: 1 },
      { year: 2023, type: 'setQuota', unit: first, civilServantQuota: 9 },
      {
        year: 2024,
        type: 'split',
        unit: second,
        into: [
          { ...units[1]!, code: `${second}a`, name: 'A' },
          { code: `${second}b`, name: 'B' },
        ],
      },
    ];
    same(units, ops, { baseYear: 2021, horizon: 2026, rules: RULES['107'] });
  });

  it('on random plans with every kind of operation (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 20, max: 160 }),
        fc.constantFrom('107' as const, '370' as const, 'byDate' as const),
        (seed, count, rules) => {
          const units = generateUnits(1_200, (seed % 7) + 1);
          const ops = randomPlan(units, seed, count);
          same(units, ops, { baseYear: 2021, horizon: 2030, rules: RULES[rules] });
        },
      ),
      { numRuns: 25 },
    );
  });

  it('with autonomy figures from the start and targets', () => {
    const units = generateUnits(2_000, 4);
    const psus = units.filter((u) => u.kind === 'psu');
    const autonomy = new Map(
      psus
        .slice(0, 200)
        .map((u, i) => [u.code, { revenue: BigInt(i * 1_000_000), spending: 500_000_000n, decided: null }]),
    );
    same(units, randomPlan(units, 99, 150), { baseYear: 2021, horizon: 2030, rules: RULES['370'], autonomy });
  });

  it('with the rule set in force changing over the years and autonomy groups changing the PSU limits', () => {
    const units = generateUnits(2_000, 6);
    const psus = units.filter((u) => u.kind === 'psu');
    const autonomy = new Map(
      psus
        .slice(0, 300)
        .map((u, i) => [u.code, { revenue: BigInt((i % 12) * 100_000_000), spending: 1_000_000_000n, decided: null }]),
    );
    const sim = same(units, randomPlan(units, 7, 160), {
      baseYear: 2021,
      horizon: 2030,
      rules: RULES.byDate,
      autonomy,
    });
    expect(
      [...new Set(sim.years.flatMap((y) => y.findings.map((f) => `${y.year}:${f.ruleSet}`)))].filter(
        (x) => x.startsWith('2024') || x.startsWith('2025') || x.startsWith('2026'),
      ),
    ).toEqual(['2024:nd120-107-2020', '2025:nd120-150-2025', '2026:nd120-150-370-2026']);
  });

  it('a baseline with a unit outside the tree (unknown parent) is judged in full, as before', () => {
    const units = generateUnits(500, 5);
    const orphaned = units.map((u, i) => (i === 40 ? { ...u, parentCode: 'NOWHERE' } : u));
    same(
      orphaned,
      benchOperations(units, 20, 2021, 2030).filter((op) => !('unit' in op) || op.unit !== orphaned[40]!.code),
      { baseYear: 2021, horizon: 2030, rules: RULES['107'] },
    );
  });

  it('keeps each year’s units and findings as they were: unchanged ones are shared between years, the baseline is never changed', () => {
    const units = generateUnits(1_000, 1);
    const sim = simulate(units, benchOperations(units, 60, 2021, 2030), {
      baseYear: 2021,
      horizon: 2030,
      rules: RULES['107'],
    });
    const [first, last] = [sim.years[0]!.units, sim.years.at(-1)!.units];
    const kept = new Set(first);
    expect(last.filter((u) => kept.has(u)).length).toBeGreaterThan(last.length / 2);
    const before = structuredClone(units);
    const again = simulate(units, benchOperations(units, 60, 2021, 2030), {
      baseYear: 2021,
      horizon: 2030,
      rules: RULES['107'],
    });
    expect(units).toEqual(before);
    // The units the operations changed are frozen copies; the baseline's own are handed out as they are.
    const changed = again.years.at(-1)!.units.filter((u) => !units.includes(u as Unit));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((u) => Object.isFrozen(u))).toBe(true);
    const firstFindings = new Set(sim.years[0]!.findings);
    const lastFindings = sim.years.at(-1)!.findings;
    expect(lastFindings.filter((f) => firstFindings.has(f)).length).toBeGreaterThan(lastFindings.length / 2);
  });
});
