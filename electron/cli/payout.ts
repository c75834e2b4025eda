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
import { parseArgs } from 'node:util';
import { calculatePayout, PayoutError } from '../../shared/payouts/calculate.ts';
import { EARLY_GROUPS, PAYOUT_CATEGORIES, PAYOUT_POLICIES, policyById, type EarlyGroup, type PayoutCase, type PayoutCategory } from '../../shared/payouts/policies.ts';
import { translate } from '../../shared/i18n/index.ts';
import { formatInteger } from '../../shared/format.ts';
import { monthText } from '../../shared/people/view.ts';
import { UsageError } from './report.ts';
import { coefficientsFlags, monthFlag, monthOf, priced, SALARY_OPTIONS } from './salary-flags.ts';
import type { Clock } from '../../shared/clock.ts';
import { clockFromEnv } from '../handlers/clock.ts';

const CASES: readonly PayoutCase[] = ['early-retirement', 'resignation'];

/** A whole number from a flag; years of insurance may end in ",5"/".5" (half a year). */
function wholeFlag(name: string, text: string | undefined, halves = false): number {
  if (text === undefined) throw new UsageError(`thiếu --${name}.`);
  const s = text.replace(',', '.');
  const v = Number(s);
  if (!/^\d+(\.\d+)?$/.test(s) || !Number.isFinite(v) || (!halves && !Number.isInteger(v)) || (halves && !Number.isInteger(v * 2))) {
    throw new UsageError(`--${name} phải là số ${halves ? 'năm (nguyên hoặc lẻ 0,5)' : 'nguyên không âm'}: "${text}".`);
  }
  return v;
}

function oneOf<T extends string>(name: string, text: string | undefined, choices: readonly T[]): T | undefined {
  if (text === undefined) return undefined;
  if (!choices.includes(text as T)) throw new UsageError(`--${name} phải là ${choices.join(' hoặc ')}: "${text}".`);
  return text as T;
}

const nextMonth = (m: { year: number; month: number }) => (m.month === 12 ? { year: m.year + 1, month: 1 } : { year: m.year, month: m.month + 1 });
const confidenceText = (c: 'C' | 'C2' | 'M', weak?: boolean) => (c === 'M' ? translate('vi', 'pay.verify') : weak ? translate('vi', 'pay.weak') : translate('vi', `confidence.${c}`).toLowerCase());

export function payoutCommand(args: string[], clock: Clock = clockFromEnv()): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        policy: { type: 'string' }, case: { type: 'string' }, salary: { type: 'string' }, ...SALARY_OPTIONS, 'months-early': { type: 'string' }, 'si-years': { type: 'string' },
        'after-12-months': { type: 'boolean' }, category: { type: 'string' }, group: { type: 'string' }, 'lower-age': { type: 'boolean' }, 'after-training': { type: 'boolean' },
        'last-month': { type: 'string' }, json: { type: 'boolean' },
      },
      strict: true,
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const v = parsed.values;
  const policy = policyById(v.policy ?? '');
  if (!policy) throw new UsageError(`--policy phải là ${PAYOUT_POLICIES.map((p) => p.short).join(' hoặc ')}.`);
  if (!CASES.includes(v.case as PayoutCase)) throw new UsageError(`--case phải là ${CASES.join(' hoặc ')}.`);
  const kind = v.case as PayoutCase;
  const category = oneOf<PayoutCategory>('category', v.category, PAYOUT_CATEGORIES);
  if (kind === 'resignation' && policy.resignation.byCategory && !category) {
    throw new UsageError(`thôi việc theo ${policy.title} cần --category: cong-chuc (cán bộ, công chức: Điều 9, có trợ cấp tìm việc làm) hoặc vien-chuc, nguoi-lao-dong (Điều 10: hưởng bảo hiểm thất nghiệp).`);
  }
  const group = oneOf<EarlyGroup>('group', v.group, EARLY_GROUPS);
  const lastMonth = v['last-month'] === undefined ? monthOf(clock) : monthFlag('last-month', v['last-month']);
  const leaveFrom = nextMonth(lastMonth);
  const basis = coefficientsFlags(v);
  if (basis && v.salary !== undefined) throw new UsageError('ghi --salary HOẶC --coefficient (lương theo hệ số), không ghi cả hai.');
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
  let payout;
  try {
    payout = calculatePayout(policy, kind, input);
  } catch (err) {
    if (err instanceof PayoutError) throw new UsageError(translate('vi', err.key, err.params));
    throw err;
  }
  const notices = payout.notices.map((x) => translate('vi', x.key, x.params));
  const leave = `${leaveFrom.year}-${String(leaveFrom.month).padStart(2, '0')}`;
  if (leave < policy.effectiveFrom.slice(0, 7) || (policy.effectiveTo && leave > policy.effectiveTo.slice(0, 7))) {
    const day = (iso: string) => iso.split('-').reverse().join('/');
    notices.push(translate('vi', 'ppl.proposalOutOfForce', { policy: policy.title, from: day(policy.effectiveFrom), to: policy.effectiveTo ? day(policy.effectiveTo) : '…', leave: monthText(leaveFrom) }));
  }
  const parts = payout.parts.map((p) => ({ label: translate('vi', p.key), months: p.months, amount: p.amount, citation: p.citation, confidence: p.confidence, ...(p.weak ? { weak: true } : {}) }));
  const base = byCoefficients && { amount: byCoefficients.base.amount, from: `01/${monthText(byCoefficients.base.from)}`, citation: byCoefficients.base.citation, confidence: byCoefficients.base.confidence };
  if (v.json) {
    const out = { policy: policy.id, case: payout.case, category: category ?? null, lastMonth: monthText(lastMonth), leaveFrom: monthText(leaveFrom), salary: input.salary, baseSalary: base, total: payout.total, parts, notices };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(`${policy.title}\n`);
    if (base) process.stdout.write(`Lương cơ sở tháng ${monthText(lastMonth)}: ${formatInteger(base.amount, 'vi')} đồng (${base.citation}); lương tháng hiện hưởng: ${formatInteger(input.salary, 'vi')} đồng\n`);
    for (const p of parts) process.stdout.write(`${p.label}: ${String(p.months).replace('.', ',')} tháng lương = ${formatInteger(p.amount, 'vi')} đồng [${p.citation}; ${confidenceText(p.confidence, p.weak)}]\n`);
    process.stdout.write(`Tổng cộng: ${formatInteger(payout.total, 'vi')} đồng\n`);
    for (const n of notices) process.stdout.write(`${n}\n`);
  }
  return 0;
}
