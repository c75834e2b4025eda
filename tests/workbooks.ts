import ExcelJS from 'exceljs';
import type { Cell } from '../shared/import/table.ts';

/** An .xlsx made of rows (row 1 first), with optional merged ranges such as "C4:D4". */
export async function xlsxOf(rows: Cell[][], merges: string[] = [], sheetName = 'Biểu 1'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((v, c) => {
      if (v !== null) row.getCell(c + 1).value = v;
    });
  });
  // Merge after writing: like Excel, only the top-left cell keeps its value.
  for (const m of merges) ws.mergeCells(m);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** An office workbook: title block, two-row merged header, column numbers, STT hierarchy, subtotals. */
export const OFFICE_ROWS: Cell[][] = [
  ['BIỂU TỔNG HỢP BIÊN CHẾ NĂM 2024', 'BIỂU TỔNG HỢP BIÊN CHẾ NĂM 2024', 'BIỂU TỔNG HỢP BIÊN CHẾ NĂM 2024'],
  ['(Kèm theo Tờ trình số     /TTr-SNV ngày   tháng   năm 2024)'],
  [],
  [
    'STT',
    'Tên cơ quan, đơn vị',
    'Biên chế công chức',
    'Biên chế công chức',
    'Số người làm việc hưởng lương NSNN',
    'Số người làm việc hưởng lương NSNN',
    'Hợp đồng lao động',
    'Số cấp phó',
  ],
  ['STT', 'Tên cơ quan, đơn vị', 'Được giao', 'Hiện có', 'Được giao', 'Hiện có', 'Hợp đồng lao động', 'Số cấp phó'],
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
  ['I', 'KHỐI SỞ, BAN, NGÀNH', null, null, null, null, null, null],
  ['1', 'Sở Y tế', 40, 38, null, null, 2, 3],
  ['1.1', 'Bệnh viện Đa khoa tỉnh', null, null, '1.234', '1.200', 35, 3],
  ['a', 'Khoa Nội', null, null, 40, 39, 1, 1],
  ['b', 'Khoa Ngoại', null, null, 35, 35, null, 1],
  ['1.2', 'Trung tâm Kiểm soát bệnh tật', null, null, 98, 97, 4, 2],
  ['2', 'Sở Nội vụ', 35, 33, null, null, 1, 2],
  [null, 'Cộng khối sở', 75, 71, '1.407', '1.371', 43, 12],
  [],
  ['II', 'KHỐI HUYỆN', null, null, null, null, null, null],
  ['1', 'UBND huyện Châu Thành', 60, 58, null, null, 3, 2],
  [null, 'TỔNG CỘNG', 135, 129, '1.407', '1.371', 46, 14],
];
