/**
 * The sector-norm figures of units (shared/positions/norm-inputs.ts) as optional columns of the
 * units template: written after the headcount columns, read back by header (accents and case
 * optional) from any units sheet that has them. A row whose "Định mức theo" cell is empty has no
 * figures; a figure without it, or a figure the norm refuses, is reported naming row and column.
 */
import { parseCount } from '../format.ts';
import type { MessageKey } from '../i18n/index.ts';
import { matchKey } from '../text.ts';
import { CHILD_BANDS } from '../positions/norms.ts';
import { parseNormInputs, type NormInputs } from '../positions/norm-inputs.ts';
import type { RowIssue } from './read-units.ts';
import { cellText, type Cell } from './table.ts';

type Column =
  | 'choice'
  | 'region'
  | 'nurseryGroups'
  | 'kindergartenClasses'
  | 'singleSiteGroups'
  | 'singleSiteClasses'
  | 'leftoverChildren'
  | 'pupils'
  | 'classes'
  | 'classSize'
  | 'oneSessionClasses'
  | 'specialisedClasses'
  | 'boarding'
  | 'population';

/** The columns, in order, with their headers exactly as in the template. */
export const NORM_HEADERS: ReadonlyArray<readonly [Column, string]> = [
  ['choice', 'Định mức theo'],
  ['region', 'Vùng định mức'],
  ['nurseryGroups', 'Số nhóm trẻ'],
  ['kindergartenClasses', 'Số lớp mẫu giáo'],
  ['singleSiteGroups', 'Nhóm trẻ ở điểm trường chỉ có 01 nhóm/lớp'],
  ['singleSiteClasses', 'Lớp mẫu giáo ở điểm trường chỉ có 01 nhóm/lớp'],
  ['leftoverChildren', 'Trẻ còn dư theo độ tuổi'],
  ['pupils', 'Số học sinh'],
  ['classes', 'Số lớp'],
  ['classSize', 'Sĩ số/lớp do UBND tỉnh quyết định'],
  ['oneSessionClasses', 'Số lớp học 1 buổi/ngày'],
  ['specialisedClasses', 'Số lớp chuyên'],
  ['boarding', 'Trường dân tộc nội trú/bán trú'],
  ['population', 'Dân số phục vụ'],
];
const HEADER = new Map(NORM_HEADERS);
const COLUMN_BY_KEY = new Map(NORM_HEADERS.map(([c, h]) => [matchKey(h), c]));

/** "Định mức theo": the norm, the school's level standing for its own. */
export const NORM_CHOICES = {
  preschool: 'Mầm non',
  primary: 'Tiểu học',
  'lower-secondary': 'Trung học cơ sở',
  'upper-secondary': 'Trung học phổ thông',
  'commune-health-station': 'Trạm y tế xã',
} as const;
type Choice = keyof typeof NORM_CHOICES;
const CHOICE_BY_KEY = new Map<string, Choice>([
  ...Object.entries(NORM_CHOICES).map(([c, label]) => [matchKey(label), c as Choice] as const),
  ['thcs', 'lower-secondary'],
  ['thpt', 'upper-secondary'],
  ['tram y te', 'commune-health-station'],
]);
const YES = new Set(['co', 'x', '1']);
const FIGURES = [
  'nurseryGroups',
  'kindergartenClasses',
  'singleSiteGroups',
  'singleSiteClasses',
  'pupils',
  'classes',
  'classSize',
  'oneSessionClasses',
  'specialisedClasses',
  'population',
] as const;

/** The header row's norm columns (index by column), if the sheet has any. */
export function normColumnsOf(labels: readonly string[]): Map<Column, number> {
  const out = new Map<Column, number>();
  labels.forEach((label, i) => {
    const c = COLUMN_BY_KEY.get(matchKey(label));
    if (c !== undefined && !out.has(c)) out.set(c, i);
  });
  return out;
}

/**
 * The figures of each row that has them (code → figures; null: the row has none, so a stored
 * value is cleared), with every problem named by row and column. `rows`: each unit's spreadsheet
 * row (1-based) and code. Without a "Định mức theo" column the sheet carries no figures: empty map.
 */
