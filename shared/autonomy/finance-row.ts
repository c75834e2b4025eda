/** What the finance view shows for one public service unit in one year. */
import type { Amount } from './amount.ts';
import { classifyAutonomy, isMismatch, parseAssignedGroup, type AutonomyClass } from './classify.ts';
import { amountIn, type AmountUnit } from './money-unit.ts';

export { AMOUNT_UNITS, type AmountUnit } from './money-unit.ts';

export interface FinanceRow {
  /** The stored row's version (db/row-versions.ts), sent back with an edit; set by the back end. */
  version?: string;
  code: string;
  name: string;
  parentCode: string | null;
  sector: string;
  year: number;
  /** Amounts in the year's unit, in Vietnamese format (exact), null where not entered. */
  revenue: string | null;
  spending: string | null;
  investmentFunding: string | null;
  depreciation: string | null;
  assignedGroup: string | null;
  overrideGroup: string | null;
  overrideReason: string | null;
  note: string | null;
  computed: AutonomyClass | null;
  /** The group in force: the override if any, else the computed one ("3b", "1"…). */
  effective: string | null;
  mismatch: boolean;
}

export const groupLabel = (c: Pick<AutonomyClass, 'group' | 'band'>) => `${c.group}${c.band ?? ''}`;

export function financeRow(
  unit: { code: string; name: string; parentCode: string | null; sector: string },
  year: number,
  amountUnit: AmountUnit,
  stored:
    | {
        revenue: Amount;
        spending: Amount;
        investmentFunding?: Amount;
        depreciation?: Amount;
        assignedGroup: string | null;
        overrideGroup: string | null;
        overrideReason: string | null;
        note: string | null;
      }
    | undefined,
): FinanceRow {
  const base = { code: unit.code, name: unit.name, parentCode: unit.parentCode, sector: unit.sector, year };
  if (!stored) {
    return {
      ...base,
      revenue: null,
      spending: null,
      investmentFunding: null,
      depreciation: null,
      assignedGroup: null,
      overrideGroup: null,
      overrideReason: null,
      note: null,
      computed: null,
      effective: null,
      mismatch: false,
    };
  }
  const result = classifyAutonomy(stored);
  const computed = 'problem' in result ? null : result;
  const assigned = stored.assignedGroup ? (parseAssignedGroup(stored.assignedGroup) ?? null) : null;
  const show = (a: Amount | undefined) => (a === undefined ? null : amountIn(a, amountUnit));
  return {
    ...base,
    revenue: show(stored.revenue),
    spending: show(stored.spending),
    investmentFunding: show(stored.investmentFunding),
    depreciation: show(stored.depreciation),
    assignedGroup: stored.assignedGroup,
    overrideGroup: stored.overrideGroup,
    overrideReason: stored.overrideReason,
    note: stored.note,
    computed,
    effective: stored.overrideGroup ?? (computed ? groupLabel(computed) : null),
    mismatch: computed !== null && isMismatch(computed, assigned),
  };
}
