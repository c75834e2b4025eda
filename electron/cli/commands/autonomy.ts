/**
 * `tinhgon autonomy`: Decree 60/2021 groups for a filled-in template without a workspace
 * (`finance.classify`), or for the figures stored in a workspace (`finance.list`).
 */
import path from 'node:path';
import { readInputFile } from '../../../db/safe-path.ts';
import type { ClassifiedFigure } from '../../../shared/autonomy/classified.ts';
import { parseUnitOption } from '../../../shared/autonomy/money-unit.ts';
import { AppError } from '../../../shared/errors.ts';
import { isMessageKey, translate } from '../../../shared/i18n/index.ts';
import { withHandlers } from '../call.ts';
import { onePositional, parse, type Command } from '../command.ts';
import { decimalOption } from '../decimal-flag.ts';
import { EXIT_USER_ERROR, UsageError } from '../report.ts';

const options = {
  json: {
    type: 'boolean',
    description: 'In mảng JSON { code, year, rate, group, band, assignedGroup, mismatch, unit, revenue, spending }.',
  },
  year: { type: 'string', value: 'NĂM', description: 'Năm của số liệu (bắt buộc với tệp dữ liệu .tinhgon).' },
  unit: { type: 'string', value: 'dong|trieu-dong', description: 'Đơn vị tính của số tiền, khi tệp không ghi.' },
  decimal: {
    type: 'string',
    value: ',|.',
    description: 'Dấu thập phân của cột có mọi số đọc được hai cách (như 1.250).',
  },
} as const;

export const autonomy: Command = {
  name: 'autonomy',
  summary: 'Xếp nhóm tự chủ tài chính (Nghị định 60/2021) cho tệp số liệu hoặc tệp dữ liệu.',
  usage: [
    {
      synopsis: 'tinhgon autonomy INPUT.xlsx|INPUT.csv [--unit dong|trieu-dong] [--decimal ,|.] [--json]',
      text: 'Xếp nhóm tự chủ tài chính (Nghị định 60/2021) cho tệp theo mẫu số liệu, không cần tệp dữ liệu. Tệp không\nghi đơn vị tính (đồng hay triệu đồng) thì bắt buộc --unit; cột có mọi số đọc được hai cách (như 1.250)\nthì bắt buộc --decimal (dấu thập phân của cột).',
    },
    {
      synopsis: 'tinhgon autonomy FILE.tinhgon --year NĂM [--json]',
      text: 'Như trên, cho số liệu đã lưu trong tệp dữ liệu.',
    },
  ],
  options,
  examples: [
    'tinhgon autonomy tu-chu-2025.xlsx',
    'tinhgon autonomy tu-chu.csv --unit trieu-dong --decimal , --json',
    'tinhgon autonomy hau-giang.tinhgon --year 2025',
  ],
  async run(args) {
    const { values, positionals } = parse(args, options);
    const input = onePositional(positionals, 'INPUT');
    const json = values.json === true;
    if (input.toLowerCase().endsWith('.tinhgon')) return ofWorkspace(input, values.year, json);
    const unit = parseUnitOption(values.unit);
    if (values.unit !== undefined && !unit) throw new UsageError('--unit chỉ nhận dong hoặc trieu-dong.');
    const decimal = decimalOption(values.decimal);
    const upload = {
      fileName: path.basename(input),
      data: readInputFile(input).toString('base64'),
      ...(unit ? { unit } : {}),
      ...(decimal ? { decimal } : {}),
    };
    try {
      const { rows } = await withHandlers(null, (call) => call('finance.classify', upload));
      print(rows, json);
      return 0;
    } catch (err) {
      if (!(err instanceof AppError) || err.key !== 'err.figuresInvalid') throw err;
      for (const issue of err.issues) {
        const p = issue.params ?? {};
        process.stderr.write(
          `row ${p.row}, column "${p.column}"${p.value ? ` (${p.value})` : ''}: ${isMessageKey(issue.key) ? translate('vi', issue.key, p) : issue.key}\n`,
        );
      }
      process.stderr.write(`Lỗi: ${translate('vi', err.key, err.params)}\n`);
      return EXIT_USER_ERROR;
    }
  },
};

async function ofWorkspace(file: string, yearText: string | undefined, json: boolean): Promise<number> {
  const year = Number(yearText);
  if (!yearText || !Number.isInteger(year)) throw new UsageError('cần --year NĂM cho tệp dữ liệu.');
  const { rows, amountUnit } = await withHandlers(file, (call) => call('finance.list', { year }));
  print(
    rows
      .filter((r) => r.computed)
      .map((r) => ({
        code: r.code,
        year: r.year,
        rate: r.computed!.rateHundredths / 100,
        group: r.computed!.group,
        band: r.computed!.band,
        assignedGroup: r.assignedGroup,
        mismatch: r.mismatch,
        unit: amountUnit ?? 'dong',
        revenue: r.revenue,
        spending: r.spending,
      })),
    json,
  );
  return 0;
}

function print(rows: ClassifiedFigure[], json: boolean): void {
  if (json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else {
    for (const r of rows) {
      const rate = r.rate.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      process.stdout.write(
        `${r.code}\t${r.year}\t${rate}%\tnhóm ${r.group}${r.band ?? ''}${r.assignedGroup ? `\tgiao: ${r.assignedGroup}` : ''}${r.mismatch ? '\tLỆCH' : ''}\n`,
      );
    }
  }
}
