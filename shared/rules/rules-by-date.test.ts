/**
 * The audit's corrections (issue 15 §1), each at the boundary the reference gives: the set in force
 * on each day, severity following confidence, PSU deputies by autonomy group, the sở cap, the
 * Decree 370 parent ceiling, district and commune averages, the Ban Quản lý KCN left out of the sở.
 */
import { describe, expect, it } from 'vitest';
import { evaluateFindings, type Finding, type RuleContext } from './findings.ts';
import { RULE_SETS, ruleSetById, ruleSetInForce } from './rule-sets.ts';
import { unit } from '../../tests/fixtures.ts';
import { translate } from '../i18n/index.ts';
import type { Unit } from '../model/unit.ts';
import type { GroupKey } from '../autonomy/summary.ts';

const SET_107 = ruleSetById('nd120-107-2020')!;
const SET_45 = ruleSetById('nd120-45-2025')!;
const SET_150 = ruleSetById('nd120-150-2025')!;
const SET_370 = ruleSetById('nd120-150-370-2026')!;

const judge = (units: Unit[], ctx: Partial<RuleContext> & { groups?: Record<string, GroupKey> } = {}): Finding[] => {
  const { groups = {}, ...rest } = ctx;
  return evaluateFindings(units, {
    ruleSet: SET_370,
    provinceClass: 'class2',
    autonomyGroup: (c) => groups[c],
    ...rest,
  });
};
const about = (fs: Finding[], code: string) =>
  fs.filter((f) => f.unitCode === code).map((f) => `${f.key}:${f.severity}`);

