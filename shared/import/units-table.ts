/** Units as rows of the exchange template (export writes them; import reads them back losslessly). */
import { HEADCOUNT_FIELDS, type Unit } from '../model/unit.ts';
import { KIND_LABELS, LEVEL_LABELS, SECTOR_LABELS, TEMPLATE_HEADERS } from './vocab.ts';
import type { NormInputs } from '../positions/norm-inputs.ts';
import { normCells, normGuideRows, normTableColumns } from './unit-norms.ts';

export type TableValue = string | number | null;

export interface TableColumn {
  header: string;
  width: number;
  numeric?: boolean;
  /** An Excel number format for the column (default for numeric columns: whole numbers, grouped). */
  numFmt?: string;
}

/** A sheet to write: what every export (units now; findings, finance, scenarios later) produces. */
export interface OutputTable {
  name: string;
  /** Lines above the header ("Đơn vị tính: triệu đồng"), each in its first cell. */
  notes?: string[];
  columns: TableColumn[];
  rows: TableValue[][];
}

export const UNITS_SHEET = 'Đơn vị';
export const GUIDE_SHEET = 'Hướng dẫn';

/** A template's guide sheet: each column of the template, what it means and the values it takes. */
export function guideSheet(rows: TableValue[][], widths: { column: number; values: number }): OutputTable {
  return {
    name: GUIDE_SHEET,
    columns: [
      { header: 'Cột', width: widths.column },
      { header: 'Ý nghĩa', width: 60 },
      { header: 'Giá trị cho phép', width: widths.values },
    ],
    rows,
  };
}

const NUMERIC = new Set<string>([...HEADCOUNT_FIELDS, 'heads']);

/** The units, then each unit's sector-norm figures (`norms`, by code) in the optional norm columns. */
export function unitsTable(units: readonly Unit[], norms: ReadonlyMap<string, NormInputs> = new Map()): OutputTable {
  return {
    name: UNITS_SHEET,
    columns: [
      ...TEMPLATE_HEADERS.map(([field, header]) => ({
        header,
        width: field === 'name' ? 48 : NUMERIC.has(field) ? 16 : 20,
        numeric: NUMERIC.has(field),
      })),
      ...normTableColumns(),
    ],
    rows: units.map((u) => [
      ...TEMPLATE_HEADERS.map(([field]) => {
        if (field === 'kind') return KIND_LABELS[u.kind];
        if (field === 'level') return LEVEL_LABELS[u.level];
        if (field === 'sector') return SECTOR_LABELS[u.sector];
        if (field === 'heads') return u.heads ?? null; // not entered: an empty cell, never 1
        return u[field];
      }),
      ...normCells(norms.get(u.code)),
    ]),
  };
}

const list = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([id, label]) => `${label} (${id})`)
    .join('; ');

/** The template's second sheet: what each column means and which values it accepts. */
export function guideTable(): OutputTable {
  const count = 'Số nguyên không âm; ô trống được hiểu là 0; có thể viết 1.234 (dấu chấm ngăn cách hàng nghìn).';
  const meaning: Record<string, [string, string]> = {
    code: [
      'Mã duy nhất, ổn định của đơn vị.',
      'Chữ, số và các dấu . _ - / ; không có khoảng trắng; tối đa 40 ký tự. Bắt buộc.',
    ],
    name: ['Tên đầy đủ của cơ quan, đơn vị.', 'Bắt buộc; tối đa 250 ký tự.'],
    parentCode: ['Mã của đơn vị cấp trên trực tiếp.', 'Để trống với đơn vị gốc (UBND tỉnh). Phải là mã có trong tệp.'],
    kind: ['Loại hình tổ chức.', list(KIND_LABELS)],
    level: ['Cấp hành chính.', list(LEVEL_LABELS)],
    sector: ['Lĩnh vực hoạt động.', list(SECTOR_LABELS)],
    civilServantQuota: ['Biên chế công chức được giao.', count],
    civilServantActual: ['Số công chức hiện có.', count],
    publicEmployeeQuota: ['Số người làm việc hưởng lương từ ngân sách nhà nước được giao.', count],
    publicEmployeeActual: ['Số viên chức hưởng lương từ ngân sách nhà nước hiện có.', count],
    selfFundedEmployees: ['Số viên chức hưởng lương từ nguồn thu sự nghiệp.', count],
    contractWorkers: ['Số hợp đồng lao động.', count],
    heads: [
      'Số cấp trưởng (người đứng đầu) đang giữ chức vụ.',
      'Số nguyên không âm: 1, hoặc 0 khi khuyết. Ô trống: chưa nhập (không được coi là 1).',
    ],
    deputies: ['Số cấp phó của người đứng đầu.', count],
  };
  return guideSheet(
    [
      ...TEMPLATE_HEADERS.map(([field, header]) => [header, ...meaning[field]!]),
      ...normGuideRows(),
      [],
      [
        'Ghi chú',
        'Tên cột và giá trị không phân biệt chữ hoa/thường, khoảng trắng thừa và cách gõ dấu (NFC/NFD).',
        'TinhGon chỉ đọc trang tính "Đơn vị".',
      ],
    ],
    { column: 36, values: 90 },
  );
}

/** Findings as a table (export of the health checks), in the words shown on screen. */
export function findingsTable(
  rows: ReadonlyArray<{
    unitCode: string;
    unitName: string;
    rule: string;
    severity: string;
    message: string;
    citation: string;
    confidence: string;
  }>,
): OutputTable {
  return {
    name: 'Cảnh báo',
    columns: [
      { header: 'Mã đơn vị', width: 20 },
      { header: 'Tên đơn vị', width: 44 },
      { header: 'Quy tắc', width: 20 },
      { header: 'Mức độ', width: 12 },
      { header: 'Nội dung', width: 70 },
      { header: 'Căn cứ', width: 60 },
      { header: 'Độ tin cậy', width: 22 },
    ],
    rows: rows.map((r) => [r.unitCode, r.unitName, r.rule, r.severity, r.message, r.citation, r.confidence]),
  };
}
