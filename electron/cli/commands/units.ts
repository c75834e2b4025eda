/** `tinhgon units FILE`: the units of a workspace, as a table or JSON (`units.list`). */
import { HEADCOUNT_FIELDS } from '../../../shared/model/unit.ts';
import { withHandlers } from '../call.ts';
import { onePositional, parse, type Command } from '../command.ts';

const options = {
  json: { type: 'boolean', description: 'In mảng JSON, mỗi đơn vị với tên trường của mô hình dữ liệu.' },
} as const;

export const units: Command = {
  name: 'units',
  summary: 'In danh sách đơn vị của tệp dữ liệu.',
  usage: [{ synopsis: 'tinhgon units FILE [--json]', text: 'In danh sách đơn vị (--json: mảng JSON).' }],
  options,
  examples: ['tinhgon units hau-giang.tinhgon', 'tinhgon units hau-giang.tinhgon --json > don-vi.json'],
  async run(args) {
    const { values, positionals } = parse(args, options);
    const file = onePositional(positionals, 'FILE');
    const { units } = await withHandlers(file, (call) => call('units.list', {}));
    if (values.json) {
      process.stdout.write(`${JSON.stringify(units, null, 2)}\n`);
    } else {
      // The heads in post after the counts: an empty cell while not entered.
      const header = ['code', 'parentCode', 'kind', 'level', 'sector', ...HEADCOUNT_FIELDS, 'heads', 'name'];
      process.stdout.write(`${header.join('\t')}\n`);
      for (const u of units)
        process.stdout.write(`${header.map((h) => String(u[h as keyof typeof u] ?? '')).join('\t')}\n`);
    }
    return 0;
  },
};
