import { describe, expect, it } from 'vitest';
import { PositionSchema, parsePosition, workforceOf } from './model.ts';

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

  it('gives PSUs and their divisions public employees, every other unit civil servants', () => {
    expect(workforceOf('psu')).toBe('public-employee');
    expect(workforceOf('psu_division')).toBe('public-employee');
    for (const k of ['department', 'division', 'sub_department', 'people_committee', 'other'] as const)
      expect(workforceOf(k)).toBe('civil-servant');
  });
});
