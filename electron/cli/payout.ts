/**
 *   tinhgon payout --policy 178|154 --case early-retirement|resignation --salary N --months-early N --si-years N [--after-12-months] [--json]
 * What one person receives under a payout policy, each part exact in whole đồng (no workspace needed).
 */
import { parseArgs } from 'node:util';
import { calculatePayout, PayoutError } from '../../shared/payouts/calculate.ts';
import { PAYOUT_POLICIES, policyById, type PayoutCase } from '../../shared/payouts/policies.ts';
import { translate } from '../../shared/i18n/index.ts';
import { formatInteger } from '../../shared/format.ts';
import { UsageError } from './report.ts';

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

export function payoutCommand(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { policy: { type: 'string' }, case: { type: 'string' }, salary: { type: 'string' }, 'months-early': { type: 'string' }, 'si-years': { type: 'string' }, 'after-12-months': { type: 'boolean' }, json: { type: 'boolean' } },
      strict: true,
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const v = parsed.values;
  const policy = policyById(v.policy ?? '');
  if (!policy) throw new UsageError(`--policy phải là ${PAYOUT_POLICIES.map((p) => p.short).join(' hoặc ')}.`);
  if (!CASES.includes(v.case as PayoutCase)) throw new UsageError(`--case phải là ${CASES.join(' hoặc ')}.`);
  const input = {
    salary: wholeFlag('salary', v.salary),
    monthsEarly: wholeFlag('months-early', v['months-early'] ?? '0'),
    // Half a year of insurance is 6 months: counted as half a year by the policy's time rule.
    siMonths: Math.round(wholeFlag('si-years', v['si-years'], true) * 12),
    after12Months: v['after-12-months'] ?? false,
  };
  let payout;
  try {
    payout = calculatePayout(policy, v.case as PayoutCase, input);
  } catch (err) {
    if (err instanceof PayoutError) throw new UsageError(translate('vi', err.key, err.params));
    throw err;
  }
  const parts = payout.parts.map((p) => ({ label: translate('vi', p.key), months: p.months, amount: p.amount }));
  if (v.json) {
    process.stdout.write(`${JSON.stringify({ policy: policy.id, case: payout.case, total: payout.total, parts }, null, 2)}\n`);
  } else {
    process.stdout.write(`${policy.title}\n`);
    for (const p of parts) process.stdout.write(`${p.label}: ${String(p.months).replace('.', ',')} tháng lương = ${formatInteger(p.amount, 'vi')} đồng\n`);
    process.stdout.write(`Tổng cộng: ${formatInteger(payout.total, 'vi')} đồng\n`);
  }
  return 0;
}
