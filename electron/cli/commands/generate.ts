/** `tinhgon generate FILE --units N`: a deterministic illustrative workspace (`workspace.generate`). */
import { withHandlers } from '../call.ts';
import { onePositional, parse, type Command } from '../command.ts';
import { UsageError } from '../report.ts';

const options = {
  units: { type: 'string', value: 'N', description: 'Số đơn vị (1 đến 2.000.000).' },
  people: {
    type: 'string',
    value: 'M',
    description: 'Số người trong danh sách nhân sự (0 đến 5.000.000; mặc định 0).',
  },
  seed: { type: 'string', value: 'S', description: 'Hạt giống: cùng S cho cùng dữ liệu (mặc định 1).' },
} as const;

export const generate: Command = {
  name: 'generate',
  summary: 'Tạo tệp dữ liệu mẫu cỡ tùy chọn (số liệu minh họa) để tập huấn, đo hiệu năng.',
  usage: [
    {
      synopsis: 'tinhgon generate FILE --units N [--people M] [--seed S]',
      text: 'Tạo tệp dữ liệu mẫu cỡ N đơn vị, có M người trong danh sách nhân sự (số liệu minh họa, luôn giống nhau\nvới cùng S) để tập huấn, đo hiệu năng.',
    },
  ],
  options,
  examples: [
    'tinhgon generate lon.tinhgon --units 10000',
    'tinhgon generate nhan-su.tinhgon --units 400 --people 600 --seed 5',
  ],
  async run(args) {
    const { values, positionals } = parse(args, options);
    const file = onePositional(positionals, 'FILE');
    const count = Number(values.units);
    const people = values.people === undefined ? 0 : Number(values.people);
    const seed = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isInteger(count) || count < 1 || count > 2_000_000)
      throw new UsageError('--units phải là số nguyên từ 1 đến 2.000.000.');
    if (!Number.isInteger(people) || people < 0 || people > 5_000_000)
      throw new UsageError('--people phải là số nguyên từ 0 đến 5.000.000.');
    if (!Number.isInteger(seed)) throw new UsageError('--seed phải là số nguyên.');
    const info = await withHandlers(null, (call) => call('workspace.generate', { file, units: count, people, seed }));
    process.stdout.write(
      `Đã tạo ${info.file} (${count} đơn vị${people > 0 ? `, ${people} người` : ''}, số liệu minh họa).\n`,
    );
    return 0;
  },
};
