/**
 * The table of a commune-merger resolution (sắp xếp đơn vị hành chính cấp xã) as merge operations:
 * one row per new commune (its code, name, type: xã, phường or đặc khu) with the codes of the old
 * communes it joins. Headers are found in the first rows (under a title block as offices write
 * one, on one row or two with merged cells), in Vietnamese with or without accents. Every problem
 * names its row and column; the caller adds nothing unless there is none.
 */
import { codeSchema, nameSchema, type Unit } from '../model/unit.ts';
import type { Operation } from '../scenario/operations.ts';
import { isoToDisplay } from '../scenario/operation-date.ts';
import { FIGURE_FIELDS, unitFiguresOf, type Figures } from '../scenario/figures.ts';
import { matchKey } from '../text.ts';
import type { MessageKey, MessageParams } from '../i18n/index.ts';
import { findHeader } from './detect.ts';
import { nonRecordRow, type RowIssue } from './read-units.ts';
import { cellText, columnLetter, isBlankRow, type Cell, type MergedRange } from './table.ts';
import { sttRank } from './stt.ts';
import { Lookup } from './vocab.ts';
import { guideSheet, type OutputTable } from './units-table.ts';

export const COMMUNE_FIELDS = ['stt', 'newCode', 'newName', 'type', 'oldCodes'] as const;
type CommuneField = (typeof COMMUNE_FIELDS)[number];
const REQUIRED: ReadonlyArray<Exclude<CommuneField, 'stt'>> = ['newCode', 'newName', 'type', 'oldCodes'];

/** The columns as the README and the messages name them. */
export const COMMUNE_HEADERS: Record<Exclude<CommuneField, 'stt'>, string> = {
  newCode: 'Mã xã mới',
  newName: 'Tên xã mới',
  type: 'Loại',
  oldCodes: 'Mã các xã cũ',
};

const HEADER_VARIANTS: Record<CommuneField, string[]> = {
  stt: ['STT', 'TT', 'Số TT', 'Số thứ tự'],
  newCode: [
    'Mã xã mới',
    'Mã mới',
    'Mã ĐVHC mới',
    'Mã đơn vị mới',
    'Mã đơn vị hành chính mới',
    'Mã đơn vị hành chính cấp xã mới',
    'Mã ĐVHC cấp xã mới',
    'Mã xã, phường mới',
  ],
  newName: [
    'Tên xã mới',
    'Tên mới',
    'Tên gọi mới',
    'Tên ĐVHC mới',
    'Tên đơn vị mới',
    'Tên đơn vị hành chính mới',
    'Tên đơn vị hành chính cấp xã mới',
    'Tên ĐVHC cấp xã mới',
    'Tên xã, phường mới',
  ],
  type: [
    'Loại',
    'Loại xã mới',
    'Loại ĐVHC',
    'Loại ĐVHC mới',
    'Loại đơn vị hành chính',
    'Loại đơn vị hành chính mới',
    'Loại hình',
    'Loại đơn vị',
  ],
  oldCodes: [
    'Mã các xã cũ',
    'Mã xã cũ',
    'Mã các ĐVHC cũ',
    'Mã ĐVHC cũ',
    'Mã các đơn vị cũ',
    'Mã đơn vị cũ',
    'Mã các đơn vị hành chính cấp xã cũ',
    'Mã các xã trước sắp xếp',
    'Mã các xã được sắp xếp',
    'Mã các ĐVHC cấp xã cũ',
    'Mã các xã, phường cũ',
  ],
};
const HEADERS = new Lookup<CommuneField>();
for (const f of COMMUNE_FIELDS) for (const h of HEADER_VARIANTS[f]) HEADERS.add(h, f);

/** The types of commune-level unit since 01/07/2025. */
export const COMMUNE_TYPES = ['xã', 'phường', 'đặc khu'] as const;
export type CommuneType = (typeof COMMUNE_TYPES)[number];
const TYPES = new Lookup<CommuneType>();
for (const t of COMMUNE_TYPES) TYPES.add(t, t);

/**
 * The committee's name from the table's: "Vị Thanh" of type phường, or "Phường Vị Thanh", is
 * "UBND phường Vị Thanh"; a name already naming the committee ("UBND …", "Ủy ban nhân dân …") stays.
 */
export function communeCommitteeName(name: string, type: CommuneType): string {
  const key = matchKey(name);
  if (/^(ubnd|uy ban nhan dan)( |$)/.test(key)) return name;
  const typeKey = matchKey(type);
  const words = type.split(' ').length;
  const rest = key === typeKey || key.startsWith(`${typeKey} `) ? name.split(/\s+/).slice(words).join(' ') : name;
  return `UBND ${type} ${rest}`.trim();
}

/** Old communes' codes: separated by `;`, `,`, line breaks or spaces (none of which a code may hold). */
export const splitCodes = (text: string): string[] => text.split(/[;,\s]+/).filter(Boolean);

export interface CommuneMerge {
  /** The spreadsheet row (1-based). */
  row: number;
  type: CommuneType;
  operation: Extract<Operation, { type: 'merge' }>;
}

