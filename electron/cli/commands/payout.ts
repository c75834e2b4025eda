/**
 *   tinhgon payout --policy 178|154 --case early-retirement|resignation
 *     (--salary N | --coefficient X [--leadership Y] [--other Z] [--public-duty P]) --months-early N --si-years N
 *     [--category cong-chuc|vien-chuc|nguoi-lao-dong] [--group restructuring|downsizing|not-re-elected]
 *     [--lower-age] [--after-training] [--after-12-months] [--last-month MM/YYYY] [--json]
 * What one person receives under a payout policy, each part exact in whole đồng with its citation
 * and confidence (no workspace needed). --last-month is the last month worked, the month before
 * the month of leaving, whose base salary prices a salary by coefficients (Circular 01/2025 Art.
 * 3.2.a); default: the current month (from the injected clock).
 */
import { calculatePayout, PayoutError } from '../../../shared/payouts/calculate.ts';
import { factorText } from '../../../shared/view/payout-factor-text.ts';
import { policyOutOfForce } from '../../../shared/payouts/in-force.ts';
import {
  EARLY_GROUPS,
  PAYOUT_CATEGORIES,
  PAYOUT_POLICIES,
  policyById,
  type EarlyGroup,
  type PayoutCase,
  type PayoutCategory,
} from '../../../shared/payouts/policies.ts';
import { translate } from '../../../shared/i18n/index.ts';
import { formatInteger } from '../../../shared/format.ts';
import { monthText } from '../../../shared/people/person-rows.ts';
import { AppError } from '../../../shared/errors.ts';
import { UsageError } from '../report.ts';
import { parse, type Command } from '../command.ts';
import { coefficientsFlags, monthFlag, monthOf, priced, SALARY_OPTIONS } from '../salary-flags.ts';
import type { Clock } from '../../../shared/clock.ts';
import { clockFromEnv } from '../../services/clock.ts';

const CASES: readonly PayoutCase[] = ['early-retirement', 'resignation'];

/** A whole number from a flag; years of insurance may end in ",5"/".5" (half a year). */
function wholeFlag(name: string, text: string | undefined, halves = false): number {
  if (text === undefined) throw new UsageError(`thiếu --${name}.`);
  const s = text.replace(',', '.');
  const v = Number(s);
  if (
    !/^\d+(\.\d+)?$/.test(s) ||
    !Number.isFinite(v) ||
    (!halves && !Number.isInteger(v)) ||
    (halves && !Number.isInteger(v * 2))
  ) {
    throw new UsageError(`--${name} phải là số ${halves ? 'năm (nguyên hoặc lẻ 0,5)' : 'nguyên không âm'}: "${text}".`);
  }
  return v;
}

function oneOf<T extends string>(name: string, text: string | undefined, choices: readonly T[]): T | undefined {
  if (text === undefined) return undefined;
  if (!choices.includes(text as T)) throw new UsageError(`--${name} phải là ${choices.join(' hoặc ')}: "${text}".`);
  return text as T;
}

const nextMonth = (m: { year: number; month: number }) =>
  m.month === 12 ? { year: m.year + 1, month: 1 } : { year: m.year, month: m.month + 1 };
const confidenceText = (c: 'C' | 'C2' | 'M', weak?: boolean) =>
  c === 'M'
    ? translate('vi', 'pay.verify')
    : weak
      ? translate('vi', 'pay.weak')
      : translate('vi', `confidence.${c}`).toLowerCase();

