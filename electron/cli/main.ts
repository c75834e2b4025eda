/**
 * The TinhGon command line: the same handler table as the UI, over a workspace file.
 *   tinhgon init FILE [--sample] [--province NAME] [--base-year YYYY] [--province-class CLASS]
 *   tinhgon units FILE [--json]
 *   tinhgon people FILE [--json] [--names]
 */
import path from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { createWorkspace, openWorkspace, type Workspace } from '../../db/workspace.ts';
import { createHandlers } from '../handlers/index.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { AppError, issuesFromZod } from '../../shared/errors.ts';
import { PROVINCE_CLASSES, WorkspaceMetaSchema, newWorkspaceMeta } from '../../shared/model/workspace.ts';
import { generateSampleProvince, sampleMeta } from '../../shared/sample/hau-giang.ts';
import { generatePeople, generateUnits } from '../../shared/sample/generate.ts';
import { insertPeople } from '../../db/people-repo.ts';
import { writePrivateFile } from '../../db/private-files.ts';
import { printable, printableJson } from '../../shared/model/text.ts';
import { figureSheet, readFigures } from '../../shared/autonomy/read-figures.ts';
import { amountIn, parseUnitOption } from '../../shared/autonomy/money-unit.ts';
import { parseDecimalMark } from '../../shared/import/numbers.ts';
import { ScenarioFileSchema, type ScenarioFile } from '../../shared/scenario/exchange.ts';
import { readWorkbook } from '../../db/io/read-workbook.ts';
import { FileAccess, readInputFile, writeNewBytes } from '../../db/safe-path.ts';
import type { ArgsIn, Channel, Result } from '../../shared/contract.ts';
import { HEADCOUNT_FIELDS } from '../../shared/model/unit.ts';
import { EXIT_USER_ERROR, reportError, UsageError } from './report.ts';
import { isMessageKey, translate, type MessageKey } from '../../shared/i18n/index.ts';
import { describeOperation } from '../../shared/scenario/describe.ts';
import { payoutCommand } from './payout.ts';
import { salaryCommand } from './salary.ts';
import { printCommand } from './print.ts';
import { baselineCommand } from './baseline.ts';
import { missingText, verdictText } from '../../shared/scenario/target-status.ts';
import { formatInteger } from '../../shared/format.ts';
import { isIsoDate } from '../../shared/rules/rule-sets.ts';

