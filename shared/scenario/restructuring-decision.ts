/**
 * Decree 178/2024's 12-month window for a plan's exits. The higher rates are paid to people
 * decided to leave within 12 months of the restructuring decision, and that decision's time is
 * the day the restructuring document takes effect (Circular 01/2025/TT-BNV Art. 3.1, primary
 * text). An exit is tied to a restructuring operation of the plan when that operation names the
 * exit's unit and takes effect on or before the exit: the latest such operation is its decision,
 * and whether the exit falls within 12 months of it sets `after12Months`. An `after12Months`
 * written on the exit is an override and is kept; an exit tied to no operation keeps the default
 * (within the first 12 months), as before. Only Decree 178 exits have this window of 12 months.
 */
import type { Operation } from './operations.ts';
import { addYears, operationDate } from './operation-date.ts';

/** The decision an exit is tied to, and whether the exit leaves from the 13th month after it. */
export interface ExitWindow {
  decisionIndex: number;
  /** YYYY-MM-DD: the day the decision takes effect (the operation's date, else 1 January of its year). */
  decisionDate: string;
  after12Months: boolean;
}

/** The units a restructuring operation decides about (a transfer: the unit moved, not its new parent); none for other types. */
function decidedUnits(op: Operation): readonly string[] {
  switch (op.type) {
    case 'merge':
      return [...op.units, typeof op.into === 'string' ? op.into : op.into.code];
    case 'split':
      return [op.unit, ...op.into.map((p) => p.code)];
    case 'dissolve':
      return op.staffTo ? [op.unit, op.staffTo] : [op.unit];
    case 'transfer':
    case 'convert':
    case 'reclassify':
      return [op.unit];
    default:
      return [];
  }
}

/** For each Decree 178 exit without its own `after12Months` that is tied to a restructuring operation: its window, by the exit's index. */
export function exitWindows(operations: readonly Operation[]): Map<number, ExitWindow> {
  const windows = new Map<number, ExitWindow>();
  // The operations deciding about each unit (by index, in order), and every date, found once: not
  // every operation again for each exit.
  let deciding: Map<string, number[]> | null = null;
  let dates: string[] = [];
  operations.forEach((exit, index) => {
    if (exit.type !== 'staffExit' || exit.payout?.policy !== '178' || exit.payout.after12Months !== undefined) return;
    if (!deciding) {
      deciding = new Map();
      dates = operations.map(operationDate);
      for (let i = 0; i < operations.length; i++)
        for (const code of decidedUnits(operations[i]!)) {
          const list = deciding.get(code);
          if (!list) deciding.set(code, [i]);
          else if (list.at(-1) !== i) list.push(i);
        }
    }
    const leaves = dates[index]!;
    let decision: { index: number; date: string } | null = null;
    for (const i of deciding.get(exit.unit) ?? []) {
      const date = dates[i]!;
      if (date > leaves) continue;
      if (!decision || date > decision.date || (date === decision.date && i > decision.index))
        decision = { index: i, date };
    }
    if (!decision) return;
    const { index: decisionIndex, date: decisionDate } = decision;
    // Within 12 months: before the same day a year after the decision takes effect.
    windows.set(index, { decisionIndex, decisionDate, after12Months: leaves >= addYears(decisionDate, 1) });
  });
  return windows;
}

/** The plan with each tied exit's `after12Months` written from its window (for costing; never stored). */
export function withExitWindows(operations: readonly Operation[]): Operation[] {
  const windows = exitWindows(operations);
  return operations.map((op, index) => {
    const w = windows.get(index);
    return w && op.type === 'staffExit' && op.payout
      ? { ...op, payout: { ...op.payout, after12Months: w.after12Months } }
      : op;
  });
}
