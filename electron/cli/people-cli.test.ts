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
const HEADER = 'Họ và tên,Mã đơn vị,Giới tính,Ngày sinh,Đối tượng,Lương tháng hiện hưởng (đồng)';

describe('tinhgon people', () => {
  it('imports a list (refusing a bad one whole), prints retirements per unit and year as counts only unless --names, and removes the list', () => {
    const dir = tempDir();
    const file = path.join(dir, 'hg.tinhgon');
    expect(tinhgon('init', file, '--sample').code).toBe(0);
    const bad = path.join(dir, 'loi.csv');
    fs.writeFileSync(bad, `${HEADER}\nLê Văn Sai,HG.KHONG,Nam,01/01/1966,,10000000\n`);
    const refused = tinhgon('people', file, '--import', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('row 2, column "Mã đơn vị" (HG.KHONG): Không tìm thấy đơn vị "HG.KHONG".');

    const good = path.join(dir, 'ds.csv');
    fs.writeFileSync(
      good,
      `${HEADER}\nNguyễn Văn Thường,HG.SYT,Nam,15/01/1966,Công chức,15356250\nTrần Thị Hậu,HG.SNV,Nữ,01/01/1970,Viên chức,9000000\nLý Văn Tư,HG.SNV,Nam,05/06/1965,,8000000\n`,
    );
    const imported = tinhgon('people', file, '--import', good);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Đã nhập 3 người');

    const counts = tinhgon('people', file, '--json');
    expect(counts.code).toBe(0);
    expect(counts.stdout).not.toContain('Nguyễn');
    const json = JSON.parse(counts.stdout);
    expect([json.fromYear, json.toYear, json.people]).toEqual([2023, 2030, 3]);
    expect(json.names).toBeUndefined();
    const perYear = (u: { years: Array<{ year: number; total: number }> }) =>
      Object.fromEntries(u.years.filter((y) => y.total > 0).map((y) => [y.year, y.total]));
    expect(json.units.map((u: { unitCode: string }) => u.unitCode)).toEqual(['HG.SNV', 'HG.SYT']); // tree order
    expect(json.units.map(perYear)).toEqual([{ 2026: 1, 2027: 1 }, { 2027: 1 }]);
    expect(json.totals).toMatchObject({
      unitCode: null,
      total: { total: 3, byCategory: { civil_servant: 1, public_employee: 1, contract: 0, unspecified: 1 } },
    });

    const named = JSON.parse(tinhgon('people', file, '--json', '--names', '--from', '2026', '--to', '2027').stdout);
    expect(named.totals.years.map((y: { total: number }) => y.total)).toEqual([1, 2]);
    expect(
      named.names.map((p: { fullName: string; retirementMonth: string }) => [p.fullName, p.retirementMonth]),
    ).toEqual([
      ['Nguyễn Văn Thường', '10/2027'],
      ['Trần Thị Hậu', '05/2027'],
      ['Lý Văn Tư', '12/2026'],
    ]);
    const table = tinhgon('people', file, '--to', '2027');
    expect(table.stdout.split('\n')[0]).toBe('unitCode\t<2023\t2023\t2024\t2025\t2026\t2027\ttotal');
    expect(table.stdout).toContain('Tổng\t0\t0\t0\t0\t1\t2\t3');
    expect(tinhgon('people', file, '--from', '20x6').code).toBe(2);

    const removed = tinhgon('people', file, '--remove');
    expect(removed.stdout).toContain('Đã xóa 3 người');
    expect(JSON.parse(tinhgon('people', file, '--json').stdout).people).toBe(0);
    expect(fs.readFileSync(file).includes(Buffer.from('Nguyễn Văn Thường'))).toBe(false);
  });
});
