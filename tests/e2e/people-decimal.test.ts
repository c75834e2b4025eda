/** A personnel file whose salary column reads two ways ("15.000": đồng or thousands?) is asked, then imported with the answer. */
import { describe, expect, it } from 'vitest';
import { PERSON_HEADERS } from '../../shared/people/read-people.ts';
import { countPeople } from '../../db/people-repo.ts';
import { openSample, useBrowser } from './harness.ts';

const browser = useBrowser();

describe('personnel numbers, end to end in Chromium', () => {
  it('asks the decimal mark of a column whose numbers all read two ways, and imports with the answer', async () => {
    const { app, page, errors } = await openSample(browser(), { width: 1600, height: 950 });
    await page.getByRole('tab', { name: 'Nhân sự' }).click();
    const csv = [
      PERSON_HEADERS.map(([, h]) => h).join(';'),
      'Nguyễn Văn An;;HG.SYT;Nam;15/01/1966;;15.000',
      'Trần Thị Bình;;HG.SNV;Nữ;01/01/1970;;20.000',
    ].join('\n');
    await page
      .getByTestId('people-file')
      .setInputFiles({ name: 'ds.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${csv}\n`, 'utf8') });
    const ask = page.getByTestId('people-ask-decimal');
    await ask.waitFor();
    expect(await ask.locator('option').allTextContents()).toEqual([
      '— chọn —',
      'dấu phẩy ",": "15.000" là 15000',
      'dấu chấm ".": "15.000" là 15',
    ]);
    expect(countPeople(app.workspace.db)).toBe(0);
    await ask.selectOption(',');
    await expect.poll(() => page.getByTestId('people-count').textContent()).toBe('2 người trong danh sách');
    expect(await page.getByTestId('people-ask-decimal').count()).toBe(0);
    await page.close();
    expect(errors).toEqual([]);
    await app.stop();
  });
});
