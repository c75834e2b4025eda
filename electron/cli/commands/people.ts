/**
 * `tinhgon people FILE`: the personnel list — natural retirements as counts (names only with
 * --names; `people.retirements`, `people.list`), import (`people.import`), removal (`people.remove`).
 */
import path from 'node:path';
import { readInputFile } from '../../../db/safe-path.ts';
import { translate } from '../../../shared/i18n/index.ts';
import { printable, printableJson } from '../../../shared/model/text.ts';
import { withHandlers } from '../call.ts';
import { onePositional, parse, type Command } from '../command.ts';
import { decimalOption } from '../decimal-flag.ts';
import { UsageError, reportImportInvalid } from '../report.ts';

const options = {
  json: { type: 'boolean', description: 'In JSON: số người đến tuổi nghỉ hưu theo đơn vị và năm.' },
  names: { type: 'boolean', description: 'In cả họ tên, mã, tháng nghỉ hưu của từng người.' },
  from: { type: 'string', value: 'NĂM', description: 'Từ năm (mặc định năm gốc).' },
  to: { type: 'string', value: 'NĂM', description: 'Đến năm (mặc định 2030).' },
  import: {
    type: 'string',
    value: 'INPUT.xlsx|INPUT.csv',
    description: 'Nhập danh sách nhân sự, thay thế toàn bộ danh sách cũ (sau khi sao lưu).',
  },
  decimal: {
    type: 'string',
    value: ',|.',
    description: 'Dấu thập phân của cột số mà mọi số đều đọc được hai cách (với --import).',
  },
  remove: { type: 'boolean', description: 'Xóa toàn bộ danh sách nhân sự khỏi tệp dữ liệu.' },
} as const;

export const people: Command = {
  name: 'people',
  summary: 'Danh sách nhân sự: số người đến tuổi nghỉ hưu, nhập, xóa danh sách.',
  usage: [
    {
      synopsis: 'tinhgon people FILE [--json] [--names] [--from NĂM] [--to NĂM]',
      text: 'Số người đến tuổi nghỉ hưu (Điều 169 Bộ luật Lao động 2019) theo đơn vị và năm, từ năm gốc đến 2030;\nchỉ in số lượng, in họ tên khi có --names.',
    },
    {
      synopsis: 'tinhgon people FILE --import INPUT.xlsx|INPUT.csv [--decimal ,|.]',
      text: 'Nhập danh sách nhân sự (thay thế toàn bộ danh sách cũ, sau khi sao lưu); có dòng lỗi thì không nhập gì.',
    },
    {
      synopsis: 'tinhgon people FILE --remove',
      text: 'Xóa toàn bộ danh sách nhân sự khỏi tệp dữ liệu (các bản sao lưu trước đó vẫn còn danh sách).',
    },
  ],
  options,
  examples: [
    'tinhgon people hau-giang.tinhgon --from 2026 --to 2030',
    'tinhgon people hau-giang.tinhgon --import nhan-su.xlsx',
    'tinhgon people hau-giang.tinhgon --remove',
  ],
  async run(args) {
    const { values, positionals } = parse(args, options);
    const file = onePositional(positionals, 'FILE');
    if (values.import && values.remove) throw new UsageError('chỉ chọn một trong --import và --remove.');
    if (values.import) return importPeople(file, values.import, values.decimal);
    if (values.remove) {
      const { removed } = await withHandlers(file, (call) => call('people.remove', {}));
      process.stdout.write(`${translate('vi', 'ppl.removed', { count: removed })}\n`);
      return 0;
    }
    const year = (text: string | undefined, flag: string) => {
      if (text === undefined) return undefined;
      if (!/^\d{4}$/.test(text)) throw new UsageError(`${flag} phải là năm có 4 chữ số.`);
      return Number(text);
    };
    const range = { fromYear: year(values.from, '--from'), toYear: year(values.to, '--to') };
    const [r, list] = await withHandlers(
      file,
      async (call) =>
        [await call('people.retirements', range), values.names ? await call('people.list', {}) : null] as const,
    );
    const row = (u: (typeof r)['totals'], unitCode: string | null, unitName: string | null) => ({
      unitCode,
      unitName,
      overdue: u.overdue,
      years: u.years,
      total: u.inRange,
    });
    const out = {
      fromYear: r.fromYear,
      toYear: r.toYear,
      people: r.people,
      units: r.units.map((u) => row(u, u.unit, u.unitName)),
      totals: row(r.totals, null, null),
      ...(list
        ? {
            names: list.people.map((p) => ({
              fullName: p.fullName,
              employeeId: p.employeeId,
              unitCode: p.unitCode,
              sex: p.sex,
              birthDate: p.birthDate,
              category: p.category,
              retirementMonth: p.retirement.reaches,
            })),
          }
        : {}),
    };
    // Names stored before control characters were refused are printed escaped, never raw.
    if (values.json) {
      process.stdout.write(`${printableJson(out)}\n`);
      return 0;
    }
    const years = r.totals.years.map((y) => y.year);
    process.stdout.write(`${['unitCode', `<${r.fromYear}`, ...years, 'total'].join('\t')}\n`);
    for (const u of [...out.units, { ...out.totals, unitCode: 'Tổng' }])
      process.stdout.write(
        `${[u.unitCode, u.overdue.total, ...u.years.map((y) => y.total), u.total.total].join('\t')}\n`,
      );
    for (const p of out.names ?? [])
      process.stdout.write(
        `${[p.unitCode, p.retirementMonth, p.fullName].map((t) => printable(t, true)).join('\t')}\n`,
      );
    return 0;
  },
};

/** Replaces the list; every bad row is printed as "row N, column "…" (value): reason" and nothing is imported. */
async function importPeople(file: string, input: string, decimalText: string | undefined): Promise<number> {
  const decimal = decimalOption(decimalText);
  const upload = {
    fileName: path.basename(input),
    data: readInputFile(input).toString('base64'),
    ...(decimal ? { decimal } : {}),
  };
  try {
    const done = await withHandlers(file, (call) => call('people.import', upload));
    process.stdout.write(
      `${translate('vi', 'ppl.imported', { count: done.imported, previous: done.previous, file: done.backupFile })}\n`,
    );
    return 0;
  } catch (err) {
    return reportImportInvalid(err);
  }
}
