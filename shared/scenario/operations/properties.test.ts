/**
 * The property tests over plans that use the two-tier operations (create, reclassify, cutQuotas,
 * setProvince) among the older ones, dated to the day: the incremental end of year equals the full
 * evaluation, and people are never lost or invented.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate, ScenarioError, type SimulateOptions } from '../simulate.ts';
import type { Operation } from '../operations.ts';
import { LEVELS, SECTORS, UNIT_KINDS, type Unit } from '../../model/unit.ts';
import { PROVINCE_CLASSES } from '../../model/workspace.ts';
import { ruleSetById } from '../../rules/rule-sets.ts';
import { generateUnits } from '../../sample/generate.ts';
import { createRandom } from '../../random.ts';
import { generateSampleProvince } from '../../sample/hau-giang.ts';

const staff = (units: readonly Unit[]) =>
  units.reduce(
    (s, u) => s + u.civilServantActual + u.publicEmployeeActual + u.selfFundedEmployees + u.contractWorkers,
    0,
  );

/** A random dated plan; what the state refuses (a misplaced class, a unit gone) is left out, one at a time. */
function randomPlan(units: readonly Unit[], seed: number, count: number, options: SimulateOptions): Operation[] {
  const r = createRandom(seed);
  const codes = units.map((u) => u.code);
  const ops: Operation[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2021 + Math.floor((i * 10) / count);
    const date = r.chance(0.7)
      ? `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`
      : undefined;
    const when = date ? { year, date } : { year };
    const any = () => r.pick(codes);
    switch (
      r.pick([
        'create',
        'reclassify',
        'cutQuotas',
        'setProvince',
        'transfer',
        'dissolve',
        'merge',
        'recruit',
        'staffExit',
      ] as const)
    ) {
      case 'create': {
        const code = `N${i}`;
        ops.push({
          ...when,
          type: 'create',
          unit: {
            code,
            name: `Mới ${i}`,
            parentCode: r.chance(0.1) ? null : any(),
            kind: r.pick(UNIT_KINDS),
            level: r.pick(LEVELS),
            sector: r.pick(SECTORS),
            civilServantQuota: r.int(0, 20),
            publicEmployeeQuota: r.int(0, 20),
            deputies: r.int(0, 3),
          },
        });
        codes.push(code);
        break;
      }
      case 'reclassify':
        ops.push({
          ...when,
          type: 'reclassify',
          unit: any(),
          ...(r.chance(0.5) ? { kind: r.pick(UNIT_KINDS) } : {}),
          ...(r.chance(0.5) ? { level: r.pick(LEVELS) } : { sector: r.pick(SECTORS) }),
        });
        break;
      case 'cutQuotas':
        ops.push({
          ...when,
          type: 'cutQuotas',
          percent: r.int(1, 300) / 10,
          fields: r.chance(0.5) ? ['civilServantQuota'] : ['publicEmployeeQuota', 'civilServantQuota'],
          scope: {
            ...(r.chance(0.7) ? { under: any() } : {}),
            ...(r.chance(0.4) ? { kind: [r.pick(UNIT_KINDS)] } : {}),
            ...(r.chance(0.3) ? { sector: [r.pick(SECTORS), r.pick(SECTORS)] } : {}),
            ...(r.chance(0.3) ? { level: [r.pick(LEVELS)] } : {}),
          },
        });
        break;
      case 'setProvince':
        ops.push({
          ...when,
          type: 'setProvince',
          name: `Tỉnh ${i}`,
          ...(r.chance(0.7) ? { class: r.pick(PROVINCE_CLASSES) } : {}),
        });
        break;
      case 'transfer':
        ops.push({ ...when, type: 'transfer', unit: any(), parentCode: any() });
        break;
      case 'dissolve':
        ops.push({ ...when, type: 'dissolve', unit: any(), staffTo: r.chance(0.5) ? any() : null });
        break;
      case 'merge':
        ops.push({ ...when, type: 'merge', units: [any(), any()], into: r.chance(0.5) ? `N${i}` : any() });
        break;
      case 'recruit':
        ops.push({ ...when, type: 'recruit', unit: any(), civilServants: r.int(0, 2), publicEmployees: r.int(1, 2) });
        break;
      case 'staffExit':
        ops.push({
          ...when,
          type: 'staffExit',
          unit: any(),
          civilServants: 0,
          publicEmployees: 1,
          reason: r.pick(['retirement', 'resignation', 'other'] as const),
        });
        break;
    }
  }
  // A merge into an existing unit names it among the merged ones.
  for (const op of ops)
    if (op.type === 'merge' && typeof op.into === 'string' && !op.units.includes(op.into)) op.into = op.units[0]!;
  for (let tries = 0; tries < 400; tries++) {
    try {
      simulate(units, ops, { ...options, fullEvaluation: true });
      return ops;
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      ops.splice(e.index, 1);
    }
  }
  throw new Error('randomPlan: too many refused operations');
}