/** A row read as no commune: a group heading, a subtotal, the column numbers; listed so the user can check. */
export interface CommuneSkipped {
  row: number;
  reason: 'heading' | 'subtotal' | 'column-numbers';
  text: string;
}

export interface CommunesRead {
  merges: CommuneMerge[];
  issues: RowIssue[];
  skipped: CommuneSkipped[];
}

/**
 * Reads the table against `units`, the plan's units as they are on `date` (YYYY-MM-DD) before
 * these merges: each old code must be a commune-level UBND there, in one row only; the new code
 * must not be taken (but by one of the row's own old communes, whose code the new one keeps); the
 * new commune goes under the old ones' common parent (the provincial UBND once the district level
 * is gone), and a row whose old communes have different parents is refused.
 */
export function readCommunes(
  sheet: { rows: readonly (readonly Cell[])[]; merges?: readonly MergedRange[] },
  units: readonly Unit[],
  date: string,
): CommunesRead {
  const merges = sheet.merges ?? [];
  const header = findHeader(
    sheet.rows,
    merges,
    (label) => HEADERS.get(label),
    (columns) => REQUIRED.filter((f) => columns[f] !== undefined).length,
  );
  const missing = REQUIRED.filter((f) => header?.columns[f] === undefined);
  if (!header || missing.length > 0) {
    return {
      merges: [],
      skipped: [],
      issues: [
        {
          row: header?.row ?? 1,
          column: '',
          value: '',
          key: 'err.communesHeader',
          params: { columns: missing.map((f) => COMMUNE_HEADERS[f]).join(', ') },
        },
      ],
    };
  }
  const col = header.columns;
  const columnName = (f: CommuneField) => header.labels[col[f]!] || columnLetter(col[f]!);
  const byCode = new Map(units.map((u) => [u.code, u]));
  const issues: RowIssue[] = [];
  const skipped: CommuneSkipped[] = [];
  const out: CommuneMerge[] = [];
  const oldSeen = new Map<string, number>();
  const newSeen = new Map<string, number>();
  const oldOfRows = new Set<string>();
  const when = isoToDisplay(date);
  // Group headings ("I. Huyện Châu Thành"): one-row merges over the name column, or a row numbered I, II, A, B with a name only.
  const headings = new Set(
    merges
      .filter((m) => m.top === m.bottom && m.left <= col.newName! && m.right >= col.newName! && m.right > m.left)
      .map((m) => m.top),
  );

  // Every old code of the file first: a new code may be the code of an old commune of its own row only.
  const firstData = header.row - 1 + header.rows;
  for (let r = firstData; r < sheet.rows.length; r++)
    for (const c of splitCodes(cellText(sheet.rows[r]?.[col.oldCodes!]))) oldOfRows.add(c);

  for (let r = firstData; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r]!;
    const row = r + 1;
    const text = (f: CommuneField) => (col[f] === undefined ? '' : cellText(cells[col[f]]));
    if (isBlankRow(cells) || COMMUNE_FIELDS.every((f) => text(f) === '')) continue;
    const onlyName = text('newCode') === '' && text('type') === '' && text('oldCodes') === '';
    if ((headings.has(r) && text('newCode') === '') || (onlyName && text('stt') !== '' && sttRank(text('stt')) <= 0)) {
      skipped.push({ row, reason: 'heading', text: [text('stt'), text('newName')].filter(Boolean).join(' ') });
      continue;
    }
    const none = nonRecordRow(cells, text('newCode'), text('newName'), text('stt'));
    if (none) {
      skipped.push({ row, ...none });
      continue;
    }
    const before = issues.length;
    const issue = (f: CommuneField, value: string, key: MessageKey, params?: MessageParams) =>
      issues.push({ row, column: columnName(f), value, key, params });

    const code = codeSchema.safeParse(text('newCode'));
    const name = nameSchema.safeParse(text('newName'));
    const type = TYPES.get(text('type'));
    if (!code.success) issue('newCode', text('newCode'), code.error.issues[0]!.message as MessageKey);
    if (!name.success) issue('newName', text('newName'), name.error.issues[0]!.message as MessageKey);
    if (!type) issue('type', text('type'), 'err.communesType');

    const olds = [...new Set(splitCodes(text('oldCodes')))];
    if (olds.length < 2) issue('oldCodes', text('oldCodes'), 'err.communesOldCount');
    const parents = new Set<string | null>();
    for (const c of olds) {
      const unit = byCode.get(c);
      const seen = oldSeen.get(c);
      if (seen !== undefined) issue('oldCodes', c, 'err.communesOldTwice', { code: c, other: seen });
      else oldSeen.set(c, row);
      if (!unit) issue('oldCodes', c, 'err.communesOldUnknown', { code: c, date: when });
      else if (unit.kind !== 'people_committee' || unit.level !== 'commune')
        issue('oldCodes', c, 'err.communesOldNotCommune', { code: c, unit: unit.name });
      else parents.add(unit.parentCode);
    }
    if (parents.size > 1)
      issue('oldCodes', text('oldCodes'), 'err.communesParents', {
        parents: [...parents].map((p) => (p === null ? '—' : (byCode.get(p)?.name ?? p))).join('; '),
      });

    if (code.success) {
      const seen = newSeen.get(code.data);
      if (seen !== undefined) issue('newCode', code.data, 'err.communesNewTwice', { code: code.data, other: seen });
      else newSeen.set(code.data, row);
      const ownOld = olds.includes(code.data);
      if (!ownOld && (byCode.has(code.data) || oldOfRows.has(code.data)))
        issue('newCode', code.data, 'err.communesNewUsed', { code: code.data, date: when });
    }
    if (issues.length > before || !code.success || !name.success || !type) continue;
    const [parentCode] = [...parents] as [string | null];
    out.push({
      row,
      type,
      operation: {
        type: 'merge',
        year: Number(date.slice(0, 4)),
        date,
        units: olds,
        into: { code: code.data, name: communeCommitteeName(name.data, type), kind: 'people_committee', parentCode },
      },
    });
  }
  if (issues.length === 0 && out.length === 0)
    issues.push({ row: firstData + 1, column: '', value: '', key: 'err.importEmpty' });
  return { merges: issues.length > 0 ? [] : out, issues: issues.sort((a, b) => a.row - b.row), skipped };
}

