/** The stored figures of public service units read for finance.* and export.finance: decoded amounts, a year's unit, a row as the grid shows it. */
import type { Amount } from '../../shared/autonomy/amount.ts';
import { UNIT_WORDS, type AmountUnit } from '../../shared/autonomy/money-unit.ts';
import { financeRow, type FinanceRow } from '../../shared/autonomy/finance-row.ts';
import {
  amountOf,
  figureYears,
  listFigures,
  yearHasFigures,
  yearUnits,
  type FigureRecord,
} from '../../db/finance-repo.ts';
import { getUnit } from '../../db/units-repo.ts';
import { figureVersion } from '../../db/row-versions.ts';
import type { Workspace } from '../../db/workspace.ts';

/** The most direct support allowed, shown to the whole đồng below it (amounts are stored in millionths of a đồng). */
export const wholeDong = (a: Amount): Amount => a - (a % 1_000_000n);

/** The unit a year's figures are in; null for a year without figures whose unit was never chosen. */
export function unitOfYear(ws: Workspace, year: number): AmountUnit | null {
  return yearUnits(ws.db).get(year) ?? null;
}

/** A year's figures are in one unit: new ones in another are refused (the stored ones keep theirs). */
export function mixesUnits(
  ws: Workspace,
  year: number,
  unit: AmountUnit,
): { year: string; stored: string; unit: string } | null {
  const stored = unitOfYear(ws, year);
  return stored && yearHasFigures(ws.db, year) && stored !== unit
    ? { year: String(year), stored: UNIT_WORDS[stored], unit: UNIT_WORDS[unit] }
    : null;
}

export function decode(f: FigureRecord) {
  return {
    ...f,
    revenue: BigInt(f.revenue),
    spending: BigInt(f.spending),
    investmentFunding: amountOf(f.investmentFunding),
    depreciation: amountOf(f.depreciation),
  };
}

export function rowFor(ws: Workspace, code: string, year: number): FinanceRow {
  const unit = getUnit(ws.db, code)!;
  const stored = listFigures(ws.db, year).find((f) => f.code === code);
  return {
    ...financeRow(unit, year, unitOfYear(ws, year) ?? 'dong', stored && decode(stored)),
    version: figureVersion(stored),
  };
}

/** The years' common unit, else đồng (every amount exact in it). */
export function commonUnit(ws: Workspace): AmountUnit {
  const units = yearUnits(ws.db);
  const used = new Set(figureYears(ws.db).map((y) => units.get(y) ?? 'dong'));
  return used.size === 1 ? [...used][0]! : 'dong';
}