const RULES = [
  { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const },
  { provinceClass: 'class1' as const },
];

describe('the two-tier operations under the simulation’s properties', () => {
  it('incremental = full evaluation, and staff at the end + leavers + converted = staff at the start + annexed + recruited (fast-check)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 30, max: 140 }),
        fc.constantFrom(0, 1),
        (seed, count, ruleIndex) => {
          const units = generateUnits(600, (seed % 5) + 1);
          const options: SimulateOptions = { baseYear: 2021, horizon: 2030, rules: RULES[ruleIndex]! };
          const ops = randomPlan(units, seed, count, options);
          for (const op of ops) seen.add(op.type);
          const incremental = simulate(units, ops, options);
          const full = simulate(units, ops, { ...options, fullEvaluation: true });
          incremental.years.forEach((y, i) => expect(y, `year ${y.year}`).toEqual(full.years[i]));
          expect(incremental.notices).toEqual(full.notices);
          expect(incremental.targets).toEqual(full.targets);
          expect(incremental.steps).toEqual(full.steps);
          const last = incremental.years.at(-1)!;
          expect(staff(last.units) + last.leavers + last.converted).toBe(staff(units) + last.annexed + last.recruited);
        },
      ),
      { numRuns: 20 },
    );
    // Every new operation was really exercised (applied, not only refused).
    for (const type of ['create', 'reclassify', 'cutQuotas', 'setProvince']) expect(seen).toContain(type);
  });

  it('with the district level abolished on the Hậu Giang sample amid other operations: incremental = full, nobody lost (fast-check)', () => {
    const units = generateSampleProvince();
    const districts = units.filter((u) => u.kind === 'people_committee' && u.level === 'district').map((u) => u.code);
    let abolished = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 20, max: 80 }),
        fc.integer({ min: 2022, max: 2029 }),
        (seed, count, year) => {
          const options: SimulateOptions = { baseYear: 2021, horizon: 2030, rules: RULES[1]! };
          const abolish: Operation = {
            type: 'abolishLevel',
            year,
            date: `${year}-07-01`,
            level: 'district',
            receivers: Object.fromEntries(districts.map((d) => [d, 'HG'])),
          };
          // No operation of the plan makes district units again (then none is left at the end).
          const ops = randomPlan(units, seed, count, options).filter(
            (o) =>
              !(
                (o.type === 'create' && o.unit.level === 'district') ||
                (o.type === 'reclassify' && o.level === 'district')
              ),
          );
          let plan = [...ops.slice(0, count >> 1), abolish, ...ops.slice(count >> 1)];
          let incremental;
          for (let tries = 0; !incremental && tries < 100; tries++) {
            try {
              incremental = simulate(units, plan, options);
            } catch (e) {
              if (!(e instanceof ScenarioError)) throw e;
              // What the abolition cannot place (a unit an earlier operation put under a district) goes with the operations that put it there.
              const at = plan.indexOf(abolish);
              plan =
                e.index === at
                  ? plan.filter((o, i) => i > at || !['create', 'transfer', 'reclassify', 'merge'].includes(o.type))
                  : plan.filter((_, i) => i !== e.index);
            }
          }
          if (!incremental || !plan.includes(abolish)) return;
          abolished++;
          const full = simulate(units, plan, { ...options, fullEvaluation: true });
          incremental.years.forEach((y, i) => expect(y, `year ${y.year}`).toEqual(full.years[i]));
          expect(incremental.notices).toEqual(full.notices);
          expect(incremental.steps).toEqual(full.steps);
          const last = incremental.years.at(-1)!;
          expect(last.units.some((u) => u.level === 'district')).toBe(false);
          expect(staff(last.units) + last.leavers + last.converted).toBe(staff(units) + last.annexed + last.recruited);
        },
      ),
      { numRuns: 10 },
    );
    expect(abolished).toBeGreaterThan(7);
  });

  it('judges a reclassified unit’s children again (a phòng is judged by its parent’s kind)', () => {
    const units = generateUnits(800, 2);
    // Chi cục with their phòng become units of kind "other" (which may hold phòng too).
    const subs = units.filter((u) => u.kind === 'sub_department');
    expect(subs.length).toBeGreaterThan(2);
    const ops: Operation[] = subs.map((d, i) => ({
      year: 2022 + (i % 3),
      type: 'reclassify',
      unit: d.code,
      kind: 'other',
    }));
    const options: SimulateOptions = { baseYear: 2021, horizon: 2025, rules: RULES[0]! };
    const incremental = simulate(units, ops, options);
    expect(incremental.years.map((y) => y.findings)).toEqual(
      simulate(units, ops, { ...options, fullEvaluation: true }).years.map((y) => y.findings),
    );
    // The phòng of a chi cục are judged by rules the same phòng under an "other" unit is not.
    expect(incremental.years.at(-1)!.findings.length).not.toBe(incremental.years[0]!.findings.length);
  });
});
