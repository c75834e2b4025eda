import { describe, expect, it } from 'vitest';
import { position, unit } from '../../tests/fixtures.ts';
import { translate } from '../i18n/index.ts';
import { ruleSetById } from '../rules/rule-sets.ts';
import { deriveAll, deriveUnit } from './derive.ts';
import { levelRatioFindings, positionDeputyFindings, quotaVsPositions, unplacedFinding } from './findings.ts';
import type { PositionLevel } from './model.ts';

const pos = position;
const vi = (f: { key: Parameters<typeof translate>[1]; params: Record<string, string | number> } | null) =>
  f ? translate('vi', f.key, f.params) : null;

describe('quota-vs-positions', () => {
  const so = unit('S', null, { kind: 'department', civilServantQuota: 20 });
  const positions = [
    pos('S', 'Giám đốc', 'leadership', 1),
    pos('S', 'Chuyên viên', 'professional', 19),
    pos('S', 'Lái xe', 'support', 3, { staffing: 'contract' }),
  ];
  const from = deriveUnit(so, positions);

  it('is silent when the quota equals what the positions justify (contract positions do not count)', () => {
    expect(quotaVsPositions(so, from, '2026-12-07')).toBeNull();
  });

  it('warns one above, notes one below, under Law 80/2025 Art. 40 [C]', () => {
    const above = quotaVsPositions({ ...so, civilServantQuota: 21 }, from, '2026-12-07')!;
    expect(above).toMatchObject({
      kind: 'quota-vs-positions',
      severity: 'warning',
      ruleSet: 'law80-2025',
      confidence: 'C',
      params: { assigned: 21, justified: 20, difference: 1 },
    });
    expect(above.citation).toContain('Điều 40 khoản 2–3');
    expect(vi(above)).toBe(
      'Biên chế công chức được giao (21) cao hơn số các vị trí việc làm tính trong biên chế cần (20): dư 1.',
    );
    const below = quotaVsPositions({ ...so, civilServantQuota: 19 }, from, '2026-12-07')!;
    expect(below).toMatchObject({ severity: 'note', key: 'find.quotaBelowPositionsCivilServants', confidence: 'C' });
    // The difference reads as a number of people, in both languages (not "… được giao (19) 1;").
    expect(vi(below)).toBe(
      'Các vị trí việc làm tính trong biên chế cần 20 công chức, nhiều hơn biên chế được giao (19) là 1 người; biên chế được giao là mức phải tuân thủ.',
    );
    expect(translate('en', below.key, below.params)).toBe(
      'The job positions counted in the quota need 20 civil servants: 1 more than the assigned quota (19), which is the limit to keep to.',
    );
  });

  it('is a note (M) when a staffing came from the class default, or before Law 80/2025 (Decree 62/2020 not stored)', () => {
    const defaulted = deriveUnit(so, [
      ...positions,
      pos('S', 'Văn thư', 'support', 1, { staffing: 'contract', staffingDefaulted: true }),
    ]);
    const note = quotaVsPositions({ ...so, civilServantQuota: 25 }, defaulted, '2026-12-07')!;
    expect(note).toMatchObject({ severity: 'note', confidence: 'M' });
    // Said in the reader's language, in the message; the citation is the law's alone.
    expect(vi(note)).toContain('Hình thức (biên chế/hợp đồng) của 1 vị trí lấy theo mặc định, cần xác minh.');
    expect(translate('en', note.key, note.params)).toContain('of 1 position(s) was taken by default: to verify.');
    expect(translate('en', note.key, note.params)).not.toMatch(/cần xác minh|mặc định/);
    expect(note.citation).not.toContain('mặc định');
    expect(quotaVsPositions({ ...so, civilServantQuota: 25 }, from, '2025-06-30')).toMatchObject({
      severity: 'note',
      confidence: 'M',
      ruleSet: 'nd62-2020',
    });
    expect(quotaVsPositions({ ...so, civilServantQuota: 25 }, from, '2025-07-01')).toMatchObject({
      severity: 'warning',
      confidence: 'C',
    });
    expect(quotaVsPositions({ ...so, civilServantQuota: 25 }, from, '2020-05-31')).toBeNull();
  });

  it("judges a PSU's state-paid quota by Decree 106/2020 Art. 4.2 [C] until 30/06/2026, then as unverified [M]", () => {
    const psu = unit('B', null, { kind: 'psu', publicEmployeeQuota: 12, civilServantQuota: 99 });
    const f = deriveUnit(psu, [pos('B', 'Bác sĩ', 'professional', 10)]);
    expect(quotaVsPositions(psu, f, '2026-06-30')).toMatchObject({
      severity: 'warning',
      confidence: 'C',
      ruleSet: 'nd106-2020',
      key: 'find.quotaAbovePositionsPublicEmployees',
      params: { assigned: 12, justified: 10 },
    });
    expect(quotaVsPositions(psu, f, '2026-07-01')).toMatchObject({
      severity: 'note',
      confidence: 'M',
      ruleSet: 'nd106-2020-after-232',
    });
  });

  it('says nothing for a unit without positions', () => {
    expect(quotaVsPositions(so, deriveUnit(so, []), '2026-12-07')).toBeNull();
  });
});

