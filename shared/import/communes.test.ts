import { describe, expect, it } from 'vitest';
import type { Unit } from '../model/unit.ts';
import { communeCommitteeName, communesTemplateTables, previewCommunes, readCommunes, splitCodes } from './communes.ts';
import type { Cell } from './table.ts';

const unit = (
  code: string,
  name: string,
  parentCode: string | null,
  kind: Unit['kind'],
  level: Unit['level'],
): Unit => ({
  code,
  name,
  parentCode,
  kind,
  level,
  sector: 'general_administration',
  civilServantQuota: 20,
  civilServantActual: 19,
  publicEmployeeQuota: 0,
  publicEmployeeActual: 0,
  selfFundedEmployees: 0,
  contractWorkers: 0,
  deputies: 2,
});
const UNITS: Unit[] = [
  unit('P', 'UBND tỉnh', null, 'people_committee', 'province'),
  unit('D1', 'UBND thành phố Vị Thanh', 'P', 'people_committee', 'district'),
  unit('D2', 'UBND huyện Vị Thủy', 'P', 'people_committee', 'district'),
  unit('D1.X1', 'UBND phường I', 'D1', 'people_committee', 'commune'),
  unit('D1.X2', 'UBND phường III', 'D1', 'people_committee', 'commune'),
  unit('D1.X3', 'UBND phường IV', 'D1', 'people_committee', 'commune'),
  unit('D1.X4', 'UBND xã Tân Tiến', 'D1', 'people_committee', 'commune'),
  unit('D2.X1', 'UBND xã Vị Thắng', 'D2', 'people_committee', 'commune'),
  unit('D1.TT', 'Trung tâm Văn hóa', 'D1', 'psu', 'district'),
];
const TITLE: Cell[][] = [
  ['ỦY BAN NHÂN DÂN TỈNH HẬU GIANG', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  [],
  ['DANH SÁCH CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ SAU SẮP XẾP'],
  ['(Kèm theo Nghị quyết số 1660/NQ-UBTVQH15)'],
];
const read = (rows: Cell[][], units = UNITS) => readCommunes({ rows }, units, '2025-07-01');

describe('readCommunes', () => {
  it('reads a table under a title block, headers with or without accents, codes separated by ; or ,', () => {
    const r = read([
      ...TITLE,
      ['STT', 'Ma xa moi', 'Ten xa moi', 'Loai', 'Ma cac xa cu'],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      ['I', null, 'Thành phố Vị Thanh'],
      [1, 'VT01', 'Vị Thanh', 'phường', 'D1.X1; D1.X2'],
      [2, 'VT02', 'Xã Tân Tiến', 'Xa', 'D1.X3, D1.X4'],
      ['Tổng cộng', null, null, null, null],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.skipped).toEqual([
      { row: 6, reason: 'column-numbers', text: '(1) (2) (3) (4) (5)' },
      { row: 7, reason: 'heading', text: 'I Thành phố Vị Thanh' },
      { row: 10, reason: 'subtotal', text: 'Tổng cộng' },
    ]);
    expect(r.merges).toEqual([
      {
        row: 8,
        type: 'phường',
        operation: {
          type: 'merge',
          year: 2025,
          date: '2025-07-01',
          units: ['D1.X1', 'D1.X2'],
          into: { code: 'VT01', name: 'UBND phường Vị Thanh', kind: 'people_committee', parentCode: 'D1' },
        },
      },
      {
        row: 9,
        type: 'xã',
        operation: {
          type: 'merge',
          year: 2025,
          date: '2025-07-01',
          units: ['D1.X3', 'D1.X4'],
          into: { code: 'VT02', name: 'UBND xã Tân Tiến', kind: 'people_committee', parentCode: 'D1' },
        },
      },
    ]);
  });

  it('reads a two-row header of merged cells, and keeps an old code as the new one', () => {
    const r = readCommunes(
      {
        rows: [
          ['Xã mới', null, null, 'Xã cũ'],
          ['Mã', 'Tên', 'Loại', 'Mã'],
          ['D1.X1', 'Phường Vị Thanh', 'Phường', 'D1.X1;D1.X2;D1.X3'],
        ],
        merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
      },
      UNITS,
      '2025-07-01',
    );
    expect(r.issues).toEqual([]);
    expect(r.merges[0]!.operation.into).toEqual({
      code: 'D1.X1',
      name: 'UBND phường Vị Thanh',
      kind: 'people_committee',
      parentCode: 'D1',
    });
  });

  it('puts the new commune under the provincial UBND once the district level is gone', () => {
    const after = UNITS.filter((u) => u.level !== 'district').map((u) =>
      u.parentCode?.startsWith('D') ? { ...u, parentCode: 'P' } : u,
    );
    const r = read(
      [
        ['Mã xã mới', 'Tên xã mới', 'Loại', 'Mã các xã cũ'],
        ['VT01', 'Vị Thắng', 'đặc khu', 'D1.X4;D2.X1'],
      ],
      after,
    );
    expect(r.issues).toEqual([]);
    expect(r.merges[0]!.operation.into).toMatchObject({ name: 'UBND đặc khu Vị Thắng', parentCode: 'P' });
  });

  it('reports every bad row with its row, column and reason, and returns no merge', () => {
    const r = read([
      ['Mã xã mới', 'Tên xã mới', 'Loại', 'Mã các xã cũ'],
      ['N1', 'Một', 'phường', 'D1.X1;NOPE'],
      ['N2', '', 'thị trấn', 'D1.X1;D1.TT'],
      ['D2', 'Ba', 'xã', 'D1.X2'],
      ['N1', 'Bốn', 'xã', 'D1.X3;D2.X1'],
      ['D1.X4', 'Năm', 'xã', 'D1.X2;D1.X3'],
    ]);
    expect(r.merges).toEqual([]);
    expect(r.issues.map((i) => [i.row, i.column, i.key, i.value])).toEqual([
      [2, 'Mã các xã cũ', 'err.communesOldUnknown', 'NOPE'],
      [3, 'Tên xã mới', 'err.nameRequired', ''],
      [3, 'Loại', 'err.communesType', 'thị trấn'],
      [3, 'Mã các xã cũ', 'err.communesOldTwice', 'D1.X1'],
      [3, 'Mã các xã cũ', 'err.communesOldNotCommune', 'D1.TT'],
      [4, 'Mã các xã cũ', 'err.communesOldCount', 'D1.X2'],
      [4, 'Mã xã mới', 'err.communesNewUsed', 'D2'],
      [5, 'Mã các xã cũ', 'err.communesParents', 'D1.X3;D2.X1'],
      [5, 'Mã xã mới', 'err.communesNewTwice', 'N1'],
      [6, 'Mã các xã cũ', 'err.communesOldTwice', 'D1.X2'],
      [6, 'Mã các xã cũ', 'err.communesOldTwice', 'D1.X3'],
      [6, 'Mã xã mới', 'err.communesNewUsed', 'D1.X4'],
    ]);
    expect(r.issues.find((i) => i.key === 'err.communesOldUnknown')!.params).toEqual({
      code: 'NOPE',
      date: '01/07/2025',
    });
    expect(r.issues.find((i) => i.key === 'err.communesOldTwice')!.params).toEqual({ code: 'D1.X1', other: 2 });
  });

  it('refuses a sheet without the table header, and one without rows', () => {
    expect(
      read([
        ['Mã xã mới', 'Tên xã mới', 'Mã các xã cũ'],
        ['A', 'B', 'D1.X1;D1.X2'],
      ]).issues,
    ).toEqual([{ row: 1, column: '', value: '', key: 'err.communesHeader', params: { columns: 'Loại' } }]);
    expect(read([['Mã xã mới', 'Tên xã mới', 'Loại', 'Mã các xã cũ']]).issues.map((i) => i.key)).toEqual([
      'err.importEmpty',
    ]);
  });
});

describe('communeCommitteeName and splitCodes', () => {
  it('names the committee once, whatever the table wrote', () => {
    expect(communeCommitteeName('Vị Thanh', 'phường')).toBe('UBND phường Vị Thanh');
    expect(communeCommitteeName('PHƯỜNG Vị Thanh', 'phường')).toBe('UBND phường Vị Thanh');
    expect(communeCommitteeName('Đặc khu Phú Quốc', 'đặc khu')).toBe('UBND đặc khu Phú Quốc');
    expect(communeCommitteeName('UBND xã Hỏa Lựu', 'xã')).toBe('UBND xã Hỏa Lựu');
  });
  it('splits on ; , line breaks and spaces', () => {
    expect(splitCodes('A;B, C\nD  ;')).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('the template and the preview', () => {
  it("the template's headers are the reader's: its example row reads, and is refused only for its codes", () => {
    const [table] = communesTemplateTables();
    const rows = [table!.columns.map((c) => c.header), ...table!.rows] as Cell[][];
    const r = readCommunes({ rows }, UNITS, '2025-07-01');
    expect(r.issues.map((i) => [i.row, i.column, i.key])).toEqual([
      [2, 'Mã các xã cũ', 'err.communesOldUnknown'],
      [2, 'Mã các xã cũ', 'err.communesOldUnknown'],
    ]);
  });

  it('shows each new commune with its old ones by name and their summed subtree totals', () => {
    const withStation = [
      ...UNITS,
      {
        ...unit('D1.X1.TYT', 'Trạm y tế', 'D1.X1', 'psu', 'commune'),
        civilServantQuota: 0,
        civilServantActual: 0,
        publicEmployeeQuota: 6,
        publicEmployeeActual: 5,
      },
    ];
    const { merges } = readCommunes(
      {
        rows: [
          ['Mã xã mới', 'Tên xã mới', 'Loại', 'Mã các xã cũ'],
          ['VT01', 'Vị Thanh', 'phường', 'D1.X1;D1.X2'],
        ],
      },
      withStation,
      '2025-07-01',
    );
    expect(previewCommunes(merges, withStation)).toEqual([
      {
        row: 2,
        code: 'VT01',
        name: 'UBND phường Vị Thanh',
        type: 'phường',
        olds: [
          { code: 'D1.X1', name: withStation.find((u) => u.code === 'D1.X1')!.name },
          { code: 'D1.X2', name: withStation.find((u) => u.code === 'D1.X2')!.name },
        ],
        totals: {
          civilServantQuota: 40,
          civilServantActual: 38,
          publicEmployeeQuota: 6,
          publicEmployeeActual: 5,
          people: 43,
        },
      },
    ]);
  });
});
