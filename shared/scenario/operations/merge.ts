/** `merge`: units become one, a surviving one or a new unit; counts add up, the other heads become deputies, children follow. */
import { HEADCOUNT_FIELDS, type HeadcountField, type Unit } from '../../model/unit.ts';
import { canBeUnder } from '../../edits/hierarchy.ts';
import { groupOf, mergeAutonomy } from '../autonomy.ts';
import { ScenarioError } from './state.ts';
import { placementParams, type OperationModule, type OperationOf } from './module.ts';

type Merge = OperationOf<'merge'>;
const intoCode = (op: Merge) => (typeof op.into === 'string' ? op.into : op.into.code);

export const merge: OperationModule<'merge'> = {
  validate(s, op, index) {
    const codes = [...new Set(op.units)];
    const units = codes.map((c) => s.must(index, op.type, c));
    for (const d of codes) {
      const parentCode = s.unitOf(d)!.parentCode;
      if (parentCode !== null && codes.some((c) => s.isUnder(parentCode, c)))
        throw new ScenarioError(index, op.type, 'err.scenarioMergeNested', { code: d });
    }
    if (typeof op.into === 'string') {
      if (!codes.includes(op.into)) throw new ScenarioError(index, op.type, 'err.scenarioMergeInto', { code: op.into });
      return;
    }
    if (s.has(op.into.code) && !codes.includes(op.into.code))
      throw new ScenarioError(index, op.type, 'err.duplicateCode', { code: op.into.code });
    const parent = op.into.parentCode === null ? null : s.must(index, op.type, op.into.parentCode);
    if (parent && codes.some((c) => s.isUnder(parent.code, c)))
      throw new ScenarioError(index, op.type, 'err.moveCycle', { code: op.into.code, target: parent.code });
    if (!canBeUnder(op.into.kind, parent, units[0]!.level))
      throw new ScenarioError(index, op.type, 'err.placement', placementParams(op.into.kind, parent));
  },
  apply(s, op, index) {
    const codes = [...new Set(op.units)];
    const units = codes.map((c) => s.unitOf(c)!);
    const sum = {} as Record<HeadcountField, number>;
    for (const f of HEADCOUNT_FIELDS) {
      let total = 0;
      for (const u of units) total += u[f];
      sum[f] = total;
    }
    // One head remains (when any unit had one); the other former heads count as deputies until the
    // officer arranges them. Where a unit's heads are not entered, each other unit is taken to have had
    // one head (the deputies' worst case for the limits), and the heads' own count is left unknown.
    const unknown = units.filter((u) => typeof u.heads !== 'number').map((u) => u.code);
    const known = units.reduce((n, u) => n + (u.heads ?? 0), 0);
    const heads = known > 0 ? 1 : unknown.length > 0 ? null : 0;
    const toArrange = unknown.length > 0 ? null : Math.max(0, known - 1);
    sum.deputies += toArrange ?? units.length - 1;
    const target: Unit =
      typeof op.into === 'string'
        ? { ...s.unitOf(op.into)!, ...sum }
        : {
            ...units[0]!,
            ...sum,
            code: op.into.code,
            name: op.into.name,
            kind: op.into.kind,
            parentCode: op.into.parentCode,
          };
    target.heads = heads;
    s.heads.push({ index, year: op.year, code: target.code, before: known, after: heads, toArrange, unknown });
    for (const c of codes) if (c !== target.code) s.moveChildren(c, target.code);
    s.replace(codes, [target]);
    const psus = units.filter((u) => u.kind === 'psu');
    if (psus.length > 0) {
      const { merged, lowered: from } = mergeAutonomy(psus.map((u) => s.figures.get(u.code)));
      s.moveFigures(codes, target.code, target.kind === 'psu' ? merged : null);
      const to = merged && groupOf(merged);
      if (to && from.length > 0) s.lowered.push({ index, code: target.code, from, to });
    }
    s.movePositions(codes, target.code, op.year);
    s.mergedQuota.push({ code: target.code, at: s.applied });
    s.merged.push({ code: target.code, date: op.date ?? null });
  },
  units: (op) => [...op.units, intoCode(op)],
  describe: (op, { tr, nameOf, when }) =>
    tr('op.merge', {
      year: when,
      units: op.units.map(nameOf).join(', '),
      into: typeof op.into === 'string' ? nameOf(op.into) : op.into.name,
    }),
};
