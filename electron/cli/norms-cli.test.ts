import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/temp.ts';

const BIN = path.resolve(import.meta.dirname, 'tinhgon.mjs');
const tinhgon = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const UNITS =
  'Mã đơn vị;Tên đơn vị;Mã đơn vị cấp trên;Loại hình;Cấp;Lĩnh vực;Biên chế công chức được giao;Công chức hiện có;Số người làm việc được giao (NSNN);Viên chức hiện có (NSNN);Viên chức tự bảo đảm lương;Hợp đồng lao động;Số cấp phó';

describe('tinhgon import and findings with sector-norm columns', () => {
  it('imports a health station’s figures, refuses a bad one naming row and column, and lists quota-vs-norm in findings --json', () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.tinhgon');
    expect(tinhgon('init', file, '--province', 'Thử').code).toBe(0);
    const head = `${UNITS};Định mức theo;Vùng định mức;Dân số phục vụ`;
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(
      bad,
      `\ufeff${head}\nT;UBND tỉnh;;UBND;Tỉnh;Khác;0;0;0;0;0;0;0;;;\nTYT;Trạm Y tế xã A;T;ĐVSN;Xã;Y tế;0;0;4;4;0;0;0;Trạm y tế xã;IV;5000\n`,
    );
    const refused = tinhgon('import', file, bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('row 3, column "Vùng định mức"');
    expect(JSON.parse(tinhgon('units', file, '--json').stdout)).toEqual([]);

    const good = path.join(dir, 'good.csv');
    fs.writeFileSync(good, fs.readFileSync(bad, 'utf8').replace(';IV;', ';I;'));
    expect(tinhgon('import', file, good).code).toBe(0);
    const findings = JSON.parse(tinhgon('findings', file, '--json').stdout) as Array<Record<string, unknown>>;
    expect(findings).toContainEqual(
      expect.objectContaining({
        unitCode: 'TYT',
        rule: 'quota-vs-norm',
        severity: 'warning',
        ruleSet: 'commune-health-station',
        confidence: 'C',
        citation: expect.stringContaining('Thông tư 03/2023/TT-BYT, Điều 5 khoản 2 điểm b'),
      }),
    );
  });
});
