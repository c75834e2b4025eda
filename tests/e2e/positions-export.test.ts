/**
 * Job positions out of the app and back, in Chromium: a health station (kind 'other', staffed with
 * public employees) judged as such; the unit box's export downloaded; re-imported without the
 * checkbox (refused, naming the checkbox and the units) and with it (the same positions back).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPositions } from '../../db/positions-repo.ts';
import { getUnit } from '../../db/units-repo.ts';
import { ARTIFACTS, SCREENS, cutSelects, openSample, useBrowser } from './harness.ts';

const browser = useBrowser();
const STATION = 'HG.SYT.TTYT.VT.TYT01';

describe('job positions exported from the unit box, end to end in Chromium', () => {
  for (const screen of SCREENS)
    it(`exports the workspace's positions and re-imports them losslessly (${screen.width}×${screen.height})`, async () => {
      const { app, page, errors } = await openSample(browser(), screen);
      const db = app.workspace.db;
      const stationQuota = getUnit(db, STATION)!.publicEmployeeQuota;
      await page.locator('.tree-row[data-code="HG.SNV"]').click();
      const box = page.getByTestId('panel-positions');
      await expect.poll(() => box.textContent()).toContain('Đơn vị chưa có vị trí việc làm.');

      const header =
        'Mã đơn vị;Vị trí việc làm;Nhóm vị trí;Ngạch/chức danh nghề nghiệp;Hình thức;Số lượng cần;Số lượng hiện có';
      const csv = `\ufeff${header}\nHG.SNV;Giám đốc;1;Chuyên viên cao cấp;Biên chế;1;1\nHG.SNV;Phó Giám đốc;1;Chuyên viên chính;Biên chế;4;3\nHG.SNV;Lái xe;3;;Hợp đồng;2;2\n${STATION};Trạm trưởng;1;Bác sĩ hạng III;Biên chế;1;1\n${STATION};Bác sĩ;2;Bác sĩ hạng III;Biên chế;8;6\n`;
      await page
        .getByTestId('positions-import')
        .setInputFiles({ name: 'vtvl.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await expect
        .poll(() => page.getByTestId('positions-message').textContent())
        .toContain('Đã nhập 5 vị trí việc làm của 2 đơn vị');
      const before = listPositions(db);

      // The station: its positions need public employees, weighed against its SNLV (not a civil-servant quota of 0).
      await page.locator('.tree-row[data-code="HG.SYT"] > .toggle').click();
      await page.locator('.tree-row[data-code="HG.SYT.TTYT.VT"] > .toggle').click();
      await page.locator(`.tree-row[data-code="${STATION}"]`).click();
      await expect
        .poll(() => page.getByTestId('positions-justified').textContent())
        .toBe(`Số người làm việc được giao: ${stationQuota} · các vị trí việc làm cần: 9`);
      await expect.poll(() => page.getByTestId('unit-findings').textContent()).not.toContain('công chức');
      // Each position's class and staffing read whole ("Chuyên môn, nghiệp vụ" was cut at 1366 px).
      expect(await cutSelects(box.locator('.positions-list'))).toEqual([]);

      // The export: every unit's positions in the template's layout.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        box.getByTestId('positions-export').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/-vi-tri-viec-lam\.xlsx$/);
      const exported = fs.readFileSync(await download.path());

      // Re-imported without the checkbox: refused, saying the checkbox (not a CLI flag) and the units' names.
      const file = { name: 'xuat.xlsx', mimeType: 'application/octet-stream', buffer: exported };
      await page.getByTestId('positions-import').setInputFiles(file);
      const refused = page.getByTestId('positions-message');
      await expect
        .poll(() => refused.textContent())
        .toContain('Đánh dấu ô "Thay danh sách của các đơn vị có trong tệp"');
      expect(await refused.textContent()).toContain('HG.SNV (Sở Nội vụ)');
      expect(await refused.textContent()).not.toContain('--replace');
      await box.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, `positions-export-refused-${screen.width}.png`) });

      // With it: the same positions back.
      await box.getByLabel('Thay danh sách của các đơn vị có trong tệp').check();
      await page.getByTestId('positions-import').setInputFiles(file);
      await expect
        .poll(() => page.getByTestId('positions-message').textContent())
        .toContain('Đã nhập 5 vị trí việc làm của 2 đơn vị');
      expect(listPositions(db)).toEqual(before);
      await page.screenshot({ path: path.join(ARTIFACTS, `positions-export-${screen.width}.png`) });
      expect(errors).toEqual([]);
    });
});