describe('leadership positions against the deputy limits of the rule sets', () => {
  const units = [
    unit('T', null, { kind: 'people_committee', level: 'province' }),
    unit('S', 'T', { kind: 'department', deputies: 3, civilServantQuota: 10 }),
    unit('S.P', 'S', { kind: 'division', civilServantQuota: 12, deputies: 1 }),
  ];
  const ctx = { ruleSet: ruleSetById('nd120-150-370-2026')!, provinceClass: 'class2' as const, date: '2026-12-07' };
  const phong = (deputies: number) => [
    pos('S.P', 'Trưởng phòng', 'leadership', 1),
    pos('S.P', 'Phó Trưởng phòng', 'leadership', deputies),
    pos('S.P', 'Chuyên viên', 'professional', 6),
  ];

  it("reports the positions' deputies above the limit (a phòng of 12 posts: 2, Decree 150/2025), with the rule set's citation", () => {
    const fs = positionDeputyFindings(units, deriveAll(units, phong(3)), ctx);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      unitCode: 'S.P',
      kind: 'positions-deputies',
      severity: 'error',
      ruleSet: 'nd120-150-370-2026',
      confidence: 'C2',
      params: { deputies: 3, max: 2, posts: 12 },
    });
    expect(vi(fs[0]!)).toBe(
      'Theo vị trí việc làm lãnh đạo: Có 3 phó trưởng phòng, vượt mức tối đa 2 đối với phòng có 12 biên chế.',
    );
  });

  it('is silent at the limit and when the positions name no head', () => {
    expect(positionDeputyFindings(units, deriveAll(units, phong(2)), ctx)).toEqual([]);
    expect(
      positionDeputyFindings(units, deriveAll(units, [pos('S.P', 'Phó Trưởng phòng', 'leadership', 5)]), ctx),
    ).toEqual([]);
  });
});

describe("leadership positions against the sở deputies' average (Decree 150/2025, judged on the province)", () => {
  // 3 sở with 3 recorded deputies each: 9 of the average's 3 × 3 = 9.
  const units = [
    unit('T', null, { kind: 'people_committee', level: 'province' }),
    unit('SNV', 'T', { kind: 'department', name: 'Sở Nội vụ', deputies: 3, civilServantQuota: 30 }),
    unit('STP', 'T', { kind: 'department', name: 'Sở Tư pháp', deputies: 3, civilServantQuota: 30 }),
    unit('STC', 'T', { kind: 'department', name: 'Sở Tài chính', deputies: 3, civilServantQuota: 30 }),
  ];
  const ctx = { ruleSet: ruleSetById('nd120-150-370-2026')!, provinceClass: 'class2' as const, date: '2026-12-07' };
  const snv = (deputies: number) => [
    pos('SNV', 'Giám đốc', 'leadership', 1),
    pos('SNV', 'Phó Giám đốc', 'leadership', deputies),
  ];

  it("warns when the sở's Phó Giám đốc positions bring the province above the average (4: 10 of 9)", () => {
    const fs = positionDeputyFindings(units, deriveAll(units, snv(4)), ctx);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      unitCode: 'T',
      kind: 'positions-deputies',
      severity: 'warning',
      params: { total: 10, max: 9, avg: 3, count: 3 },
    });
    expect(vi(fs[0]!)).toContain('Theo vị trí việc làm lãnh đạo:');
  });

  it('is silent at the average (3: 9 of 9) and when the province is above it already without the positions', () => {
    expect(positionDeputyFindings(units, deriveAll(units, snv(3)), ctx)).toEqual([]);
    const over = units.map((u) => (u.code === 'STP' ? { ...u, deputies: 5 } : u));
    expect(positionDeputyFindings(over, deriveAll(over, snv(3)), ctx)).toEqual([]);
    expect(positionDeputyFindings(over, deriveAll(over, snv(4)), ctx)).toHaveLength(1);
  });
});

