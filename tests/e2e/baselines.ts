/** Số liệu gốc in the app, for e2e tests: record a year's baseline figures through the form. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { planTab } from './harness.ts';

/** The labels of the form's figures, as the metrics table names them. */
const FIGURES = ['Tổng số đơn vị', 'Đơn vị sự nghiệp', 'Biên chế công chức', 'Số người làm việc (NSNN)'] as const;

/**
 * Records the plan's first-year figures as `year`'s baseline, so targets based on `year` (before the
 * sample's 2023) are judged against the same numbers as the first year.
 */
export async function recordFirstYearAs(page: Page, year: number): Promise<void> {
  // The figures read in the plan's "Chỉ số" tab, then typed in "Mục tiêu" (where Số liệu gốc is).
  await planTab(page, 'Chỉ số');
  const first = new Map<string, string>();
  for (const label of FIGURES)
    first.set(
      label,
      (
        await page
          .getByTestId('scenario-metrics')
          .locator('tr', { hasText: label })
          .first()
          .locator('td')
          .allTextContents()
      )[1]!,
    );
  const firstYear = (label: string) => first.get(label)!;
  await planTab(page, 'Mục tiêu');
  const baselines = page.getByTestId('baselines');
  await baselines.getByRole('button', { name: 'Ghi số liệu năm…' }).click();
  const form = baselines.getByRole('form', { name: 'Số liệu gốc' });
  await form.getByLabel('Năm', { exact: true }).fill(String(year));
  for (const label of FIGURES) await form.getByLabel(label, { exact: true }).fill(firstYear(label));
  await form.getByRole('button', { name: 'Lưu số liệu gốc' }).click();
  await expect.poll(() => baselines.locator(`tr[data-year="${year}"]`).count()).toBe(1);
}
