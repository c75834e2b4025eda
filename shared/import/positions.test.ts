import { describe, expect, it } from 'vitest';
import { POSITION_HEADERS, positionsTable, readPositions } from './positions.ts';
import type { Cell, MergedRange } from './table.ts';
import { position, unit } from '../../tests/fixtures.ts';

const units = [unit('SNV', null, { kind: 'department' }), unit('BV', null, { kind: 'psu' })];
const HEAD = POSITION_HEADERS.map(([, h]) => h);
const sheet = (rows: Cell[][], merges: MergedRange[] = []) => ({ rows, merges });

describe('readPositions', () => {
  it('reads the template and writes it back as it was (lossless round trip)', () => {
    const positions = [
      position('SNV', 'Giám đốc', 'leadership', 1, { present: 1 }),
      position('SNV', 'Văn thư', 'support', 1, { staffing: 'contract' }),
      position('SNV', 'Chuyên viên tổ chức', 'professional', 3, { rank: 'Chuyên viên', staffingDefaulted: true }),
      position('BV', 'Bác sĩ', 'professional', 4, { rank: 'Bác sĩ hạng III', level: 3, present: 2 }),
      position('BV', 'Bác sĩ', 'professional', 2, { rank: 'Bác sĩ hạng II', level: 4 }),
      position('BV', 'Giám đốc bệnh viện', 'leadership', 1),
    ];
    const table = positionsTable(positions, units);
    expect(table.columns.map((c) => c.header)).toEqual([
      'Mã đơn vị',
      'Vị trí việc làm',
      'Nhóm vị trí',
      'Ngạch/chức danh nghề nghiệp',
      'Hình thức',
      'Số lượng cần',
      'Số lượng hiện có',
      'Bậc',
    ]);
    const read = readPositions(sheet([HEAD, ...table.rows]), units);
    expect(read.issues).toEqual([]);
    expect(read.positions).toEqual(positions);
    expect(read.rows).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('reads a đề án layout: title block, two-row header, STT, group headings giving the class, old groups, subtotals', () => {
    const rows: Cell[][] = [
      ['UBND TỈNH HẬU GIANG'],
      ['DANH MỤC VỊ TRÍ VIỆC LÀM'],
      [],
      ['STT', 'Mã đơn vị', 'Tên vị trí việc làm', 'Ngạch công chức tương ứng', 'Số lượng', null],
      [null, null, null, null, 'Cần thiết', 'Hiện có'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      ['I', null, 'Vị trí việc làm lãnh đạo, quản lý', null, null, null],
      ['1', 'SNV', 'Giám đốc', 'Chuyên viên cao cấp', 1, 1],
      ['2', 'SNV', 'Phó Giám đốc', 'Chuyên viên chính', '3', '2'],
      [],
      ['II', null, 'Nhóm vị trí việc làm chuyên môn, nghiệp vụ chuyên ngành', null, null, null],
      ['1', 'SNV', 'Chuyên viên về tổ chức bộ máy', 'Chuyên viên', '1.000', 0],
      [null, null, 'Vị trí việc làm hỗ trợ, phục vụ', null, null, null],
      ['1', 'SNV', 'Lái xe', null, 1, 1],
      [null, null, 'Tổng cộng', null, 1006, 4],
    ];
    // "Số lượng" spans the two count columns on the first header row.
    const read = readPositions(sheet(rows, [{ top: 3, left: 4, bottom: 3, right: 5 }]), units);
    expect(read.issues).toEqual([]);
    expect(
      read.positions.map((p) => [p.name, p.class, p.rank, p.staffing, p.staffingDefaulted, p.needed, p.present]),
    ).toEqual([
      ['Giám đốc', 'leadership', 'Chuyên viên cao cấp', 'quota', true, 1, 1],
      ['Phó Giám đốc', 'leadership', 'Chuyên viên chính', 'quota', true, 3, 2],
      ['Chuyên viên về tổ chức bộ máy', 'professional', 'Chuyên viên', 'quota', true, 1000, 0],
      ['Lái xe', 'support', '', 'contract', true, 1, 1],
    ]);
    expect(read.skipped.map((s) => s.reason)).toEqual(['column-numbers', 'heading', 'heading', 'heading', 'subtotal']);
  });

  it('maps the older four groups named in the class column, and a unit code merged down its positions', () => {
    const rows: Cell[][] = [
      HEAD.slice(0, 7),
      ['BV', 'Trưởng khoa', 'Lãnh đạo, quản lý', null, 'Biên chế', 2, 2],
      [null, 'Điều dưỡng', 'Chức danh nghề nghiệp chuyên ngành', 'Điều dưỡng hạng IV', 'Biên chế', 10, 9],
      [null, 'Kế toán', 'Chuc danh nghe nghiep chuyen mon dung chung', null, 'Bien che', 1, 1],
      [null, 'Bảo vệ', 'Hỗ trợ, phục vụ', null, 'Hợp đồng lao động', 2, 2],
    ];
    const read = readPositions(sheet(rows, [{ top: 1, left: 0, bottom: 4, right: 0 }]), units);
    expect(read.issues).toEqual([]);
    expect(read.positions.map((p) => `${p.unitCode} ${p.class} ${p.staffing}`)).toEqual([
      'BV leadership quota',
      'BV professional quota',
      'BV professional quota',
      'BV support contract',
    ]);
  });

  it('refuses the whole file naming every bad row and column, and reads nothing', () => {
    const rows: Cell[][] = [
      HEAD,
      ['SNV', 'Giám đốc', '1', null, null, 1, 1, null],
      ['XYZ', 'Kế toán', '2', null, null, 1, 0, null],
      ['SNV', 'Chuyên viên', 'Nhóm 7', null, null, 2, 0, null],
      ['SNV', 'Văn thư', '3', null, 'Vay mượn', 1, 0, null],
      ['SNV', 'Phó Giám đốc', '1', null, null, '-1', 'hai', 2],
      [null, 'Thủ quỹ', '2', null, null, 1, 0, null],
      ['BV', 'Bác sĩ', '2', null, null, 1, 0, 6],
      ['SNV', 'Chánh Văn phòng', '1', null, null, 1, 1, 2],
    ];
    const read = readPositions(sheet(rows), units);
    expect(read.positions).toEqual([]);
    expect(read.issues.map((i) => `${i.row}:${i.column}:${i.key}`)).toEqual([
      '3:Mã đơn vị:err.positionsUnknownUnit',
      '4:Nhóm vị trí:err.positionClass',
      '5:Hình thức:err.positionStaffing',
      '6:Số lượng cần:err.negative',
      '6:Số lượng hiện có:err.notNumber',
      '7:Mã đơn vị:err.positionsCodeRequired',
      '8:Bậc:err.positionLevel',
      '9:Bậc:err.positionLevelCivilServant',
    ]);
  });

  it('refuses a sheet without the table header, naming the missing columns', () => {
    const read = readPositions(
      sheet([
        ['Tên', 'Ghi chú'],
        ['a', 'b'],
      ]),
      units,
    );
    expect(read.issues).toEqual([
      expect.objectContaining({
        key: 'err.positionsHeader',
        params: { columns: 'Mã đơn vị, Vị trí việc làm, Số lượng cần' },
      }),
    ]);
  });

  it('refuses counts merged over two positions', () => {
    const rows: Cell[][] = [
      HEAD,
      ['SNV', 'A', '2', null, null, 2, 0, null],
      ['SNV', 'B', '2', null, null, null, 0, null],
    ];
    const read = readPositions(sheet(rows, [{ top: 1, left: 5, bottom: 2, right: 5 }]), units);
    expect(read.issues.map((i) => `${i.row}:${i.key}`)).toEqual(['2:err.mergedCells', '3:err.mergedCells']);
  });
});