const HELP = `TinhGon — dòng lệnh

  tinhgon init FILE [--sample] [--province TÊN] [--base-year NĂM] [--province-class LOẠI]
      Tạo tệp dữ liệu mới (không ghi đè tệp đã có). --sample: nạp tỉnh mẫu (số liệu minh họa).
      LOẠI: ${PROVINCE_CLASSES.join(', ')}.
  tinhgon units FILE [--json]
      In danh sách đơn vị (--json: mảng JSON).
  tinhgon import FILE INPUT.xlsx|INPUT.csv [--replace|--update] [--decimal ,|.]
      Nhập đơn vị (tệp dữ liệu trống: không cần tùy chọn; đã có đơn vị: chọn --replace hoặc --update).
      --decimal: dấu thập phân của các cột số người mà mọi số đều đọc được hai cách (như 1.000).
  tinhgon export FILE OUTPUT.xlsx|OUTPUT.csv
      Xuất đơn vị theo mẫu nhập liệu (nhập lại được không mất dữ liệu).
  tinhgon backup FILE OUT [--without-people]
      Sao lưu nhất quán tệp dữ liệu ra tệp OUT; --without-people: bản sao không chứa danh sách nhân sự.
  tinhgon generate FILE --units N [--people M] [--seed S]
      Tạo tệp dữ liệu mẫu cỡ N đơn vị, có M người trong danh sách nhân sự (số liệu minh họa, luôn giống nhau
      với cùng S) để tập huấn, đo hiệu năng.
  tinhgon findings FILE [--json] [--date YYYY-MM-DD]
      Kiểm tra các quy định (quy mô tối thiểu, số cấp phó, số sở, vượt số được giao) theo bộ quy tắc có hiệu lực
      vào ngày --date (mặc định hôm nay; bộ đã ghim nếu tỉnh ghim). --json: mỗi trường hợp kèm ruleSet, citation.
  tinhgon autonomy INPUT.xlsx|INPUT.csv [--unit dong|trieu-dong] [--decimal ,|.] [--json]
      Xếp nhóm tự chủ tài chính (Nghị định 60/2021) cho tệp theo mẫu số liệu, không cần tệp dữ liệu. Tệp không
      ghi đơn vị tính (đồng hay triệu đồng) thì bắt buộc --unit; cột có mọi số đọc được hai cách (như 1.250)
      thì bắt buộc --decimal (dấu thập phân của cột).
  tinhgon autonomy FILE.tinhgon --year NĂM [--json]
      Như trên, cho số liệu đã lưu trong tệp dữ liệu.
  tinhgon scenario FILE --from PHUONG-AN.json [--json]
      Mô phỏng phương án (các thao tác theo năm) trên tệp dữ liệu mà không lưu: chỉ tiêu từng năm, mục tiêu, cảnh báo.
  tinhgon scenario FILE --import PHUONG-AN.json
      Lưu phương án vào tệp dữ liệu.
  tinhgon scenario FILE --name TÊN [--json]
      Mô phỏng phương án đã lưu.
  tinhgon scenario FILE --name TÊN --annex TỈNH-KHÁC.tinhgon --year NĂM [--prefix TIỀN-TỐ] [--parent MÃ] [--merge-same-names]
      Sáp nhập tỉnh: thêm vào phương án đã lưu các đơn vị của tệp dữ liệu tỉnh khác (chỉ đọc), mã thêm tiền tố;
      --merge-same-names: hợp nhất luôn các sở trùng tên vào sở của tỉnh (không có: chỉ liệt kê đề xuất).
  tinhgon baseline FILE --year NĂM [--units N] [--psus N] [--civil-servants N] [--public-employees N] [--autonomous-psus N] [--commune-civil-servants N]
      Ghi (hoặc sửa: số không nêu giữ nguyên) số liệu gốc của một năm: tổng số đơn vị, ĐVSN, biên chế công chức,
      số người làm việc hưởng lương NSNN, ĐVSN tự chủ nhóm 1–2, biên chế công chức cấp xã. Mục tiêu có năm gốc trước
      năm dữ liệu chỉ được đánh giá khi năm đó có số liệu (không có: "chưa đủ số liệu").
  tinhgon baseline FILE [--json]
      Liệt kê số liệu gốc đã ghi.
  tinhgon print FILE --scenario TÊN --type de-an|to-trinh [--pdf TỆP.pdf] [--docx TỆP.docx] [--browser ĐƯỜNG-DẪN]
      In đề án hoặc tờ trình của phương án đã lưu theo thể thức Nghị định 30/2020: PDF qua Chromium của máy
      (--browser, biến CHROMIUM_PATH hoặc các đường dẫn thông dụng) và/hoặc Word (.docx).
  tinhgon payout --policy 178|154 --case early-retirement|resignation (--salary ĐỒNG | --coefficient HS [--leadership HS] [--other HS]
        [--public-duty %]) --months-early THÁNG --si-years NĂM [--category cong-chuc|vien-chuc|nguoi-lao-dong]
        [--group restructuring|downsizing|not-re-elected] [--lower-age] [--after-training] [--after-12-months] [--last-month MM/YYYY] [--json]
      Tính trợ cấp khi nghỉ hưu trước tuổi hoặc thôi việc (Nghị định 178/2024 sửa đổi bởi 67/2025; Nghị định 154/2025), chính xác
      đến đồng, kèm căn cứ và mức độ xác minh của từng khoản. Thôi việc theo 178 cần --category (Điều 9 hoặc 10). --last-month: tháng
      làm việc cuối cùng (liền trước tháng nghỉ), lấy lương cơ sở của tháng đó; mặc định tháng hiện tại.
  tinhgon salary --coefficient HS [--leadership HS] [--other HS] [--public-duty %] --month MM/YYYY [--json]
      Lương tháng theo hệ số với lương cơ sở của tháng đó (đồng, làm tròn một lần): (hệ số + phụ cấp chức vụ) × lương cơ sở ×
      (1 + phụ cấp công vụ %) + phụ cấp khác × lương cơ sở.
  tinhgon people FILE [--json] [--names] [--from NĂM] [--to NĂM]
      Số người đến tuổi nghỉ hưu (Điều 169 Bộ luật Lao động 2019) theo đơn vị và năm, từ năm gốc đến 2030;
      chỉ in số lượng, in họ tên khi có --names.
  tinhgon people FILE --import INPUT.xlsx|INPUT.csv [--decimal ,|.]
      Nhập danh sách nhân sự (thay thế toàn bộ danh sách cũ, sau khi sao lưu); có dòng lỗi thì không nhập gì.
  tinhgon people FILE --remove
      Xóa toàn bộ danh sách nhân sự khỏi tệp dữ liệu (các bản sao lưu trước đó vẫn còn danh sách).
  tinhgon help
`;

