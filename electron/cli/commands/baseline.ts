/**
 *   tinhgon baseline FILE --year YYYY [--units N] [--psus N] [--civil-servants N] [--public-employees N] [--autonomous-psus N] [--commune-civil-servants N]
 *   tinhgon baseline FILE [--json]
 * Records (or updates: figures not given keep their value) a base year's figures, or lists them
 * (`baselines.list`, `baselines.save`).
 */
import { issuesFromZod } from '../../../shared/errors.ts';
import { translate } from '../../../shared/i18n/index.ts';
import {
  BASELINE_FIELDS,
  BaselineSchema,
  type BaselineField,
  type YearBaseline,
} from '../../../shared/scenario/baselines.ts';
import { withHandlers } from '../call.ts';
import { onePositional, parse, type Command } from '../command.ts';
import { EXIT_USER_ERROR, UsageError } from '../report.ts';

/** The option of each figure. */
const FLAGS = {
  units: 'units',
  psus: 'psus',
  civilServantQuota: 'civil-servants',
  publicEmployeeQuota: 'public-employees',
  autonomyGroups12: 'autonomous-psus',
  communeCivilServantQuota: 'commune-civil-servants',
} as const satisfies Record<BaselineField, string>;

const options = {
  json: { type: 'boolean', description: 'In mảng JSON các năm đã ghi.' },
  year: { type: 'string', value: 'NĂM', description: 'Năm của số liệu gốc cần ghi (4 chữ số).' },
  units: { type: 'string', value: 'N', description: 'Tổng số đơn vị.' },
  psus: { type: 'string', value: 'N', description: 'Số đơn vị sự nghiệp công lập (ĐVSN).' },
  'civil-servants': { type: 'string', value: 'N', description: 'Biên chế công chức.' },
  'public-employees': { type: 'string', value: 'N', description: 'Số người làm việc hưởng lương ngân sách nhà nước.' },
  'autonomous-psus': { type: 'string', value: 'N', description: 'Số ĐVSN tự chủ tài chính nhóm 1–2.' },
  'commune-civil-servants': { type: 'string', value: 'N', description: 'Biên chế công chức cấp xã.' },
} as const satisfies Record<'json' | 'year' | (typeof FLAGS)[BaselineField], unknown>;

export const baseline: Command = {
  name: 'baseline',
  summary: 'Ghi hoặc liệt kê số liệu gốc của các năm (để đánh giá mục tiêu).',
  usage: [
    {
      synopsis:
        'tinhgon baseline FILE --year NĂM [--units N] [--psus N] [--civil-servants N] [--public-employees N] [--autonomous-psus N] [--commune-civil-servants N]',
      text: 'Ghi (hoặc sửa: số không nêu giữ nguyên) số liệu gốc của một năm: tổng số đơn vị, ĐVSN, biên chế công chức,\nsố người làm việc hưởng lương NSNN, ĐVSN tự chủ nhóm 1–2, biên chế công chức cấp xã. Mục tiêu có năm gốc trước\nnăm dữ liệu chỉ được đánh giá khi năm đó có số liệu (không có: "chưa đủ số liệu").',
    },
    { synopsis: 'tinhgon baseline FILE [--json]', text: 'Liệt kê số liệu gốc đã ghi.' },
  ],
  options,
  examples: [
    'tinhgon baseline hau-giang.tinhgon --year 2021 --psus 300 --civil-servants 2500',
    'tinhgon baseline hau-giang.tinhgon --json',
  ],
  async run(args) {
    const parsed = parse(args, options);
    const values: Record<string, string | boolean | undefined> = parsed.values;
    const file = onePositional(parsed.positionals, 'FILE');
    const given = BASELINE_FIELDS.filter((f) => values[FLAGS[f]] !== undefined);
    if (values.year === undefined) {
      if (given.length > 0) throw new UsageError('cần --year NĂM để ghi số liệu gốc.');
      const { baselines } = await withHandlers(file, (call) => call('baselines.list', {}));
      printBaselines(baselines, values.json === true);
      return 0;
    }
    if (!/^\d{4}$/.test(values.year as string)) throw new UsageError('--year phải là năm có 4 chữ số.');
    if (given.length === 0)
      throw new UsageError(`cần ít nhất một số liệu: ${BASELINE_FIELDS.map((f) => `--${FLAGS[f]}`).join(', ')}.`);
    const year = Number(values.year);
    return withHandlers(file, async (call) => {
      const before = (await call('baselines.list', {})).baselines.find((b) => b.year === year);
      // Figures not given keep the value recorded for the year.
      const record = {
        year,
        ...Object.fromEntries(BASELINE_FIELDS.map((f) => [f, values[FLAGS[f]] ?? before?.[f] ?? null])),
      };
      const checked = BaselineSchema.safeParse(record);
      if (!checked.success) {
        for (const i of issuesFromZod(checked.error)) {
          const field = i.field as BaselineField | 'year';
          process.stderr.write(
            `${field === 'year' ? '--year' : `--${FLAGS[field] ?? field}`} (${String(record[field as keyof typeof record] ?? '')}): ${translate('vi', i.key, i.params)}\n`,
          );
        }
        process.stderr.write('Lỗi: số liệu gốc không hợp lệ; không ghi gì.\n');
        return EXIT_USER_ERROR;
      }
      await call('baselines.save', { baseline: checked.data });
      process.stdout.write(`${translate('vi', 'bl.saved', { year: String(year) })}\n`);
      return 0;
    });
  },
};

function printBaselines(baselines: YearBaseline[], json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(baselines, null, 2)}\n`);
    return;
  }
  if (baselines.length === 0) {
    process.stdout.write(`${translate('vi', 'bl.none')}\n`);
    return;
  }
  process.stdout.write(`${['year', ...BASELINE_FIELDS].join('\t')}\n`);
  for (const b of baselines)
    process.stdout.write(`${[b.year, ...BASELINE_FIELDS.map((f) => b[f] ?? '')].join('\t')}\n`);
}