const options = {
  policy: {
    type: 'string',
    value: '178|154',
    description: 'Chính sách: Nghị định 178/2024 (sửa đổi bởi 67/2025) hoặc Nghị định 154/2025.',
  },
  case: { type: 'string', value: 'early-retirement|resignation', description: 'Nghỉ hưu trước tuổi hoặc thôi việc.' },
  salary: {
    type: 'string',
    value: 'ĐỒNG',
    description: 'Tiền lương tháng hiện hưởng (đồng), thay cho lương theo hệ số.',
  },
  ...SALARY_OPTIONS,
  'months-early': { type: 'string', value: 'THÁNG', description: 'Số tháng từ khi nghỉ đến tuổi nghỉ hưu.' },
  'si-years': {
    type: 'string',
    value: 'NĂM',
    description: 'Số năm đóng bảo hiểm xã hội bắt buộc (nguyên hoặc lẻ 0,5).',
  },
  'after-12-months': {
    type: 'boolean',
    description: 'Nghỉ từ tháng thứ 13 sau quyết định sắp xếp (Nghị định 178: mức thấp hơn).',
  },
  category: {
    type: 'string',
    value: 'cong-chuc|vien-chuc|nguoi-lao-dong',
    description:
      'Người nghỉ: cán bộ, công chức (Điều 9) hoặc viên chức, người lao động (Điều 10); bắt buộc khi thôi việc theo 178.',
  },
  group: {
    type: 'string',
    value: 'restructuring|downsizing|not-re-elected',
    description: 'Nhóm nghỉ hưu trước tuổi theo Nghị định 178 (sửa đổi bởi 67/2025): Điều 7 (mặc định), 7a, 7b.',
  },
  'lower-age': { type: 'boolean', description: 'Nghỉ hưu ở tuổi thấp hơn (Phụ lục II Nghị định 135/2020).' },
  'after-training': { type: 'boolean', description: 'Thôi việc sau khi đi học nghề (Nghị định 154, Điều 8 khoản 2).' },
  'last-month': {
    type: 'string',
    value: 'MM/YYYY',
    description: 'Tháng làm việc cuối cùng, lấy lương cơ sở của tháng đó (mặc định tháng hiện tại).',
  },
  json: { type: 'boolean', description: 'In JSON: các khoản, căn cứ, mức độ xác minh, tổng.' },
} as const;

export const payout: Command = {
  name: 'payout',
  summary: 'Tính trợ cấp khi nghỉ hưu trước tuổi hoặc thôi việc (Nghị định 178/2024, 154/2025).',
  usage: [
    {
      synopsis:
        'tinhgon payout --policy 178|154 --case early-retirement|resignation (--salary ĐỒNG | --coefficient HS [--leadership HS] [--other HS]\n' +
        '        [--public-duty %]) --months-early THÁNG --si-years NĂM [--category cong-chuc|vien-chuc|nguoi-lao-dong]\n' +
        '        [--group restructuring|downsizing|not-re-elected] [--lower-age] [--after-training] [--after-12-months] [--last-month MM/YYYY] [--json]',
      text:
        'Tính trợ cấp khi nghỉ hưu trước tuổi hoặc thôi việc (Nghị định 178/2024 sửa đổi bởi 67/2025; Nghị định 154/2025), chính xác\n' +
        'đến đồng, kèm căn cứ và mức độ xác minh của từng khoản. Thôi việc theo 178 cần --category (Điều 9 hoặc 10). --last-month: tháng\n' +
        'làm việc cuối cùng (liền trước tháng nghỉ), lấy lương cơ sở của tháng đó; mặc định tháng hiện tại.',
    },
  ],
  options,
  examples: [
    'tinhgon payout --policy 178 --case early-retirement --salary 15356250 --months-early 30 --si-years 22 --last-month 04/2025',
    'tinhgon payout --policy 154 --case resignation --coefficient 4,65 --public-duty 25 --months-early 100 --si-years 10,5 --json',
  ],
  run: (args) => payoutCommand(args),
};

