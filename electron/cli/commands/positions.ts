/**
 * `tinhgon positions FILE`: units' job positions (vị trí việc làm) and what they justify
 * (`positions.list`), import (`positions.import`), export (`positions.export`) and the template
 * (`positions.template`).
 */
import path from 'node:path';
import { FileAccess, readInputFile, writeNewBytes } from '../../../db/safe-path.ts';
import { translate } from '../../../shared/i18n/index.ts';
import { printable, printableJson } from '../../../shared/model/text.ts';
import { withHandlers } from '../call.ts';
import { onePositional, parse, type Command } from '../command.ts';
import { UsageError, reportImportInvalid } from '../report.ts';
import { AppError } from '../../../shared/errors.ts';

const options = {
  json: {
    type: 'boolean',
    description: 'In JSON: mỗi đơn vị có vị trí việc làm, các vị trí và số người các vị trí cần (fromPositions).',
  },
  import: {
    type: 'string',
    value: 'INPUT.xlsx|INPUT.csv',
    description: 'Nhập vị trí việc làm theo mẫu (có dòng lỗi thì không nhập gì; sao lưu trước khi nhập).',
  },
  replace: {
    type: 'boolean',
    description: 'Với --import: thay danh sách vị trí việc làm của các đơn vị có trong tệp.',
  },
  export: { type: 'string', value: 'OUTPUT.xlsx|OUTPUT.csv', description: 'Xuất vị trí việc làm theo mẫu nhập.' },
  template: { type: 'string', value: 'OUTPUT.xlsx', description: 'Ghi mẫu nhập vị trí việc làm (có trang hướng dẫn).' },
} as const;

/** The format an output file's name asks for, refused before any work if the file exists or cannot be written. */
function outputFormat(output: string, allowed: readonly ('xlsx' | 'csv')[]): 'xlsx' | 'csv' {
  const ext = output.toLowerCase().split('.').pop();
  const format = allowed.find((f) => f === ext);
  if (!format) throw new UsageError(`OUTPUT phải có đuôi ${allowed.map((f) => `.${f}`).join(' hoặc ')}.`);
  FileAccess.anywhere.target(output);
  return format;
}

export const positions: Command = {
  name: 'positions',
  summary: 'Vị trí việc làm của đơn vị: xem, nhập, xuất theo mẫu; số người các vị trí cần.',
  usage: [
    {
      synopsis: 'tinhgon positions FILE [--json]',
      text: 'Vị trí việc làm của từng đơn vị (nhóm, ngạch/chức danh, hình thức, số lượng cần, hiện có) và số\ncông chức / viên chức hưởng lương NSNN / hợp đồng mà các vị trí cần (tổng "Số lượng cần").',
    },
    {
      synopsis: 'tinhgon positions FILE --import INPUT.xlsx|INPUT.csv [--replace]',
      text: 'Nhập vị trí việc làm (cột Mã đơn vị, Vị trí việc làm, Nhóm vị trí, Ngạch/chức danh nghề nghiệp, Hình thức,\nSố lượng cần, Số lượng hiện có; Bậc nếu có). Có dòng lỗi thì không nhập gì. Đơn vị đã có vị trí việc làm\nchỉ được thay khi có --replace.',
    },
    {
      synopsis: 'tinhgon positions FILE --export OUTPUT.xlsx|OUTPUT.csv',
      text: 'Xuất vị trí việc làm theo mẫu (nhập lại được, không mất dữ liệu).',
    },
    {
      synopsis: 'tinhgon positions FILE --template OUTPUT.xlsx',
      text: 'Ghi mẫu nhập vị trí việc làm kèm trang hướng dẫn.',
    },
  ],
  options,
  examples: [
    'tinhgon positions hau-giang.tinhgon --import vi-tri-viec-lam.xlsx',
    'tinhgon positions hau-giang.tinhgon --import so-noi-vu.csv --replace',
    'tinhgon positions hau-giang.tinhgon --export vi-tri-viec-lam.xlsx',
    'tinhgon positions hau-giang.tinhgon --json',
  ],
  async run(args) {
    const { values, positionals } = parse(args, options);
    const file = onePositional(positionals, 'FILE');
    const modes = [values.import, values.export, values.template].filter((v) => v !== undefined).length;
    if (modes > 1) throw new UsageError('chỉ chọn một trong --import, --export và --template.');
    if (values.replace && values.import === undefined) throw new UsageError('--replace chỉ dùng với --import.');
    if (values.import !== undefined) {
      const upload = {
        fileName: path.basename(values.import),
        data: readInputFile(values.import).toString('base64'),
        replace: values.replace ?? false,
      };
      try {
        const done = await withHandlers(file, (call) => call('positions.import', upload));
        process.stdout.write(
          `${translate('vi', 'positions.imported', { count: done.imported, units: done.units.length, file: done.backupFile })}\n`,
        );
        for (const u of done.presentAbove)
          process.stdout.write(`${printable(translate('vi', 'pos.presentAbove', { ...u }), true)}\n`);
        return 0;
      } catch (err) {
        // The app's message names its checkbox; the command's names its flag.
        if (err instanceof AppError && err.key === 'err.positionsExist')
          throw new AppError(err.kind, 'err.positionsExistCli', err.params);
        return reportImportInvalid(err);
      }
    }
    const output = values.export ?? values.template;
    if (output !== undefined) {
      const format = outputFormat(output, values.export !== undefined ? ['xlsx', 'csv'] : ['xlsx']);
      const out = await withHandlers(file, (call) =>
        values.export !== undefined ? call('positions.export', { format }) : call('positions.template', {}),
      ).catch((err: unknown) => {
        // The workspace lock: the officer can export from the app that holds it.
        if (values.export !== undefined && err instanceof AppError && err.key === 'err.workspaceInUse')
          throw new AppError(err.kind, 'err.positionsExportInUse', err.params);
        throw err;
      });
      writeNewBytes(output, Buffer.from(out.data, 'base64'));
      process.stdout.write(`Đã xuất ${output}\n`);
      return 0;
    }
    const { units } = await withHandlers(file, (call) => call('positions.list', {}));
    const rows = units.map((u) => ({
      code: u.code,
      positions: u.positions.map((p) => ({
        name: p.name,
        class: p.class,
        rank: p.rank,
        staffing: p.staffing,
        needed: p.needed,
        present: p.present,
        ...(p.level !== null ? { level: p.level } : {}),
      })),
      fromPositions: {
        civilServants: u.fromPositions.civilServants,
        publicEmployees: u.fromPositions.publicEmployees,
        contract: u.fromPositions.contract,
      },
    }));
    if (values.json) {
      process.stdout.write(`${printableJson(rows)}\n`);
      return 0;
    }
    for (const u of rows) {
      const f = u.fromPositions;
      process.stdout.write(
        `${printable(u.code, true)}\tcông chức ${f.civilServants}\tviên chức ${f.publicEmployees}\thợp đồng ${f.contract}\n`,
      );
      for (const p of u.positions)
        process.stdout.write(
          `\t${[p.name, p.class, p.rank, p.staffing, p.needed, p.present].map((t) => printable(String(t), true)).join('\t')}\n`,
        );
    }
    process.stdout.write(`${rows.length} đơn vị có vị trí việc làm\n`);
    return 0;
  },
};
