/** The --decimal option shared by `import`, `people --import` and `autonomy`: "," or "." (else a usage error). */
import { parseDecimalMark, type DecimalMark } from '../../shared/import/numbers.ts';
import { UsageError } from './report.ts';

export function decimalOption(text: string | undefined): DecimalMark | undefined {
  if (text === undefined) return undefined;
  const mark = parseDecimalMark(text);
  if (!mark) throw new UsageError('--decimal chỉ nhận , hoặc . (dấu thập phân).');
  return mark;
}