describe('the rule set in force on each day', () => {
  it('switches on the days of the reference: 107 to 28/02/2025, 45 from 01/03, 150 from 16/06, 150+370 from 01/01/2026', () => {
    const at = (d: string) => ruleSetInForce(d).id;
    expect(at('2024-12-31')).toBe('nd120-107-2020');
    expect(at('2025-02-28')).toBe('nd120-107-2020');
    expect(at('2025-03-01')).toBe('nd120-45-2025');
    expect(at('2025-06-15')).toBe('nd120-45-2025');
    expect(at('2025-06-16')).toBe('nd120-150-2025');
    expect(at('2025-12-31')).toBe('nd120-150-2025');
    expect(at('2026-01-01')).toBe('nd120-150-370-2026');
    expect(at('2030-06-30')).toBe('nd120-150-370-2026');
    // Contiguous, without gaps or overlaps.
    for (let i = 1; i < RULE_SETS.length; i++) {
      const next = new Date(`${RULE_SETS[i - 1]!.validTo}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(RULE_SETS[i]!.validFrom).toBe(next.toISOString().slice(0, 10));
    }
  });

  it('sizes phòng under a sở by province class under 107 and 45 (C2: a breach), at an unverified 7 under 150 (a note)', () => {
    const units = [
      unit('T', null, { kind: 'people_committee' }),
      unit('S', 'T', { kind: 'department', deputies: 3 }),
      unit('P', 'S', { kind: 'division', civilServantQuota: 6, deputies: 1 }),
    ];
    expect(about(judge(units, { ruleSet: SET_45, provinceClass: 'special' }), 'P')).toEqual([
      'find.divisionMinPosts:error',
    ]);
    expect(about(judge(units, { ruleSet: SET_45, provinceClass: 'class1' }), 'P')).toEqual([]);
    expect(about(judge(units, { ruleSet: SET_150 }), 'P')).toEqual(['find.divisionMinPosts:note']);
    // Phó trưởng phòng: tiered by class before Decree 150 (class II: 1 below 8 posts), uniform (<10 → 1) from it.
    const eight = [
      unit('T', null, { kind: 'people_committee' }),
      unit('S', 'T', { kind: 'department', deputies: 3 }),
      unit('P', 'S', { kind: 'division', civilServantQuota: 8, deputies: 2 }),
    ];
    expect(about(judge(eight, { ruleSet: SET_45 }), 'P')).toEqual([]);
    expect(about(judge(eight, { ruleSet: SET_150 }), 'P')).toEqual(['find.divisionDeputies:error']);
  });

  it('judges a phòng under a chi cục by the frame of a phòng under a sở from Decree 150 (khoản 5), not before', () => {
    const units = [
      unit('T', null, { kind: 'people_committee' }),
      unit('S', 'T', { kind: 'department', deputies: 3 }),
      unit('C', 'S', { kind: 'sub_department', civilServantQuota: 15, deputies: 2 }),
      unit('C.P', 'C', { kind: 'division', civilServantQuota: 9, deputies: 2 }),
    ];
    expect(about(judge(units, { ruleSet: SET_45 }), 'C.P')).toEqual([]);
    const [f] = judge(units, { ruleSet: SET_150 }).filter((x) => x.unitCode === 'C.P');
    expect(f).toMatchObject({
      key: 'find.divisionUnderSubDeputies',
      severity: 'error',
      params: { deputies: 2, max: 1, posts: 9 },
    });
    expect(f!.citation).toContain('phòng thuộc chi cục');
  });

  it('judges phó chi cục trưởng from Decree 150 (C2) and only notes the earlier, unverified value', () => {
    const units = [
      unit('T', null, { kind: 'people_committee' }),
      unit('S', 'T', { kind: 'department', deputies: 3 }),
      unit('C', 'S', { kind: 'sub_department', civilServantQuota: 15, deputies: 2 }),
      unit('C.P', 'C', { kind: 'division', civilServantQuota: 6 }),
    ];
    expect(about(judge(units, { ruleSet: SET_45 }), 'C')).toEqual(['find.subDepartmentDeputies:note']);
    expect(about(judge(units, { ruleSet: SET_150 }), 'C')).toEqual(['find.subDepartmentDeputies:error']);
  });

  it('says a chi cục without phòng as the rule does ("không có phòng"), never "có 0 phòng", in both languages', () => {
    const units = [
      unit('T', null, { kind: 'people_committee' }),
      unit('S', 'T', { kind: 'department', deputies: 3 }),
      unit('C', 'S', { kind: 'sub_department', civilServantQuota: 15, deputies: 3 }),
    ];
    const f = judge(units, { ruleSet: SET_150 }).find((x) => x.unitCode === 'C' && x.rule === 'max-deputies')!;
    expect(translate('vi', f.key, f.params)).toBe(
      'Có 3 phó chi cục trưởng, vượt mức tối đa 2 đối với chi cục không có phòng.',
    );
    expect(translate('en', f.key, f.params)).toBe(
      '3 deputy heads, above the maximum of 2 for a sub-department with no divisions.',
    );
  });
});

describe('public service unit deputies by autonomy group (Decree 120 Art. 6.2)', () => {
  const tree = (deputies: number, extra: Partial<Unit> = {}, underProvince = false) => [
    unit('T', null, { kind: 'people_committee' }),
    unit('S', 'T', { kind: 'department', deputies: 3 }),
    unit('X', underProvince ? 'T' : 'S', { kind: 'psu', publicEmployeeQuota: 25, deputies, ...extra }),
  ];
  const on = (
    date: string,
    deputies: number,
    groups: Record<string, GroupKey>,
    extra: Partial<Unit> = {},
    underProvince = false,
  ) => about(judge(tree(deputies, extra, underProvince), { ruleSet: ruleSetInForce(date), date, groups }), 'X');

  it('group 1 by its own plan, group 2 at most 3, groups 3–4 at most 2 (3 above 20 only directly under the provincial committee)', () => {
    expect(on('2025-06-30', 6, { X: '1' })).toEqual([]);
    expect(on('2025-06-30', 3, { X: '2' })).toEqual([]);
    expect(on('2025-06-30', 4, { X: '2' })).toEqual(['find.psuDeputiesGroup2:error']);
    expect(on('2025-06-30', 3, { X: '3b' })).toEqual(['find.psuDeputies:error']);
    expect(on('2025-06-30', 3, { X: '4' }, {}, true)).toEqual([]);
    expect(on('2025-06-30', 4, { X: '4' }, {}, true)).toEqual(['find.psuDeputies:error']);
  });

  it('a hospital with 3 gets a note (the exception is for class I or higher, which the app does not know), not every hospital a pass', () => {
    expect(on('2025-06-30', 3, { X: '3a' }, { name: 'Bệnh viện Đa khoa tỉnh', sector: 'health' })).toEqual([
      'find.psuDeputiesClassOne:note',
    ]);
    expect(on('2025-06-30', 4, { X: '3a' }, { name: 'Bệnh viện Đa khoa tỉnh', sector: 'health' })).toEqual([
      'find.psuDeputies:error',
    ]);
  });

  it('a multi-level school with 3 gets a note (3 only from 40 classes, which the app does not know); a one-level school a breach', () => {
    const school = (name: string) => ({ name, sector: 'education' as const });
    for (const name of [
      'Trường Tiểu học và THCS Vị Tân',
      'Trường TH&THCS Hỏa Lựu',
      'Trường THCS và THPT Tân Long',
      'Trường phổ thông liên cấp Hòa An',
    ])
      expect(on('2025-06-30', 3, { X: '4' }, school(name))).toEqual(['find.psuDeputiesMultiLevel:note']);
    expect(on('2025-06-30', 3, { X: '4' }, school('Trường THPT Vị Thanh'))).toEqual(['find.psuDeputies:error']);
    expect(on('2025-06-30', 4, { X: '4' }, school('Trường TH&THCS Hỏa Lựu'))).toEqual(['find.psuDeputies:error']);
  });

  it('leaves the 15-person minimum to the establishment plan for groups 1–2 (Art. 5.1.d)', () => {
    const small = (groups: Record<string, GroupKey>) =>
      about(
        judge(
          [
            unit('T', null, { kind: 'people_committee' }),
            unit('X', 'T', { kind: 'psu', publicEmployeeQuota: 9, deputies: 1 }),
          ],
          { ruleSet: SET_107, groups },
        ),
        'X',
      );
    expect(small({ X: '1' })).toEqual([]);
    expect(small({ X: '2' })).toEqual([]);
    expect(small({ X: '3a' })).toEqual(['find.psuMinStaff:error']);
    // No group known: still judged (most units are in groups 3–4), the message saying a group 1–2 unit's minimum is its plan's.
    expect(small({})).toEqual(['find.psuMinStaffGroupUnknown:error']);
  });

  it('says the group is unknown instead of assuming one', () => {
    expect(on('2025-06-30', 3, {})).toEqual(['find.psuDeputiesGroupUnknown:note']);
    expect(on('2025-06-30', 2, {})).toEqual([]);
  });

  it('is a note from 01/11/2025, when Decree 283/2025 amended Art. 6.2.c, citing that', () => {
    expect(on('2025-10-31', 3, { X: '3b' })).toEqual(['find.psuDeputies:error']);
    const after = judge(tree(3), { ruleSet: SET_150, date: '2025-11-01', groups: { X: '3b' } }).find(
      (f) => f.unitCode === 'X',
    )!;
    expect(after).toMatchObject({ severity: 'note', confidence: 'M', ruleSet: 'nd120-150-2025' });
    expect(after.citation).toContain('283/2025');
    // Point b (group 2) was not amended: still a breach in 2026.
    expect(on('2026-06-30', 4, { X: '2' })).toEqual(['find.psuDeputiesGroup2:error']);
  });

  it('judges a phòng inside a PSU for groups 2–4 only, group 2 at most 2 deputies whatever its size', () => {
    const units = (deputies: number, quota: number) => [
      unit('T', null, { kind: 'people_committee' }),
      unit('X', 'T', { kind: 'psu', publicEmployeeQuota: 30, deputies: 1 }),
      unit('X.K', 'X', { kind: 'psu_division', publicEmployeeQuota: quota, deputies }),
    ];
    const k = (deputies: number, quota: number, groups: Record<string, GroupKey>) =>
      about(judge(units(deputies, quota), { ruleSet: SET_107, groups }), 'X.K');
    expect(k(3, 4, { X: '1' })).toEqual([]);
    expect(k(2, 8, { X: '2' })).toEqual([]);
    expect(k(3, 12, { X: '2' })).toEqual(['find.psuDivisionDeputiesGroup2:error']);
    expect(k(2, 8, { X: '3c' })).toEqual(['find.psuDivisionDeputies:error']);
    expect(k(1, 5, { X: '4' })).toEqual(['find.psuDivisionMinStaff:error']);
    expect(k(2, 5, {})).toEqual([
      'find.psuDivisionMinStaffGroupUnknown:note',
      'find.psuDivisionDeputiesGroupUnknown:note',
    ]);
  });
});

describe('provincial and commune rules', () => {
  const departments = (n: number, extra: Unit[] = []) => [
    unit('T', null, { kind: 'people_committee' }),
    ...Array.from({ length: n }, (_, i) => unit(`S${i}`, 'T', { kind: 'department', name: `Sở ${i}`, deputies: 3 })),
    ...extra,
  ];
  const wide = (fs: Finding[], parameter: string) =>
    fs.filter((f) => f.parameter === parameter).map((f) => ({ severity: f.severity, ...f.params }));

  it('caps the sở at 14 (15 for Hà Nội and TP.HCM) from Decree 45, and leaves the Ban Quản lý KCN out of the count and the deputy average', () => {
    expect(wide(judge(departments(15), { ruleSet: SET_150 }), 'maxDepartments')).toEqual([
      { severity: 'error', count: 15, max: 14 },
    ]);
    expect(wide(judge(departments(15), { ruleSet: SET_150, provinceClass: 'special' }), 'maxDepartments')).toEqual([]);
    expect(wide(judge(departments(15), { ruleSet: SET_45 }), 'maxDepartments')).toHaveLength(1);
    expect(wide(judge(departments(15), { ruleSet: SET_107 }), 'maxDepartments')).toEqual([]);
    const board = unit('KCN', 'T', { kind: 'department', name: 'Ban Quản lý các khu công nghiệp', deputies: 9 });
    expect(wide(judge(departments(14, [board]), { ruleSet: SET_370 }), 'maxDepartments')).toEqual([]);
    expect(wide(judge(departments(14, [board]), { ruleSet: SET_370 }), 'departmentAverageDeputies')).toEqual([]);
    // Written without accents or abbreviated, it is still the board, not a sở.
    for (const name of ['Ban quan ly cac khu cong nghiep', 'BQL các KCN tỉnh', 'Ban Quản lý Khu kinh tế'])
      expect(wide(judge(departments(14, [{ ...board, name }]), { ruleSet: SET_370 }), 'maxDepartments')).toEqual([]);
  });

  it('from Decree 370/2025 (01/01/2026) a unit inside a sở has no more deputies than its parent', () => {
    const units = [
      unit('T', null, { kind: 'people_committee' }),
      unit('S', 'T', { kind: 'department', deputies: 2 }),
      unit('P', 'S', { kind: 'division', civilServantQuota: 20, deputies: 3 }),
    ];
    expect(about(judge(units, { ruleSet: SET_370 }), 'P')).toEqual(['find.deputiesAboveParent:error']);
    expect(about(judge(units, { ruleSet: SET_150 }), 'P')).toEqual([]);
  });

  it('averages 2 deputies over a district’s phòng (Decree 108/2020) while districts exist', () => {
    const units = [
      unit('T', null, { kind: 'people_committee' }),
      unit('H', 'T', { kind: 'people_committee', level: 'district' }),
      unit('H.P1', 'H', { kind: 'division', level: 'district', deputies: 3 }),
      unit('H.P2', 'H', { kind: 'division', level: 'district', deputies: 2 }),
    ];
    expect(wide(judge(units, { ruleSet: SET_107 }), 'districtDivisionAverageDeputies')).toEqual([
      { severity: 'warning', total: 5, avg: 2, max: 4, count: 2 },
    ]);
    expect(wide(judge(units, { ruleSet: SET_45 }), 'districtDivisionAverageDeputies')).toEqual([
      { severity: 'note', total: 5, avg: 2, max: 4, count: 2 },
    ]);
    expect(wide(judge(units, { ruleSet: SET_370 }), 'districtDivisionAverageDeputies')).toEqual([]);
  });

  it('averages 2 deputies over a commune’s phòng and service centre (Resolution 332, from 15/10/2025) and 4.5 bodies per commune (Decree 370)', () => {
    const commune = (code: string, deputies: number[]) => [
      unit(code, 'T', { kind: 'people_committee', level: 'commune' }),
      ...deputies.map((d, i) => unit(`${code}.P${i}`, code, { kind: 'division', level: 'commune', deputies: d })),
      unit(`${code}.TT`, code, {
        kind: 'other',
        level: 'commune',
        name: 'Trung tâm Phục vụ hành chính công xã',
        deputies: 2,
      }),
      unit(`${code}.YT`, code, { kind: 'other', level: 'commune', name: 'Trạm Y tế', deputies: 5 }),
    ];
    const units = [
      unit('T', null, { kind: 'people_committee' }),
      ...commune('X1', [3, 3, 2, 2]),
      ...commune('X2', [1, 1, 1, 1]),
    ];
    const fs = judge(units, { ruleSet: SET_370 });
    expect(wide(fs, 'communeDivisionAverageDeputies')).toEqual([
      { severity: 'warning', total: 12, avg: 2, max: 10, count: 5 },
    ]);
    expect(wide(fs, 'communeOrganisationsAverage')).toEqual([
      { severity: 'warning', total: 10, avg: 4.5, max: 9, count: 2 },
    ]);
    expect(wide(judge(units, { ruleSet: SET_370, provinceClass: 'special' }), 'communeOrganisationsAverage')).toEqual([
      { severity: 'warning', total: 10, avg: 4.7, max: 9.4, count: 2 },
    ]);
    expect(wide(judge(units, { ruleSet: SET_150, date: '2025-10-14' }), 'communeDivisionAverageDeputies')).toEqual([]);
    expect(wide(judge(units, { ruleSet: SET_150, date: '2025-10-15' }), 'communeDivisionAverageDeputies')).toHaveLength(
      1,
    );
  });
});
