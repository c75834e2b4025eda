/** `tinhgon export FILE OUTPUT`: the units in the import template's layout (`export.units`). */
import { FileAccess, writeNewBytes } from '../../../db/safe-path.ts';
import { withHandlers } from '../call.ts';
import { parse, twoPositionals, type Command } from '../command.ts';
import { UsageError } from '../report.ts';

export const exportUnits: Command = {
  name: 'export',
  summary: 'Xuất đơn vị ra tệp Excel/CSV theo mẫu nhập liệu.',
  usage: [
    {
      synopsis: 'tinhgon export FILE OUTPUT.xlsx|OUTPUT.csv',
      text: 'Xuất đơn vị theo mẫu nhập liệu (nhập lại được không mất dữ liệu).',
    },
  ],
  options: {},
  examples: ['tinhgon export hau-giang.tinhgon don-vi.xlsx'],
  async run(args) {
    const { positionals } = parse(args, {});
    const [file, output] = twoPositionals(positionals, 'FILE', 'OUTPUT');
    const format = output.toLowerCase().endsWith('.csv')
      ? 'csv'
      : output.toLowerCase().endsWith('.xlsx')
        ? 'xlsx'
        : null;
    if (!format) throw new UsageError('OUTPUT phải có đuôi .xlsx hoặc .csv.');
    FileAccess.anywhere.target(output); // refused before any work if it exists or cannot be written
    const exported = await withHandlers(file, (call) => call('export.units', { format }));
    writeNewBytes(output, Buffer.from(exported.data, 'base64'));
    process.stdout.write(`Đã xuất ${output}\n`);
    return 0;
  },
};
