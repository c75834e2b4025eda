/**
 * `tinhgon scenario FILE`: a plan simulated over a workspace without storing it (`scenario.simulate`),
 * stored (`scenario.import`), a stored plan simulated (`scenario.get`), or another province annexed
 * to a stored plan (`scenario.annex`), or a resolution's commune table added to it as merges (`scenario.communes`).
 */
import path from 'node:path';
import { readInputFile } from '../../../db/safe-path.ts';
import { AppError, issuesFromZod } from '../../../shared/errors.ts';
import { formatInteger } from '../../../shared/format.ts';
import { isMessageKey, translate } from '../../../shared/i18n/index.ts';
import { describeOperation } from '../../../shared/scenario/describe.ts';
import { ScenarioFileSchema, type ScenarioFile } from '../../../shared/scenario/exchange.ts';
import { missingText, verdictText } from '../../../shared/scenario/target-status.ts';
import { positionsLine, positionsNoteText, targetPositionsText } from '../../../shared/positions/quota-beside-text.ts';
import { withHandlers, type Call } from '../call.ts';
import { onePositional, parse, type Command } from '../command.ts';
import { EXIT_USER_ERROR, UsageError, reportImportInvalid } from '../report.ts';
import { isoToDisplay } from '../../../shared/scenario/operation-date.ts';
import { cutSuggestionText } from '../../../shared/view/cut-suggestion-text.ts';
import { FIGURE_FIELDS } from '../../../shared/scenario/figures.ts';
import type { CommunePreview } from '../../../shared/import/communes.ts';

const options = {
  from: { type: 'string', value: 'PHUONG-AN.json', description: 'Mô phỏng phương án trong tệp JSON mà không lưu.' },
  import: { type: 'string', value: 'PHUONG-AN.json', description: 'Lưu phương án trong tệp JSON vào tệp dữ liệu.' },
  'sample-plan': {
    type: 'string',
    value: 'MẪU',
    description:
      'Lưu phương án mẫu kèm tỉnh mẫu (hai-cap-2025: Sắp xếp theo mô hình hai cấp (2025), tỉnh mẫu Hậu Giang).',
  },
  name: {
    type: 'string',
    value: 'TÊN',
    description: 'Phương án đã lưu (mô phỏng, hoặc nhận tỉnh sáp nhập với --annex).',
  },
  json: { type: 'boolean', description: 'In JSON { years, targets, findings, operations }.' },
  annex: { type: 'string', value: 'TỈNH-KHÁC.tinhgon', description: 'Tệp dữ liệu của tỉnh sáp nhập (chỉ đọc).' },
  year: { type: 'string', value: 'NĂM', description: 'Năm sáp nhập (với --annex).' },
  prefix: { type: 'string', value: 'TIỀN-TỐ', description: 'Tiền tố thêm vào mã các đơn vị của tỉnh sáp nhập.' },
  parent: { type: 'string', value: 'MÃ', description: 'Đơn vị nhận các đơn vị cấp cao nhất của tỉnh sáp nhập.' },
  'merge-same-names': {
    type: 'boolean',
    description: 'Hợp nhất luôn các sở trùng tên (không có: chỉ liệt kê đề xuất).',
  },
  communes: {
    type: 'string',
    value: 'BẢNG.xlsx|.csv',
    description:
      'Bảng sắp xếp xã của nghị quyết: Mã xã mới, Tên xã mới, Loại (xã/phường/đặc khu), Mã các xã cũ (ngăn cách bằng ;).',
  },
  date: { type: 'string', value: 'YYYY-MM-DD', description: 'Ngày hợp nhất các xã (với --communes).' },
  'dry-run': {
    type: 'boolean',
    description: 'Với --communes: chỉ in các xã mới sẽ thêm (xã cũ, tổng số liệu), không thêm gì.',
  },
  'suggest-cut': {
    type: 'string',
    value: 'MỤC-TIÊU',
    description: 'Gợi ý cắt giảm: tỷ lệ nhỏ nhất (cả tỉnh) đủ đạt mục tiêu về biên chế (mã mục tiêu); không lưu gì.',
  },
} as const;

