import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ROOT } from '../paths.ts';

const bin = path.join(APP_ROOT, 'electron/cli/tinhgon.mjs');
const tinhgon = (...args: string[]) => spawnSync(process.execPath, [bin, 'salary', ...args], { encoding: 'utf8' });
const json = (...args: string[]) => {
  const r = tinhgon(...args, '--json');
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
};

describe('tinhgon salary', () => {
  it('prices coefficients at the base salary in force in the month: the MoHA example, and Decree 161/2026 from 07/2026', () => {
    const moha = ['--coefficient', '4,65', '--leadership', '0,6', '--public-duty', '25'];
    expect(json(...moha, '--month', '06/2026')).toEqual({
      month: '06/2026',
      baseSalary: 2_340_000,
      salary: 15_356_250,
    });
    expect(json(...moha, '--month', '7/2026')).toEqual({ month: '07/2026', baseSalary: 2_530_000, salary: 16_603_125 });
    expect(json(...moha, '--month', '06/2024')).toEqual({
      month: '06/2024',
      baseSalary: 1_800_000,
      salary: 11_812_500,
    });
    expect(tinhgon(...moha, '--month', '08/2026').stdout).toBe(
      'Lương cơ sở tháng 08/2026: 2.530.000 đồng (Nghị định 161/2026/NĐ-CP, Điều 3 khoản 2; đã đối chiếu văn bản)\nLương tháng: 16.603.125 đồng\n',
    );
  });

  it('raises only salary and leadership by the public-duty percentage; other allowances are paid on the base salary; one rounding, half up', () => {
    // 3,33 × 2.530.000 × 1,25 + 0,2 × 2.530.000 = 10.531.125 + 506.000
    expect(json('--coefficient', '3,33', '--other', '0,2', '--public-duty', '25%', '--month', '08/2026').salary).toBe(
      11_037_125,
    );
    // 1,001 × 1.800.000 × 1,1234 = 2.024.142,12 → 2.024.142; with dots as decimal marks too.
    expect(json('--coefficient', '1.001', '--public-duty', '12.34', '--month', '07/2023').salary).toBe(2_024_142);
    expect(json('--coefficient', '2,34', '--month', '08/2026').salary).toBe(5_920_200);
  });

  it('refuses a missing or bad flag, naming it, with a non-zero exit', () => {
    const refused = (args: string[], text: string) => {
      const r = tinhgon(...args);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(text);
    };
    refused(['--coefficient', '4,65'], 'thiếu --month');
    refused(['--month', '08/2026'], 'thiếu --coefficient');
    refused(['--coefficient', '4,65', '--month', '13/2026'], '--month phải là tháng dạng MM/YYYY');
    refused(
      ['--coefficient', '4,6555', '--month', '08/2026'],
      '--coefficient phải là số không âm, tối đa 3 chữ số thập phân',
    );
    refused(['--coefficient', '4,65', '--public-duty', '150', '--month', '08/2026'], '--public-duty vượt quá giới hạn');
    refused(['--coefficient', '4,65', '--month', '01/2019'], 'không có mức lương cơ sở cho tháng 01/2019');
  });
});
