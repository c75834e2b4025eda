/**
 * `reclassify`: a unit changes level, kind or sector (a district school becomes a commune-level
 * PSU, a district phòng a commune office), checked against placement under its parent and over
 * its children; combine with `transfer` to move it.
 */
import { canBeUnder } from '../../edits/hierarchy.ts';
import { ScenarioError } from './state.ts';
import { placementParams, type OperationModule } from './module.ts';

export const reclassify: OperationModule<'reclassify'> = {
  validate(s, op, index) {
    const unit = s.must(index, op.type, op.unit);
    const kind = op.kind ?? unit.kind;
    const level = op.level ?? unit.level;
    const parent = unit.parentCode === null ? null : (s.unitOf(unit.parentCode) ?? null);
    if (!canBeUnder(kind, parent, level))
      throw new ScenarioError(index, op.type, 'err.placement', placementParams(kind, parent));
    for (const c of s.childrenOf.get(unit.code) ?? []) {
      const child = s.unitOf(c)!;
      if (!canBeUnder(child.kind, { kind, level }, child.level))
        throw new ScenarioError(index, op.type, 'err.placement', placementParams(child.kind, { kind }));
    }
  },
  apply(s, op) {
    const unit = s.unitOf(op.unit)!;
    s.edit(unit, (u) => {
      if (op.kind !== undefined) u.kind = op.kind;
      if (op.level !== undefined) u.level = op.level;
      if (op.sector !== undefined) u.sector = op.sector;
    });
    // Decree 60 figures belong to public service units only.
    if (op.kind !== undefined && op.kind !== 'psu') s.dropFigures(unit.code);
  },
  units: (op) => [op.unit],
  describe(op, { tr, nameOf, when }) {
    const what = [
      op.kind !== undefined ? tr('op.reclassifyKind', { kind: tr(`kind.${op.kind}`) }) : null,
      op.level !== undefined ? tr('op.reclassifyLevel', { level: tr(`level.${op.level}`) }) : null,
      op.sector !== undefined ? tr('op.reclassifySector', { sector: tr(`sector.${op.sector}`) }) : null,
    ].filter(Boolean);
    return tr('op.reclassify', { year: when, unit: nameOf(op.unit), what: what.join(', ') });
  },
};
