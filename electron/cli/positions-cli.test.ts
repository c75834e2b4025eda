import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/temp.ts';
import { openWorkspace } from '../../db/workspace.ts';

const BIN = path.resolve(import.meta.dirname, 'tinhgon.mjs');
const tinhgon = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const HEADER =
  'Mã đơn vị,Vị trí việc làm,Nhóm vị trí,Ngạch/chức danh nghề nghiệp,Hình thức,Số lượng cần,Số lượng hiện có';

describe('tinhgon positions', () => {
  it('imports (refusing a bad file whole and units that have positions unless --replace), prints JSON, exports and re-imports, and feeds findings', () => {
    const dir = tempDir();
    const file = path.join(dir, 'hg.tinhgon');
    expect(tinhgon('init', file, '--sample').code).toBe(0);
    const bad = path.join(dir, 'loi.csv');
    fs.writeFileSync(bad, `${HEADER}\nHG.SNV,Giám đốc,1,,,1,1\nHG.KHONG,Kế toán,2,,,1,1\n`);
    const refused = tinhgon('positions', file, '--import', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'row 3, column "Mã đơn vị" (HG.KHONG): Không có đơn vị mã "HG.KHONG" trong tệp dữ liệu.',
    );

    const good = path.join(dir, 'vtvl.csv');
    fs.writeFileSync(
      good,
      `DANH MỤC VỊ TRÍ VIỆC LÀM\n\n${HEADER}\nHG.SNV,Giám đốc,1,Chuyên viên cao cấp,Biên chế,1,1\nHG.SNV,Chuyên viên,2,Chuyên viên,Biên chế,4,3\nHG.SNV,Lái xe,Hỗ trợ,,Hợp đồng,1,1\n`,
    );
    const imported = tinhgon('positions', file, '--import', good);
    expect(imported.stdout).toContain('Đã nhập 3 vị trí việc làm của 1 đơn vị');
    expect(imported.code).toBe(0);
    const again = tinhgon('positions', file, '--import', good); // HG.SNV already has positions
    expect(again.code).toBe(1);
    // The command names its flag (the app its checkbox), and the units by code and name.
    expect(again.stderr).toContain('Các đơn vị đã có vị trí việc làm: HG.SNV (Sở Nội vụ). Thêm --replace');
    expect(tinhgon('positions', file, '--import', good, '--replace').code).toBe(0);

    const json = JSON.parse(tinhgon('positions', file, '--json').stdout);
    expect(json).toEqual([
      {
        code: 'HG.SNV',
        positions: [
          {
            name: 'Giám đốc',
            class: 'leadership',
            rank: 'Chuyên viên cao cấp',
            staffing: 'quota',
            needed: 1,
            present: 1,
          },
          { name: 'Chuyên viên', class: 'professional', rank: 'Chuyên viên', staffing: 'quota', needed: 4, present: 3 },
          { name: 'Lái xe', class: 'support', rank: '', staffing: 'contract', needed: 1, present: 1 },
        ],
        fromPositions: { civilServants: 5, publicEmployees: 0, contract: 1 },
      },
    ]);

    const out = path.join(dir, 'ra.xlsx');
    expect(tinhgon('positions', file, '--export', out).code).toBe(0);
    expect(tinhgon('positions', file, '--export', out).code).toBe(1); // never overwrites
    expect(tinhgon('positions', file, '--import', out, '--replace').code).toBe(0);
    expect(JSON.parse(tinhgon('positions', file, '--json').stdout)).toEqual(json);
    // The workspace held by the app (its lock): the command points to the app's export.
    const held = openWorkspace(file);
    try {
      const locked = tinhgon('positions', file, '--export', path.join(dir, 'khoa.xlsx'));
      expect(locked.code).toBe(1);
      expect(locked.stderr).toContain('hãy xuất từ ứng dụng');
    } finally {
      held.close();
    }
    expect(tinhgon('positions', file, '--template', path.join(dir, 'mau.xlsx')).code).toBe(0);
    expect(tinhgon('positions', file, '--export', path.join(dir, 'x.pdf')).code).toBe(2);
    expect(tinhgon('positions', file, '--replace').code).toBe(2);

    const findings = JSON.parse(tinhgon('findings', file, '--json').stdout) as Array<Record<string, string>>;
    expect(findings).toContainEqual(
      expect.objectContaining({
        unitCode: 'HG.SNV',
        rule: 'quota-vs-positions',
        ruleSet: 'law80-2025',
        confidence: 'C',
      }),
    );
  });
});
