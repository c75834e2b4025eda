/**
 * The personnel list in Chromium: a file with bad rows refused with each row listed, then a good
 * .xlsx imported for sample units, the grid with computed salary and retirement month, the natural
 * retirements per year and unit, the unit filter, and the removal that erases the list from the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PERSON_HEADERS } from '../../shared/people/read-people.ts';
import { countPeople } from '../../db/people-repo.ts';
import { ARTIFACTS, openSample, useBrowser } from './harness.ts';

const browser = useBrowser();
const HEADER = PERSON_HEADERS.map(([, h]) => h);
const day = (d: number, m: number, y: number) => new Date(Date.UTC(y, m - 1, d));
// Retirement month (Art. 169) worked by hand in the comment of each row; the sample's base year is 2023.
const PEOPLE: Array<Array<string | number | Date | null>> = [
  ['Nguyễn Văn Thường', 'NS01', 'HG.SYT', 'Nam', day(15, 1, 1966), 'Công chức', null, 4.65, 0.6, null, 25, '03/2003'], // 10/2027
  ['Trần Thị Bích Ngọc', 'NS02', 'HG.SYT.BVDK', 'Nữ', day(20, 9, 1966), 'Viên chức', 12_000_000], // 05/2022: over the age
  ['Lê Hoàng Phúc', 'NS03', 'HG.SYT.BVDK', 'Nam', day(5, 6, 1965), 'Hợp đồng', 9_500_000], // 12/2026
  ['Phạm Thị Hoa', 'NS04', 'HG.SNV', 'Nữ', '01/01/1970', null, null, '3,33', null, '0,2', '25%'], // 05/2027
  ['Võ Minh Tâm', 'NS05', 'HG.SNV', 'Nam', '10/03/1963', 'Công chức', '14.000.000'], // 2023 age 60y9m → 12/2023
  ['Đặng Thị Lan', 'NS06', 'HG.SYT', 'Nữ', '12/12/1969', 'Viên chức', 8_800_000], // 12/2026
  ['Bùi Văn Hùng', 'NS07', 'HG.SYT.BVDK', 'Nam', '20/07/1965', 'Viên chức', 10_100_000], // 04/2027
  ['Hồ Thị Mai', 'NS08', 'HG.SNV', 'Nữ', '15/05/1968', 'Công chức', 11_000_000], // 2024 age 56y4m → 09/2024
  // Heavy or hazardous work: Decree 135/2020 Appendix II (lower ages), 57 from 2028 → 08/2047: after the range (Appendix I: 08/2052).
  ['Ngô Văn Khoa', 'NS09', 'HG.SYT', 'Nam', '01/08/1990', 'Công chức', 7_000_000, null, null, null, null, null, 'Có'],
];

async function workbook(rows: typeof PEOPLE): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Nhân sự');
  sheet.addRow(HEADER);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('personnel list, end to end in Chromium', () => {
  it('refuses a bad file, imports a good one, shows salaries, retirement months and retirements per year, and removes the list', async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1600, height: 950 });
    await page.getByRole('tab', { name: 'Nhân sự' }).click();
    await expect.poll(() => page.getByTestId('people-count').textContent()).toBe('0 người trong danh sách');

    const bad = [
      HEADER.join(';'),
      'Người Lạ;;HG.KHONGCO;Nam;01/01/1970;;10.000.000',
      'Chưa Sinh;;HG.SYT;Nữ;01/01/2999;;10.000.000',
      'Sai Lương;;HG.SYT;Nam;01/01/1970;;mười triệu',
      'Sai Giới;;HG.SYT;Ông;01/01/1970;;10.000.000',
      'Sai Ngày;;HG.SYT;Nam;31/02/1970;;10.000.000',
    ].join('\n');
    await page
      .getByTestId('people-file')
      .setInputFiles({ name: 'loi.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${bad}\n`, 'utf8') });
    const message = page.getByTestId('people-message');
    await expect.poll(() => message.textContent()).toContain('Tệp nhập có 5 lỗi; tệp dữ liệu không bị thay đổi.');
    const refused = (await message.textContent())!;
    expect(refused).toContain('Dòng 2, cột "Mã đơn vị": Không tìm thấy đơn vị "HG.KHONGCO". (HG.KHONGCO)');
    expect(refused).toContain('Dòng 3, cột "Ngày sinh": Ngày sinh ở sau ngày hôm nay. (01/01/2999)');
    expect(refused).toContain('Dòng 4, cột "Lương tháng hiện hưởng (đồng)": Không đọc được lương tháng');
    expect(refused).toContain('Dòng 5, cột "Giới tính": Giới tính phải là "Nam" hoặc "Nữ". (Ông)');
    expect(refused).toContain('Dòng 6, cột "Ngày sinh": Không đọc được ngày sinh');
    expect(countPeople(app.workspace.db)).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'people-refused.png') });

    await page.getByTestId('people-file').setInputFiles({
      name: 'danh-sach.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await workbook(PEOPLE),
    });
    await expect.poll(() => message.textContent()).toContain('Đã nhập 9 người (thay cho danh sách cũ 0 người)');
    await expect.poll(() => page.getByTestId('people-count').textContent()).toBe('9 người trong danh sách');

    // The grid says which month's base salary it shows (this month by default) and switches to another.
    const cell = (id: number, col: string) => page.locator(`.people-pane .ag-row[row-id="${id}"] [col-id="${col}"]`);
    const baseLabel = page.getByTestId('people-base-label');
    await expect.poll(() => baseLabel.textContent()).toMatch(/^Lương cơ sở tháng \d\d\/\d{4}: [\d.]+ đ \(/);
    const monthInput = page.getByTestId('people-base-month-input');
    const showMonth = async (month: string) => {
      await monthInput.fill(month);
      await page.getByTestId('people-base-month').getByRole('button', { name: 'Áp dụng' }).click();
    };
    await showMonth('08/2026');
    await expect
      .poll(() => baseLabel.textContent())
      .toBe('Lương cơ sở tháng 08/2026: 2.530.000 đ (Nghị định 161/2026/NĐ-CP, Điều 3 khoản 2; Đã đối chiếu văn bản).');
    await expect.poll(() => cell(1, 'salary').textContent()).toBe('16.603.125'); // (4,65 + 0,6) × 2.530.000 × 1,25
    await page.screenshot({ path: path.join(ARTIFACTS, 'people-base-month.png') });
    await showMonth('13/2026');
    await expect
      .poll(() => message.textContent())
      .toBe('Tháng lương cơ sở ghi dạng MM/yyyy (ví dụ 08/2026), từ năm 1990 đến 2100: "13/2026".');
    expect(await cell(1, 'salary').textContent()).toBe('16.603.125');
    await showMonth('06/2026');
    await expect
      .poll(() => baseLabel.textContent())
      .toBe(
        'Lương cơ sở tháng 06/2026: 2.340.000 đ (Nghị định 73/2024/NĐ-CP (đến hết 30/06/2026); Theo nguồn thứ cấp).',
      );
    // The MoHA example: (4,65 + 0,6) × 2.340.000 × 1,25 = 15.356.250 đồng; retirement 10/2027.
    await expect.poll(() => cell(1, 'salary').textContent()).toBe('15.356.250');
    expect(await cell(1, 'salaryBasis').textContent()).toBe('(4,65 + 0,6) × 2.340.000 × (1 + 25%)');
    expect(await cell(1, 'ageTable').textContent()).toBe('Phụ lục I (điều kiện bình thường)');
    expect([
      await cell(9, 'ageTable').textContent(),
      await cell(9, 'retires').textContent(),
      await cell(9, 'age').textContent(),
    ]).toEqual(['Phụ lục II (tuổi thấp hơn)', '08/2047', '57 tuổi']);
    expect(await cell(1, 'retires').textContent()).toBe('10/2027');
    expect(await cell(1, 'pension').textContent()).toBe('11/2027');
    expect(await cell(1, 'age').textContent()).toBe('61 tuổi 9 tháng');
    expect(await cell(1, 'birthDate').textContent()).toBe('15/01/1966');
    // Other allowances are paid on the base salary, not raised by the public-duty %: 3,33 × 2.340.000 × 1,25 + 0,2 × 2.340.000.
    expect(await cell(4, 'salary').textContent()).toBe('10.208.250');
    expect(await cell(4, 'salaryBasis').textContent()).toBe('(3,33) × 2.340.000 × (1 + 25%) + 0,2 × 2.340.000');
    expect(await cell(8, 'retires').textContent()).toBe('09/2024');
    expect(await cell(2, 'unit').textContent()).toBe('Bệnh viện Đa khoa tỉnh');

    // Natural retirements 2023–2030 per unit (tree order) and in total, split by category.
    const table = page.getByTestId('people-retirements');
    const rowCells = (selector: string) => table.locator(selector).locator('td').allTextContents();
    await expect
      .poll(() => rowCells('tr[data-unit=""]'))
      .toEqual(['Toàn tỉnh', '1', '1', '1', '–', '2', '3', '–', '–', '–', '7']);
    expect(await rowCells('tr[data-unit="HG.SNV"]')).toEqual([
      'Sở Nội vụ',
      '–',
      '1',
      '1',
      '–',
      '–',
      '1',
      '–',
      '–',
      '–',
      '3',
    ]);
    expect(await rowCells('tr[data-unit="HG.SYT.BVDK"]')).toEqual([
      'Bệnh viện Đa khoa tỉnh',
      '1',
      '–',
      '–',
      '–',
      '1',
      '1',
      '–',
      '–',
      '–',
      '2',
    ]);
    expect(await rowCells('tr[data-category="civil_servant"]')).toEqual([
      'trong đó: Công chức',
      '–',
      '1',
      '1',
      '–',
      '–',
      '1',
      '–',
      '–',
      '–',
      '3',
    ]);
    expect((await rowCells('tr[data-category="unspecified"]')).at(-1)).toBe('1');
    await page.screenshot({ path: path.join(ARTIFACTS, 'people.png') });

    // Filter by unit: the grid and the table show that unit only.
    // The filter is a search (a province has tens of thousands of units with people): type, pick.
    await page.getByTestId('people-unit').getByRole('textbox').fill('so noi vu');
    await page.getByRole('button', { name: 'Chỉ xem Sở Nội vụ (HG.SNV)' }).click();
    await expect.poll(() => page.getByTestId('people-unit').getAttribute('data-unit')).toBe('HG.SNV');
    await page.screenshot({ path: path.join(ARTIFACTS, 'people-unit-filter.png') });
    await expect.poll(() => page.locator('.people-pane .ag-cell[col-id="fullName"]').count()).toBe(3);
    await expect
      .poll(() => rowCells('tr[data-unit=""]'))
      .toEqual(['Sở Nội vụ', '–', '1', '1', '–', '–', '1', '–', '–', '–', '3']);
    // A wider range of years.
    await page.getByTestId('people-unit-clear').click();
    await expect.poll(() => page.getByTestId('people-unit').getByRole('textbox').count()).toBe(1);
    await page.getByTestId('people-from').selectOption('2021');
    await page.getByTestId('people-to').selectOption('2035');
    await expect.poll(() => table.locator('thead th').count()).toBe(18);
    await expect.poll(async () => (await rowCells('tr[data-unit=""]')).slice(1, 4)).toEqual(['–', '–', '1']); // over the age before 2021: none; 2022: Ngọc

    // In English: the same table, translated, numbers in English format.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(async () => (await rowCells('tr[data-unit=""]'))[0]).toBe('Whole province');
    expect(await cell(1, 'salary').textContent()).toBe('15,356,250');
    expect(await cell(1, 'age').textContent()).toBe('61 years 9 months');
    expect(await page.getByTestId('people-base-label').textContent()).toBe(
      'Base salary of 06/2026: 2,340,000 đ (Nghị định 73/2024/NĐ-CP (đến hết 30/06/2026); From secondary sources).',
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'people-en.png') });
    await page.getByRole('button', { name: 'VI', exact: true }).click();

    // Removal: the confirmation says backups keep the list; afterwards the file holds no name.
    await page.getByRole('button', { name: 'Xóa toàn bộ danh sách nhân sự' }).click();
    const confirm = page.getByRole('alertdialog');
    expect(await confirm.textContent()).toContain(
      'các bản sao lưu tạo trước đó (kể cả bản tự động trước mỗi lần nhập) vẫn chứa danh sách này',
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'people-remove-confirm.png') });
    await confirm.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await expect.poll(() => message.textContent()).toBe('Đã xóa 9 người khỏi tệp dữ liệu.');
    await expect.poll(() => page.getByTestId('people-count').textContent()).toBe('0 người trong danh sách');
    const file = app.workspace.file;
    const bytes = Buffer.concat([file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
    expect(bytes.includes(Buffer.from('Nguyễn Văn Thường'))).toBe(false);
    await page.screenshot({ path: path.join(ARTIFACTS, 'people-removed.png') });
    expect(errors).toEqual([]);
    await page.close();
    await app.stop();
  });
});
