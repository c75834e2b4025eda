/**
 * Routine operations gathered into one section of the đề án's Phương án: operations of one kind on
 * one date with a common receiver or purpose (the units moved to the communes of their area, those
 * moved to one sở, the communes merged by the resolution's table, the offices merged inside the
 * sở, the public service units converted, the units given one class). A merge of agencies and the split, dissolution or
 * creation of a unit keep a section of their own.
 */
import type { Unit } from '../../model/unit.ts';
import type { Operation } from '../../scenario/operations.ts';
import { classWords } from './class-and-quota.ts';

/** What a group is gathered by (the last part of its key). */
export type GroupPurpose = 'commune' | 'division' | 'psu' | { receiver: string } | { to: string };

export interface OperationGroupOf {
  /** "group:transfer:2025-07-01:commune": type, date (or year), receiver or purpose. */
  key: string;
  type: Operation['type'];
  purpose: GroupPurpose;
}

const isCommune = (u: Unit | undefined) => u?.kind === 'people_committee' && u.level === 'commune';

/**
 * The group an operation belongs to, or null when it keeps its own section. `unitOf` finds a unit
 * as the plan has it around the operation (a receiving commune may be made by a merge of the same date).
 */
export function groupOf(op: Operation, unitOf: (code: string) => Unit | undefined): OperationGroupOf | null {
  const date = ('date' in op && op.date) || String(op.year);
  const make = (purpose: GroupPurpose): OperationGroupOf => ({
    key: `group:${op.type}:${date}:${typeof purpose === 'string' ? purpose : 'receiver' in purpose ? purpose.receiver : purpose.to}`,
    type: op.type,
    purpose,
  });
  switch (op.type) {
    case 'transfer':
      if (op.parentCode === null) return null;
      return make(isCommune(unitOf(op.parentCode)) ? 'commune' : { receiver: op.parentCode });
    case 'merge': {
      const units = op.units.map(unitOf);
      if (units.every(isCommune)) return make('commune');
      if (units.every((u) => u?.kind === 'division')) return make('division');
      return null;
    }
    case 'convert':
      return unitOf(op.unit)?.kind === 'psu' ? make('psu') : null;
    // Units given the same class on one date (the district schools becoming commune-level units).
    case 'reclassify':
      return make({ to: classWords(op) });
    default:
      return null;
  }
}
