import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/temp.ts';

const BIN = path.resolve(import.meta.dirname, 'tinhgon.mjs');
const tinhgon = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const HEADER =
  'Mã đơn vị,Vị trí việc làm,Nhóm vị trí,Ngạch/chức danh nghề nghiệp,Hình thức,Số lượng cần,Số lượng hiện có';

describe('tinhgon scenario with job positions', () => {
  it('merges the stored positions in a plan, says the lines added, takes a setPositions, and refuses a bad one naming it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'hg.tinhgon');
    expect(tinhgon('init', file, '--sample').code).toBe(0);
    const csv = path.join(dir, 'vtvl.csv');
    fs.writeFileSync(
      csv,
      `${HEADER}\nHG.SYT.BVLBP,Giám đốc,1,,Biên chế,1,1\nHG.SYT.BVLBP,Bác sĩ,2,,Biên chế,10,10\nHG.SYT.BVTT,Giám đốc,1,,Biên chế,1,1\nHG.SNV,Văn thư,3,,,1,1\n`,
    );
    expect(tinhgon('positions', file, '--import', csv).code).toBe(0);
    const merge = { type: 'merge', year: 2026, units: ['HG.SYT.BVLBP', 'HG.SYT.BVTT'], into: 'HG.SYT.BVLBP' };
    const reduce = {
      type: 'setPositions',
      year: 2026,
      unit: 'HG.SYT.BVLBP',
      positions: [
        { name: 'Giám đốc', class: 'leadership', staffing: 'quota', needed: 1, present: 2 },
        { name: 'Bác sĩ', class: 'professional', staffing: 'quota', needed: 10, present: 10 },
      ],
    };
    const plan = path.join(dir, 'pa.json');
    fs.writeFileSync(plan, JSON.stringify({ name: 'PA', operations: [merge, reduce] }));
    const r = tinhgon('scenario', file, '--from', plan, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      notices: Array<{ key: string; message: string }>;
      findings: Array<{ year: number; unitCode: string; rule: string }>;
      operations: Array<{ text: string }>;
    };
    // The reduction the same year answers the merge's notice that lines were added up.
    expect(out.notices.filter((n) => n.key === 'scn.positionsAdded')).toEqual([]);
    expect(out.findings.some((f) => f.rule === 'quota-vs-positions' && f.unitCode === 'HG.SYT.BVLBP')).toBe(true);
    expect(JSON.stringify(out.operations)).toContain(
      'rút gọn vị trí việc làm của Bệnh viện Lao và Bệnh phổi: 2 vị trí, cần 11 người (11 biên chế, 0 hợp đồng)',
    );
    // Each year's quota beside the positions; the clerk's staffing is the class default (contract): said to verify.
    expect(tinhgon('scenario', file, '--from', plan).stdout).toMatch(
      /\n2026\tVTVL công chức\tBiên chế giao [\d.]+ · theo VTVL 0 \(chỉ 1\/\d+ đơn vị [^\n]*\)\thợp đồng 1\tGồm 1 vị trí có hình thức lấy theo mặc định của nhóm: cần xác minh\n/,
    );

    fs.writeFileSync(
      plan,
      JSON.stringify({
        name: 'PA',
        operations: [{ ...reduce, unit: 'HG.SNV', positions: [{ ...reduce.positions[0], level: 2 }] }],
      }),
    );
    const refused = tinhgon('scenario', file, '--from', plan);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('bậc chỉ áp dụng cho viên chức');
  });

  it('takes an exit naming the position it leaves, says it, feeds the targets, and refuses an unknown position or too many leavers naming them', () => {
    const dir = tempDir();
    const file = path.join(dir, 'hg.tinhgon');
    expect(tinhgon('init', file, '--sample').code).toBe(0);
    const csv = path.join(dir, 'vtvl.csv');
    fs.writeFileSync(csv, `${HEADER}\nHG.SYT.BVLBP,Giám đốc,1,,Biên chế,1,1\nHG.SYT.BVLBP,Bác sĩ,2,,Biên chế,10,3\n`);
    expect(tinhgon('positions', file, '--import', csv).code).toBe(0);
    // The CSV export comes back in whole.
    const json = tinhgon('positions', file, '--json').stdout;
    const out = path.join(dir, 'ra.csv');
    expect(tinhgon('positions', file, '--export', out).code).toBe(0);
    expect(tinhgon('positions', file, '--import', out, '--replace').code).toBe(0);
    expect(tinhgon('positions', file, '--json').stdout).toBe(json);

    const exit = {
      type: 'staffExit',
      year: 2026,
      unit: 'HG.SYT.BVLBP',
      civilServants: 0,
      publicEmployees: 2,
      reason: 'retirement',
      position: 'Bác sĩ',
    };
    const plan = path.join(dir, 'pa.json');
    fs.writeFileSync(plan, JSON.stringify({ name: 'PA', operations: [exit] }));
    const r = tinhgon('scenario', file, '--from', plan, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout) as {
      years: Array<{ year: number; positions?: { publicEmployees: { withPositions: number; justified: number } } }>;
      operations: Array<{ text: string }>;
      targets: Array<{
        id: string;
        positions?: { byYear: Array<{ year: number; withPositions: number; justified: number; assigned: number }> };
      }>;
    };
    expect(JSON.stringify(res.operations)).toContain('rời vị trí việc làm «Bác sĩ»');
    expect(res.years.find((y) => y.year === 2026)!.positions!.publicEmployees).toMatchObject({
      withPositions: 1,
      justified: 11,
    });
    // The public-employee targets carry what the hospital's positions justify (1 + 10) beside the quota.
    const pe = res.targets.find((t) => t.id === 'kl40-2026-public-employees')!;
    expect(pe.positions!.byYear.find((y) => y.year === 2026)).toMatchObject({ withPositions: 1, justified: 11 });
    const text = tinhgon('scenario', file, '--from', plan);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /kl40-2026-public-employees\t.*\tBiên chế giao [\d.]+ · theo VTVL 11 \(chỉ 1\/\d+ đơn vị có vị trí việc làm/,
    );
    // Each year's quota with what the positions justify beside it (the Chỉ số tab's rows), this workforce only.
    expect(text.stdout).toMatch(
      /\n2026\tVTVL viên chức \(NSNN\)\tBiên chế giao [\d.]+ · theo VTVL 11 \(chỉ 1\/\d+ đơn vị có vị trí việc làm; biên chế giao của các đơn vị này: [\d.]+\)\thợp đồng 0\n/,
    );
    expect(text.stdout).not.toContain('VTVL công chức');

    for (const [bad, message] of [
      [{ ...exit, position: 'Kế toán' }, 'không có vị trí việc làm «Kế toán»'],
      [{ ...exit, publicEmployees: 4 }, '«Bác sĩ»'],
    ] as const) {
      fs.writeFileSync(plan, JSON.stringify({ name: 'PA', operations: [bad] }));
      const refused = tinhgon('scenario', file, '--from', plan);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(message);
      expect(refused.stderr).toContain('HG.SYT.BVLBP');
    }
  });
});
