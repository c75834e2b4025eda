/** `tinhgon init --sample [ID]`: the two bundled samples by name; --sample alone stays Hậu Giang 2023. */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { generateSampleProvince } from '../../shared/sample/hau-giang.ts';
import { generateCanTho2025 } from '../../shared/sample/can-tho-2025.ts';
import { tempDir } from '../../tests/temp.ts';

const BIN = path.resolve(import.meta.dirname, 'tinhgon.mjs');
const tinhgon = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, TINHGON_TODAY: '2026-12-07' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('tinhgon init --sample ID', () => {
  it('--sample can-tho-2025 makes the two-tier city, the same each time, with no rule finding from 01/07/2025 on', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ct.tinhgon');
    const init = tinhgon('init', file, '--sample', 'can-tho-2025');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('thành phố Cần Thơ, năm gốc 2025');
    expect(JSON.parse(tinhgon('units', file, '--json').stdout)).toEqual(generateCanTho2025());
    // Illustrative Decree 60 figures for 2025, one row per PSU, in groups 2, 3 and 4 (judged below with them).
    const autonomy = JSON.parse(tinhgon('autonomy', file, '--year', '2025', '--json').stdout) as Array<{
      group: number;
      unit: string;
    }>;
    expect(autonomy.length).toBe(generateCanTho2025().filter((u) => u.kind === 'psu').length);
    expect([...new Set(autonomy.map((a) => a.group))].sort()).toEqual([2, 3, 4]);
    expect(new Set(autonomy.map((a) => a.unit))).toEqual(new Set(['trieu_dong']));
    // No rule finding; the few schools given illustrative norm figures get a note each (a whole quota beside a teachers-only norm).
    for (const date of ['2025-07-01', '2026-12-07']) {
      const findings = tinhgon('findings', file, '--json', '--date', date);
      expect(findings.code).toBe(0);
      const listed = JSON.parse(findings.stdout) as Array<{ rule: string; severity: string }>;
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.filter((f) => f.rule !== 'quota-vs-norm' || f.severity !== 'note')).toEqual([]);
    }
    // The file is the same each time: the same units, whichever way the name is given.
    const again = path.join(dir, 'ct2.tinhgon');
    expect(tinhgon('init', '--sample=can-tho-2025', again).code).toBe(0);
    expect(tinhgon('units', again, '--json').stdout).toBe(tinhgon('units', file, '--json').stdout);
  });

  it('--sample alone, before or after the file, stays the Hậu Giang 2023 province', () => {
    const file = path.join(tempDir(), 'hg.tinhgon');
    const init = tinhgon('init', '--sample', file);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Hậu Giang, năm gốc 2023');
    expect(JSON.parse(tinhgon('units', file, '--json').stdout)).toEqual(generateSampleProvince());
  });

  it('refuses a sample name that is none, naming the choices, and creates nothing', () => {
    const file = path.join(tempDir(), 'x.tinhgon');
    const r = tinhgon('init', file, '--sample=ha-noi');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Không có dữ liệu mẫu này: chọn hau-giang-2023 hoặc can-tho-2025.');
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('tinhgon scenario --sample-plan', () => {
  it('stores the Hậu Giang sample plan, which simulates to the two-tier city; refuses it on another workspace', () => {
    const dir = tempDir();
    const hg = path.join(dir, 'hg.tinhgon');
    tinhgon('init', hg, '--sample');
    const stored = tinhgon('scenario', hg, '--sample-plan', 'hai-cap-2025');
    expect(stored.stderr).toBe('');
    expect(stored.stdout).toContain('Sắp xếp theo mô hình hai cấp (2025)');
    const run = JSON.parse(tinhgon('scenario', hg, '--name', 'Sắp xếp theo mô hình hai cấp (2025)', '--json').stdout);
    const y2025 = run.years.find((y: { year: number }) => y.year === 2025);
    expect(y2025.byLevel.district ?? 0).toBe(0);
    expect(y2025.province.name).toBe('thành phố Cần Thơ');
    // Twice is refused (the name is taken), and so is a workspace the plan does not fit.
    expect(tinhgon('scenario', hg, '--sample-plan', 'hai-cap-2025').code).toBe(1);
    const ct = path.join(dir, 'ct.tinhgon');
    tinhgon('init', ct, '--sample', 'can-tho-2025');
    const refused = tinhgon('scenario', ct, '--sample-plan', 'hai-cap-2025');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('không áp dụng được cho tệp dữ liệu này');
  });
});
