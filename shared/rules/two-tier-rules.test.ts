/**
 * The two-tier rules (issue 18): the sở every province must have (Decree 150/2025 Art. 8), and
 * Plan 130/KH-BCĐTKNQ18 (one PSU serving state management per sở, Giáo dục và Đào tạo and Y tế
 * exempt; at most three provincial project-management boards), each at its boundaries: the sets
 * that have them, the names and sectors that say which sở a unit is, and the severities.
 */
import { describe, expect, it } from 'vitest';
import { evaluateFindings, type Finding, type RuleContext } from './findings.ts';
import { MANDATORY_DEPARTMENTS, ruleSetById, type MandatoryDepartment } from './rule-sets.ts';
import { recogniseDepartment } from './departments.ts';
import { findingsFor, judgedAfterEdit, mergeFindings } from './findings-delta.ts';
import { buildTree } from '../tree.ts';
import { unit } from '../../tests/fixtures.ts';
import type { Sector, Unit } from '../model/unit.ts';
import type { GroupKey } from '../autonomy/summary.ts';
import { simulate } from '../scenario/simulate.ts';
import { translate } from '../i18n/index.ts';

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
const of = (fs: readonly Finding[], parameter: string) => fs.filter((f) => f.parameter === parameter);

/** The twelve sở, named as a province names them, with their sectors. */
const TWELVE: Array<[MandatoryDepartment, string, Sector]> = [
  ['noiVu', 'Sở Nội vụ', 'home_affairs'],
  ['tuPhap', 'Sở Tư pháp', 'justice'],
  ['taiChinh', 'Sở Tài chính', 'finance_planning'],
  ['congThuong', 'Sở Công Thương', 'industry_trade'],
  ['nongNghiepMoiTruong', 'Sở Nông nghiệp và Môi trường', 'agriculture_environment'],
  ['xayDung', 'Sở Xây dựng', 'construction_transport'],
  ['khoaHocCongNghe', 'Sở Khoa học và Công nghệ', 'science_technology'],
  ['vanHoaTheThaoDuLich', 'Sở Văn hóa, Thể thao và Du lịch', 'culture_sports_tourism'],
  ['giaoDucDaoTao', 'Sở Giáo dục và Đào tạo', 'education'],
  ['yTe', 'Sở Y tế', 'health'],
  ['thanhTra', 'Thanh tra tỉnh', 'other'],
  ['vanPhongUbnd', 'Văn phòng Ủy ban nhân dân tỉnh', 'general_administration'],
];
const province = (without: MandatoryDepartment[] = [], extra: Unit[] = []): Unit[] => [
  unit('T', null, { kind: 'people_committee', name: 'UBND tỉnh' }),
  ...TWELVE.filter(([id]) => !without.includes(id)).map(([id, name, sector]) =>
    unit(id, 'T', { kind: 'department', name, sector, deputies: 3 }),
  ),
  ...extra,
];

describe('which sở a unit is', () => {
  it('reads the name first, without accents, case or punctuation; the sector where the name says nothing', () => {
    expect(recogniseDepartment({ name: 'SO Y TE', sector: 'other' })).toBe('yTe');
    expect(recogniseDepartment({ name: 'Sở Văn hoá - Thể thao và Du lịch'.normalize('NFD'), sector: 'other' })).toBe(
      'vanHoaTheThaoDuLich',
    );
    expect(recogniseDepartment({ name: 'Văn phòng UBND thành phố', sector: 'other' })).toBe('vanPhongUbnd');
    expect(recogniseDepartment({ name: 'Thanh tra thành phố', sector: 'justice' })).toBe('thanhTra');
    expect(recogniseDepartment({ name: 'Sở GD&ĐT', sector: 'education' })).toBe('giaoDucDaoTao');
    // A special sở and a sở merged away in 2025 are known, and none of the mandatory ones.
    expect(recogniseDepartment({ name: 'Sở Du lịch', sector: 'culture_sports_tourism' })).toBe('other');
    expect(recogniseDepartment({ name: 'Sở Kế hoạch và Đầu tư', sector: 'finance_planning' })).toBe('other');
    expect(recogniseDepartment({ name: 'Sở ABC', sector: 'general_administration' })).toBeNull();
    expect(MANDATORY_DEPARTMENTS).toHaveLength(12);
  });
});

