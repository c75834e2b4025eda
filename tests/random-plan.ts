/** Random plans for the property tests of shared/scenario (the incremental year end, the views read from the years' changes). */
import { simulate, ScenarioError } from '../shared/scenario/simulate.ts';
import type { Operation } from '../shared/scenario/operations.ts';
import { ruleSetById } from '../shared/rules/rule-sets.ts';
import { generateUnits } from '../shared/sample/generate.ts';
import { createRandom } from '../shared/random.ts';
import type { Unit } from '../shared/model/unit.ts';

const RULES_107 = { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const };

/**
 * A random plan over 2021–2030 using every kind of operation, on units that exist when it applies
 * (a small model of the tree follows the plan); the few operations still refused (an exit from a
 * unit with nobody left…) are left out.
 */
export function randomPlan(units: readonly Unit[], seed: number, count: number): Operation[] {
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
      simulate(units, ops, { baseYear: 2021, horizon: 2030, rules: RULES_107, fullEvaluation: true });
      return ops;
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      ops.splice(e.index, 1);
    }
  }
  throw new Error('randomPlan: too many refused operations');
}
