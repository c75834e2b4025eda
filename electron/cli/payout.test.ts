import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_ROOT } from '../paths.ts';
import { payoutCommand } from './commands/payout.ts';
import { fixedClock } from '../../shared/clock.ts';

const bin = path.join(APP_ROOT, 'electron/cli/tinhgon.mjs');
const tinhgon = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const json = (...args: string[]) =>
  JSON.parse(execFileSync(process.execPath, [bin, 'payout', ...args, '--json'], { encoding: 'utf8' }));
const TT01 = 'Thông tư 01/2025/TT-BNV';

describe('tinhgon payout', () => {
  it('prints the MoHA 1814 example exactly, with each part’s citation and confidence, as JSON and as text', () => {
    const out = json(
      '--policy',
      '178',
      '--case',
      'early-retirement',
      '--salary',
      '15356250',
      '--months-early',
      '30',
      '--si-years',
      '22',
      '--last-month',
      '04/2025',
    );
    expect(out).toEqual({
      policy: 'nd178-2024',
      case: 'early-retirement',
      category: null,
      lastMonth: '04/2025',
      leaveFrom: '05/2025',
      salary: 15_356_250,
      baseSalary: null,
      total: 744_778_125,
      parts: [
        {
          label: 'Trợ cấp hưu trí một lần cho số tháng nghỉ sớm',
          months: 30,
          amount: 460_687_500,
          factor: '1 × 30 tháng',
          citation: `Nghị định 178/2024/NĐ-CP, Điều 7 khoản 1; ${TT01}, Điều 4`,
          confidence: 'C',
        },
        {
          label: 'Trợ cấp cho số năm nghỉ sớm',
          months: 12.5,
          amount: 191_953_125,
          factor: '5 × 2,5 năm',
          citation: `${TT01}, Điều 4 khoản 1 điểm b`,
          confidence: 'C',
        },
        {
          label: 'Trợ cấp theo số năm đóng bảo hiểm xã hội',
          months: 6,
          amount: 92_137_500,
          factor: '5 + 0,5 × 2 năm',
          citation: `${TT01}, Điều 4 khoản 1 điểm c`,
          confidence: 'C',
        },
      ],
      notices: [],
    });
    const text = tinhgon(
      'payout',
      '--policy',
      '154',
      '--case',
      'resignation',
      '--salary',
      '10000000',
      '--months-early',
      '100',
      '--si-years',
      '10,5',
      '--last-month',
      '05/2026',
    );
    expect(text.stdout).toBe(
      'Nghị định 154/2025/NĐ-CP về tinh giản biên chế\n' +
        'Trợ cấp theo số năm đóng bảo hiểm xã hội: 1,5 × 10,5 năm = 15,75 tháng lương = 157.500.000 đồng [Nghị định 154/2025/NĐ-CP, Điều 8 khoản 1; theo nguồn thứ cấp]\n' +
        'Trợ cấp để tìm việc làm: 3 tháng lương = 30.000.000 đồng [Nghị định 154/2025/NĐ-CP, Điều 8 khoản 1 điểm a; theo nguồn thứ cấp]\n' +
        'Tổng cộng: 187.500.000 đồng\n',
    );
  });

  it('prices a salary by coefficients at the base salary of --last-month (the month before leaving): 2.340.000 to 06/2026, 2.530.000 from 07/2026', () => {
    const args = [
      '--policy',
      '178',
      '--case',
      'early-retirement',
      '--coefficient',
      '4,65',
      '--leadership',
      '0,6',
      '--public-duty',
      '25',
      '--months-early',
      '30',
      '--si-years',
      '22',
    ];
    const april = json(...args, '--last-month', '04/2025');
    expect([april.salary, april.baseSalary.amount, april.total]).toEqual([15_356_250, 2_340_000, 744_778_125]);
    // Decree 178's lump sums ended on 31/08/2025: no figure for a leave in 08/2026, Decree 154 named instead.
    const refused = tinhgon('payout', ...args, '--last-month', '07/2026');
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(
      'tháng nghỉ 08/2026 nằm ngoài thời gian này nên không tính kinh phí. Chính sách đang có hiệu lực tháng đó: Nghị định 154/2025/NĐ-CP',
    );
    const args154 = args.map((a) => (a === '178' ? '154' : a));
    const july = json(...args154, '--last-month', '07/2026');
    expect([july.leaveFrom, july.salary, july.baseSalary]).toEqual([
      '08/2026',
      16_603_125,
      { amount: 2_530_000, from: '01/07/2026', citation: 'Nghị định 161/2026/NĐ-CP, Điều 3 khoản 2', confidence: 'C' },
    ]);
    // Decree 154: 5 × 2,5 years early (207.539.062,5 → 207.539.063, each part rounded half up) + 5 + 0,5 × 2 insurance years.
    expect(july.total).toBe(207_539_063 + 99_618_750);
    expect(json(...args154, '--last-month', '06/2026').salary).toBe(15_356_250);
  });

  it('takes the current month from the clock when --last-month is not given', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      payoutCommand(
        [
          '--policy',
          '154',
          '--case',
          'early-retirement',
          '--coefficient',
          '4,65',
          '--leadership',
          '0,6',
          '--public-duty',
          '25',
          '--months-early',
          '30',
          '--si-years',
          '22',
          '--json',
        ],
        fixedClock('2026-08-15'),
      );
      const out = JSON.parse(String(write.mock.calls[0]![0]));
      expect([out.lastMonth, out.leaveFrom, out.baseSalary.amount, out.salary]).toEqual([
        '08/2026',
        '09/2026',
        2_530_000,
        16_603_125,
      ]);
    } finally {
      write.mockRestore();
    }
  });

  it('resignation under Decree 178 follows --category: Art. 9 with the job-search allowance, Art. 10 with unemployment insurance instead; refused without it', () => {
    const args = [
      '--policy',
      '178',
      '--case',
      'resignation',
      '--salary',
      '10000000',
      '--months-early',
      '150',
      '--si-years',
      '10',
      '--last-month',
      '04/2025',
    ];
    const missing = tinhgon('payout', ...args);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('cần --category: cong-chuc (cán bộ, công chức: Điều 9');
    const cc = json(...args, '--category', 'cong-chuc');
    expect(
      cc.parts.map((p: { label: string; months: number; confidence: string }) => [p.months, p.confidence]),
    ).toEqual([
      [48, 'M'],
      [15, 'C'],
      [3, 'C'],
    ]);
    expect(cc.notices).toEqual([expect.stringContaining('Cần xác minh: số tháng tính trợ cấp thôi việc')]);
    const vc = json(...args, '--category', 'vien-chuc');
    expect(vc.parts.map((p: { months: number }) => p.months)).toEqual([48, 15]);
    expect(vc.notices[1]).toContain('bảo hiểm thất nghiệp');
    // The severance part rests on an unverified rule: the text says so.
    const text = tinhgon('payout', ...args, '--category', 'nguoi-lao-dong');
    expect(text.stdout).toContain(
      'Trợ cấp thôi việc theo số tháng đóng bảo hiểm xã hội: 0,8 × 60 tháng = 48 tháng lương = 480.000.000 đồng [Nghị định 178/2024/NĐ-CP, Điều 10 khoản 1; Thông tư 01/2025/TT-BNV, Điều 6 khoản 1; Nghị định 178/2024/NĐ-CP, Điều 5 khoản 2; cần xác minh]',
    );
    // Someone who can retire early is refused resignation, with the reason.
    const eligible = tinhgon(
      'payout',
      '--policy',
      '178',
      '--case',
      'resignation',
      '--salary',
      '1',
      '--months-early',
      '30',
      '--si-years',
      '20',
      '--category',
      'cong-chuc',
      '--last-month',
      '04/2025',
    );
    expect(eligible.stderr).toContain('đủ điều kiện nghỉ hưu trước tuổi');
  });

  it('says in Vietnamese why a case is outside the policy or a flag is wrong, with a non-zero exit', () => {
    const outside = tinhgon(
      'payout',
      '--policy',
      '154',
      '--case',
      'early-retirement',
      '--salary',
      '1',
      '--months-early',
      '61',
      '--si-years',
      '22',
    );
    expect(outside.status).not.toBe(0);
    expect(outside.stderr).toContain('chỉ áp dụng khi nghỉ sớm từ 24 đến 60 tháng');
    expect(
      tinhgon(
        'payout',
        '--policy',
        '154',
        '--case',
        'early-retirement',
        '--salary',
        '1',
        '--months-early',
        '10',
        '--si-years',
        '22',
      ).stderr,
    ).toContain('cần xác minh');
    const bad = tinhgon(
      'payout',
      '--policy',
      '178',
      '--case',
      'resignation',
      '--salary',
      '1,5',
      '--si-years',
      '3',
      '--category',
      'cong-chuc',
    );
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--salary phải là số nguyên không âm: "1,5"');
    expect(tinhgon('payout', '--policy', '99', '--case', 'resignation').stderr).toContain(
      '--policy phải là 178 hoặc 154',
    );
    expect(tinhgon('payout', '--policy', '178', '--case', 'resignation', '--category', 'cong_chuc').stderr).toContain(
      '--category phải là cong-chuc hoặc vien-chuc hoặc nguoi-lao-dong',
    );
    expect(
      tinhgon(
        'payout',
        '--policy',
        '178',
        '--case',
        'resignation',
        '--salary',
        '1',
        '--category',
        'cong-chuc',
        '--last-month',
        '2026-08',
      ).stderr,
    ).toContain('--last-month phải là tháng dạng MM/YYYY');
    expect(
      tinhgon(
        'payout',
        '--policy',
        '178',
        '--case',
        'resignation',
        '--salary',
        '1',
        '--coefficient',
        '2',
        '--category',
        'vien-chuc',
      ).stderr,
    ).toContain('không ghi cả hai');
  });
});
