/**
 * `abolishLevel`: every UBND of a level (the district level in 2025) is dissolved in one step. Its
 * PSUs and other units go under the receiver named for it and take the receiver's level; its phòng
 * are dissolved, their staff and quotas (and the UBND's own) passed to the receiver; the committees
 * of the level below go under the abolished one's parent, keeping their level. Units of that level
 * elsewhere take their parent's level: after it no unit of the level remains.
 */
import { HEADCOUNT_FIELDS, type Unit } from '../../model/unit.ts';
import { canBeUnder } from '../../edits/hierarchy.ts';
import { compareKeys } from '../year-end.ts';
import { ScenarioError, type SimState } from './state.ts';
import { placementParams, type OperationModule, type OperationOf } from './module.ts';

type AbolishLevel = OperationOf<'abolishLevel'>;

/** The committees of the level, in tree order. */
const committeesOf = (s: SimState, level: AbolishLevel['level']) =>
  [...s.units.values()]
    .filter((r) => r.unit.kind === 'people_committee' && r.unit.level === level)
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((r) => r.unit.code);

/** A dissolved unit's staff and quotas go to the receiver (the head and deputies join its staff, as `dissolve`). */
function absorb(s: SimState, gone: Unit, receiverCode: string, year: number) {
  s.edit(s.unitOf(receiverCode)!, (r) => {
    for (const f of HEADCOUNT_FIELDS) if (f !== 'deputies') r[f] += gone[f];
  });
  s.movePositions([gone.code], receiverCode, year);
}

export const abolishLevel: OperationModule<'abolishLevel'> = {
  validate(s, op, index) {
    const committees = committeesOf(s, op.level);
    if (committees.length === 0)
      throw new ScenarioError(index, op.type, 'err.abolishNothing', { level: `level.${op.level}` });
    const abolished = new Set(committees);
    for (const code of Object.keys(op.receivers))
      if (!abolished.has(code))
        throw new ScenarioError(index, op.type, 'err.abolishNotCommittee', { code, level: `level.${op.level}` });
    for (const c of committees) {
      const committee = s.unitOf(c)!;
      const to = op.receivers[c];
      if (to === undefined)
        throw new ScenarioError(index, op.type, 'err.abolishReceiverMissing', { code: c, unit: committee.name });
      const receiver = s.must(index, op.type, to);
      if (receiver.level === op.level || committees.some((x) => s.isUnder(to, x)))
        throw new ScenarioError(index, op.type, 'err.abolishReceiverLevel', { code: to, unit: committee.name });
      for (const k of s.childrenOf.get(c) ?? []) {
        const child = s.unitOf(k)!;
        // What goes under the receiver: the units, and the children of the phòng dissolved.
        const placed =
          child.kind === 'people_committee'
            ? []
            : child.kind === 'division'
              ? (s.childrenOf.get(k) ?? []).map((g) => s.unitOf(g)!)
              : [child];
        if (child.kind === 'people_committee') {
          const parent = committee.parentCode === null ? null : s.unitOf(committee.parentCode)!;
          if (!canBeUnder(child.kind, parent, child.level))
            throw new ScenarioError(index, op.type, 'err.placement', placementParams(child.kind, parent));
        }
        for (const u of placed)
          if (!canBeUnder(u.kind, receiver, receiver.level))
            throw new ScenarioError(index, op.type, 'err.placement', placementParams(u.kind, receiver));
      }
    }
  },
  apply(s, op) {
    for (const c of committeesOf(s, op.level)) {
      const committee = s.unitOf(c)!;
      const to = op.receivers[c]!;
      for (const k of [...(s.childrenOf.get(c) ?? [])]) {
        const child = s.unitOf(k)!;
        if (child.kind === 'people_committee') s.setParent(k, committee.parentCode);
        else if (child.kind === 'division') {
          s.moveChildren(k, to);
          absorb(s, child, to, op.year);
          s.replace([k], []);
        } else s.setParent(k, to);
      }
      absorb(s, committee, to, op.year);
      s.replace([c], []);
    }
    // What is left of the level (the units moved under a receiver and theirs, units elsewhere) takes its parent's level, top down.
    const left = [...s.units.values()]
      .filter((r) => r.unit.level === op.level)
      .sort((a, b) => compareKeys(a.key, b.key));
    for (const r of left) {
      const parent = r.unit.parentCode === null ? undefined : s.unitOf(r.unit.parentCode);
      const level = parent && parent.level !== op.level ? parent.level : 'province';
      s.edit(r.unit, (u) => (u.level = level));
    }
  },
  // The committees, every unit under them, and the receivers (with the state: their subtrees as they are).
  units(op, s) {
    const receivers = [...new Set(Object.values(op.receivers))];
    if (!s) return [...Object.keys(op.receivers), ...receivers];
    const committees = committeesOf(s, op.level);
    return [...new Set([...committees.flatMap((c) => s.subtree(c)), ...receivers])];
  },
  describe(op, { tr, nameOf, when }) {
    // The level in running text: "cấp huyện", not the label "cấp Huyện".
    const level = tr(`level.${op.level}`).toLowerCase();
    const committees = Object.keys(op.receivers);
    const receivers = [...new Set(Object.values(op.receivers))];
    // One receiver for all (the provincial committee in 2025): named once, after the committees.
    if (receivers.length === 1)
      return tr('op.abolishLevelOne', {
        year: when,
        level,
        count: committees.length,
        units: committees.map(nameOf).join(', '),
        to: nameOf(receivers[0]!),
      });
    const pairs = Object.entries(op.receivers).map(([c, r]) =>
      tr('op.abolishPair', { unit: nameOf(c), to: nameOf(r) }),
    );
    return tr('op.abolishLevel', { year: when, level, count: pairs.length, pairs: pairs.join('; ') });
  },
};
