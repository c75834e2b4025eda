import { describe, expect, it } from 'vitest';
import { isSubtotal, readUnits } from './read-units.ts';
import { detectMapping } from './detect.ts';
import { translate } from '../i18n/index.ts';
import { TEMPLATE_HEADERS } from './vocab.ts';
import type { Cell } from './table.ts';
import { OFFICE_ROWS } from '../../tests/workbooks.ts';

const H = TEMPLATE_HEADERS.map(([, h]) => h);
const row = (
  code: string,
  name: string,
  parent: string | null,
  kind = 'Phòng',
  counts: Cell[] = [5, 4, 0, 0, 0, 1, 1],
): Cell[] => [code, name, parent, kind, 'Tỉnh', 'Nội vụ', ...counts];

const messages = (issues: ReturnType<typeof readUnits>['issues']) =>
  issues.map((i) => `row ${i.row}, column "${i.column}" [${i.value}]: ${translate('vi', i.key, i.params)}`);

describe('reading units from a sheet', () => {
  it('reads the heads in post: a figure, 0, or an empty cell as not entered (null, never 1 or 0)', () => {
    const rows: Cell[][] = [
      H,
      row('HG', 'UBND tỉnh', null, 'UBND', [0, 0, 0, 0, 0, 0, 4, 1]),
      row('HG.SNV', 'Sở Nội vụ', 'HG', 'Sở', [5, 4, 0, 0, 0, 1, 1, 0]),
      row('HG.SNV.P1', 'Văn phòng Sở', 'HG.SNV', 'Phòng', [5, 4, 0, 0, 0, 1, 1, '']),
      row('HG.SNV.P2', 'Phòng Tổ chức', 'HG.SNV', 'Phòng', [5, 4, 0, 0, 0, 1, 1, 'một']),
    ];
    expect(H.at(-1)).toBe('Số cấp trưởng');
    const r = readUnits({ rows }, detectMapping('Đơn vị', rows));
    expect(r.units.map((u) => [u.code, u.deputies, u.heads])).toEqual([
      ['HG', 4, 1],
      ['HG.SNV', 1, 0],
      ['HG.SNV.P1', 1, null],
    ]);
    expect(messages(r.issues)).toEqual([expect.stringMatching(/^row 5, column "Số cấp trưởng" \[một\]: /)]);
    // A file without the column (written before it existed) reads every unit as not entered.
    const before = [H.slice(0, -1), rows[1]!.slice(0, -1)];
    const old = readUnits({ rows: before }, detectMapping('Đơn vị', before));
    expect(old.units.map((u) => u.heads)).toEqual([null]);
  });

  it('reads the template layout exactly', () => {
    const rows: Cell[][] = [
      H,
      row('HG', 'UBND tỉnh', null, 'UBND', [0, 0, 0, 0, 0, 0, 4]),
      row('HG.SNV', 'Sở Nội vụ', 'HG', 'Sở'),
      row('HG.SNV.P1', 'Văn phòng Sở', 'HG.SNV'),
    ];
    const mapping = detectMapping('Đơn vị', rows);
    expect(mapping).toMatchObject({ headerRow: 1, headerRows: 1 });
    const r = readUnits({ rows: rows }, mapping);
    expect(r.issues).toEqual([]);
    expect(r.units.map((u) => [u.code, u.parentCode, u.kind, u.deputies])).toEqual([
      ['HG', null, 'people_committee', 4],
      ['HG.SNV', 'HG', 'department', 1],
      ['HG.SNV.P1', 'HG.SNV', 'division', 1],
    ]);
    expect(r.units[1]).toMatchObject({
      level: 'province',
      sector: 'home_affairs',
      civilServantQuota: 5,
      civilServantActual: 4,
      contractWorkers: 1,
    });
  });

  it('matches headers and values whatever the case, spacing and Unicode form', () => {
    const messy = H.map((h) => `  ${h.toUpperCase().normalize('NFD')} `);
    const rows: Cell[][] = [
      messy,
      ['A', 'Gốc', null, 'ubnd', 'TỈNH', 'y te', 1, 1, 0, 0, 0, 0, 0],
      ['B', 'Con', 'A', 'phòng thuộc đvsn'.normalize('NFD'), 'xa', 'health', 0, 0, 0, 0, 0, 0, 0],
    ];
    const r = readUnits({ rows: rows }, detectMapping('x', rows));
    expect(r.issues).toEqual([]);
    expect(r.units.map((u) => [u.kind, u.level, u.sector])).toEqual([
      ['people_committee', 'province', 'health'],
      ['psu_division', 'commune', 'health'],
    ]);
  });

  it('reads an office workbook: title block, merged two-row header, STT hierarchy, subtotal and column-number rows skipped', () => {
    const mapping = detectMapping('Biểu 1', OFFICE_ROWS);
    expect(mapping).toMatchObject({ headerRow: 4, headerRows: 2 });
    expect(mapping.columns).toEqual({
      stt: 0,
      name: 1,
      civilServantQuota: 2,
      civilServantActual: 3,
      publicEmployeeQuota: 4,
      publicEmployeeActual: 5,
      contractWorkers: 6,
      deputies: 7,
    });
    const r = readUnits({ rows: OFFICE_ROWS }, mapping);
    expect(r.issues).toEqual([]);
    expect(r.skipped).toEqual([
      { row: 6, reason: 'column-numbers', text: '(1) (2) (3) (4) (5) (6) (7) (8)' },
      { row: 14, reason: 'subtotal', text: 'Cộng khối sở' },
      { row: 18, reason: 'subtotal', text: 'TỔNG CỘNG' },
    ]);
    expect(r.units.map((u) => `${u.code} < ${u.parentCode ?? '-'} : ${u.name}`)).toEqual([
      'I < - : KHỐI SỞ, BAN, NGÀNH',
      'I-1 < I : Sở Y tế',
      'I-1-1.1 < I-1 : Bệnh viện Đa khoa tỉnh',
      'I-1-1.1-a < I-1-1.1 : Khoa Nội',
      'I-1-1.1-b < I-1-1.1 : Khoa Ngoại',
      'I-1-1.2 < I-1 : Trung tâm Kiểm soát bệnh tật',
      'I-2 < I : Sở Nội vụ',
      'II < - : KHỐI HUYỆN',
      'II-1 < II : UBND huyện Châu Thành',
    ]);
    expect(r.units[2]).toMatchObject({ publicEmployeeQuota: 1234, publicEmployeeActual: 1200, contractWorkers: 35 });
    expect(r.rows).toEqual([7, 8, 9, 10, 11, 12, 13, 16, 17]);
  });

  it('reports every bad row with its row number, column, value and a Vietnamese reason', () => {
    const rows: Cell[][] = [
      H,
      row('A', 'Gốc', null, 'UBND'),
      row('B', 'Âm', 'A', 'Phòng', [5, -2, 0, 0, 0, 0, 1]),
      row('C', 'Lẻ', 'A', 'Phòng', [5, '3,5', 0, 0, 0, 0, 1]),
      row('D', 'Chữ', 'A', 'Phòng', [5, 4, 0, 0, 0, 'hai', 1]),
      row('B', 'Trùng mã', 'A'),
      row('E', 'Mồ côi', 'ZZ'),
      row('F', 'Vòng 1', 'G'),
      row('G', 'Vòng 2', 'F'),
      row('H', 'Loại lạ', 'A', 'Bộ'),
      row('I', '', 'A'),
      row('J K', 'Mã có khoảng trắng', 'A'),
      row('', 'Không mã', 'A'),
    ];
    const r = readUnits({ rows: rows }, detectMapping('x', rows));
    expect(messages(r.issues)).toEqual([
      'row 3, column "Công chức hiện có" [-2]: Không được là số âm.',
      'row 4, column "Công chức hiện có" [3,5]: Phải nhập một số nguyên không âm.',
      'row 5, column "Hợp đồng lao động" [hai]: Phải nhập một số nguyên không âm.',
      'row 6, column "Mã đơn vị" [B]: Mã đơn vị "B" đã được dùng cho đơn vị khác.',
      'row 7, column "Mã đơn vị cấp trên" [ZZ]: Không tìm thấy đơn vị cấp trên "ZZ".',
      'row 8, column "Mã đơn vị cấp trên" [G]: Đơn vị "F" nằm trong một vòng lặp cấp trên – cấp dưới.',
      'row 9, column "Mã đơn vị cấp trên" [F]: Đơn vị "G" nằm trong một vòng lặp cấp trên – cấp dưới.',
      'row 10, column "Loại hình" [Bộ]: Loại hình không hợp lệ.',
      'row 11, column "Tên đơn vị" []: Tên đơn vị không được để trống.',
      'row 12, column "Mã đơn vị" [J K]: Mã đơn vị chỉ gồm chữ, số và các dấu . _ - / (không có khoảng trắng).',
      'row 13, column "Mã đơn vị" []: Mã đơn vị không được để trống.',
    ]);
    expect(r.units.map((u) => u.code)).toEqual(['A']);
  });

  it('tells subtotal rows from units whose names merely start alike', () => {
    for (const t of ['Tổng cộng', 'TỔNG CỘNG', 'Tong cong toan tinh', 'Cộng', 'Cộng khối sở', 'Tổng số', 'Tổng:'])
      expect(isSubtotal(t), t).toBe(true);
    for (const t of [
      'Công ty Phát triển hạ tầng',
      'Tổng công ty Xổ số kiến thiết',
      'Tổng đội Thanh niên xung phong',
      'Trường Cao đẳng Cộng đồng',
      'Cong ty X',
    ])
      expect(isSubtotal(t), t).toBe(false);
  });

  it('never skips a row that has a code, whatever its name', () => {
    const rows: Cell[][] = [
      H,
      row('001', 'UBND tỉnh', null, 'UBND'),
      row('002', 'Tổng công ty Xổ số kiến thiết', '001', 'Khác'),
      row('003', 'Cộng đồng dân tộc', '001', 'Khác'),
      row('004', 'Tổng', '001', 'Khác'),
    ];
    const r = readUnits({ rows: rows }, detectMapping('x', rows));
    expect(r.skipped).toEqual([]);
    expect(r.units.map((u) => u.name)).toEqual([
      'UBND tỉnh',
      'Tổng công ty Xổ số kiến thiết',
      'Cộng đồng dân tộc',
      'Tổng',
    ]);
  });

  it('treats empty count cells as 0 and uses the defaults for missing kind, level and sector', () => {
    const rows: Cell[][] = [
      ['Mã đơn vị', 'Tên đơn vị', 'Số cấp phó'],
      ['X', 'Đơn vị X', null],
    ];
    const mapping = {
      ...detectMapping('x', rows),
      defaults: { kind: 'psu', level: 'district', sector: 'education' } as const,
    };
    expect(readUnits({ rows: rows }, mapping).units).toEqual([
      expect.objectContaining({
        code: 'X',
        parentCode: null,
        kind: 'psu',
        level: 'district',
        sector: 'education',
        deputies: 0,
        civilServantQuota: 0,
      }),
    ]);
  });

  it('decides each count column’s number convention from its own values, and asks for a column that reads two ways', () => {
    // Vietnamese thousands ("1.250": 1.25 is no head count) and English ones ("1,250") each read one way only.
    const vi: Cell[][] = [
      H,
      row('A', 'Sở A', null, 'Sở', ['1.250', '1.000', 0, 0, 0, 0, 1]),
      row('B', 'Sở B', null, 'Sở', ['12', '2.000', 0, 0, 0, 0, 1]),
    ];
    const read = (rows: Cell[][], decimals?: Record<string, ',' | '.'>) =>
      readUnits({ rows }, { ...detectMapping('x', rows), ...(decimals ? { decimals } : {}) });
    // Quota: "1.250" decides; actual: "1.000" and "2.000" are 1 or 1000 and 2 or 2000 → asked, naming the column.
    expect(messages(read(vi).issues)).toEqual([
      'row 2, column "Công chức hiện có" [1.000]: Cột "Công chức hiện có": mọi số như "1.000" đều đọc được hai cách (dấu thập phân là "," hay "."). Chọn dấu thập phân của cột khi nhập (dòng lệnh: --decimal , hoặc --decimal .).',
    ]);
    const answered = read(vi, { civilServantActual: ',' });
    expect(answered.issues).toEqual([]);
    expect(answered.units.map((u) => [u.civilServantQuota, u.civilServantActual])).toEqual([
      [1250, 1000],
      [12, 2000],
    ]);
    expect(read(vi, { civilServantActual: '.' }).units.map((u) => u.civilServantActual)).toEqual([1, 2]);
    const en: Cell[][] = [H, row('A', 'Sở A', null, 'Sở', ['1,250', 7, 0, 0, 0, 0, 1])];
    expect(read(en).units[0]!.civilServantQuota).toBe(1250);
    // Both conventions in one column: refused on the row that disagrees, naming the other.
    const mixed: Cell[][] = [
      H,
      row('A', 'Sở A', null, 'Sở', ['1.250', 7, 0, 0, 0, 0, 1]),
      row('B', 'Sở B', null, 'Sở', ['2,500', 7, 0, 0, 0, 0, 1]),
    ];
    expect(read(mixed).issues.map((i) => [i.row, i.key, i.value, i.params])).toEqual([
      [
        3,
        'err.decimalMixed',
        '2,500',
        { value: '2,500', column: 'Biên chế công chức được giao', mark: '.', againstRow: 2, againstValue: '1.250' },
      ],
    ]);
  });
});