export function readNormFigures(
  sheet: { rows: readonly (readonly Cell[])[] },
  labels: readonly string[],
  headerRow: number,
  rows: ReadonlyArray<{ row: number; code: string }>,
): { byCode: Map<string, NormInputs | null>; issues: RowIssue[] } {
  const cols = normColumnsOf(labels);
  const byCode = new Map<string, NormInputs | null>();
  const issues: RowIssue[] = [];
  if (!cols.has('choice')) {
    // A figure column without the column naming the norm: said once, on the header row.
    const [first] = [...cols.keys()];
    if (first !== undefined)
      issues.push({ row: headerRow, column: labels[cols.get(first)!]!, value: '', key: 'err.normChoiceMissing' });
    return { byCode, issues };
  }
  for (const { row, code } of rows) {
    const cells = sheet.rows[row - 1] ?? [];
    const text = (c: Column) => (cols.has(c) ? cellText(cells[cols.get(c)!]) : '');
    const issue = (c: Column, key: MessageKey) =>
      issues.push({ row, column: labels[cols.get(c)!] ?? HEADER.get(c)!, value: text(c), key });
    const choiceText = text('choice');
    if (choiceText === '') {
      const stray = [...cols.keys()].find((c) => text(c) !== '');
      if (stray) issue(stray, 'err.normChoiceMissing');
      else byCode.set(code, null);
      continue;
    }
    const choice = CHOICE_BY_KEY.get(matchKey(choiceText));
    if (!choice) {
      issue('choice', 'err.normChoice');
      continue;
    }
    const school = choice !== 'preschool' && choice !== 'commune-health-station';
    const raw: Record<string, unknown> = school ? { sector: 'school', level: choice } : { sector: choice };
    const region = text('region');
    if (region !== '') raw.region = school && /^\d+$/.test(region) ? Number(region) : region.toUpperCase();
    let bad = false;
    for (const f of FIGURES) {
      const t = text(f);
      if (t === '') continue;
      const n = parseCount(t);
      if (n === undefined || Number.isNaN(n)) {
        issue(f, 'err.notNumber');
        bad = true;
      } else raw[f] = n;
    }
    const left = text('leftoverChildren');
    if (left !== '') {
      const parts = left.split('/').map((p) => p.trim());
      if (parts.length !== CHILD_BANDS.length || parts.some((p) => !/^\d+$/.test(p))) {
        issue('leftoverChildren', 'err.normLeftoverChildren');
        bad = true;
      } else raw.leftoverChildren = Object.fromEntries(CHILD_BANDS.map((b, i) => [b, Number(parts[i])]));
    }
    const boarding = text('boarding');
    if (boarding !== '') {
      if (!YES.has(matchKey(boarding))) {
        issue('boarding', 'err.normBoarding');
        bad = true;
      } else raw.boarding = true;
    }
    if (bad) continue;
    const parsed = parseNormInputs(raw);
    if (parsed.ok) byCode.set(code, parsed.inputs);
    else
      for (const i of parsed.issues) {
        const field = i.field.split('.')[0]!;
        const c: Column = field === 'sector' || field === 'level' ? 'choice' : (field as Column);
        issue(cols.has(c) ? c : 'choice', i.key);
      }
  }
  return { byCode, issues };
}

/** The template's norm columns. */
export const normTableColumns = (): { header: string; width: number; numeric: boolean }[] =>
  NORM_HEADERS.map(([c, header]) => ({
    header,
    width: c === 'choice' ? 22 : c === 'leftoverChildren' ? 20 : 14,
    numeric: (FIGURES as readonly string[]).includes(c),
  }));

/** A unit's cells in the norm columns (empty when it has no figures). */
export function normCells(f: NormInputs | undefined): (string | number | null)[] {
  return NORM_HEADERS.map(([c]) => {
    if (!f) return null;
    if (c === 'choice') return NORM_CHOICES[f.sector === 'school' ? f.level : f.sector];
    if (c === 'region') return 'region' in f ? String(f.region) : null;
    if (c === 'boarding') return 'boarding' in f && f.boarding ? 'Có' : null;
    if (c === 'leftoverChildren')
      return f.sector === 'preschool' && f.leftoverChildren
        ? CHILD_BANDS.map((b) => f.leftoverChildren![b] ?? 0).join('/')
        : null;
    const v = (f as Record<string, unknown>)[c];
    return typeof v === 'number' ? v : null;
  });
}

/** The guide sheet's lines for the norm columns. */
export function normGuideRows(): string[][] {
  const count = 'Số nguyên không âm; để trống nếu không có.';
  const meaning: Record<Column, [string, string]> = {
    choice: [
      'Định mức ngành áp dụng cho đơn vị (Thông tư 19/2023, 20/2023/TT-BGDĐT; 03/2023/TT-BYT). Để trống: đơn vị không tính định mức.',
      Object.values(NORM_CHOICES).join('; '),
    ],
    region: [
      'Vùng theo thông tư: trường học 1–3 (Thông tư 20/2023), trạm y tế I–III (Thông tư 03/2023).',
      '1, 2, 3 hoặc I, II, III',
    ],
    nurseryGroups: ['Mầm non: số nhóm trẻ.', count],
    kindergartenClasses: ['Mầm non: số lớp mẫu giáo.', count],
    singleSiteGroups: ['Mầm non: trong đó nhóm trẻ ở điểm trường chỉ có 01 nhóm/lớp.', count],
    singleSiteClasses: ['Mầm non: trong đó lớp mẫu giáo ở điểm trường chỉ có 01 nhóm/lớp.', count],
    leftoverChildren: [
      'Mầm non: trẻ còn dư theo độ tuổi 3–12 tháng/13–24 tháng/25–36 tháng/3–4 tuổi/4–5 tuổi/5–6 tuổi. Để trống: định mức chưa tính phần này.',
      '6 số nguyên cách nhau bởi dấu /, ví dụ 0/3/0/5/0/0',
    ],
    pupils: ['Trường phổ thông: số học sinh (số lớp tính theo sĩ số của vùng).', count],
    classes: ['Trường phổ thông: số lớp, khi không có số học sinh.', count],
    classSize: ['Trường phổ thông: sĩ số/lớp do UBND tỉnh quyết định, thay sĩ số của vùng.', count],
    oneSessionClasses: ['Tiểu học: số lớp học 1 buổi/ngày.', count],
    specialisedClasses: ['Trung học phổ thông: số lớp chuyên.', count],
    boarding: ['Trường dân tộc nội trú/bán trú (cần sĩ số/lớp khi có số học sinh).', 'Có, hoặc để trống'],
    population: ['Trạm y tế xã: dân số phục vụ.', count],
  };
  return NORM_HEADERS.map(([c, header]) => [header, ...meaning[c]]);
}