export const scenario: Command = {
  name: 'scenario',
  summary: 'Mô phỏng, lưu phương án (các thao tác theo năm); sáp nhập tỉnh vào phương án đã lưu.',
  usage: [
    {
      synopsis: 'tinhgon scenario FILE --from PHUONG-AN.json [--json]',
      text: 'Mô phỏng phương án (các thao tác theo năm) trên tệp dữ liệu mà không lưu: chỉ tiêu từng năm, mục tiêu, cảnh báo.',
    },
    { synopsis: 'tinhgon scenario FILE --import PHUONG-AN.json', text: 'Lưu phương án vào tệp dữ liệu.' },
    {
      synopsis: 'tinhgon scenario FILE --sample-plan MẪU',
      text: 'Lưu phương án mẫu kèm tỉnh mẫu: hai-cap-2025 (sắp xếp năm 2025 trên tỉnh mẫu Hậu Giang).',
    },
    { synopsis: 'tinhgon scenario FILE --name TÊN [--json]', text: 'Mô phỏng phương án đã lưu.' },
    {
      synopsis:
        'tinhgon scenario FILE --name TÊN --annex TỈNH-KHÁC.tinhgon --year NĂM [--prefix TIỀN-TỐ] [--parent MÃ] [--merge-same-names]',
      text: 'Sáp nhập tỉnh: thêm vào phương án đã lưu các đơn vị của tệp dữ liệu tỉnh khác (chỉ đọc), mã thêm tiền tố;\n--merge-same-names: hợp nhất luôn các sở trùng tên vào sở của tỉnh (không có: chỉ liệt kê đề xuất).',
    },
    {
      synopsis: 'tinhgon scenario FILE --name TÊN --communes BẢNG.xlsx|.csv --date YYYY-MM-DD [--dry-run]',
      text: 'Sắp xếp xã: mỗi dòng của bảng (Mã xã mới, Tên xã mới, Loại, Mã các xã cũ) thêm một thao tác hợp nhất các xã cũ thành\nUBND xã mới vào ngày đó; có dòng sai thì in từng dòng, cột và không thêm gì;\n--dry-run: chỉ in từng xã mới, các xã cũ và tổng số liệu của chúng, không thêm gì.',
    },
    {
      synopsis: 'tinhgon scenario FILE --name TÊN --suggest-cut MỤC-TIÊU [--year NĂM] [--json]',
      text: 'Gợi ý cắt giảm: thao tác cắt giảm biên chế theo tỷ lệ nhỏ nhất (mô phỏng từng mức) để phương án đạt mục tiêu\nvề biên chế; --year: năm cắt giảm (mặc định năm của mục tiêu). Không lưu gì.',
    },
  ],
  options,
  examples: [
    'tinhgon scenario hau-giang.tinhgon --from phuong-an.json',
    'tinhgon scenario hau-giang.tinhgon --import phuong-an.json',
    'tinhgon scenario hau-giang.tinhgon --sample-plan hai-cap-2025',
    'tinhgon scenario hau-giang.tinhgon --name "Phương án 1" --json',
    'tinhgon scenario hau-giang.tinhgon --name "Sáp nhập" --annex soc-trang.tinhgon --year 2026 --prefix ST- --merge-same-names',
    'tinhgon scenario hau-giang.tinhgon --name "Hai cấp" --communes sap-xep-xa.xlsx --date 2025-07-01',
    'tinhgon scenario hau-giang.tinhgon --name "Hai cấp" --suggest-cut kl40-2026-public-employees',
  ],
  async run(args) {
    const { values, positionals } = parse(args, options);
    const file = onePositional(positionals, 'FILE');
    if ([values.from, values.import, values.name, values['sample-plan']].filter(Boolean).length !== 1)
      throw new UsageError('cần đúng một trong --from, --import, --name, --sample-plan.');
    const sample = values['sample-plan'];
    if (sample) {
      const { name } = await withHandlers(file, (call) => call('scenario.importSample', { id: sample }));
      process.stdout.write(`${translate('vi', 'scn.imported', { name })}\n`);
      return 0;
    }
    if (values.annex) {
      if (!values.name) throw new UsageError('--annex cần --name TÊN của phương án đã lưu.');
      const year = Number(values.year);
      if (!values.year || !Number.isInteger(year)) throw new UsageError('--annex cần --year NĂM.');
      const annex = {
        name: values.name,
        file: values.annex,
        year,
        parentCode: values.parent ?? null,
        codePrefix: values.prefix,
        mergeSameNames: values['merge-same-names'] === true,
      };
      const done = await withHandlers(file, (call) => call('scenario.annex', annex));
      for (const op of done.added) process.stdout.write(`${describeOperation(op, 'vi', (code) => code)}\n`);
      if (done.merges.length > 0)
        process.stdout.write(`${translate('vi', 'annex.proposals', { year: String(year) })}\n`);
      for (const m of done.merges)
        process.stdout.write(
          `${translate('vi', 'annex.proposal', { annexed: m.annexedName, code: m.annexed, home: m.homeName })}\n`,
        );
      return 0;
    }
    if (values['dry-run'] && !values.communes) throw new UsageError('--dry-run chỉ dùng với --communes.');
    if (values.communes || values.date)
      return addCommunes(file, values.name, values.communes, values.date, values['dry-run'] === true);
    const json = values.json === true;
    if (values['suggest-cut'] !== undefined)
      return suggestCut(file, values.name, values['suggest-cut'], values.year, json);
    if (values.name) {
      const name = values.name;
      return withHandlers(file, async (call) => printSimulation(call, await call('scenario.get', { name }), json));
    }
    const source = (values.from ?? values.import)!;
    const text = readInputFile(source).toString('utf8');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new AppError('bad_request', 'err.badRequest', { detail: `${source}: JSON` });
    }
    const parsed = ScenarioFileSchema.safeParse(raw);
    if (!parsed.success) {
      for (const i of issuesFromZod(parsed.error))
        process.stderr.write(`${i.field}: ${isMessageKey(i.key) ? translate('vi', i.key, i.params) : i.key}\n`);
      process.stderr.write(`Lỗi: ${translate('vi', 'err.scenarioInvalid')}\n`);
      return EXIT_USER_ERROR;
    }
    if (values.import) {
      await withHandlers(file, (call) => call('scenario.import', { scenario: parsed.data }));
      process.stdout.write(`${translate('vi', 'scn.imported', { name: parsed.data.name })}\n`);
      return 0;
    }
    return withHandlers(file, (call) => printSimulation(call, parsed.data, json));
  },
};

