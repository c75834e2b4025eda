import { describe, expect, it } from 'vitest';
import { evaluateFindings, type Finding } from './findings.ts';
import { RULE_SETS, mergedProvinceAllowance, ruleSetAtYearEnd, ruleSetById } from './rule-sets.ts';
import { translate } from '../i18n/index.ts';
import { generateSampleProvince } from '../sample/hau-giang.ts';
import { unit } from '../../tests/fixtures.ts';
import type { ProvinceClass } from '../model/workspace.ts';

const SET_2020 = ruleSetById('nd120-107-2020')!;
const SET_2026 = ruleSetById('nd120-150-370-2026')!;

const tree = [
  unit('T', null, { kind: 'people_committee', level: 'province' }),
  unit('S', 'T', { kind: 'department', deputies: 4, civilServantQuota: 5, civilServantActual: 5 }),
  unit('S.P1', 'S', { kind: 'division', civilServantQuota: 4, civilServantActual: 5, deputies: 1 }),
  unit('S.P2', 'S', { kind: 'division', civilServantQuota: 6, civilServantActual: 6, deputies: 1 }),
  unit('S.P3', 'S', { kind: 'division', civilServantQuota: 9, civilServantActual: 9, deputies: 3 }),
  unit('S.CC', 'S', { kind: 'sub_department', civilServantQuota: 2, civilServantActual: 2, deputies: 2 }),
  unit('S.CC.P1', 'S.CC', { kind: 'division', civilServantQuota: 4, civilServantActual: 4 }),
  unit('S.CC.P2', 'S.CC', { kind: 'division', civilServantQuota: 5, civilServantActual: 5 }),
  unit('S.BV', 'S', { kind: 'psu', publicEmployeeQuota: 4, publicEmployeeActual: 4, deputies: 3 }),
  unit('S.BV.K1', 'S.BV', { kind: 'psu_division', publicEmployeeQuota: 8, publicEmployeeActual: 8, deputies: 2 }),
  unit('S.BV.K2', 'S.BV', {
    kind: 'psu_division',
    publicEmployeeQuota: 6,
    publicEmployeeActual: 5,
    selfFundedEmployees: 1,
  }),
  unit('T.TT', 'T', { kind: 'psu', publicEmployeeQuota: 25, publicEmployeeActual: 27, deputies: 3 }),
  unit('T.NHO', 'T', {
    kind: 'psu',
    publicEmployeeQuota: 12,
    publicEmployeeActual: 10,
    selfFundedEmployees: 4,
    deputies: 3,
  }),
];

const show = (fs: Finding[]) => fs.map((f) => `${f.unitCode} ${f.rule}: ${translate('vi', f.key, f.params)}`);
const run = (provinceClass: ProvinceClass = 'class2', set = SET_2020, overrides = {}) =>
  show(evaluateFindings(tree, { ruleSet: set, provinceClass, overrides }));

