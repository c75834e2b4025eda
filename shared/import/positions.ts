/**
 * Job positions (vị trí việc làm) as a table: the template TinhGon writes and reads back losslessly,
 * and the tables of a đề án vị trí việc làm as offices write them — a title block above the header
 * (one row or two with merged cells), STT numbering, group headings ("I. Vị trí việc làm lãnh đạo,
 * quản lý") that give the class of the rows under them, subtotal rows, blank rows, a unit code
 * merged down over its positions, and the older four groups (shared/positions/classes.ts). Every
 * problem names its row and column; the caller stores nothing unless there is none.
 */
import type { Unit } from '../model/unit.ts';
import type { MessageKey, MessageParams } from '../i18n/index.ts';
import { POSITION_CLASSES, className, readClassCell, readStaffingCell, staffingName } from '../positions/classes.ts';
import { parsePosition, workforceOf, type Position, type StaffedUnit } from '../positions/model.ts';
import { findHeader } from './detect.ts';
import { nonRecordRow, type RowIssue } from './read-units.ts';
import { sttRank } from './stt.ts';
import { cellText, columnLetter, isBlankRow, type Cell, type MergedRange } from './table.ts';
import { GUIDE_SHEET, type OutputTable } from './units-table.ts';
import { Lookup } from './vocab.ts';

export const POSITION_FIELDS = [
  'unitCode',
  'name',
  'class',
  'rank',
  'staffing',
  'needed',
  'present',
  'level',
  'stt',
] as const;
type Field = (typeof POSITION_FIELDS)[number];

/** The template's headers, exactly, in order; `Bậc` (Decree 232/2026 levels, public employees only) last. */
export const POSITION_HEADERS: ReadonlyArray<readonly [Exclude<Field, 'stt'>, string]> = [
  ['unitCode', 'Mã đơn vị'],
  ['name', 'Vị trí việc làm'],
  ['class', 'Nhóm vị trí'],
  ['rank', 'Ngạch/chức danh nghề nghiệp'],
  ['staffing', 'Hình thức'],
  ['needed', 'Số lượng cần'],
  ['present', 'Số lượng hiện có'],
  ['level', 'Bậc'],
];
const HEADER_OF = new Map<Field, string>(POSITION_HEADERS);

const VARIANTS: Record<Field, string[]> = {
  stt: ['STT', 'TT', 'Số TT', 'Số thứ tự'],
  unitCode: ['Mã đơn vị', 'Mã ĐV', 'Mã cơ quan, đơn vị', 'Mã cơ quan'],
  name: ['Vị trí việc làm', 'Tên vị trí việc làm', 'Tên vị trí', 'Danh mục vị trí việc làm'],
  class: ['Nhóm vị trí', 'Nhóm vị trí việc làm', 'Nhóm'],
  rank: [
    'Ngạch/chức danh nghề nghiệp',
    'Ngạch, chức danh nghề nghiệp',
    'Ngạch hoặc chức danh nghề nghiệp',
    'Ngạch công chức',
    'Chức danh nghề nghiệp',
    'Ngạch/chức danh nghề nghiệp tương ứng',
    'Ngạch công chức tương ứng',
    'Chức danh nghề nghiệp tương ứng',
  ],
  staffing: ['Hình thức', 'Hình thức sử dụng', 'Biên chế/Hợp đồng'],
  needed: [
    'Số lượng cần',
    'Số lượng cần có',
    'Số lượng người làm việc cần thiết',
    'Số lượng cần thiết',
    'Số người cần',
    'Dự kiến số lượng',
  ],
  present: ['Số lượng hiện có', 'Hiện có', 'Số người hiện có', 'Số lượng hiện tại'],
  level: ['Bậc', 'Bậc vị trí', 'Bậc chức danh'],
};
const HEADERS = new Lookup<Field>();
for (const [f, h] of POSITION_HEADERS) HEADERS.add(h, f);
for (const f of POSITION_FIELDS) for (const h of VARIANTS[f]) HEADERS.add(h, f);

const REQUIRED: readonly Field[] = ['unitCode', 'name', 'needed'];
/** A row read as no position, listed so the user can check nothing real was skipped. */
export interface PositionSkipped {
  row: number;
  reason: 'heading' | 'subtotal' | 'column-numbers';
  text: string;
}

export interface PositionsRead {
  positions: Position[];
  /** Spreadsheet row of each position, in the same order. */
  rows: number[];
  issues: RowIssue[];
  skipped: PositionSkipped[];
}

/** "Vị trí việc làm lãnh đạo, quản lý", "Nhóm vị trí việc làm hỗ trợ, phục vụ": the class a heading names, or null. */
function headingClass(text: string): Position['class'] | null {
  const bare = text
    .normalize('NFC')
    .replace(/^(nhóm|nhom)\s+/i, '')
    .replace(/^(các\s+|cac\s+)?(vị trí việc làm|vi tri viec lam)\s+/i, '')
    .replace(/^(gắn với\s+|gan voi\s+)?(công việc\s+|cong viec\s+)?/i, '')
    .replace(/^(nhóm|nhom)\s+/i, '')
    .trim();
  const r = readClassCell(bare);
  return r.ok ? r.class : null;
}

