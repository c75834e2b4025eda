import { describe, expect, it } from 'vitest';
import { position, unit } from '../../tests/fixtures.ts';
import { deriveAll, deriveUnit, leadershipOf } from './derive.ts';
import type { Position } from './model.ts';

// Everyone in post unless said.
const pos = (unitCode: string, name: string, cls: Position['class'], needed: number, fields: Partial<Position> = {}) =>
  position(unitCode, name, cls, needed, { present: needed, ...fields });

const so = [
  pos('S', 'Giám đốc', 'leadership', 1),
  pos('S', 'Phó Giám đốc', 'leadership', 3),
  pos('S', 'Trưởng phòng', 'leadership', 5),
  pos('S', 'Phó Trưởng phòng', 'leadership', 6),
  pos('S', 'Chuyên viên tổ chức', 'professional', 4, { present: 3 }),
  pos('S', 'Lái xe', 'support', 2, { staffing: 'contract', present: 1 }),
  pos('S', 'Văn thư', 'support', 1, { staffingDefaulted: true }),
];

describe('what positions justify', () => {
  it('sums needed over quota positions as civil servants for an agency, and contract workers apart', () => {
    expect(deriveUnit(unit('S', null, { kind: 'department' }), so)).toMatchObject({
      workforce: 'civil-servant',
      civilServants: 20,
      publicEmployees: 0,
      contract: 2,
      presentQuota: 19,
      presentContract: 1,
      defaultedStaffing: 1,
      positions: 7,
    });
  });

  it("counts a PSU's quota positions as public employees", () => {
    const ps = [
      pos('B', 'Giám đốc', 'leadership', 1),
      pos('B', 'Bác sĩ', 'professional', 10),
      pos('B', 'Bảo vệ', 'support', 2, { staffing: 'contract' }),
    ];
    expect(deriveUnit(unit('B', null, { kind: 'psu' }), ps)).toMatchObject({
      workforce: 'public-employee',
      civilServants: 0,
      publicEmployees: 11,
      contract: 2,
    });
  });

  it("takes the head's deputies from 'Phó ' + the head's title, not the deputies of the phòng", () => {
    expect(leadershipOf(so)).toEqual({ headTitle: 'Giám đốc', heads: 1, deputies: 3, otherLeaders: 11 });
    expect(leadershipOf([pos('X', 'phó  giám đốc', 'leadership', 2), pos('X', 'Giám Đốc', 'leadership', 1)])).toEqual({
      headTitle: 'Giám Đốc',
      heads: 1,
      deputies: 2,
      otherLeaders: 0,
    });
    // No head position listed: the deputies are unknown, never guessed.
    expect(leadershipOf([pos('X', 'Phó Giám đốc', 'leadership', 2)])).toEqual({
      headTitle: null,
      heads: 0,
      deputies: null,
      otherLeaders: 2,
    });
    expect(leadershipOf([])).toEqual({ headTitle: null, heads: 0, deputies: null, otherLeaders: 0 });
  });

  it("derives every unit that has positions, in the units' order", () => {
    const units = [unit('T', null), unit('S', 'T', { kind: 'department' }), unit('B', 'T', { kind: 'psu' })];
    const out = deriveAll(units, [pos('B', 'Bác sĩ', 'professional', 4), ...so]);
    expect(out.map((d) => [d.code, d.civilServants, d.publicEmployees])).toEqual([
      ['S', 20, 0],
      ['B', 0, 4],
    ]);
  });

  it("counts a health station's quota positions as public employees: kind 'other', SNLV 8, no civil-servant quota", () => {
    const station = unit('TYT', null, { kind: 'other', publicEmployeeQuota: 8, publicEmployeeActual: 7 });
    const ps = [pos('TYT', 'Trạm trưởng', 'leadership', 1), pos('TYT', 'Bác sĩ', 'professional', 8)];
    expect(deriveUnit(station, ps)).toMatchObject({
      workforce: 'public-employee',
      civilServants: 0,
      publicEmployees: 9,
    });
    const mixed = unit('M', null, { kind: 'other', civilServantQuota: 2, publicEmployeeQuota: 8 });
    expect(deriveUnit(mixed, ps)).toMatchObject({ workforce: 'civil-servant', civilServants: 9, publicEmployees: 0 });
  });
});
