/**
 * Flags shared by `tinhgon payout` and `tinhgon salary`: a month "MM/YYYY", and a salary by
 * coefficients (--coefficient, --leadership, --other, --public-duty) read exactly into the scaled
 * integers of shared/people/base-salary.ts and priced at the base salary in force in a month.
 */
import {
  baseSalaryIn,
  COEFFICIENT_SCALE,
  monthlySalary,
  PERCENT_SCALE,
  type BaseSalaryPeriod,
  type SalaryBasis,
} from '../../shared/people/base-salary.ts';
import { parseLeaveMonth } from '../../shared/people/proposals.ts';
import type { YearMonth } from '../../shared/people/retirement.ts';
import { monthText } from '../../shared/people/person-rows.ts';
import { UsageError } from './report.ts';
import { todayOf, type Clock } from '../../shared/clock.ts';

export const SALARY_OPTIONS = {
  coefficient: { type: 'string', value: 'HS', description: 'Hệ số lương theo ngạch, bậc (ví dụ 4,65).' },
  leadership: { type: 'string', value: 'HS', description: 'Hệ số phụ cấp chức vụ lãnh đạo.' },
  other: { type: 'string', value: 'HS', description: 'Hệ số các phụ cấp khác (tính trên lương cơ sở).' },
  'public-duty': { type: 'string', value: '%', description: 'Phụ cấp công vụ, phần trăm (ví dụ 25).' },
} as const;

/** "MM/YYYY" (1990–2100) from a flag. */
export function monthFlag(name: string, text: string): YearMonth {
  const m = parseLeaveMonth(text);
  if (!m)
    throw new UsageError(`--${name} phải là tháng dạng MM/YYYY (ví dụ 08/2026), từ năm 1990 đến 2100: "${text}".`);
  return m;
}

/** The month of the clock's today (the default month). */
export const monthOf = (clock: Clock): YearMonth => {
  const { year, month } = todayOf(clock);
  return { year, month };
};

/** A non-negative decimal with "," or "." and at most as many decimals as `scale` allows, as a scaled integer. */
function scaledFlag(name: string, text: string, scale: number, max: number): number {
  const t = text.trim().replace(/%$/, '');
  const m = /^(\d{1,4})(?:[.,](\d+))?$/.exec(t);
  const decimals = String(scale).length - 1;
  if (!m || (m[2] ?? '').length > decimals)
    throw new UsageError(
      `--${name} phải là số không âm, tối đa ${decimals} chữ số thập phân (ví dụ ${name === 'public-duty' ? '25' : '4,65'}): "${text}".`,
    );
  const v = Number(m[1]) * scale + Number((m[2] ?? '').padEnd(decimals, '0') || '0');
  if (v > max) throw new UsageError(`--${name} vượt quá giới hạn cho phép: "${text}".`);
  return v;
}

type SalaryValues = Partial<Record<keyof typeof SALARY_OPTIONS, string>>;

/** The salary by coefficients the flags give, or null when --coefficient is absent (then no other salary flag is allowed). */
export function coefficientsFlags(v: SalaryValues): Extract<SalaryBasis, { kind: 'coefficients' }> | null {
  if (v.coefficient === undefined) {
    const stray = (['leadership', 'other', 'public-duty'] as const).find((k) => v[k] !== undefined);
    if (stray) throw new UsageError(`--${stray} chỉ dùng cùng --coefficient.`);
    return null;
  }
  const coefficient = scaledFlag('coefficient', v.coefficient, COEFFICIENT_SCALE, 20 * COEFFICIENT_SCALE);
  if (coefficient === 0) throw new UsageError('--coefficient phải lớn hơn 0.');
  return {
    kind: 'coefficients',
    coefficient,
    leadership:
      v.leadership === undefined
        ? 0
        : scaledFlag('leadership', v.leadership, COEFFICIENT_SCALE, 20 * COEFFICIENT_SCALE),
    otherAllowances:
      v.other === undefined ? 0 : scaledFlag('other', v.other, COEFFICIENT_SCALE, 20 * COEFFICIENT_SCALE),
    publicDuty:
      v['public-duty'] === undefined
        ? 0
        : scaledFlag('public-duty', v['public-duty'], PERCENT_SCALE, 100 * PERCENT_SCALE),
  };
}

/** The base salary in force in a month, or a clear error before the first period. */
export function baseSalaryFlag(month: YearMonth): BaseSalaryPeriod {
  const base = baseSalaryIn(month);
  if (!base) throw new UsageError(`không có mức lương cơ sở cho tháng ${monthText(month)}.`);
  return base;
}

/** A salary by coefficients priced at the base salary of a month. */
export function priced(basis: Extract<SalaryBasis, { kind: 'coefficients' }>, month: YearMonth) {
  const base = baseSalaryFlag(month);
  return { base, salary: monthlySalary(basis, base.amount) };
}