/** Columns whose value merged down may stand for every row it covers. */
const SHARED_BY_MERGE = new Set<Field>(['unitCode', 'class', 'staffing']);

/** Whom an (unknown: refused anyway) unit's positions are for. */
const workforceAt = (u: StaffedUnit | undefined) => (u ? workforceOf(u) : 'civil-servant');

/** Reads positions against the workspace's units (each row's code must be one of them). */
export function readPositions(
  sheet: { rows: readonly (readonly Cell[])[]; merges?: readonly MergedRange[] },
  units: ReadonlyArray<Pick<Unit, 'code'> & StaffedUnit>,
): PositionsRead {
  const merges = sheet.merges ?? [];
  const header = findHeader(
    sheet.rows,
    merges,
    (label) => HEADERS.get(label),
    (columns) => Object.keys(columns).length,
  );
  const missing = REQUIRED.filter((f) => header?.columns[f] === undefined);
  if (!header || missing.length > 0)
    return {
      positions: [],
      rows: [],
      skipped: [],
      issues: [
        {
          row: header?.row ?? 1,
          column: '',
          value: '',
          key: 'err.positionsHeader',
          params: { columns: missing.map((f) => HEADER_OF.get(f)!).join(', ') },
        },
      ],
    };
  const col = header.columns;
  const columnName = (f: Field) =>
    col[f] === undefined ? (HEADER_OF.get(f) ?? f) : header.labels[col[f]] || columnLetter(col[f]);
  const firstData = header.row - 1 + header.rows;
  const unitOf = new Map(units.map((u) => [u.code, u]));
  const fieldAt = new Map(Object.entries(col).map(([f, c]) => [c, f as Field]));

  const issues: RowIssue[] = [];
  const skipped: PositionSkipped[] = [];
  const positions: Position[] = [];
  const positionRows: number[] = [];
  // Merged cells in the data area: a unit code, class or staffing merged down fills its rows; a
  // count merged over two positions would be counted twice and is refused; a one-row merge over the
  // name column is a group heading.
  const rows: Cell[][] = sheet.rows.map((r) => [...r]);
  const headings = new Set<number>();
  for (const m of merges) {
    if (m.bottom < firstData) continue;
    const value = rows[m.top]?.[m.left] ?? null;
    if (m.top === m.bottom) {
      if (col.name !== undefined && m.left <= col.name && m.right >= col.name && m.right > m.left) headings.add(m.top);
      continue;
    }
    for (let c = m.left; c <= m.right; c++) {
      const field = fieldAt.get(c);
      if (!field) continue;
      if (SHARED_BY_MERGE.has(field)) for (let r = m.top; r <= m.bottom; r++) (rows[r] ??= [])[c] = value;
      else if (field === 'needed' || field === 'present' || field === 'level')
        for (let r = Math.max(m.top, firstData); r <= m.bottom; r++)
          issues.push({
            row: r + 1,
            column: columnName(field),
            value: cellText(value),
            key: 'err.mergedCells',
            params: { range: `${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}` },
          });
    }
  }

  let sectionClass: Position['class'] | null = null;
  for (let r = firstData; r < rows.length; r++) {
    const cells = rows[r]!;
    const row = r + 1;
    const text = (f: Field) => (col[f] === undefined ? '' : cellText(cells[col[f]]));
    if (isBlankRow(cells)) continue;
    const code = text('unitCode');
    const stt = text('stt');
    const name = text('name');
    const counts = text('needed') === '' && text('present') === '';
    // A heading: merged across the name column, numbered I, II, A, B, or naming a class, with no code and no counts.
    const named = headingClass(name.replace(/^([IVXLCDM]+|[A-Z]|\d+)[.)]\s*/, ''));
    if (
      code === '' &&
      counts &&
      (headings.has(r) || (stt !== '' && sttRank(stt) <= 0) || name === '' || named !== null)
    ) {
      const heading = [stt, name].filter(Boolean).join(' ');
      sectionClass = named ?? sectionClass;
      skipped.push({ row, reason: 'heading', text: heading });
      continue;
    }
    const none = nonRecordRow(cells, code, name, stt);
    if (none) {
      skipped.push({ row, ...none });
      continue;
    }
    const issue = (f: Field, value: string, key: MessageKey, params?: MessageParams) =>
      issues.push({ row, column: columnName(f), value, key, params });
    const before = issues.length;
    const unit = unitOf.get(code);
    if (code === '') issue('unitCode', code, 'err.positionsCodeRequired');
    else if (unit === undefined) issue('unitCode', code, 'err.positionsUnknownUnit', { code });
    const workforce = workforceAt(unit);
    const classText = text('class');
    const cls =
      classText === ''
        ? sectionClass
        : (() => {
            const c = readClassCell(classText);
            return c.ok ? c.class : null;
          })();
    if (cls === null) issue('class', classText, 'err.positionClass');
    const staffing = readStaffingCell(text('staffing'), cls ?? 'professional', workforce);
    if (!staffing.ok) issue('staffing', text('staffing'), staffing.key);
    const count = (f: 'needed' | 'present') => {
      const cell = col[f] === undefined ? null : cells[col[f]];
      return typeof cell === 'number' ? cell : cellText(cell) === '' ? 0 : cellText(cell);
    };
    if (issues.length > before || cls === null || !staffing.ok) continue;
    const parsed = parsePosition(
      {
        unitCode: code,
        name,
        class: cls,
        rank: text('rank'),
        level: text('level'),
        staffing: staffing.staffing,
        staffingDefaulted: staffing.defaulted,
        needed: count('needed'),
        present: count('present'),
      },
      workforce,
    );
    if (!parsed.ok) {
      for (const i of parsed.issues) {
        const f = (POSITION_FIELDS as readonly string[]).includes(i.field) ? (i.field as Field) : 'name';
        issue(f, text(f), i.key as MessageKey);
      }
      continue;
    }
    positions.push(parsed.position);
    positionRows.push(row);
  }
  if (issues.length === 0 && positions.length === 0)
    issues.push({ row: firstData + 1, column: '', value: '', key: 'err.importEmpty' });
  issues.sort((a, b) => a.row - b.row);
  return issues.length > 0
    ? { positions: [], rows: [], issues, skipped }
    : { positions, rows: positionRows, issues, skipped };
}

