/**
 *   tinhgon baseline FILE --year YYYY [--units N] [--psus N] [--civil-servants N] [--public-employees N] [--autonomous-psus N] [--commune-civil-servants N]
 *   tinhgon baseline FILE [--json]
 * Records (or updates: figures not given keep their value) a base year's figures, or lists them.
 */
import { parseArgs } from 'node:util';
import { issuesFromZod } from '../../shared/errors.ts';
import { translate } from '../../shared/i18n/index.ts';
import { BASELINE_FIELDS, BaselineSchema, type BaselineField, type YearBaseline } from '../../shared/scenario/baselines.ts';
import { call, withWorkspace } from './main.ts';
import { EXIT_USER_ERROR, UsageError } from './report.ts';

/** The option of each figure. */
const FLAGS: Record<BaselineField, string> = {
  units: 'units',
  psus: 'psus',
  civilServantQuota: 'civil-servants',
  publicEmployeeQuota: 'public-employees',
  autonomyGroups12: 'autonomous-psus',
  communeCivilServantQuota: 'commune-civil-servants',
};

export async function baselineCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { json: { type: 'boolean' }, year: { type: 'string' }, ...Object.fromEntries(Object.values(FLAGS).map((f) => [f, { type: 'string' }])) } as never });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (parsed.positionals.length !== 1) throw new UsageError('cần đúng một tham số FILE.');
  const file = parsed.positionals[0]!;
  const given = BASELINE_FIELDS.filter((f) => values[FLAGS[f]] !== undefined);
  if (values.year === undefined) {
    if (given.length > 0) throw new UsageError('cần --year NĂM để ghi số liệu gốc.');
    const { baselines } = await withWorkspace(file, (ws) => call(ws, 'baselines.list', {}));
    printBaselines(baselines, values.json === true);
    return 0;
  }
  if (!/^\d{4}$/.test(values.year as string)) throw new UsageError('--year phải là năm có 4 chữ số.');
  if (given.length === 0) throw new UsageError(`cần ít nhất một số liệu: ${BASELINE_FIELDS.map((f) => `--${FLAGS[f]}`).join(', ')}.`);
  const year = Number(values.year);
  return withWorkspace(file, async (ws) => {
    const before = (await call(ws, 'baselines.list', {})).baselines.find((b) => b.year === year);
    // Figures not given keep the value recorded for the year.
    const record = { year, ...Object.fromEntries(BASELINE_FIELDS.map((f) => [f, values[FLAGS[f]] ?? before?.[f] ?? null])) };
    const checked = BaselineSchema.safeParse(record);
    if (!checked.success) {
      for (const i of issuesFromZod(checked.error)) {
        const field = i.field as BaselineField | 'year';
        process.stderr.write(`${field === 'year' ? '--year' : `--${FLAGS[field] ?? field}`} (${String(record[field as keyof typeof record] ?? '')}): ${translate('vi', i.key, i.params)}\n`);
      }
      process.stderr.write('Lỗi: số liệu gốc không hợp lệ; không ghi gì.\n');
      return EXIT_USER_ERROR;
    }
    await call(ws, 'baselines.save', { baseline: checked.data });
    process.stdout.write(`${translate('vi', 'bl.saved', { year: String(year) })}\n`);
    return 0;
  });
}

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
  for (const b of baselines) process.stdout.write(`${[b.year, ...BASELINE_FIELDS.map((f) => b[f] ?? '')].join('\t')}\n`);
}