/** What one row of the table would add, before it is added: the new commune and what it joins. */
export interface CommunePreview {
  row: number;
  code: string;
  /** The committee's name as the merge creates it ("UBND phường Vị Thanh"). */
  name: string;
  type: CommuneType;
  olds: Array<{ code: string; name: string }>;
  /** The old communes' subtree totals added up (their offices, stations and schools included), and people in post. */
  totals: Figures & { people: number };
}

/** The merges read from a table as the officer checks them: each new commune with its old ones by name and their summed subtree totals. */
export function previewCommunes(merges: readonly CommuneMerge[], units: readonly Unit[]): CommunePreview[] {
  const figures = unitFiguresOf(units);
  const names = new Map(units.map((u) => [u.code, u.name]));
  return merges.map(({ row, type, operation: op }) => {
    const totals = {
      civilServantQuota: 0,
      civilServantActual: 0,
      publicEmployeeQuota: 0,
      publicEmployeeActual: 0,
      people: 0,
    };
    for (const c of op.units) {
      const t = figures.get(c)!.total;
      for (const f of FIGURE_FIELDS) totals[f] += t[f];
      totals.people += t.totalPeople;
    }
    return {
      row,
      code: typeof op.into === 'string' ? op.into : op.into.code,
      name: typeof op.into === 'string' ? (names.get(op.into) ?? op.into) : op.into.name,
      type,
      olds: op.units.map((c) => ({ code: c, name: names.get(c) ?? c })),
      totals,
    };
  });
}

/** The sheet name of the commune table's template. */
export const COMMUNES_SHEET = 'Sắp xếp xã';

/**
 * The template the app and the CLI hand out: the exact headers the reader accepts with one example
 * row (codes to be replaced by the resolution's), and a guide sheet saying what each column takes.
 */
export function communesTemplateTables(): OutputTable[] {
  return [
    {
      name: COMMUNES_SHEET,
      columns: [
        { header: 'STT', width: 6 },
        { header: COMMUNE_HEADERS.newCode, width: 14 },
        { header: COMMUNE_HEADERS.newName, width: 28 },
        { header: COMMUNE_HEADERS.type, width: 10 },
        { header: COMMUNE_HEADERS.oldCodes, width: 30 },
      ],
      rows: [[1, '31001', 'Vị Thanh', 'phường', '31003; 31006']],
    },
    guideSheet(
      [
        [
          'STT',
          'Số thứ tự trong nghị quyết (không bắt buộc).',
          'Số; dòng tiêu đề nhóm (I, II…) và dòng tổng cộng được bỏ qua.',
        ],
        [
          COMMUNE_HEADERS.newCode,
          'Mã của xã, phường, đặc khu mới.',
          'Bắt buộc; chưa dùng cho đơn vị khác (có thể giữ mã của một xã cũ trong cùng dòng).',
        ],
        [
          COMMUNE_HEADERS.newName,
          'Tên gọi mới, ví dụ Vị Thanh.',
          'Bắt buộc; TinhGon đặt tên đơn vị là "UBND phường Vị Thanh".',
        ],
        [COMMUNE_HEADERS.type, 'Loại đơn vị hành chính cấp xã.', COMMUNE_TYPES.join('; ')],
        [
          COMMUNE_HEADERS.oldCodes,
          'Mã của các xã cũ hợp nhất vào xã mới (UBND cấp xã có trong phương án vào ngày hợp nhất).',
          'Ít nhất hai mã, cách nhau bằng dấu ";"; mỗi mã chỉ ở một dòng; các xã cũ cùng một đơn vị cấp trên.',
        ],
        [],
        [
          'Ghi chú',
          'Dòng 2 của trang "Sắp xếp xã" là ví dụ: thay bằng các dòng của nghị quyết.',
          'Có dòng lỗi thì không thêm thao tác nào.',
        ],
      ],
      { column: 18, values: 60 },
    ),
  ];
}