describe('the sở every province must have (Decree 150/2025 Art. 8)', () => {
  it('names each missing one as a breach [C2] from Decree 150, with nothing when all twelve are there', () => {
    expect(of(judge(province()), 'missingMandatoryDepartments')).toEqual([]);
    const fs = of(judge(province(['yTe', 'thanhTra'])), 'missingMandatoryDepartments');
    expect(fs.map((f) => [f.unitCode, f.severity, f.params.department])).toEqual([
      ['T', 'error', 'dept.yTe'],
      ['T', 'error', 'dept.thanhTra'],
    ]);
    expect(fs[0]).toMatchObject({ key: 'find.mandatoryDepartmentMissing', confidence: 'C2', ruleSet: SET_370.id });
    expect(fs[0]!.citation).toContain('Nghị định 150/2025/NĐ-CP, Điều 8');
    expect(translate('vi', fs[0]!.key, fs[0]!.params)).toBe(
      'Tỉnh chưa có Sở Y tế, là sở bắt buộc phải tổ chức ở mọi tỉnh.',
    );
  });

  it('is judged from Decree 150 (16/06/2025) on, not under Decrees 107/2020 and 45/2025', () => {
    const units = province(['yTe']);
    expect(of(judge(units, { ruleSet: SET_150 }), 'missingMandatoryDepartments')).toHaveLength(1);
    expect(of(judge(units, { ruleSet: SET_45 }), 'missingMandatoryDepartments')).toEqual([]);
    expect(of(judge(units, { ruleSet: SET_107 }), 'missingMandatoryDepartments')).toEqual([]);
  });

  it('counts only the sở directly under the provincial committee, and a Ban Quản lý KCN as none', () => {
    // Sở Y tế under another sở is not a sở of the province; the zone board named like no sở does not make recognition uncertain.
    const units = province(
      ['yTe'],
      [
        unit('YT2', 'noiVu', { kind: 'department', name: 'Sở Y tế' }),
        unit('KCN', 'T', { kind: 'department', name: 'Ban Quản lý các khu công nghiệp' }),
      ],
    );
    expect(of(judge(units), 'missingMandatoryDepartments').map((f) => [f.severity, f.params.department])).toEqual([
      ['error', 'dept.yTe'],
    ]);
  });

  it('gives notes, not breaches, where a sở was not recognised (it may be the missing one)', () => {
    const units = province(['yTe'], [unit('X', 'T', { kind: 'department', name: 'Sở YT', sector: 'other' })]);
    const fs = of(judge(units), 'missingMandatoryDepartments');
    expect(fs.map((f) => [f.severity, f.key, f.params.department, f.params.unrecognised])).toEqual([
      ['note', 'find.mandatoryDepartmentUnsure', 'dept.yTe', 1],
    ]);
  });

  it('says nothing of a tree without any sở under its provincial committee', () => {
    expect(of(judge([unit('T', null, { kind: 'people_committee' })]), 'missingMandatoryDepartments')).toEqual([]);
  });
});

