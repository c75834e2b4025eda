/** `tinhgon import FILE INPUT`: units from a filled-in template (`import.inspect`, then `import.apply`). */
import path from 'node:path';
import { readInputFile } from '../../../db/safe-path.ts';
import { AppError } from '../../../shared/errors.ts';
import { isMessageKey, translate } from '../../../shared/i18n/index.ts';
import { HEADCOUNT_FIELDS } from '../../../shared/model/unit.ts';
import { withHandlers } from '../call.ts';
import { parse, twoPositionals, type Command } from '../command.ts';
import { EXIT_USER_ERROR, UsageError } from '../report.ts';
import { decimalOption } from '../decimal-flag.ts';

const options = {
  replace: { type: 'boolean', description: 'Thay toàn bộ đơn vị đang có bằng các đơn vị trong tệp.' },
  update: { type: 'boolean', description: 'Sửa các đơn vị đã có và thêm đơn vị mới theo tệp.' },
  decimal: {
    type: 'string',
    value: ',|.',
    description: 'Dấu thập phân của các cột số người mà mọi số đều đọc được hai cách (như 1.000).',
  },
} as const;

export const importUnits: Command = {
  name: 'import',
  summary: 'Nhập đơn vị từ tệp Excel/CSV theo mẫu nhập liệu.',
  usage: [
    {
      synopsis: 'tinhgon import FILE INPUT.xlsx|INPUT.csv [--replace|--update] [--decimal ,|.]',
      text: 'Nhập đơn vị (tệp dữ liệu trống: không cần tùy chọn; đã có đơn vị: chọn --replace hoặc --update).\n--decimal: dấu thập phân của các cột số người mà mọi số đều đọc được hai cách (như 1.000).',
    },
  ],
  options,
  examples: [
    'tinhgon import moi.tinhgon don-vi.xlsx',
    'tinhgon import hau-giang.tinhgon don-vi.csv --update --decimal ,',
  ],
  async run(args) {
    const { values, positionals } = parse(args, options);
    const [file, input] = twoPositionals(positionals, 'FILE', 'INPUT');
    if (values.replace && values.update) throw new UsageError('chỉ chọn một trong --replace và --update.');
    const decimal = decimalOption(values.decimal);
    const upload = { fileName: path.basename(input), data: readInputFile(input).toString('base64') };
    const mode = values.replace ? 'replace' : values.update ? 'update' : null;
    return withHandlers(file, async (call) => {
      const inspected = (await call('import.inspect', upload)).mapping;
      // --decimal answers for every count column that reads two ways (the others decide from their values).
      const mapping = decimal
        ? { ...inspected, decimals: Object.fromEntries(HEADCOUNT_FIELDS.map((f) => [f, decimal])) }
        : inspected;
      try {
        const outcome = await call('import.apply', { ...upload, mapping, mode });
        process.stdout.write(
          `${translate('vi', 'import.done', { added: outcome.added, changed: outcome.changed, removed: outcome.removed })}\n${translate('vi', 'import.backupAt', { file: outcome.backupFile })}\n`,
        );
        if (outcome.droppedFigures > 0)
          process.stdout.write(`${translate('vi', 'import.droppedFigures', { count: outcome.droppedFigures })}\n`);
        for (const r of outcome.skipped)
          process.stdout.write(`${translate('vi', 'import.skippedRow', { row: r.row, text: r.text })}\n`);
        return 0;
      } catch (err) {
        if (!(err instanceof AppError) || err.key !== 'err.importInvalid') throw err;
        // Every bad row, one per line, as "row N, column "…": reason".
        for (const issue of err.issues) {
          const p = issue.params ?? {};
          process.stderr.write(
            `row ${p.row}, column "${p.column}": ${isMessageKey(issue.key) ? translate('vi', issue.key, p) : issue.key}\n`,
          );
        }
        process.stderr.write(`Lỗi: ${translate('vi', err.key, err.params)}\n`);
        return EXIT_USER_ERROR;
      }
    });
  },
};
