/**
 * Illustrative Decree 60/2021 figures of the can-tho-2025 sample's public service units for 2025,
 * so the sample shows the financial-autonomy features (groups, charts). Deterministic, in triệu
 * đồng: recurrent spending B from the unit's people; revenue A from a rate chosen by where the unit
 * sits — a sở's PSUs cover their spending (group 2: no investment funding, some depreciation), the
 * schools of the communes almost nothing (group 4), the others part of it (group 3). Not real data.
 */
import type { Unit } from '../model/unit.ts';
import type { Amount } from '../autonomy/amount.ts';
import type { AmountUnit } from '../autonomy/money-unit.ts';

export interface SampleFigures {
  year: number;
  amountUnit: AmountUnit;
  /** Amounts in millionths of a đồng, as stored. */
  rows: Array<{ code: string; revenue: Amount; spending: Amount; depreciation: Amount | null }>;
}

/** One triệu đồng in millionths of a đồng. */
const TRIEU = 1_000_000n * 1_000_000n;
/** Recurrent spending per person a year, in triệu đồng (illustrative). */
const PER_PERSON = 180n;

export function canThoFigures(units: readonly Unit[]): SampleFigures {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const rows: SampleFigures['rows'] = [];
  units
    .filter((u) => u.kind === 'psu')
    .forEach((u, i) => {
      const people = BigInt(Math.max(1, u.publicEmployeeActual + u.contractWorkers + u.selfFundedEmployees));
      const spending = people * PER_PERSON + BigInt((i * 37) % 100);
      const parent = u.parentCode ? byCode.get(u.parentCode) : undefined;
      // Rate in percent: 100–129 under a sở, 2–9 in a commune, 15–84 elsewhere (bands c, b, a).
      const rate =
        parent?.kind === 'department'
          ? 100n + BigInt((i * 7) % 30)
          : parent?.level === 'commune'
            ? 2n + BigInt((i * 3) % 8)
            : 15n + BigInt((i * 11) % 70);
      rows.push({
        code: u.code,
        revenue: (spending * rate * TRIEU) / 100n,
        spending: spending * TRIEU,
        depreciation: parent?.kind === 'department' ? (spending * 2n * TRIEU) / 100n : null,
      });
    });
  return { year: 2025, amountUnit: 'trieu_dong', rows };
}