export async function runCli(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'init':
        return init(rest);
      case 'units':
        return await units(rest);
      case 'import':
        return await importCommand(rest);
      case 'export':
        return await exportCommand(rest);
      case 'backup':
        return await backupCommand(rest);
      case 'findings':
        return await findingsCommand(rest);
      case 'generate':
        return generateCommand(rest);
      case 'autonomy':
        return await autonomyCommand(rest);
      case 'scenario':
        return await scenarioCommand(rest);
      case 'payout':
        return payoutCommand(rest);
      case 'salary':
        return salaryCommand(rest);
      case 'print':
        return await printCommand(rest);
      case 'people':
        return await peopleCommand(rest);
      case 'baseline':
        return await baselineCommand(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(HELP);
        return 0;
      default:
        throw new UsageError(`không có lệnh "${command}".`);
    }
  } catch (err) {
    return reportError(err);
  }
}

function parse<T extends ParseArgsOptionsConfig>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true as const });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

function init(args: string[]): number {
  const { values, positionals } = parse(args, {
    sample: { type: 'boolean' },
    province: { type: 'string' },
    'base-year': { type: 'string' },
    'province-class': { type: 'string' },
  });
  const file = onePositional(positionals, 'FILE');
  const given = {
    provinceName: values.province,
    baseYear: values['base-year'] !== undefined ? Number(values['base-year']) : undefined,
    provinceClass: values['province-class'],
  };
  const metaInput = values.sample
    ? { ...sampleMeta(), ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) }
    : newWorkspaceMeta(given, new Date());
  const parsed = WorkspaceMetaSchema.safeParse(metaInput);
  if (!parsed.success) throw AppError.validation(issuesFromZod(parsed.error));
  const ws = createWorkspace(file, parsed.data, values.sample ? generateSampleProvince() : []);
  const count = ws.db.prepare('SELECT count(*) AS n FROM units').get() as { n: number };
  ws.close();
  process.stdout.write(`Đã tạo ${ws.file} (${parsed.data.provinceName}, năm gốc ${parsed.data.baseYear}, ${count.n} đơn vị).\n`);
  return 0;
}

