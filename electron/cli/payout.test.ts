import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ROOT } from '../paths.ts';

const bin = path.join(APP_ROOT, 'electron/cli/tinhgon.mjs');
const tinhgon = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('tinhgon payout', () => {
  it('prints the MoHA 1814 example exactly, as JSON and as text', () => {
    const out = JSON.parse(execFileSync(process.execPath, [bin, 'payout', '--policy', '178', '--case', 'early-retirement', '--salary', '15356250', '--months-early', '30', '--si-years', '22', '--json'], { encoding: 'utf8' }));
    expect(out).toEqual({
      policy: 'nd178-2024',
      case: 'early-retirement',
      total: 744_778_125,
      parts: [
        { label: 'Trợ cấp hưu trí một lần cho số tháng nghỉ sớm', months: 30, amount: 460_687_500 },
        { label: 'Trợ cấp cho số năm nghỉ sớm', months: 12.5, amount: 191_953_125 },
        { label: 'Trợ cấp theo số năm đóng bảo hiểm xã hội', months: 6, amount: 92_137_500 },
      ],
    });
    const text = tinhgon('payout', '--policy', '154', '--case', 'resignation', '--salary', '10000000', '--si-years', '10,5');
    expect(text.stdout).toBe('Nghị định 154/2025/NĐ-CP về tinh giản biên chế\nTrợ cấp theo số năm đóng bảo hiểm xã hội: 15,75 tháng lương = 157.500.000 đồng\nTrợ cấp để tìm việc làm: 3 tháng lương = 30.000.000 đồng\nTổng cộng: 187.500.000 đồng\n');
  });

  it('says in Vietnamese why a case is outside the policy or a flag is wrong, with a non-zero exit', () => {
    const outside = tinhgon('payout', '--policy', '154', '--case', 'early-retirement', '--salary', '1', '--months-early', '10', '--si-years', '22');
    expect(outside.status).not.toBe(0);
    expect(outside.stderr).toContain('chỉ áp dụng khi nghỉ sớm từ 24 đến 60 tháng');
    const bad = tinhgon('payout', '--policy', '178', '--case', 'resignation', '--salary', '1,5', '--si-years', '3');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--salary phải là số nguyên không âm: "1,5"');
    expect(tinhgon('payout', '--policy', '99', '--case', 'resignation').stderr).toContain('--policy phải là 178 hoặc 154');
  });
});