describe('Plan 130/KH-BCĐTKNQ18: one PSU serving state management per sở', () => {
  const withPsus = (sector: Sector, name: string) => [
    unit('T', null, { kind: 'people_committee' }),
    unit('S', 'T', { kind: 'department', name, sector, deputies: 3 }),
    unit('A', 'S', { kind: 'psu', name: 'Trung tâm A' }),
    unit('B', 'S', { kind: 'psu', name: 'Trung tâm B' }),
    unit('C', 'S', { kind: 'psu', name: 'Trung tâm C' }),
  ];
  const plan = (fs: Finding[]) =>
    of(fs, 'stateManagementPsusPerDepartment').map((f) => [
      f.unitCode,
      f.severity,
      f.key,
      f.params.count,
      f.params.names,
    ]);

  it('warns (never a breach: a plan) when more than one PSU of a sở is in groups 3–4, naming them', () => {
    const fs = judge(withPsus('justice', 'Sở Tư pháp'), { groups: { A: '3a', B: '4', C: '2' } });
    expect(plan(fs)).toEqual([['S', 'warning', 'find.plan130Psus', 2, 'Trung tâm A; Trung tâm B']]);
    const f = of(fs, 'stateManagementPsusPerDepartment')[0]!;
    expect(f.citation).toContain('Kế hoạch 130/KH-BCĐTKNQ18');
    expect(f.citation).toContain('ngày chưa xác minh');
    expect(f.confidence).toBe('C2');
    // One in group 3 (the one serving state management), the others self-financing: nothing.
    expect(plan(judge(withPsus('justice', 'Sở Tư pháp'), { groups: { A: '3c', B: '1', C: '2' } }))).toEqual([]);
  });

  it('exempts Sở Giáo dục và Đào tạo and Sở Y tế', () => {
    const groups: Record<string, GroupKey> = { A: '4', B: '4', C: '3b' };
    expect(plan(judge(withPsus('education', 'Sở Giáo dục và Đào tạo'), { groups }))).toEqual([]);
    expect(plan(judge(withPsus('other', 'Sở Y tế'), { groups }))).toEqual([]);
  });

  it('notes the PSUs without a known group (the app cannot tell which one serves state management)', () => {
    const fs = judge(withPsus('justice', 'Sở Tư pháp'), { groups: { A: '1' } });
    expect(plan(fs)).toEqual([['S', 'note', 'find.plan130PsusGroupUnknown', 2, 'Trung tâm B; Trung tâm C']]);
    // A single PSU of unknown group may be the one allowed.
    const one = [
      unit('T', null, { kind: 'people_committee' }),
      unit('S', 'T', { kind: 'department', name: 'Sở Tư pháp' }),
      unit('A', 'S', { kind: 'psu' }),
    ];
    expect(plan(judge(one))).toEqual([]);
  });

  it('gives only a note for a sở it does not recognise (it may be exempt)', () => {
    expect(plan(judge(withPsus('other', 'Sở XYZ'), { groups: { A: '4', B: '4', C: '4' } }))).toEqual([
      ['S', 'note', 'find.plan130Psus', 3, 'Trung tâm A; Trung tâm B; Trung tâm C'],
    ]);
  });

  it('applies from 01/01/2026 (the 2026 set), not in 2025', () => {
    const units = withPsus('justice', 'Sở Tư pháp');
    expect(plan(judge(units, { ruleSet: SET_150, groups: { A: '4', B: '4' } }))).toEqual([]);
  });
});

describe('Plan 130/KH-BCĐTKNQ18: at most three provincial project-management boards', () => {
  const boards = (n: number, extra: Unit[] = []) => [
    unit('T', null, { kind: 'people_committee' }),
    ...Array.from({ length: n }, (_, i) =>
      unit(`B${i}`, 'T', {
        kind: 'psu',
        name: i === 0 ? 'BAN QUAN LY DU AN dau tu xay dung' : `Ban Quản lý dự án ${i}`,
      }),
    ),
    ...extra,
  ];
  it('warns above three (accents ignored), naming the plan; only provincial-level boards count', () => {
    const fs = of(judge(boards(4)), 'provincialProjectBoards');
    expect(fs.map((f) => [f.unitCode, f.severity, f.params.count, f.params.max])).toEqual([['T', 'warning', 4, 3]]);
    expect(fs[0]!.citation).toContain('Kế hoạch 130/KH-BCĐTKNQ18');
    expect(of(judge(boards(3)), 'provincialProjectBoards')).toEqual([]);
    expect(
      of(
        judge(
          boards(3, [
            unit('H', 'T', { kind: 'people_committee', level: 'commune' }),
            unit('H.B', 'H', { kind: 'psu', level: 'commune', name: 'Ban Quản lý dự án xã' }),
          ]),
        ),
        'provincialProjectBoards',
      ),
    ).toEqual([]);
    expect(of(judge(boards(4), { ruleSet: SET_150 }), 'provincialProjectBoards')).toEqual([]);
  });
});