async function units(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  const file = onePositional(positionals, 'FILE');
  const { units } = await withWorkspace(file, (ws) => call(ws, 'units.list', {}));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(units, null, 2)}\n`);
  } else {
    const header = ['code', 'parentCode', 'kind', 'level', 'sector', ...HEADCOUNT_FIELDS, 'name'];
    process.stdout.write(`${header.join('\t')}\n`);
    for (const u of units) process.stdout.write(`${header.map((h) => String(u[h as keyof typeof u] ?? '')).join('\t')}\n`);
  }
  return 0;
}

function onePositional(positionals: string[], name: string): string {
  if (positionals.length !== 1) throw new UsageError(`cần đúng một tham số ${name}.`);
  return positionals[0]!;
}

function twoPositionals(positionals: string[], a: string, b: string): [string, string] {
  if (positionals.length !== 2) throw new UsageError(`cần đúng hai tham số ${a} ${b}.`);
  return [positionals[0]!, positionals[1]!];
}

async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { replace: { type: 'boolean' }, update: { type: 'boolean' }, decimal: { type: 'string' } });
  const [file, input] = twoPositionals(positionals, 'FILE', 'INPUT');
  if (values.replace && values.update) throw new UsageError('chỉ chọn một trong --replace và --update.');
  const decimal = parseDecimalMark(values.decimal);
  if (values.decimal !== undefined && !decimal) throw new UsageError('--decimal chỉ nhận , hoặc . (dấu thập phân).');
  const upload = { fileName: path.basename(input), data: readInputFile(input).toString('base64') };
  const mode = values.replace ? 'replace' : values.update ? 'update' : null;
  return withWorkspace(file, async (ws) => {
    const inspected = (await call(ws, 'import.inspect', upload)).mapping;
    // --decimal answers for every count column that reads two ways (the others decide from their values).
    const mapping = decimal ? { ...inspected, decimals: Object.fromEntries(HEADCOUNT_FIELDS.map((f) => [f, decimal])) } : inspected;
    try {
      const outcome = await call(ws, 'import.apply', { ...upload, mapping, mode });
      process.stdout.write(`${translate('vi', 'import.done', { added: outcome.added, changed: outcome.changed, removed: outcome.removed })}\n${translate('vi', 'import.backupAt', { file: outcome.backupFile })}\n`);
      if (outcome.droppedFigures > 0) process.stdout.write(`${translate('vi', 'import.droppedFigures', { count: outcome.droppedFigures })}\n`);
      for (const r of outcome.skipped) process.stdout.write(`${translate('vi', 'import.skippedRow', { row: r.row, text: r.text })}\n`);
      return 0;
    } catch (err) {
      if (!(err instanceof AppError) || err.key !== 'err.importInvalid') throw err;
      // Every bad row, one per line, as "row N, column "…": reason".
      for (const issue of err.issues) {
        const p = issue.params ?? {};
        process.stderr.write(`row ${p.row}, column "${p.column}": ${isMessageKey(issue.key) ? translate('vi', issue.key, p) : issue.key}\n`);
      }
      process.stderr.write(`Lỗi: ${translate('vi', err.key, err.params)}\n`);
      return EXIT_USER_ERROR;
    }
  });
}

async function exportCommand(args: string[]): Promise<number> {
  const { positionals } = parse(args, {});
  const [file, output] = twoPositionals(positionals, 'FILE', 'OUTPUT');
  const format = output.toLowerCase().endsWith('.csv') ? 'csv' : output.toLowerCase().endsWith('.xlsx') ? 'xlsx' : null;
  if (!format) throw new UsageError('OUTPUT phải có đuôi .xlsx hoặc .csv.');
  FileAccess.anywhere.target(output); // refused before any work if it exists or cannot be written
  const exported = await withWorkspace(file, (ws) => call(ws, 'export.units', { format }));
  writeNewBytes(output, Buffer.from(exported.data, 'base64'));
  process.stdout.write(`Đã xuất ${output}\n`);
  return 0;
}

/** Simulates a scenario file over a workspace without storing anything. */
async function scenarioCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    from: { type: 'string' },
    import: { type: 'string' },
    name: { type: 'string' },
    json: { type: 'boolean' },
    annex: { type: 'string' },
    year: { type: 'string' },
    prefix: { type: 'string' },
    parent: { type: 'string' },
    'merge-same-names': { type: 'boolean' },
  });
  const file = onePositional(positionals, 'FILE');
  if ([values.from, values.import, values.name].filter(Boolean).length !== 1) throw new UsageError('cần đúng một trong --from, --import, --name.');
  if (values.annex) {
    if (!values.name) throw new UsageError('--annex cần --name TÊN của phương án đã lưu.');
    const year = Number(values.year);
    if (!values.year || !Number.isInteger(year)) throw new UsageError('--annex cần --year NĂM.');
    const args = { name: values.name, file: values.annex, year, parentCode: values.parent ?? null, codePrefix: values.prefix, mergeSameNames: values['merge-same-names'] === true };
    const done = await withWorkspace(file, (ws) => call(ws, 'scenario.annex', args));
    for (const op of done.added) process.stdout.write(`${describeOperation(op, 'vi', (code) => code)}\n`);
    if (done.merges.length > 0) process.stdout.write(`${translate('vi', 'annex.proposals', { year: String(year) })}\n`);
    for (const m of done.merges) process.stdout.write(`${translate('vi', 'annex.proposal', { annexed: m.annexedName, code: m.annexed, home: m.homeName })}\n`);
    return 0;
  }
  if (values.name) {
    const scenario = await withWorkspace(file, (ws) => call(ws, 'scenario.get', { name: values.name! }));
    return printSimulation(file, scenario, values.json === true);
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
    for (const i of issuesFromZod(parsed.error)) process.stderr.write(`${i.field}: ${isMessageKey(i.key) ? translate('vi', i.key, i.params) : i.key}\n`);
    process.stderr.write(`Lỗi: ${translate('vi', 'err.scenarioInvalid')}\n`);
    return EXIT_USER_ERROR;
  }
  if (values.import) {
    await withWorkspace(file, (ws) => call(ws, 'scenario.import', { scenario: parsed.data }));
    process.stdout.write(`${translate('vi', 'scn.imported', { name: parsed.data.name })}\n`);
    return 0;
  }
  return printSimulation(file, parsed.data, values.json === true);
}

/** Simulates and prints (json: JSON; false: a table; null: only report an invalid operation). */
async function printSimulation(file: string, scenario: ScenarioFile, json: boolean): Promise<number> {
  let out;
  try {
    out = await withWorkspace(file, (ws) => call(ws, 'scenario.simulate', { scenario }));
  } catch (err) {
    if (!(err instanceof AppError) || err.key !== 'err.scenarioOperation') throw err;
    // The operation at fault, by index and type, and why.
    process.stderr.write(`Lỗi: ${translate('vi', 'err.scenarioOperation', err.params)}\n`); // the reason is a message key, said too
    return EXIT_USER_ERROR;
  }
  const targets = out.targets.map(({ id, kind, metric, communeStaff, scopeNote, baseYear, year, baseline, value, requiredPct, achievedPct, met, status, missing }) => ({
    id, kind, metric, communeStaff, ...(scopeNote ? { scopeNote } : {}), baseYear, year, baseline, value, requiredPct, achievedPct, met, status,
    ...(status === 'unknown' ? { missing: missing.map((m) => ({ ...m, text: missingText('vi', [m]) })) } : {}),
  }));
  if (json) process.stdout.write(`${JSON.stringify({ years: out.years, targets, findings: out.findings, notices: out.notices, operations: out.operations }, null, 2)}\n`);
  else {
    for (const y of out.years) {
      process.stdout.write(`${y.year}\tđơn vị ${y.units}\tĐVSN ${y.psus}\tBC CC ${y.civilServantQuota}\tSNLV ${y.publicEmployeeQuota}\tra khỏi BC ${y.leavers}\ttuyển ${y.recruited}\tchi phí ${formatInteger(y.payoutCost, 'vi')} đồng\n`);
    }
    for (const t of out.targets) process.stdout.write(`${t.id}\t${t.baseline ?? '—'} → ${t.value ?? '—'}\t${t.achievedPct ?? '—'}% / ${t.requiredPct}%\t${verdictText('vi', t)}\n`);
    // What the plan leaves to decide, then the findings at the horizon (every year's are in --json).
    for (const n of out.notices) process.stdout.write(`Lưu ý ${n.year}\t${n.unit}\t${n.message}\n`);
    const horizon = out.years.at(-1)?.year;
    for (const f of out.findings.filter((x) => x.year === horizon)) process.stdout.write(`Cảnh báo ${f.year}\t${f.severity}\t${f.unitCode}\t${f.message} (${f.citation})\n`);
  }
  return 0;
}

/** Finance staff's quick check: classify a filled-in template, no workspace needed. */
async function autonomyCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, year: { type: 'string' }, unit: { type: 'string' }, decimal: { type: 'string' } });
  const input = onePositional(positionals, 'INPUT');
  if (input.toLowerCase().endsWith('.tinhgon')) return autonomyOfWorkspace(input, values.year, values.json === true);
  const unit = parseUnitOption(values.unit);
  if (values.unit !== undefined && !unit) throw new UsageError('--unit chỉ nhận dong hoặc trieu-dong.');
  const decimal = parseDecimalMark(values.decimal);
  if (values.decimal !== undefined && !decimal) throw new UsageError('--decimal chỉ nhận , hoặc . (dấu thập phân).');
  const sheets = await readWorkbook(path.basename(input), new Uint8Array(readInputFile(input)));
  const { figures, issues } = readFigures(figureSheet(sheets)?.rows ?? [], undefined, { unit, decimal });
  if (issues.length > 0) {
    for (const i of issues) process.stderr.write(`row ${i.row}, column "${i.column}"${i.value ? ` (${i.value})` : ''}: ${translate('vi', i.key, { ...i.params, row: i.row, column: i.column, value: i.value })}\n`);
    process.stderr.write(`Lỗi: ${translate('vi', 'err.figuresInvalid', { count: issues.length })}\n`);
    return EXIT_USER_ERROR;
  }
  printAutonomy(
    figures.map((f) => ({
      code: f.code, year: f.year, rate: f.computed.rateHundredths / 100, group: f.computed.group, band: f.computed.band, assignedGroup: f.assignedText, mismatch: f.mismatch,
      unit: f.unit, revenue: amountIn(f.revenue, f.unit), spending: amountIn(f.spending, f.unit),
    })),
    values.json === true,
  );
  return 0;
}

interface AutonomyLine {
  code: string;
  year: number;
  rate: number;
  group: number;
  band: string | null;
  assignedGroup: string | null;
  mismatch: boolean;
  /** The amounts (A, B) exactly as in the unit of the figures (Vietnamese format). */
  unit: string;
  revenue: string | null;
  spending: string | null;
}

async function autonomyOfWorkspace(file: string, yearText: string | undefined, json: boolean): Promise<number> {
  const year = Number(yearText);
  if (!yearText || !Number.isInteger(year)) throw new UsageError('cần --year NĂM cho tệp dữ liệu.');
  const { rows, amountUnit } = await withWorkspace(file, (ws) => call(ws, 'finance.list', { year }));
  printAutonomy(
    rows.filter((r) => r.computed).map((r) => ({
      code: r.code, year: r.year, rate: r.computed!.rateHundredths / 100, group: r.computed!.group, band: r.computed!.band, assignedGroup: r.assignedGroup, mismatch: r.mismatch,
      unit: amountUnit ?? 'dong', revenue: r.revenue, spending: r.spending,
    })),
    json,
  );
  return 0;
}

function printAutonomy(rows: AutonomyLine[], json: boolean): void {
  if (json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else {
    for (const r of rows) {
      const rate = (r.rate).toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      process.stdout.write(`${r.code}\t${r.year}\t${rate}%\tnhóm ${r.group}${r.band ?? ''}${r.assignedGroup ? `\tgiao: ${r.assignedGroup}` : ''}${r.mismatch ? '\tLỆCH' : ''}\n`);
    }
  }
}

function generateCommand(args: string[]): number {
  const { values, positionals } = parse(args, { units: { type: 'string' }, people: { type: 'string' }, seed: { type: 'string' } });
  const file = onePositional(positionals, 'FILE');
  const count = Number(values.units);
  const peopleCount = values.people === undefined ? 0 : Number(values.people);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(count) || count < 1 || count > 2_000_000) throw new UsageError('--units phải là số nguyên từ 1 đến 2.000.000.');
  if (!Number.isInteger(peopleCount) || peopleCount < 0 || peopleCount > 5_000_000) throw new UsageError('--people phải là số nguyên từ 0 đến 5.000.000.');
  if (!Number.isInteger(seed)) throw new UsageError('--seed phải là số nguyên.');
  const units = generateUnits(count, seed);
  const ws = createWorkspace(file, { provinceName: `Dữ liệu mẫu ${count} đơn vị`, baseYear: new Date().getFullYear(), provinceClass: 'class2', isSample: true }, units);
  try {
    if (peopleCount > 0) {
      const people = generatePeople(units, peopleCount, seed);
      ws.db.transaction(() => insertPeople(ws.db, people)).immediate();
    }
  } finally {
    ws.close();
  }
  process.stdout.write(`Đã tạo ${ws.file} (${count} đơn vị${peopleCount > 0 ? `, ${peopleCount} người` : ''}, số liệu minh họa).\n`);
  return 0;
}

async function findingsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, date: { type: 'string' } });
  const file = onePositional(positionals, 'FILE');
  // Judged as of --date (YYYY-MM-DD) by the set in force then; default today.
  if (values.date !== undefined && !isIsoDate(values.date)) throw new UsageError(`--date "${values.date}": ${translate('vi', 'err.isoDate')}`);
  const { findings, ruleSetTitle, date } = await withWorkspace(file, (ws) => call(ws, 'findings.list', values.date === undefined ? {} : { date: values.date }));
  const rows = findings.map((f) => ({ unitCode: f.unitCode, rule: f.rule, severity: f.severity, message: translate('vi', f.key, f.params), ruleSet: f.ruleSet, citation: f.citation, confidence: f.confidence }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    process.stdout.write(`${translate('vi', 'findings.ruleSetOn', { title: ruleSetTitle, date: `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` })}\n`);
    for (const r of rows) process.stdout.write(`${r.unitCode}\t${r.rule}\t${r.severity}\t${r.message}\t${r.citation}\n`);
    process.stdout.write(`${translate('vi', 'findings.count', { count: rows.length })}\n`);
  }
  return 0;
}

/** The personnel list: natural retirements as counts (names only with --names), import, removal. */
async function peopleCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    json: { type: 'boolean' }, names: { type: 'boolean' }, from: { type: 'string' }, to: { type: 'string' }, import: { type: 'string' }, remove: { type: 'boolean' }, decimal: { type: 'string' },
  });
  const file = onePositional(positionals, 'FILE');
  if (values.import && values.remove) throw new UsageError('chỉ chọn một trong --import và --remove.');
  if (values.import) {
    const input = values.import;
    const decimal = parseDecimalMark(values.decimal);
    if (values.decimal !== undefined && !decimal) throw new UsageError('--decimal chỉ nhận , hoặc . (dấu thập phân).');
    const upload = { fileName: path.basename(input), data: readInputFile(input).toString('base64'), ...(decimal ? { decimal } : {}) };
    try {
      const done = await withWorkspace(file, (ws) => call(ws, 'people.import', upload));
      process.stdout.write(`${translate('vi', 'ppl.imported', { count: done.imported, previous: done.previous, file: done.backupFile })}\n`);
      return 0;
    } catch (err) {
      if (!(err instanceof AppError) || err.key !== 'err.importInvalid') throw err;
      for (const issue of err.issues) {
        const p = issue.params ?? {};
        process.stderr.write(`${printable(`row ${p.row}, column "${p.column}"${p.value ? ` (${p.value})` : ''}: ${isMessageKey(issue.key) ? translate('vi', issue.key, p) : issue.key}`, true)}\n`);
      }
      process.stderr.write(`Lỗi: ${translate('vi', err.key, err.params)}\n`);
      return EXIT_USER_ERROR;
    }
  }
  if (values.remove) {
    const { removed } = await withWorkspace(file, (ws) => call(ws, 'people.remove', {}));
    process.stdout.write(`${translate('vi', 'ppl.removed', { count: removed })}\n`);
    return 0;
  }
  const year = (text: string | undefined, flag: string) => {
    if (text === undefined) return undefined;
    if (!/^\d{4}$/.test(text)) throw new UsageError(`${flag} phải là năm có 4 chữ số.`);
    return Number(text);
  };
  const range = { fromYear: year(values.from, '--from'), toYear: year(values.to, '--to') };
  const [r, list] = await withWorkspace(file, async (ws) => [await call(ws, 'people.retirements', range), values.names ? await call(ws, 'people.list', {}) : null] as const);
  const row = (u: (typeof r)['totals'], unitCode: string | null, unitName: string | null) => ({
    unitCode, unitName, overdue: u.overdue, years: u.years, total: u.inRange,
  });
  const out = {
    fromYear: r.fromYear,
    toYear: r.toYear,
    people: r.people,
    units: r.units.map((u) => row(u, u.unit, u.unitName)),
    totals: row(r.totals, null, null),
    ...(list ? { names: list.people.map((p) => ({ fullName: p.fullName, employeeId: p.employeeId, unitCode: p.unitCode, sex: p.sex, birthDate: p.birthDate, category: p.category, retirementMonth: p.retirement.reaches })) } : {}),
  };
  // Names stored before control characters were refused are printed escaped, never raw.
  if (values.json) {
    process.stdout.write(`${printableJson(out)}\n`);
    return 0;
  }
  const years = r.totals.years.map((y) => y.year);
  process.stdout.write(`${['unitCode', `<${r.fromYear}`, ...years, 'total'].join('\t')}\n`);
  for (const u of [...out.units, { ...out.totals, unitCode: 'Tổng' }]) process.stdout.write(`${[u.unitCode, u.overdue.total, ...u.years.map((y) => y.total), u.total.total].join('\t')}\n`);
  for (const p of out.names ?? []) process.stdout.write(`${[p.unitCode, p.retirementMonth, p.fullName].map((t) => printable(t, true)).join('\t')}\n`);
  return 0;
}

async function backupCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { 'without-people': { type: 'boolean' } });
  const [file, out] = twoPositionals(positionals, 'FILE', 'OUT');
  const { file: written } = await withWorkspace(file, (ws) => call(ws, 'workspace.backup', { file: out, withoutPeople: values['without-people'] ?? false }));
  process.stdout.write(`${translate('vi', 'menu.backupDone', { file: written })}\n`);
  return 0;
}

export async function withWorkspace<T>(file: string, fn: (ws: Workspace) => Promise<T>): Promise<T> {
  const ws = openWorkspace(file);
  try {
    return await fn(ws);
  } finally {
    ws.close();
  }
}

/** Calls a channel through the same dispatch as the UI; errors become AppErrors. */
export async function call<C extends Channel>(ws: Workspace, channel: C, args: ArgsIn<C>): Promise<Result<C>> {
  const envelope = await dispatch(createHandlers(ws), channel, args, (err) => process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`));
  if (!envelope.ok) throw new AppError(envelope.error.kind, envelope.error.key as never, envelope.error.params, envelope.error.issues as never);
  return envelope.result as Result<C>;
}
