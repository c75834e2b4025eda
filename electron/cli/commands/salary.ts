/**
 *   tinhgon salary --coefficient X [--leadership Y] [--other Z] [--public-duty P] --month MM/YYYY [--json]
 * A monthly salary by coefficients at the base salary in force in a month (built-in periods), in
 * whole đồng: (coefficient + leadership) × base × (1 + public duty %) + other × base (Circular
 * 01/2025/TT-BNV Art. 3.2.a; Circular 13/2026/TT-BNV Art. 3.1), the exact amount rounded once, half up.
 */
import { formatInteger } from '../../../shared/format.ts';
import { translate } from '../../../shared/i18n/index.ts';
import { monthText } from '../../../shared/people/person-rows.ts';
import { UsageError } from '../report.ts';
import { parse, type Command } from '../command.ts';
import { coefficientsFlags, monthFlag, priced, SALARY_OPTIONS } from '../salary-flags.ts';

const options = {
  ...SALARY_OPTIONS,
  month: {
    type: 'string',
    value: 'MM/YYYY',
    description: 'Tháng tính lương (lấy lương cơ sở có hiệu lực trong tháng).',
  },
  json: { type: 'boolean', description: 'In JSON { month, baseSalary, salary }.' },
} as const;

export const salary: Command = {
  name: 'salary',
  summary: 'Tính lương tháng theo hệ số với lương cơ sở của tháng đó.',
  usage: [
    {
      synopsis:
        'tinhgon salary --coefficient HS [--leadership HS] [--other HS] [--public-duty %] --month MM/YYYY [--json]',
      text:
        'Lương tháng theo hệ số với lương cơ sở của tháng đó (đồng, làm tròn một lần): (hệ số + phụ cấp chức vụ) × lương cơ sở ×\n' +
        '(1 + phụ cấp công vụ %) + phụ cấp khác × lương cơ sở.',
    },
  ],
  options,
  examples: ['tinhgon salary --coefficient 4,65 --leadership 0,6 --public-duty 25 --month 07/2026'],
  run: (args) => salaryCommand(args),
};

function salaryCommand(args: string[]): number {
  const parsed = parse(args, options, { positionals: false });
  const v = parsed.values;
  const basis = coefficientsFlags(v);
  if (!basis) throw new UsageError('thiếu --coefficient (hệ số lương theo ngạch, bậc, ví dụ 4,65).');
  if (v.month === undefined) throw new UsageError('thiếu --month (tháng tính lương, dạng MM/YYYY).');
  const month = monthFlag('month', v.month);
  const { base, salary } = priced(basis, month);
  if (v.json) {
    process.stdout.write(`${JSON.stringify({ month: monthText(month), baseSalary: base.amount, salary })}\n`);
  } else {
    const confidence = base.confidence ? translate('vi', `confidence.${base.confidence}`).toLowerCase() : '';
    process.stdout.write(
      `Lương cơ sở tháng ${monthText(month)}: ${formatInteger(base.amount, 'vi')} đồng (${base.citation}; ${confidence})\n`,
    );
    process.stdout.write(`Lương tháng: ${formatInteger(salary, 'vi')} đồng\n`);
  }
  return 0;
}
