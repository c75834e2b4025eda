import { describe, expect, it } from 'vitest';
import { describeOperation } from './describe.ts';
import { OperationSchema } from './operations.ts';

const names: Record<string, string> = { A: 'Bệnh viện A', B: 'Trung tâm B', S: 'Sở Y tế' };
const say = (op: unknown, lang: 'vi' | 'en' = 'vi') =>
  describeOperation(OperationSchema.parse(op), lang, (c) => names[c] ?? c);

describe('describeOperation', () => {
  it('says each operation in Vietnamese (and English), with unit names and the year unformatted', () => {
    expect(say({ type: 'merge', year: 2026, units: ['A', 'B'], into: 'A' })).toBe(
      '2026: hợp nhất Bệnh viện A, Trung tâm B thành Bệnh viện A',
    );
    expect(say({ type: 'dissolve', year: 2027, unit: 'B', staffTo: null })).toBe(
      '2027: giải thể Trung tâm B, người lao động ra khỏi biên chế (tinh giản)',
    );
    expect(say({ type: 'transfer', year: 2025, unit: 'B', parentCode: 'S' })).toBe(
      '2025: chuyển Trung tâm B về trực thuộc Sở Y tế',
    );
    expect(say({ type: 'setQuota', year: 2026, unit: 'S', civilServantQuota: 1200 })).toBe(
      '2026: giao lại biên chế Sở Y tế (công chức: 1.200; NSNN: —)',
    );
    // A conversion leaves the state sector (equitisation); raising autonomy is setAutonomy, never said of it.
    expect(say({ type: 'convert', year: 2026, unit: 'A' })).toBe(
      '2026: chuyển Bệnh viện A ra ngoài khu vực nhà nước / cổ phần hóa (không còn là đơn vị sự nghiệp công lập)',
    );
    expect(say({ type: 'convert', year: 2026, unit: 'A' }, 'en')).toBe(
      '2026: move Bệnh viện A out of the state sector / equitise it (no longer a public service unit)',
    );
    expect(say({ type: 'convert', year: 2026, unit: 'A' })).not.toMatch(/tự chủ/);
  });

  it('says exits with their reason and payout, and recruits', () => {
    const exit = {
      type: 'staffExit',
      year: 2026,
      unit: 'A',
      civilServants: 0,
      publicEmployees: 2,
      reason: 'early-retirement',
    };
    expect(say({ ...exit, reason: 'retirement' })).toBe(
      '2026: Bệnh viện A — Nghỉ hưu đúng tuổi: 0 công chức, 2 viên chức',
    );
    // Decree 178's lump sums end on 31/08/2025: its exits leave in 2025.
    // 2 × (0,5 × 30 + 12,5 + 6,25 months rounded half up) = 2 × 518.273.438
    expect(
      say({
        ...exit,
        year: 2025,
        payout: { policy: '178', salary: 15_356_250, monthsEarly: 30, siYears: 22.5, after12Months: true },
      }),
    ).toBe(
      '2025: Bệnh viện A — Nghỉ hưu trước tuổi: 0 công chức, 2 viên chức; chi trả theo Nghị định 178 (lương 15.356.250 đồng/tháng, nghỉ trước tuổi 30 tháng, 22,5 năm đóng BHXH, nghỉ từ tháng thứ 13): 1.036.546.876 đồng',
    );
    // 1.202 × 744.778.125
    expect(
      say(
        {
          ...exit,
          year: 2025,
          civilServants: 1200,
          payout: { policy: '178', salary: 15_356_250, monthsEarly: 30, siYears: 22 },
        },
        'en',
      ),
    ).toBe(
      '2025: Bệnh viện A — Early retirement: 1,200 civil servants, 2 public employees; paid under Decree 178 (salary 15,356,250 đồng/month, 30 months early, 22 years of social insurance): 895,223,306,250 đồng',
    );
    // A payout the policy refuses says why instead of an amount.
    expect(say({ ...exit, payout: { policy: '154', salary: 1, monthsEarly: 61, siYears: 22 } })).toContain(
      ': Nghỉ hưu trước tuổi theo Nghị định 154/2025/NĐ-CP về tinh giản biên chế chỉ áp dụng khi nghỉ sớm từ 24 đến 60 tháng.',
    );
    // So does a policy no longer in force in the exit's month, naming the one that is.
    expect(say({ ...exit, payout: { policy: '178', salary: 15_356_250, monthsEarly: 30, siYears: 22 } })).toContain(
      'tháng nghỉ 01/2026 nằm ngoài thời gian này nên không tính kinh phí. Chính sách đang có hiệu lực tháng đó: Nghị định 154/2025/NĐ-CP về tinh giản biên chế.',
    );
    expect(say({ type: 'recruit', year: 2027, unit: 'S', civilServants: 3, publicEmployees: 0 })).toBe(
      '2027: tuyển dụng vào Sở Y tế: 3 công chức, 0 viên chức',
    );
    expect(say({ type: 'recruit', year: 2027, unit: 'S', civilServants: 3, publicEmployees: 0 }, 'en')).toBe(
      '2027: recruit into Sở Y tế: 3 civil servants, 0 public employees',
    );
  });
});