/** The smallest whole-province quota cut closing a target's gap, said in words (or as JSON); nothing is stored. */
async function suggestCut(
  file: string,
  name: string | undefined,
  target: string,
  yearText: string | undefined,
  json: boolean,
) {
  if (!name) throw new UsageError('--suggest-cut cần --name TÊN của phương án đã lưu.');
  const year = yearText === undefined ? undefined : Number(yearText);
  if (year !== undefined && !Number.isInteger(year)) throw new UsageError('--year phải là năm có 4 chữ số.');
  const cut = await withHandlers(file, (call) =>
    call('scenario.suggestCut', { name, target, ...(year ? { year } : {}) }),
  );
  if (json) process.stdout.write(`${JSON.stringify(cut, null, 2)}\n`);
  else {
    process.stdout.write(`${cutSuggestionText(cut, (key, params) => translate('vi', key, params))}\n`);
    if (cut.operation) process.stdout.write(`${describeOperation(cut.operation, 'vi', (code) => code)}\n`);
  }
  return 0;
}

/** A resolution's commune table added to a stored plan: each merge added, the rows skipped; or every bad row and nothing added. */
async function addCommunes(
  file: string,
  name: string | undefined,
  table: string | undefined,
  date: string | undefined,
  dryRun: boolean,
): Promise<number> {
  if (!name || !table) throw new UsageError('--communes cần --name TÊN của phương án đã lưu.');
  if (!date) throw new UsageError('--communes cần --date YYYY-MM-DD.');
  const data = readInputFile(table).toString('base64');
  const args = { name, fileName: path.basename(table), data, date, preview: dryRun };
  try {
    const done = await withHandlers(file, (call) => call('scenario.communes', args));
    if (dryRun) {
      const when = isoToDisplay(date);
      process.stdout.write(
        `${translate('vi', 'communes.previewTitle', { count: done.merges.length, name, date: when })}\n`,
      );
      for (const line of communePreviewLines(done.merges)) process.stdout.write(`${line}\n`);
      for (const r of done.skipped)
        process.stdout.write(`${translate('vi', 'import.skippedRow', { row: r.row, text: r.text })}\n`);
      return 0;
    }
    for (const op of done.added) process.stdout.write(`${describeOperation(op, 'vi', (code) => code)}\n`);
    for (const r of done.skipped)
      process.stdout.write(`${translate('vi', 'import.skippedRow', { row: r.row, text: r.text })}\n`);
    process.stdout.write(
      `${translate('vi', 'communes.added', { count: done.added.length, name, date: isoToDisplay(date) })}\n`,
    );
    return 0;
  } catch (err) {
    return reportImportInvalid(err);
  }
}