/** The command, with the clock giving the default --last-month. */
export function payoutCommand(args: string[], clock: Clock = clockFromEnv()): number {
  const parsed = parse(args, options, { positionals: false });
  const v = parsed.values;
  const policy = policyById(v.policy ?? '');
  if (!policy) throw new UsageError(`--policy phải là ${PAYOUT_POLICIES.map((p) => p.short).join(' hoặc ')}.`);
  if (!CASES.includes(v.case as PayoutCase)) throw new UsageError(`--case phải là ${CASES.join(' hoặc ')}.`);
  const kind = v.case as PayoutCase;
  const category = oneOf<PayoutCategory>('category', v.category, PAYOUT_CATEGORIES);
  if (kind === 'resignation' && policy.resignation.byCategory && !category) {
    throw new UsageError(
      `thôi việc theo ${policy.title} cần --category: cong-chuc (cán bộ, công chức: Điều 9, có trợ cấp tìm việc làm) hoặc vien-chuc, nguoi-lao-dong (Điều 10: hưởng bảo hiểm thất nghiệp).`,
    );
  }
  const group = oneOf<EarlyGroup>('group', v.group, EARLY_GROUPS);
  const lastMonth = v['last-month'] === undefined ? monthOf(clock) : monthFlag('last-month', v['last-month']);
  const leaveFrom = nextMonth(lastMonth);
  const basis = coefficientsFlags(v);
  if (basis && v.salary !== undefined)
    throw new UsageError('ghi --salary HOẶC --coefficient (lương theo hệ số), không ghi cả hai.');
  const byCoefficients = basis ? priced(basis, lastMonth) : null;
  const input = {
    salary: byCoefficients ? byCoefficients.salary : wholeFlag('salary', v.salary),
    monthsEarly: wholeFlag('months-early', v['months-early'] ?? '0'),
    // Half a year of insurance is 6 months: counted as half a year by the policy's time rule.
    siMonths: Math.round(wholeFlag('si-years', v['si-years'], true) * 12),
    after12Months: v['after-12-months'] ?? false,
    category: category ?? null,
    lowerAge: v['lower-age'] ?? false,
    afterTraining: v['after-training'] ?? false,
    leaveFrom,
    ...(group ? { group } : {}),
  };
  // Outside its dates a policy grants nothing: refused (exit 1, not a usage error), naming the policies in force that month.
  const outOfForce = policyOutOfForce(policy, leaveFrom);
  if (outOfForce) throw new AppError('validation', outOfForce.key, outOfForce.params);
  let payout;
  try {
    payout = calculatePayout(policy, kind, input);
  } catch (err) {
    // The case is outside the policy: a refusal with its reason (exit 1), not a usage error.
    if (err instanceof PayoutError) throw new AppError('validation', err.key, err.params);
    throw err;
  }
  const notices = payout.notices.map((x) => translate('vi', x.key, x.params));
  const parts = payout.parts.map((p) => ({
    label: translate('vi', p.key),
    months: p.months,
    amount: p.amount,
    ...(p.factor ? { factor: factorText(p.factor, 'vi') } : {}),
    citation: p.citation,
    confidence: p.confidence,
    ...(p.weak ? { weak: true } : {}),
  }));
  const base = byCoefficients && {
    amount: byCoefficients.base.amount,
    from: `01/${monthText(byCoefficients.base.from)}`,
    citation: byCoefficients.base.citation,
    confidence: byCoefficients.base.confidence,
  };
  if (v.json) {
    const out = {
      policy: policy.id,
      case: payout.case,
      category: category ?? null,
      lastMonth: monthText(lastMonth),
      leaveFrom: monthText(leaveFrom),
      salary: input.salary,
      baseSalary: base,
      total: payout.total,
      parts,
      notices,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(`${policy.title}\n`);
    if (base)
      process.stdout.write(
        `Lương cơ sở tháng ${monthText(lastMonth)}: ${formatInteger(base.amount, 'vi')} đồng (${base.citation}); lương tháng hiện hưởng: ${formatInteger(input.salary, 'vi')} đồng\n`,
      );
    for (const p of parts)
      process.stdout.write(
        `${p.label}: ${p.factor ? `${p.factor} = ` : ''}${String(p.months).replace('.', ',')} tháng lương = ${formatInteger(p.amount, 'vi')} đồng [${p.citation}; ${confidenceText(p.confidence, p.weak)}]\n`,
      );
    process.stdout.write(`Tổng cộng: ${formatInteger(payout.total, 'vi')} đồng\n`);
    for (const n of notices) process.stdout.write(`${n}\n`);
  }
  return 0;
}
