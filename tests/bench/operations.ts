/**
 * A plan of many operations over a workspace made by `generateUnits`, for the simulation
 * benchmark: PSUs merged in pairs, divisions of PSUs dissolved into their PSU, divisions split in
 * two, quotas set, departments renamed — each on units no other operation touches, spread over
 * the years from `firstYear` to `lastYear` and over every department.
 */
import type { Unit } from '../../shared/model/unit.ts';
import type { Operation } from '../../shared/scenario/operations.ts';

export function benchOperations(
  units: readonly Unit[],
  count: number,
  firstYear: number,
  lastYear: number,
): Operation[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const departments = units.filter((u) => u.kind === 'department').map((u) => u.code);
  const perDepartment = departments.map((d) => {
    const ops: Operation[] = []; // years are given below
    const has = (c: string) => byCode.has(c);
    for (let k = 1; k <= 11; k += 2) {
      const [a, b] = [`${d}.U${k}`, `${d}.U${k + 1}`];
      if (has(a) && has(b)) ops.push({ year: 0, type: 'merge', units: [a, b], into: a });
      if (has(`${a}.K1`)) ops.push({ year: 0, type: 'dissolve', unit: `${a}.K1`, staffTo: a });
    }
    for (let k = 1; k <= 4; k++) {
      const p = byCode.get(`${d}.P${k}`);
      if (p) ops.push({ year: 0, type: 'setQuota', unit: p.code, civilServantQuota: p.civilServantQuota + 1 });
    }
    const p5 = byCode.get(`${d}.P5`);
    if (p5) {
      const half = (n: number) => Math.floor(n / 2);
      ops.push({
        year: 0,
        type: 'split',
        unit: p5.code,
        into: [
          {
            code: `${p5.code}a`,
            name: `${p5.name} A`,
            civilServantQuota: half(p5.civilServantQuota),
            civilServantActual: half(p5.civilServantActual),
            contractWorkers: half(p5.contractWorkers),
            deputies: half(p5.deputies),
          },
          {
            code: `${p5.code}b`,
            name: `${p5.name} B`,
            civilServantQuota: p5.civilServantQuota - half(p5.civilServantQuota),
            civilServantActual: p5.civilServantActual - half(p5.civilServantActual),
            contractWorkers: p5.contractWorkers - half(p5.contractWorkers),
            deputies: p5.deputies - half(p5.deputies),
          },
        ],
      });
    }
    ops.push({ year: 0, type: 'rename', unit: d, name: `${byCode.get(d)!.name} (mới)` });
    return ops;
  });
  // Round robin over the departments, so that every province gets its share.
  const out: Operation[] = [];
  const span = lastYear - firstYear + 1;
  for (let i = 0; out.length < count; i++) {
    let took = false;
    for (const ops of perDepartment) {
      if (out.length >= count) break;
      const op = ops[i];
      if (!op) continue;
      took = true;
      out.push({ ...op, year: firstYear + (out.length % span) });
    }
    if (!took) throw new Error(`benchOperations: only ${out.length} operations fit in ${units.length} units`);
  }
  return out;
}