/** Simulates and prints (JSON, or a table); an invalid operation is named by index and type, and why. */
async function printSimulation(call: Call, plan: ScenarioFile, json: boolean): Promise<number> {
  let out;
  try {
    out = await call('scenario.simulate', { scenario: plan });
  } catch (err) {
    if (!(err instanceof AppError) || err.key !== 'err.scenarioOperation') throw err;
    process.stderr.write(`Lỗi: ${translate('vi', 'err.scenarioOperation', err.params)}\n`); // the reason is a message key, said too
    return EXIT_USER_ERROR;
  }
  const targets = out.targets.map(
    ({
      id,
      kind,
      metric,
      communeStaff,
      scopeNote,
      baseYear,
      year,
      baseline,
      value,
      requiredPct,
      achievedPct,
      met,
      status,
      missing,
      positions,
    }) => ({
      id,
      kind,
      metric,
      communeStaff,
      ...(scopeNote ? { scopeNote } : {}),
      baseYear,
      year,
      baseline,
      value,
      requiredPct,
      achievedPct,
      met,
      status,
      ...(status === 'unknown' ? { missing: missing.map((m) => ({ ...m, text: missingText('vi', [m]) })) } : {}),
      // What the plan's job positions justify beside the quota, year by year, and its notes (issue 21).
      ...(positions
        ? {
            positions: {
              byYear: positions.byYear,
              notes: positions.notes.map((n) => ({ ...n, text: positionsNoteText('vi', n) })),
            },
          }
        : {}),
    }),
  );
  if (json)
    process.stdout.write(
      `${JSON.stringify({ years: out.years, targets, findings: out.findings, notices: out.notices, operations: out.operations }, null, 2)}\n`,
    );
  else {
    for (const y of out.years) {
      process.stdout.write(
        `${y.year}\tđơn vị ${y.units}\tĐVSN ${y.psus}\tBC CC ${y.civilServantQuota}\tSNLV ${y.publicEmployeeQuota}\tra khỏi BC ${y.leavers}\ttuyển ${y.recruited}\tchi phí ${y.payoutUncosted > 0 ? `≥ ${formatInteger(y.payoutCost, 'vi')} đồng (chưa tính ${y.payoutUncosted} người)` : `${formatInteger(y.payoutCost, 'vi')} đồng`}\n`,
      );
      // Beside each quota, what the plan's job positions justify (only a workforce with positions).
      for (const [who, side] of [
        ['công chức', y.positions?.civilServants],
        ['viên chức (NSNN)', y.positions?.publicEmployees],
      ] as const)
        if (side && side.withPositions > 0)
          process.stdout.write(
            `${y.year}\tVTVL ${who}\t${positionsLine('vi', side)}\thợp đồng ${side.contract}${
              side.defaulted > 0
                ? `\t${translate('vi', 'scn.metric.pos.defaultedTitle', { count: side.defaulted })}`
                : ''
            }\n`,
          );
    }
    for (const t of out.targets)
      process.stdout.write(
        `${t.id}\t${t.baseline ?? '—'} → ${t.value ?? '—'}\t${t.achievedPct ?? '—'}% / ${t.requiredPct}%\t${verdictText('vi', t)}${
          t.positions ? `\t${targetPositionsText('vi', t.positions, t.year) ?? ''}` : ''
        }\n`,
      );
    // What the plan leaves to decide, then the findings at the horizon (every year's are in --json).
    for (const n of out.notices) process.stdout.write(`Lưu ý ${n.year}\t${n.unit}\t${n.message}\n`);
    const horizon = out.years.at(-1)?.year;
    for (const f of out.findings.filter((x) => x.year === horizon))
      process.stdout.write(`Cảnh báo ${f.year}\t${f.severity}\t${f.unitCode}\t${f.message} (${f.citation})\n`);
  }
  return 0;
}

/** Each new commune of a dry run on one line: row, code, name, type, the old communes, their summed figures. */
function communePreviewLines(merges: readonly CommunePreview[]): string[] {
  return merges.map((m) => {
    const figures = [
      ...FIGURE_FIELDS.map((f) => `${translate('vi', `field.${f}`)} ${formatInteger(m.totals[f])}`),
      `${translate('vi', 'communes.people')} ${formatInteger(m.totals.people)}`,
    ];
    const olds = m.olds.map((o) => `${o.name} (${o.code})`).join('; ');
    return `${translate('vi', 'communes.row')} ${m.row}: ${m.code} ${m.name} (${m.type}) ← ${olds}; ${figures.join(', ')}`;
  });
}
