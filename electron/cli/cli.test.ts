import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { generateSampleProvince } from '../../shared/sample/hau-giang.ts';
import { tempDir } from '../../tests/temp.ts';

const BIN = path.resolve(import.meta.dirname, 'tinhgon.mjs');

function tinhgon(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tinhgon CLI', () => {
  it('init --sample creates the sample workspace, and units --json prints every unit with the model field names', () => {
    const file = path.join(tempDir(), 'hg.tinhgon');
    const init = tinhgon('init', file, '--sample');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Hậu Giang');
    const out = tinhgon('units', file, '--json');
    expect(out.code).toBe(0);
    const units = JSON.parse(out.stdout);
    expect(units).toEqual(generateSampleProvince());
    expect(Object.keys(units[0])).toEqual([
      'code', 'name', 'parentCode', 'kind', 'level', 'sector', 'civilServantQuota', 'civilServantActual',
      'publicEmployeeQuota', 'publicEmployeeActual', 'selfFundedEmployees', 'contractWorkers', 'deputies',
    ]);
    expect(units[0].parentCode).toBeNull();
  });

  it('init without --sample makes an empty workspace with the given province and base year', () => {
    const file = path.join(tempDir(), 'ct.tinhgon');
    expect(tinhgon('init', file, '--province', 'Cần Thơ', '--base-year', '2026').code).toBe(0);
    expect(JSON.parse(tinhgon('units', file, '--json').stdout)).toEqual([]);
  });

  it('defaults the base year to the current year and the province name to "Tỉnh mới"', () => {
    const file = path.join(tempDir(), 'ct.tinhgon');
    const r = tinhgon('init', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Tỉnh mới, năm gốc ${new Date().getFullYear()}`);
  });

  it('refuses to overwrite an existing file, with a message and a non-zero exit', () => {
    const file = path.join(tempDir(), 'x.tinhgon');
    fs.writeFileSync(file, 'keep me');
    const r = tinhgon('init', file, '--sample');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('đã tồn tại');
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('reports user mistakes on stderr without a stack trace', () => {
    const dir = tempDir();
    const cases = [
      tinhgon('units', path.join(dir, 'missing.tinhgon')),
      tinhgon('init', path.join(dir, 'y.tinhgon'), '--base-year', 'abc', '--province', 'X'),
      tinhgon('init', path.join(dir, 'z.tinhgon'), '--province', '  '),
      tinhgon('units', dir),
      tinhgon('frobnicate'),
      tinhgon('units'),
      tinhgon('units', path.join(dir, 'a'), '--colour'),
    ];
    for (const r of cases) {
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/^Lỗi: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    }
    expect(cases[0]!.stderr).toContain('Không tìm thấy tệp');
    expect(cases[1]!.stderr).toContain('Năm gốc');
    expect(cases[2]!.stderr).toContain('Tên tỉnh');
    expect(cases[3]!.stderr).toContain('không phải là tệp dữ liệu TinhGon');
  });
});
