/**
 * The exchange vocabulary of unit spreadsheets: the template's column headers (exactly as
 * published to users), header variants seen in office workbooks, and the accepted cell values
 * for kind, level and sector. Everything is matched through `matchKey`.
 */
import {
  HEADCOUNT_FIELDS,
  LEVELS,
  SECTORS,
  UNIT_KINDS,
  type HeadcountField,
  type Level,
  type Sector,
  type UnitKind,
} from '../model/unit.ts';
import { vi } from '../i18n/vi.ts';
import { exactKey, lookupKey, matchKey } from '../text.ts';

export const IMPORT_FIELDS = [
  'stt',
  'code',
  'name',
  'parentCode',
  'kind',
  'level',
  'sector',
  ...HEADCOUNT_FIELDS,
  'heads',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The template's columns, in order (no STT: the template names parents by code). */
export const TEMPLATE_HEADERS: ReadonlyArray<readonly [Exclude<ImportField, 'stt'>, string]> = [
  ['code', 'Mã đơn vị'],
  ['name', 'Tên đơn vị'],
  ['parentCode', 'Mã đơn vị cấp trên'],
  ['kind', 'Loại hình'],
  ['level', 'Cấp'],
  ['sector', 'Lĩnh vực'],
  ['civilServantQuota', 'Biên chế công chức được giao'],
  ['civilServantActual', 'Công chức hiện có'],
  ['publicEmployeeQuota', 'Số người làm việc được giao (NSNN)'],
  ['publicEmployeeActual', 'Viên chức hiện có (NSNN)'],
  ['selfFundedEmployees', 'Viên chức tự bảo đảm lương'],
  ['contractWorkers', 'Hợp đồng lao động'],
  ['deputies', 'Số cấp phó'],
  // Last, so that files written before it read as they did: an empty or missing cell is "not entered".
  ['heads', 'Số cấp trưởng'],
];

/** Other ways offices title the same columns (after `matchKey`, word order ignored). */
const HEADER_VARIANTS: Record<ImportField, string[]> = {
  stt: ['STT', 'Số TT', 'Số thứ tự', 'TT'],
  code: ['Mã', 'Mã số', 'Mã ĐV', 'Mã cơ quan, đơn vị'],
  name: ['Tên cơ quan, đơn vị', 'Cơ quan, đơn vị', 'Đơn vị', 'Tên cơ quan', 'Tên'],
  parentCode: ['Mã cấp trên', 'Mã đơn vị chủ quản', 'Mã cơ quan chủ quản'],
  kind: ['Loại', 'Loại hình đơn vị', 'Loại hình tổ chức'],
  level: ['Cấp hành chính', 'Cấp quản lý'],
  sector: ['Ngành, lĩnh vực', 'Lĩnh vực hoạt động'],
  civilServantQuota: [
    'Biên chế công chức giao',
    'Biên chế công chức Được giao',
    'Công chức Biên chế được giao',
    'Biên chế công chức Giao',
  ],
  civilServantActual: [
    'Biên chế công chức hiện có',
    'Công chức Có mặt',
    'Biên chế công chức Có mặt',
    'Số công chức hiện có',
  ],
  publicEmployeeQuota: [
    'Số người làm việc được giao',
    'Số người làm việc hưởng lương NSNN được giao',
    'Số lượng người làm việc được giao',
    'Số người làm việc hưởng lương từ NSNN Được giao',
    'Số lượng người làm việc hưởng lương NSNN Giao',
  ],
  publicEmployeeActual: [
    'Viên chức hiện có',
    'Số người làm việc hưởng lương NSNN hiện có',
    'Số người làm việc hiện có',
    'Số người làm việc hưởng lương từ NSNN Hiện có',
    'Số lượng người làm việc hưởng lương NSNN Hiện có',
    'Viên chức hưởng lương NSNN hiện có',
  ],
  selfFundedEmployees: [
    'Viên chức hưởng lương từ nguồn thu sự nghiệp',
    'Viên chức tự chủ',
    'Viên chức tự đảm bảo lương',
    'Người làm việc hưởng lương từ nguồn thu sự nghiệp',
  ],
  contractWorkers: ['Hợp đồng', 'HĐLĐ', 'Lao động hợp đồng', 'Hợp đồng lao động theo Nghị định 111'],
  heads: ['Cấp trưởng', 'Số lượng cấp trưởng', 'Số cấp trưởng hiện có', 'Người đứng đầu'],
  deputies: ['Cấp phó', 'Số lượng cấp phó', 'Số phó', 'Số cấp phó hiện có'],
};

const sortWords = (key: string) => key.split(' ').filter(Boolean).sort().join(' ');

/**
 * A lookup of labels typed by people: exact (accents kept; case, spacing, punctuation, Unicode
 * form and word order ignored), or with accents folded when the text has none at all.
 */
export class Lookup<T> {
  readonly #exact = new Map<string, T>();
  readonly #folded = new Map<string, T>();
  add(label: string, value: T): void {
    const exact = sortWords(exactKey(label));
    const folded = sortWords(matchKey(label));
    if (!this.#exact.has(exact)) this.#exact.set(exact, value);
    if (!this.#folded.has(folded)) this.#folded.set(folded, value);
  }
  get(text: string): T | undefined {
    const key = lookupKey(text);
    return (
      this.#exact.get(sortWords(key.exact)) ??
      (key.folded === null ? undefined : this.#folded.get(sortWords(key.folded)))
    );
  }
}

const HEADER_INDEX = new Lookup<ImportField>();
for (const [field, header] of TEMPLATE_HEADERS) HEADER_INDEX.add(header, field);
for (const field of IMPORT_FIELDS) for (const h of HEADER_VARIANTS[field]) HEADER_INDEX.add(h, field);

/** The field a column header stands for, or null (see `Lookup` for what is ignored). */
export function fieldOfHeader(header: string): ImportField | null {
  return HEADER_INDEX.get(header) ?? null;
}

/** Short Vietnamese kind labels used in spreadsheets (the template's allowed values). */
export const KIND_LABELS: Record<UnitKind, string> = {
  people_committee: 'UBND',
  department: 'Sở',
  sub_department: 'Chi cục',
  division: 'Phòng',
  psu: 'ĐVSN',
  psu_division: 'Phòng thuộc ĐVSN',
  other: 'Khác',
};
export const LEVEL_LABELS: Record<Level, string> = { province: 'Tỉnh', district: 'Huyện', commune: 'Xã' };
export const SECTOR_LABELS: Record<Sector, string> = Object.fromEntries(
  SECTORS.map((s) => [s, vi[`sector.${s}`]]),
) as Record<Sector, string>;

function valueIndex<T extends string>(
  ids: readonly T[],
  labels: Record<T, string>,
  extra: Array<[string, T]> = [],
): Lookup<T> {
  const m = new Lookup<T>();
  for (const id of ids) {
    m.add(id, id);
    m.add(labels[id], id);
  }
  for (const [label, id] of extra) m.add(label, id);
  return m;
}

const KIND_INDEX = valueIndex(UNIT_KINDS, KIND_LABELS, [
  ...UNIT_KINDS.map((k) => [vi[`kind.${k}`], k] as [string, UnitKind]),
  ['Ủy ban nhân dân', 'people_committee'],
  ['Ban', 'department'],
  ['Đơn vị sự nghiệp công lập', 'psu'],
  ['ĐVSNCL', 'psu'],
]);
const LEVEL_INDEX = valueIndex(LEVELS, LEVEL_LABELS, [
  ['Cấp tỉnh', 'province'],
  ['Cấp huyện', 'district'],
  ['Cấp xã', 'commune'],
]);
const SECTOR_INDEX = valueIndex(SECTORS, SECTOR_LABELS);

export const parseKind = (text: string): UnitKind | undefined => KIND_INDEX.get(text);
export const parseLevel = (text: string): Level | undefined => LEVEL_INDEX.get(text);
export const parseSector = (text: string): Sector | undefined => SECTOR_INDEX.get(text);

export function isHeadcountField(f: ImportField): f is HeadcountField {
  return (HEADCOUNT_FIELDS as readonly string[]).includes(f);
}
