/**
 * One kind of scenario operation as a module: how it is refused, applied, described and previewed.
 * Each lives in its own file in this folder and is registered in the table of index.ts; the
 * exchange format (its zod schema) is in ../operations.ts.
 */
import type { Lang, MessageKey, MessageParams } from '../../i18n/index.ts';
import type { Operation } from '../operations.ts';
import type { SimState } from './state.ts';
import type { ExitWindow } from '../restructuring-decision.ts';

export type OperationType = Operation['type'];
export type OperationOf<T extends OperationType> = Extract<Operation, { type: T }>;

/** What a description needs: the language, unit names, and when the operation applies, as said (dd/MM/yyyy, or the year alone). */
export interface DescribeContext {
  lang: Lang;
  tr: (key: MessageKey, params?: MessageParams) => string;
  nameOf: (code: string) => string;
  when: string;
  /** A Decree 178 exit's 12-month window from the plan's restructuring decision, when it is tied to one. */
  window?: ExitWindow;
}

export interface OperationModule<T extends OperationType> {
  /** Refuses the operation (a ScenarioError naming its index, type and reason) when it cannot apply to the state; changes nothing. */
  validate(s: SimState, op: OperationOf<T>, index: number): void;
  /** Applies an operation `validate` accepted. */
  apply(s: SimState, op: OperationOf<T>, index: number): void;
  /**
   * The units whose figures before and after it a preview shows: from the operation alone, or,
   * given the state it applies to, also the units it reaches there (those in a scope).
   */
  units(op: OperationOf<T>, s?: SimState): string[];
  /** The operation in words, for the list of a plan's changes and the printed proposal. */
  describe(op: OperationOf<T>, c: DescribeContext): string;
}

/** The placement error of a unit of this kind and level under `parent` (or at the top). */
export const placementParams = (kind: string, parent: { kind: string } | null) => ({
  kind: `kind.${kind}`,
  parentKind: parent ? `kind.${parent.kind}` : 'edit.noParent',
});
