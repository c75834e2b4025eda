import { describe, expect, it } from 'vitest';
import { unit } from '../../../tests/fixtures.ts';
import { ruleSetById } from '../../rules/rule-sets.ts';
import { evaluateFindings } from '../../rules/findings.ts';
import { simulate } from '../../scenario/simulate.ts';
import { metricsOf } from '../../scenario/metrics.ts';
import type { Operation } from '../../scenario/operations.ts';
import type { TargetResult } from '../../scenario/targets.ts';
import type { Unit } from '../../model/unit.ts';
import { defaultSettings } from '../settings.ts';
import { findingFacts, nameList, necessityBlocks, overlapFacts, targetFacts } from './necessity.ts';

const ruleSet = ruleSetById('nd120-45-2025')!;
const ctx = { ruleSet, provinceClass: 'class2' as const, date: '2025-03-31' };

/** Two sở, each with its office, inspectorate and a school; a small PSU; a division with too many deputies. */
const units = (): Unit[] => [
  unit('T', null, { name: 'UBND tỉnh', kind: 'people_committee' }),
  unit('A', 'T', { name: 'Sở Tài chính', kind: 'department', civilServantQuota: 5, civilServantActual: 5 }),
  unit('A.VP', 'A', {
    name: 'Văn phòng Sở',
    kind: 'division',
    civilServantQuota: 8,
    civilServantActual: 8,
    deputies: 3,
  }),
  unit('A.TT', 'A', { name: 'Thanh tra Sở', kind: 'division', civilServantQuota: 8, civilServantActual: 8 }),
  unit('B', 'T', { name: 'Sở Kế hoạch và Đầu tư', kind: 'department', civilServantQuota: 5, civilServantActual: 5 }),
  unit('B.VP', 'B', { name: 'Văn phòng Sở', kind: 'division', civilServantQuota: 8, civilServantActual: 8 }),
  unit('B.TT', 'B', { name: 'Thanh tra Sở', kind: 'division', civilServantQuota: 8, civilServantActual: 8 }),
  unit('B.KH', 'B', { name: 'Phòng Kế hoạch', kind: 'division', civilServantQuota: 8, civilServantActual: 8 }),
  unit('P1', 'T', { name: 'Ban Quản lý dự án 1', kind: 'psu', publicEmployeeQuota: 10, publicEmployeeActual: 10 }),
  unit('P2', 'T', { name: 'Ban Quản lý dự án 2', kind: 'psu', publicEmployeeQuota: 30, publicEmployeeActual: 30 }),
];

const merge: Operation[] = [
  {
    type: 'merge',
    year: 2025,
    date: '2025-03-01',
    units: ['A', 'B'],
    into: { code: 'AB', name: 'Sở Tài chính', kind: 'department', parentCode: 'T' },
  },
  { type: 'merge', year: 2026, units: ['P1', 'P2'], into: 'P2' },
];

describe('Sự cần thiết from the plan’s facts', () => {
  it('names the units below the legal size and with too many deputies, with their documents; a note is never counted', () => {
    const findings = evaluateFindings(units(), ctx);
    const facts = findingFacts(units(), findings, 2024);
    expect(facts[0]).toBe(
      'Năm 2024, có 1 cơ quan, đơn vị chưa bảo đảm quy mô tối thiểu theo quy định (Nghị định 120/2020/NĐ-CP): Ban Quản lý dự án 1.',
    );
    expect(facts[1]).toMatch(
      /^Có 1 cơ quan, đơn vị có số lượng cấp phó vượt quy định \(Nghị định 45\/2025\/NĐ-CP\), vượt 1 người: Văn phòng Sở — Sở Tài chính\.$/,
    );
    // A note (an unverified value) is said apart, never as a violation.
    const note = { ...findings[0]!, severity: 'note' as const, unitCode: 'B.KH' };
    expect(findingFacts(units(), [note], 2024)).toEqual([
      'Ngoài ra có 1 trường hợp cần xác minh thêm (mức áp dụng chưa được đối chiếu với văn bản gốc hoặc thiếu thông tin), chưa tính là vi phạm.',
    ]);
  });

  it('names the same-named offices and the same function of the units a merge puts together', () => {
    const sim = simulate(units(), merge, {
      baseYear: 2024,
      horizon: 2026,
      rules: { ruleSet, provinceClass: 'class2' },
      targets: [],
    });
    expect(overlapFacts({ baseline: units(), operations: merge, simulation: sim })).toEqual([
      'Sở Tài chính, Sở Kế hoạch và Đầu tư (hợp nhất ngày 01/03/2025): cùng có Văn phòng Sở (2 đơn vị), Thanh tra Sở (2 đơn vị), chức năng, nhiệm vụ trùng lặp.',
      'Ban Quản lý dự án 1, Ban Quản lý dự án 2 (hợp nhất năm 2026): 2 đơn vị cùng là ban quản lý dự án, chức năng, nhiệm vụ trùng lặp.',
    ]);
  });

  it('states the gap to each target from the figures at the base date, nothing for a target already met or unknown', () => {
    const target = (patch: Partial<TargetResult>): TargetResult => ({
      id: 't',
      title: 'Giảm 10% số đơn vị sự nghiệp công lập',
      citation: 'Nghị quyết 19-NQ/TW',
      kind: 'reduction',
      metric: 'psus',
      communeStaff: 'included',
      baseYear: 2021,
      year: 2026,
      baseline: 5,
      value: 1,
      requiredPct: 80,
      achievedPct: 8000,
      met: true,
      status: 'met',
      missing: [],
      gap: 0,
      allowed: 1,
      ...patch,
    });
    const now = metricsOf(units());
    expect(targetFacts([target({})], now, 2024)).toEqual([
      'Mục tiêu “Giảm 10% số đơn vị sự nghiệp công lập” (Nghị quyết 19-NQ/TW): năm 2021 là 5, đến năm 2026 không quá 1; năm 2024 là 2, còn phải giảm 1.',
    ]);
    // Judged in its own base year with the base figure: the year's figure is not said twice.
    expect(targetFacts([target({ baseYear: 2024, baseline: 2 })], now, 2024)).toEqual([
      'Mục tiêu “Giảm 10% số đơn vị sự nghiệp công lập” (Nghị quyết 19-NQ/TW): năm 2024 là 2, đến năm 2026 không quá 1; còn phải giảm 1.',
    ]);
    expect(targetFacts([target({ allowed: 2 })], now, 2024)).toEqual([]);
    expect(targetFacts([target({ allowed: null, baseline: null, status: 'unknown' })], now, 2024)).toEqual([]);
  });

  it('lists at most five names, then how many others', () => {
    expect(nameList(['a', 'b'])).toBe('a, b');
    expect(nameList(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('a, b, c, d, e và 2 đơn vị khác');
  });

  it('is empty without facts, and says the year of the review with them', () => {
    const sim = simulate(units(), [], {
      baseYear: 2024,
      horizon: 2025,
      rules: { ruleSet, provinceClass: 'class2' },
      targets: [],
    });
    const input = {
      settings: defaultSettings('Hậu Giang'),
      baseline: units(),
      operations: [],
      simulation: sim,
      ruleSet,
      dataYear: 2024,
    };
    expect(necessityBlocks(input)).toEqual([]);
    const blocks = necessityBlocks({ ...input, baseFindings: evaluateFindings(units(), ctx) });
    expect(blocks[0]).toEqual({ kind: 'para', text: 'Qua rà soát số liệu năm 2024:' });
    expect(blocks.slice(1).every((b) => b.kind === 'para' && b.text.startsWith('- '))).toBe(true);
  });
});