export const POSITIONS_SHEET = 'Vị trí việc làm';

/**
 * Positions as the template's rows (read back by readPositions as they were): the class named as
 * the unit's workforce names it, `Hình thức` left empty where the class default was taken.
 */
export function positionsTable(
  positions: readonly Position[],
  units: ReadonlyArray<Pick<Unit, 'code'> & StaffedUnit>,
): OutputTable {
  const unitOf = new Map(units.map((u) => [u.code, u]));
  return {
    name: POSITIONS_SHEET,
    columns: POSITION_HEADERS.map(([f, header]) => ({
      header,
      width: f === 'name' ? 44 : f === 'rank' ? 32 : f === 'class' ? 24 : 16,
      numeric: f === 'needed' || f === 'present',
    })),
    rows: positions.map((p) => [
      p.unitCode,
      p.name,
      className(p.class, workforceAt(unitOf.get(p.unitCode))),
      p.rank,
      p.staffingDefaulted ? null : staffingName(p.staffing),
      p.needed,
      p.present,
      p.level,
    ]),
  };
}

/** The template's guide sheet: what each column takes. */
export function positionsGuideTable(): OutputTable {
  const meaning: Record<Exclude<Field, 'stt'>, string> = {
    unitCode: 'Mã của đơn vị trong tệp dữ liệu (bắt buộc). Có thể gộp ô theo chiều dọc cho các vị trí của cùng đơn vị.',
    name: 'Tên vị trí việc làm (bắt buộc), ví dụ "Giám đốc", "Phó Giám đốc", "Chuyên viên về tổ chức cán bộ".',
    class: `1, 2, 3 hoặc tên nhóm: ${POSITION_CLASSES.map((c, i) => `${i + 1} = ${className(c, 'civil-servant')} (viên chức: ${className(c, 'public-employee')})`).join('; ')}. Tên bốn nhóm cũ (Nghị định 62/2020, 106/2020) được nhận: hai nhóm chuyên môn thành "chuyên môn, nghiệp vụ". Có thể bỏ trống nếu bảng có dòng tiêu đề nhóm (I. Vị trí việc làm lãnh đạo, quản lý…).`,
    rank: 'Ngạch công chức hoặc chức danh nghề nghiệp viên chức; có thể để trống.',
    staffing:
      '"Biên chế" hoặc "Hợp đồng"; để trống: mặc định của nhóm (cần xác minh, tài liệu tham chiếu không quy định).',
    needed: 'Số người cần cho vị trí: số nguyên không âm (bắt buộc).',
    present: 'Số người đang giữ vị trí: số nguyên không âm; ô trống là 0.',
    level: 'Bậc 1–5 theo Nghị định 232/2026/NĐ-CP, chỉ cho vị trí viên chức; có thể để trống.',
  };
  return {
    name: GUIDE_SHEET,
    columns: [
      { header: 'Cột', width: 30 },
      { header: 'Ý nghĩa và giá trị nhận', width: 110 },
    ],
    rows: POSITION_HEADERS.map(([f, header]) => [header, meaning[f]]),
  };
}