describe('the new findings, judged incrementally', () => {
  it('are the same after a headcount edit merged into the full list (province-wide, last)', () => {
    const units = province(
      ['yTe'],
      [
        unit('P', 'tuPhap', { kind: 'psu', name: 'Trung tâm P' }),
        unit('Q', 'tuPhap', { kind: 'psu', name: 'Trung tâm Q' }),
        ...[1, 2, 3, 4].map((i) => unit(`BQ${i}`, 'T', { kind: 'psu', name: `Ban quản lý dự án ${i}` })),
      ],
    );
    const groups: Record<string, GroupKey> = { P: '4', Q: '3a' };
    const before = judge(units, { groups });
    const edited = units.map((u) => (u.code === 'P' ? { ...u, deputies: 5 } : u));
    const tree = buildTree(edited);
    const codes = judgedAfterEdit(tree, ['P', 'tuPhap', 'T']);
    const fresh = evaluateFindings(
      edited,
      { ruleSet: SET_370, provinceClass: 'class2', autonomyGroup: (c) => groups[c] },
      tree,
      undefined,
      codes,
    );
    expect(mergeFindings(before, findingsFor(fresh, codes), codes, tree)).toEqual(judge(edited, { groups }));
  });

  it('follow a plan year by year as the full evaluation does (sở renamed, a board renamed in, a PSU regrouped)', () => {
    const units = province(
      [],
      [
        unit('P', 'tuPhap', { kind: 'psu', name: 'Trung tâm P', publicEmployeeQuota: 20, publicEmployeeActual: 20 }),
        unit('Q', 'tuPhap', { kind: 'psu', name: 'Trung tâm Q', publicEmployeeQuota: 20, publicEmployeeActual: 20 }),
        ...[1, 2, 3].map((i) =>
          unit(`BQ${i}`, 'T', {
            kind: 'psu',
            name: `Ban quản lý dự án ${i}`,
            publicEmployeeQuota: 20,
            publicEmployeeActual: 20,
          }),
        ),
        unit('Z', 'T', { kind: 'psu', name: 'Trung tâm Z', publicEmployeeQuota: 20, publicEmployeeActual: 20 }),
      ],
    );
    const plan = [
      { type: 'rename' as const, year: 2026, unit: 'yTe', name: 'Sở YT' }, // still Y tế by its sector
      { type: 'rename' as const, year: 2026, unit: 'vanPhongUbnd', name: 'Văn phòng tỉnh' }, // not recognised
      { type: 'rename' as const, year: 2027, unit: 'Z', name: 'Ban Quản lý dự án Z' },
      { type: 'setAutonomy' as const, year: 2027, unit: 'P', revenue: 5_000_000, spending: 100_000_000 },
      { type: 'setAutonomy' as const, year: 2028, unit: 'Q', revenue: 50_000_000, spending: 100_000_000 },
      { type: 'dissolve' as const, year: 2029, unit: 'thanhTra', staffTo: null },
    ];
    const options = { baseYear: 2025, horizon: 2030, rules: { provinceClass: 'class2' as const } };
    const incremental = simulate(units, plan, options);
    const full = simulate(units, plan, { ...options, fullEvaluation: true });
    incremental.years.forEach((y, i) => expect(y.findings, `year ${y.year}`).toEqual(full.years[i]!.findings));
    const wide = (year: number, parameter: string) =>
      of(incremental.years.find((y) => y.year === year)!.findings, parameter).map((f) => `${f.severity}:${f.key}`);
    expect(wide(2026, 'missingMandatoryDepartments')).toEqual(['note:find.mandatoryDepartmentUnsure']);
    expect(wide(2026, 'provincialProjectBoards')).toEqual([]);
    expect(wide(2027, 'provincialProjectBoards')).toEqual(['warning:find.projectBoards']);
    expect(wide(2027, 'stateManagementPsusPerDepartment')).toEqual(['note:find.plan130PsusGroupUnknown']);
    expect(wide(2028, 'stateManagementPsusPerDepartment')).toEqual(['warning:find.plan130Psus']);
    expect(wide(2029, 'missingMandatoryDepartments')).toEqual([
      'note:find.mandatoryDepartmentUnsure',
      'note:find.mandatoryDepartmentUnsure',
    ]);
  });
});
