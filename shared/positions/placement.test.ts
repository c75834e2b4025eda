import { describe, expect, it } from 'vitest';
import { presentFromPeople, unplacedFindings, type Placement } from './placement.ts';
import { position, unit } from '../../tests/fixtures.ts';

const units = [
  unit('TH', null, { kind: 'psu' }),
  unit('SNV', null, { kind: 'department' }),
  unit('ALL', null, { kind: 'psu' }),
];
const placement: Placement = new Map([
  ['TH', { byPosition: new Map([['Giáo viên', 7]]), withoutPosition: 2 }],
  ['SNV', { byPosition: new Map<string, number>(), withoutPosition: 3 }],
  ['ALL', { byPosition: new Map([['Kế toán', 1]]), withoutPosition: 0 }],
]);

const listed = [position('TH', 'Giáo viên', 'professional', 9), position('ALL', 'Kế toán', 'support', 1)];

describe('people placed in positions', () => {
  it('counts present from the people where a unit’s people carry positions, else keeps the number entered', () => {
    const ps = [
      position('TH', 'Giáo viên', 'professional', 9, { present: 4 }),
      position('TH', 'Văn thư', 'support', 1, { present: 1 }),
      position('SNV', 'Chuyên viên', 'professional', 5, { present: 5 }),
    ];
    expect(presentFromPeople(ps, placement).map((p) => p.present)).toEqual([7, 0, 5]);
    expect(presentFromPeople(ps, null).map((p) => p.present)).toEqual([4, 1, 5]);
  });

  it('gives unplaced as a note up to 01/07/2027 inclusive and an error from the next day, per unit with people holding none', () => {
    const on = unplacedFindings(units, placement, listed, '2027-07-01');
    expect(on.map((f) => [f.unitCode, f.severity, f.params.count, f.params.total])).toEqual([
      ['TH', 'note', 2, 9],
      ['SNV', 'note', 3, 3],
    ]);
    expect(on[0]).toMatchObject({ kind: 'unplaced', ruleSet: expect.any(String), confidence: 'C' });
    expect(unplacedFindings(units, placement, listed, '2027-07-02').map((f) => f.severity)).toEqual(['error', 'error']);
    expect(unplacedFindings(units, placement, listed, '2027-07-02', new Set(['SNV'])).map((f) => f.unitCode)).toEqual([
      'SNV',
    ]);
    expect(unplacedFindings(units, null, listed, '2027-07-02')).toEqual([]);
  });

  it('counts as unplaced the people holding a name that is no longer one of their unit’s positions', () => {
    const renamedAway = [position('TH', 'Giáo viên tiểu học', 'professional', 9), listed[1]!];
    expect(
      unplacedFindings(units, placement, renamedAway, '2027-07-01').map((f) => [f.unitCode, f.params.count]),
    ).toEqual([
      ['TH', 9],
      ['SNV', 3],
    ]);
  });

  it("cites the public-employee basis for a health station of kind 'other' staffed with viên chức (SNLV, no civil-servant quota)", () => {
    const station = unit('TYT', null, { kind: 'other', publicEmployeeQuota: 8, publicEmployeeActual: 7 });
    const agency = unit('SNV', null, { kind: 'department', civilServantQuota: 5, civilServantActual: 3 });
    const held = new Map([
      ['TYT', { byPosition: new Map<string, number>(), withoutPosition: 2 }],
      ['SNV', { byPosition: new Map<string, number>(), withoutPosition: 2 }],
    ]);
    const [ofStation, ofAgency] = unplacedFindings([station, agency], held, [], '2027-07-01');
    expect(ofStation).toMatchObject({ unitCode: 'TYT', ruleSet: 'nd232-2026' });
    expect(ofStation!.citation).toContain('232/2026');
    expect(ofAgency).toMatchObject({ unitCode: 'SNV', ruleSet: 'law80-2025' });
  });
});
