/**
 * Edits of the organisation tree as data, each with its exact inverse, so that every step can be
 * undone, redone, or reverted later, and kept in the workspace across restarts.
 */
import { z } from 'zod';
import { UnitSchema, type Unit } from '../model/unit.ts';
import type { MessageKey } from '../i18n/index.ts';

/** A unit with its place among its siblings, enough to put it back exactly. */
export const PlacedUnitSchema = UnitSchema.extend({ position: z.number() });
export type PlacedUnit = z.output<typeof PlacedUnitSchema>;

export type Edit =
  | { type: 'update'; code: string; before: Partial<Unit>; after: Partial<Unit> }
  | { type: 'create'; unit: PlacedUnit }
  /**
   * Removes `units` (a unit and, unless lifted, its subtree; parents first) with their finance
   * figures; `lifted` children move up to the unit's parent.
   */
  | {
      type: 'delete';
      units: PlacedUnit[];
      lifted: Array<{ code: string; from: string; to: string | null }>;
      figures?: StoredFigures[];
    }
  /** Puts back what a delete removed. */
  | {
      type: 'restore';
      units: PlacedUnit[];
      lifted: Array<{ code: string; from: string; to: string | null }>;
      figures?: StoredFigures[];
    }
  | { type: 'move'; code: string; from: string | null; to: string | null; fromPosition: number; toPosition: number };

/** Finance figures of a unit and year as stored (see db/finance-repo.ts), kept with a deletion. */
export interface StoredFigures {
  code: string;
  year: number;
  revenue: string;
  spending: string;
  investmentFunding: string | null;
  depreciation: string | null;
  assignedGroup: string | null;
  overrideGroup: string | null;
  overrideReason: string | null;
  note: string | null;
}

export function inverse(edit: Edit): Edit {
  switch (edit.type) {
    case 'update':
      return { type: 'update', code: edit.after.code ?? edit.code, before: edit.after, after: edit.before };
    case 'create':
      return { type: 'delete', units: [edit.unit], lifted: [] };
    case 'delete':
      return { type: 'restore', units: edit.units, lifted: edit.lifted, figures: edit.figures };
    case 'restore':
      return { type: 'delete', units: edit.units, lifted: edit.lifted, figures: edit.figures };
    case 'move':
      return {
        type: 'move',
        code: edit.code,
        from: edit.to,
        to: edit.from,
        fromPosition: edit.toPosition,
        toPosition: edit.fromPosition,
      };
  }
}

/**
 * The codes of the units an edit adds, removes or changes (as units: parent, fields), or null when
 * it changes others too (a new code: the children's parent changes with it). Siblings' places may
 * change besides (positions), which the order of the units shows.
 */
export function unitsTouched(edit: Edit): string[] | null {
  switch (edit.type) {
    case 'update':
      return edit.after.code === undefined || edit.after.code === edit.code ? [edit.code] : null;
    case 'create':
      return [edit.unit.code];
    case 'delete':
    case 'restore':
      return [...edit.units.map((u) => u.code), ...edit.lifted.map((l) => l.code)];
    case 'move':
      return [edit.code];
  }
}

/** What the history list says of a step. */
export interface EditLabel {
  key: MessageKey;
  params: Record<string, string | number>;
}
