/**
 * Importing the personnel list judges the findings again without a reload (the walkthrough's
 * Cảnh báo count stayed put): people of a unit with job positions who hold none are "not yet placed".
 */
import { describe, expect, it } from 'vitest';
import { PERSON_HEADERS } from '../../shared/people/read-people.ts';
import { openSample, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('findings follow the personnel import, in Chromium', () => {
  it('counts the "not yet placed" finding of a unit with positions right after the personnel import', async () => {
    const { page, errors } = await openSample(browser(), { width: 1366, height: 768 });
    await page.locator('.tree-row[data-code="HG.SNV"]').click();
    const header =
      'Mã đơn vị;Vị trí việc làm;Nhóm vị trí;Ngạch/chức danh nghề nghiệp;Hình thức;Số lượng cần;Số lượng hiện có';
    const positions = `\ufeff${header}\nHG.SNV;Giám đốc;1;Chuyên viên cao cấp;Biên chế;1;1\nHG.SNV;Chuyên viên;2;Chuyên viên;Biên chế;4;3\n`;
    await page
      .getByTestId('positions-import')
      .setInputFiles({ name: 'vtvl.csv', mimeType: 'text/csv', buffer: Buffer.from(positions, 'utf8') });
    await expect.poll(() => page.getByTestId('positions-message').textContent()).toContain('Đã nhập 2 vị trí');
    const tab = page.getByRole('tab', { name: /^Cảnh báo/ });
    const count = async () => Number(/\((\d+)\)/.exec((await tab.textContent()) ?? '')?.[1] ?? NaN);
    await expect.poll(count).toBeGreaterThan(0);
    const before = await count();

    // Two civil servants of the sở, one placed in a position, the other not.
    const fields = PERSON_HEADERS.map(([f]) => f as string);
    const row = (values: Record<string, string>) => fields.map((f) => values[f] ?? '').join(';');
    const person = {
      unitCode: 'HG.SNV',
      sex: 'Nữ',
      birthDate: '01/01/1970',
      category: 'Công chức',
      salary: '11.000.000',
    };
    const people = [
      PERSON_HEADERS.map(([, h]) => h).join(';'),
      row({ ...person, fullName: 'Phạm Thị Hoa', employeeId: 'NS01', jobPosition: 'Giám đốc' }),
      row({ ...person, fullName: 'Võ Minh Tâm', employeeId: 'NS02' }),
    ].join('\n');
    await page.getByRole('tab', { name: 'Nhân sự' }).click();
    await page
      .getByTestId('people-file')
      .setInputFiles({ name: 'ns.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${people}\n`, 'utf8') });
    await expect.poll(() => page.getByTestId('people-message').textContent()).toContain('Đã nhập 2 người');
    await expect.poll(count).toBe(before + 1);
    expect(errors).toEqual([]);
  });
});
