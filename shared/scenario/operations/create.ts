/** `create`: a new unit, placed by the same rules as every other; it starts with quotas and no one in it. */
import { HEADCOUNT_FIELDS, type Unit } from '../../model/unit.ts';
import { canBeUnder } from '../../edits/hierarchy.ts';
import { ScenarioError } from './state.ts';
import { placementParams, type OperationModule } from './module.ts';

export const create: OperationModule<'create'> = {
  validate(s, op, index) {
    const u = op.unit;
    if (s.has(u.code)) throw new ScenarioError(index, op.type, 'err.duplicateCode', { code: u.code });
    const parent = u.parentCode === null ? null : s.must(index, op.type, u.parentCode);
    if (!canBeUnder(u.kind, parent, u.level))
      throw new ScenarioError(index, op.type, 'err.placement', placementParams(u.kind, parent));
  },
  apply(s, op) {
    const { code, name, parentCode, kind, level, sector } = op.unit;
    const counts = Object.fromEntries(HEADCOUNT_FIELDS.map((f) => [f, op.unit[f] ?? 0]));
    s.addLast({ code, name, parentCode, kind, level, sector, ...counts, heads: op.unit.heads ?? null } as Unit);
  },
  units: (op) => (op.unit.parentCode ? [op.unit.code, op.unit.parentCode] : [op.unit.code]),
  describe: (op, { tr, nameOf, when }) =>
    tr('op.create', {
      year: when,
      name: op.unit.name,
      code: op.unit.code,
      kind: tr(`kind.${op.unit.kind}`),
      level: tr(`level.${op.unit.level}`),
      parent: op.unit.parentCode ? nameOf(op.unit.parentCode) : tr('op.topLevel'),
      cs: op.unit.civilServantQuota ?? 0,
      pe: op.unit.publicEmployeeQuota ?? 0,
    }),
};
