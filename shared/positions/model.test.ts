import { describe, expect, it } from 'vitest';
import { PositionSchema, isMixedStaffing, parsePosition, quotaOf, workforceOf } from './model.ts';
import type { UnitKind } from '../model/unit.ts';

const base = {
  unitCode: 'S.NV',
  name: '  Chuyên viên  tổ chức ',
  class: 'professional',
  rank: 'Chuyên viên',
  staffing: 'quota',
  needed: '3',
  present: 2,
};

describe('job position model', () => {
  it('parses a position, normalising the name and reading counts in Vietnamese format', () => {
    const p = PositionSchema.parse({ ...base, needed: '1.200' });
    expect(p).toEqual({
      unitCode: 'S.NV',
      name: 'Chuyên viên tổ chức',
      class: 'professional',
      rank: 'Chuyên viên',
      level: null,
      staffing: 'quota',
      staffingDefaulted: false,
      needed: 1200,
      present: 2,
    });
  });

  it('accepts levels 1–5 ("bậc 3" too) and refuses others with a Vietnamese key', () => {
    expect(PositionSchema.parse({ ...base, level: 'bậc 3' }).level).toBe(3);
    expect(PositionSchema.parse({ ...base, level: 5 }).level).toBe(5);
    expect(PositionSchema.parse({ ...base, level: '' }).level).toBeNull();
    for (const bad of [0, 6, 2.5, 'hai'])
      expect(PositionSchema.safeParse({ ...base, level: bad }).error?.issues[0]?.message).toBe('err.positionLevel');
  });

  it('names the field and the key of each refusal', () => {
    const r = parsePosition(
      { ...base, name: ' ', class: 'x', staffing: 'thời vụ', needed: -1, present: 1.5 },
      'civil-servant',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      { field: 'name', key: 'err.positionNameRequired' },
      { field: 'class', key: 'err.positionClass' },
      { field: 'staffing', key: 'err.positionStaffing' },
      { field: 'needed', key: 'err.negative' },
      { field: 'present', key: 'err.notInteger' },
    ]);
    expect(parsePosition({ ...base, name: 'x'.repeat(251) }, 'civil-servant')).toEqual({
      ok: false,
      issues: [{ field: 'name', key: 'err.positionNameTooLong' }],
    });
    expect(parsePosition({ ...base, rank: 'Chuyên viên\u202e' }, 'civil-servant')).toEqual({
      ok: false,
      issues: [{ field: 'rank', key: 'err.controlChars' }],
    });
  });

  it("refuses a level on a civil servant's position, accepts it on a public employee's", () => {
    expect(parsePosition({ ...base, level: 2 }, 'civil-servant')).toEqual({
      ok: false,
      issues: [{ field: 'level', key: 'err.positionLevelCivilServant' }],
    });
    expect(parsePosition({ ...base, level: 2 }, 'public-employee')).toMatchObject({ ok: true, position: { level: 2 } });
  });

  describe('workforceOf: by what the unit is staffed with', () => {
    const staffed = (kind: UnitKind, cq: number, pq: number, ca = 0, pa = 0) => ({
      kind,
      civilServantQuota: cq,
      publicEmployeeQuota: pq,
      civilServantActual: ca,
      publicEmployeeActual: pa,
    });
    it('gives PSUs and their divisions public employees whatever their quotas', () => {
      expect(workforceOf(staffed('psu', 0, 0))).toBe('public-employee');
      expect(workforceOf(staffed('psu_division', 3, 0, 3))).toBe('public-employee');
    });
    it("gives a health station of kind 'other' with SNLV 8 and no civil-servant quota public employees", () => {
      expect(workforceOf(staffed('other', 0, 8, 0, 7))).toBe('public-employee');
      expect(workforceOf(staffed('other', 0, 1))).toBe('public-employee');
      expect(quotaOf(staffed('other', 0, 8, 0, 7))).toBe(8);
    });
    it('gives a unit with a civil-servant quota civil servants, also when it has a public-employee quota (mixed)', () => {
      expect(workforceOf(staffed('department', 1, 0))).toBe('civil-servant');
      expect(workforceOf(staffed('other', 2, 8, 2, 8))).toBe('civil-servant');
      expect(isMixedStaffing(staffed('other', 2, 8))).toBe(true);
      expect(isMixedStaffing(staffed('other', 0, 8))).toBe(false);
      expect(isMixedStaffing(staffed('psu', 2, 8))).toBe(false);
      expect(quotaOf(staffed('other', 2, 8))).toBe(2);
    });
    it('decides a unit without quota by its people, an empty one as an agency', () => {
      expect(workforceOf(staffed('other', 0, 0, 0, 5))).toBe('public-employee');
      expect(workforceOf(staffed('other', 0, 0, 1, 5))).toBe('civil-servant');
      for (const k of ['department', 'division', 'sub_department', 'people_committee', 'other'] as const)
        expect(workforceOf(staffed(k, 0, 0))).toBe('civil-servant');
    });
  });
});