describe('level ratios of Decree 232/2026 Art. 10', () => {
  const lines = (levels: Partial<Record<PositionLevel, number>>, name = 'Giáo viên') =>
    Object.entries(levels).map(([l, n]) => pos('B', name, 'professional', n, { level: Number(l) as PositionLevel }));
  const ctx = { date: '2026-12-07', autonomyGroup: '3a' as const };
  const run = (levels: Partial<Record<PositionLevel, number>>, c: Parameters<typeof levelRatioFindings>[2] = ctx) =>
    levelRatioFindings('B', lines(levels), c).map((f) => [
      f.severity,
      f.key,
      f.params,
      f.citation.replace('Nghị định 232/2026/NĐ-CP, ', ''),
    ]);

  it('top level 5: bậc 5 at most 30%, the nearest lower level used at most 40% (point a)', () => {
    expect(run({ 5: 3, 4: 4, 3: 3 })).toEqual([]);
    expect(run({ 5: 4, 4: 4, 3: 2 })).toEqual([
      ['warning', 'find.levelRatio', { level: 5, count: 4, total: 10, pct: 30, max: 3 }, 'Điều 10 khoản 2 điểm a'],
    ]);
    expect(run({ 5: 3, 4: 5, 3: 2 })).toEqual([
      ['warning', 'find.levelRatio', { level: 4, count: 5, total: 10, pct: 40, max: 4 }, 'Điều 10 khoản 2 điểm a'],
    ]);
    // Level 4 not used: the nearest lower level used (3) takes the 40%.
    expect(run({ 5: 2, 3: 5, 2: 3 })).toEqual([
      ['warning', 'find.levelRatio', { level: 3, count: 5, total: 10, pct: 40, max: 4 }, 'Điều 10 khoản 2 điểm a'],
    ]);
  });

  it('top level 4: bậc 4 at most 40% (point b)', () => {
    expect(run({ 4: 4, 3: 3, 2: 3 })).toEqual([]);
    expect(run({ 4: 5, 3: 3, 2: 2 })).toMatchObject([
      ['warning', 'find.levelRatio', { level: 4, pct: 40 }, 'Điều 10 khoản 2 điểm b'],
    ]);
  });

  it('two levels: the higher at most 50% (point c); a breach of a or b alone is a note', () => {
    expect(run({ 3: 5, 2: 5 })).toEqual([]);
    expect(run({ 3: 6, 2: 4 })).toMatchObject([
      ['warning', 'find.levelRatio', { level: 3, pct: 50, max: 5 }, 'Điều 10 khoản 2 điểm c'],
    ]);
    expect(run({ 5: 4, 4: 6 })).toMatchObject([
      ['note', 'find.levelRatioWhichPoint', { level: 5, pct: 30 }, 'Điều 10 khoản 2 điểm a'],
    ]);
  });

  it('exempts single-level positions (10.4), contract lines, groups 1–2 (10.3), and days before 01/07/2026', () => {
    expect(run({ 5: 10 })).toEqual([]);
    expect(
      levelRatioFindings(
        'B',
        [...lines({ 3: 1 }), pos('B', 'Giáo viên', 'professional', 9, { level: 2, staffing: 'contract' })],
        ctx,
      ),
    ).toEqual([]);
    expect(run({ 5: 9, 4: 1, 3: 1 }, { ...ctx, autonomyGroup: '2' })).toEqual([]);
    expect(run({ 5: 9, 4: 1, 3: 1 }, { ...ctx, date: '2026-06-30' })).toEqual([]);
    expect(run({ 5: 9, 4: 1, 3: 1 }, { ...ctx, date: '2026-07-01' })).toHaveLength(1);
  });

  it('gives a note when the group is unknown, and says where the decree states no ratio', () => {
    expect(run({ 5: 4, 4: 4, 3: 2 }, { ...ctx, autonomyGroup: null })).toMatchObject([
      ['note', 'find.levelRatioGroupUnknown', { level: 5 }, 'Điều 10 khoản 2 điểm a'],
    ]);
    expect(run({ 3: 8, 2: 1, 1: 1 })).toMatchObject([
      ['note', 'find.levelRatioNotStated', { top: 3, levels: 3 }, 'Điều 10 khoản 2'],
    ]);
  });

  it('judges each position on its own', () => {
    const fs = levelRatioFindings(
      'B',
      [...lines({ 3: 6, 2: 4 }, 'Giáo viên'), ...lines({ 3: 5, 2: 5 }, 'Kế toán')],
      ctx,
    );
    expect(fs.map((f) => f.position)).toEqual(['Giáo viên']);
  });
});

describe('people not yet placed in a position', () => {
  const cs = { unitCode: 'S', workforce: 'civil-servant' as const, withPosition: 8, withoutPosition: 2 };

  it('is a note until 01/07/2027 included, an error from the day after', () => {
    expect(unplacedFinding({ ...cs, date: '2027-07-01' })).toMatchObject({
      severity: 'note',
      key: 'find.unplaced',
      params: { count: 2, total: 10, days: 0 },
      confidence: 'C',
      ruleSet: 'law80-2025',
    });
    const late = unplacedFinding({ ...cs, date: '2027-07-02' })!;
    expect(late).toMatchObject({ severity: 'error', key: 'find.unplacedOverdue', params: { days: 1 } });
    expect(late.citation).toContain('Điều 45 khoản 2');
    expect(vi(unplacedFinding({ ...cs, date: '2026-12-07' }))).toBe(
      'Còn 2/10 người chưa được bố trí vào vị trí việc làm; hạn chót 01/07/2027 (còn 206 ngày).',
    );
  });

  it('is silent when everyone is placed or before the law is in force', () => {
    expect(unplacedFinding({ ...cs, withoutPosition: 0, date: '2027-08-01' })).toBeNull();
    expect(unplacedFinding({ ...cs, date: '2025-06-30' })).toBeNull();
    const pe = { ...cs, workforce: 'public-employee' as const };
    expect(unplacedFinding({ ...pe, date: '2026-06-30' })).toBeNull();
    expect(unplacedFinding({ ...pe, date: '2026-07-01' })).toMatchObject({
      severity: 'note',
      ruleSet: 'nd232-2026',
      params: { days: 365 },
    });
  });
});