describe('health checks', () => {
  it('finds units below minimum size, with too many deputies, and above quota, with the numbers in Vietnamese', () => {
    expect(run()).toEqual([
      'S.P1 min-staff: Phòng thuộc sở có 4 biên chế công chức được giao, dưới mức tối thiểu 5.',
      'S.P1 over-quota: Công chức hiện có (5) vượt biên chế được giao (4).',
      'S.P3 max-deputies: Có 3 phó trưởng phòng, vượt mức tối đa 2 đối với phòng có 9 biên chế.',
      'S.CC min-staff: Chi cục có 11 biên chế công chức được giao (kể cả các phòng), dưới mức tối thiểu 12.',
      'S.CC max-deputies: Có 2 phó chi cục trưởng, vượt mức tối đa 1 đối với chi cục có 2 phòng.',
      'S.CC.P1 min-staff: Phòng thuộc chi cục có 4 biên chế công chức được giao, dưới mức tối thiểu 5.',
      // No autonomy group is recorded: the PSU limits depend on it (Decree 120 Art. 6), so notes.
      'S.BV max-deputies: Có 3 cấp phó; chưa có nhóm tự chủ (Nghị định 60/2021) nên chưa xác định được mức tối đa: nhóm 1 theo phương án tự chủ, nhóm 2 tối đa 3, nhóm 3–4 tối đa 2 (đơn vị có 19 người làm việc). Cần ghi số liệu tự chủ để kiểm tra.',
      'S.BV.K1 max-deputies: Có 2 phó trưởng phòng, trên mức 1 áp dụng cho phòng có 8 viên chức của đơn vị nhóm 3–4; đơn vị chưa có nhóm tự chủ (nhóm 1 tự quyết định, nhóm 2 tối đa 2): cần xác minh.',
      'T.TT over-quota: Viên chức hưởng lương NSNN hiện có (27) vượt số người làm việc được giao (25).',
      'T.NHO max-deputies: Có 3 cấp phó; chưa có nhóm tự chủ (Nghị định 60/2021) nên chưa xác định được mức tối đa: nhóm 1 theo phương án tự chủ, nhóm 2 tối đa 3, nhóm 3–4 tối đa 2 (đơn vị có 16 người làm việc). Cần ghi số liệu tự chủ để kiểm tra.',
      'T max-deputies: Các sở có tổng 4 phó giám đốc, vượt mức bình quân 3 phó giám đốc mỗi sở (tối đa 3 cho 1 sở).',
    ]);
  });

  it('counts a PSU by its assigned people, and only notes small schools and health units (basic services may be exempt)', () => {
    const units = [
      unit('T', null, { kind: 'people_committee' }),
      unit('A', 'T', {
        kind: 'psu',
        sector: 'culture_sports_tourism',
        publicEmployeeQuota: 15,
        publicEmployeeActual: 14,
      }),
      unit('B', 'T', {
        kind: 'psu',
        sector: 'culture_sports_tourism',
        publicEmployeeQuota: 12,
        publicEmployeeActual: 12,
      }),
      unit('C', 'T', { kind: 'psu', sector: 'education', publicEmployeeQuota: 12, publicEmployeeActual: 12 }),
    ];
    const fs = evaluateFindings(units, { ruleSet: SET_2020, provinceClass: 'class2' });
    expect(fs.map((f) => `${f.unitCode}:${f.severity}`)).toEqual(['B:error', 'C:warning']);
  });

  it('sizes phòng under a sở by province class under Decree 107/2020, and at 7 under the 2026 set', () => {
    const p2 = (c: ProvinceClass, set = SET_2020) => run(c, set).filter((l) => l.startsWith('S.P2 min-staff'));
    expect(p2('class2')).toEqual([]);
    expect(p2('class1')).toEqual([]);
    expect(p2('special')).toEqual([
      'S.P2 min-staff: Phòng thuộc sở có 6 biên chế công chức được giao, dưới mức tối thiểu 7.',
    ]);
    expect(p2('class2', SET_2026)).toHaveLength(1);
  });

  it('applies a province’s stricter parameter', () => {
    expect(run('class2', SET_2020, { psuMinStaff: 20 }).filter((l) => l.startsWith('S.BV min-staff'))).toEqual([
      'S.BV min-staff: Đơn vị sự nghiệp có 19 người làm việc được giao, dưới mức tối thiểu 20 (chưa có số liệu tự chủ tài chính: nếu đơn vị thuộc nhóm 1–2 thì số người tối thiểu theo đề án thành lập).',
    ]);
  });

  it('cites the legal text and says how sure it is', () => {
    const f = evaluateFindings(tree, {
      ruleSet: SET_2020,
      provinceClass: 'class2',
      overrides: { psuMinStaff: 20 },
    }).find((x) => x.unitCode === 'T.NHO' && x.rule === 'min-staff')!;
    expect(f).toMatchObject({
      severity: 'error',
      parameter: 'psuMinStaff',
      confidence: 'C',
      citation: 'Nghị định 120/2020/NĐ-CP (sửa đổi bởi Nghị định 83/2024/NĐ-CP), Điều 5 khoản 1 điểm d',
      ruleSet: 'nd120-107-2020',
    });
    const m = evaluateFindings(tree, { ruleSet: SET_2026, provinceClass: 'class2' }).find(
      (x) => x.unitCode === 'S.P1' && x.rule === 'min-staff',
    )!;
    expect(m).toMatchObject({ confidence: 'M', severity: 'note', ruleSet: 'nd120-150-370-2026' });
  });

  it('finds something of every rule in the sample province, and each set covers every parameter', () => {
    const rules = new Set(
      evaluateFindings(generateSampleProvince(), { ruleSet: SET_2020, provinceClass: 'class2' }).map((f) => f.rule),
    );
    expect([...rules].sort()).toEqual(['max-deputies', 'min-staff', 'over-quota']);
    for (const set of RULE_SETS) for (const [id, p] of Object.entries(set.parameters)) expect(p.id).toBe(id);
    expect(ruleSetAtYearEnd(2023).id).toBe('nd120-107-2020');
    expect(ruleSetAtYearEnd(2026).id).toBe('nd120-150-370-2026');
  });

  describe('deputy directors per sở after a provincial merger (Decree 370/2025: +1 for 2 provinces, +2 for 3)', () => {
    /** Two sở sharing `total` deputy directors as evenly as it goes. */
    const departments = (total: number) => [
      unit('T', null, { kind: 'people_committee', level: 'province' }),
      unit('A', 'T', { kind: 'department', deputies: Math.ceil(total / 2) }),
      unit('B', 'T', { kind: 'department', deputies: Math.floor(total / 2) }),
    ];
    const average = (total: number, mergedProvinces: number, set = SET_2026) =>
      evaluateFindings(departments(total), { ruleSet: set, provinceClass: 'class2', mergedProvinces }).find(
        (f) => f.parameter === 'departmentAverageDeputies',
      );

    it('allows 3 on average in a province not formed by merging', () => {
      expect(average(6, 1)).toBeUndefined();
      expect(average(7, 1)).toMatchObject({
        key: 'find.departmentAverage',
        params: { total: 7, avg: 3, max: 6, count: 2 },
      });
    });
    it('allows 4 on average after merging 2 provinces', () => {
      expect(average(7, 2)).toBeUndefined();
      expect(average(8, 2)).toBeUndefined();
      const f = average(9, 2)!;
      expect(f).toMatchObject({
        key: 'find.departmentAverageMerged',
        params: { total: 9, avg: 4, max: 8, extra: 1, provinces: 2 },
        confidence: 'C2',
      });
      expect(f.citation).toBe(
        `${SET_2026.parameters.departmentAverageDeputies!.citation}; ${SET_2026.mergedProvinceDeputies!.citation}`,
      );
      expect(translate('vi', f.key, f.params)).toBe(
        'Các sở có tổng 9 phó giám đốc, vượt mức bình quân 4 phó giám đốc mỗi sở (kể cả 1 phó giám đốc thêm do hợp nhất 2 tỉnh; tối đa 8 cho 2 sở).',
      );
    });
    it('allows 5 on average after merging 3 provinces, and no more for 4 (the decree stops at 3)', () => {
      expect(average(10, 3)).toBeUndefined();
      expect(average(11, 3)).toMatchObject({ params: { avg: 5, max: 10, extra: 2, provinces: 3 } });
      expect(average(10, 4)).toBeUndefined();
      expect(average(11, 4)).toMatchObject({ params: { avg: 5, extra: 2, provinces: 3 } });
      expect(mergedProvinceAllowance(SET_2026, 4)).toEqual({ provinces: 3, extra: 2 });
    });
    it('has no allowance under Decree 107/2020, and adds it to a province’s stricter average', () => {
      expect(average(7, 2, SET_2020)).toMatchObject({ key: 'find.departmentAverage', params: { avg: 3, max: 6 } });
      expect(mergedProvinceAllowance(SET_2020, 3)).toEqual({ provinces: 3, extra: 0 });
      const f = evaluateFindings(departments(7), {
        ruleSet: SET_2026,
        provinceClass: 'class2',
        mergedProvinces: 2,
        overrides: { departmentAverageDeputies: 2 },
      }).find((x) => x.parameter === 'departmentAverageDeputies');
      expect(f).toMatchObject({ params: { avg: 3, max: 6, extra: 1 } });
    });
  });
});
