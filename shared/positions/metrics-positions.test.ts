import { describe, expect, it } from 'vitest';
import { position, unit } from '../../tests/fixtures.ts';
import { positionsByUnit } from './derive.ts';
import { metricsPositions } from './quota-beside.ts';
import type { Position } from './model.ts';
import type { Unit } from '../model/unit.ts';

const units = (snvQuota: number): Unit[] => [
  unit('T', null, { kind: 'people_committee' }),
  unit('SNV', 'T', { kind: 'department', civilServantQuota: snvQuota, civilServantActual: snvQuota }),
  unit('STC', 'T', { kind: 'department', civilServantQuota: 20, civilServantActual: 20 }),
  unit('BV', 'T', { kind: 'psu', publicEmployeeQuota: 50, publicEmployeeActual: 50 }),
  unit('TH', 'T', { kind: 'psu', publicEmployeeQuota: 30, publicEmployeeActual: 30 }),
];
const positions: Position[] = [
  position('SNV', 'Giám đốc', 'leadership', 1),
  position('SNV', 'Chuyên viên', 'professional', 9),
  position('SNV', 'Lái xe', 'support', 2, { staffing: 'contract' }),
  position('BV', 'Giám đốc', 'leadership', 1),
  position('BV', 'Bác sĩ', 'professional', 55),
  position('BV', 'Bảo vệ', 'support', 3, { staffing: 'contract' }),
];
const year = (y: number, list: Unit[], ps: Position[]) => ({ year: y, units: list, positions: positionsByUnit(ps) });

describe('metricsPositions: the quotas of the plan’s years beside its job positions', () => {
  it('gives per year and workforce the quota, the units covered, what their positions justify and the contract workers', () => {
    const [y2025, y2026] = metricsPositions([year(2025, units(12), positions), year(2026, units(10), positions)])!;
    expect(y2025!.civilServants).toEqual({
      year: 2025,
      assigned: 32, // the metric: 12 + 20, the Sở Tài chính's 20 included though it has no positions
      units: 2,
      withPositions: 1, // only the Sở Nội vụ: the figure is not complete
      coveredAssigned: 12,
      justified: 10, // leader + 9 specialists; the contract driver apart
      above: 2,
      aboveUnits: 1,
      below: 0,
      belowUnits: 0,
      contract: 2,
      defaulted: 0,
    });
    expect(y2025!.publicEmployees).toMatchObject({
      assigned: 80,
      units: 2,
      withPositions: 1,
      coveredAssigned: 50,
      justified: 56,
      above: 0,
      below: 6,
      belowUnits: 1,
      contract: 3,
    });
    expect(y2026!.civilServants).toMatchObject({
      year: 2026,
      assigned: 30,
      coveredAssigned: 10,
      justified: 10,
      above: 0,
    });
  });

  it('counts the positions whose staffing is the class default (a convention marked M), to verify', () => {
    const defaulted = [
      ...positions,
      position('STC', 'Chuyên viên', 'professional', 4, { staffingDefaulted: true }),
      position('STC', 'Tạp vụ', 'support', 1, { staffing: 'contract', staffingDefaulted: true }),
    ];
    const [y] = metricsPositions([year(2026, units(10), defaulted)])!;
    expect(y!.civilServants).toMatchObject({ withPositions: 2, justified: 14, contract: 3, defaulted: 2 });
    expect(y!.publicEmployees.defaulted).toBe(0);
  });

  it('counts a unit whose positions are all by contract as covered, with nothing justified in the quota', () => {
    const [y] = metricsPositions([
      year(2026, units(10), [position('STC', 'Tạp vụ', 'support', 1, { staffing: 'contract' })]),
    ])!;
    expect(y!.civilServants).toMatchObject({
      withPositions: 1,
      coveredAssigned: 20,
      justified: 0,
      above: 20,
      contract: 1,
    });
    expect(y!.publicEmployees).toMatchObject({ units: 2, withPositions: 0, justified: 0, contract: 0 });
  });

  it('is null when no year of the plan has positions: no empty rows beside the quota', () => {
    expect(metricsPositions([year(2025, units(12), []), year(2026, units(10), [])])).toBeNull();
    // One year with positions (a plan that sets them later) is enough: the other years say 0 of N units.
    const r = metricsPositions([year(2025, units(12), []), year(2026, units(10), positions)])!;
    expect(r[0]!.civilServants).toMatchObject({ units: 2, withPositions: 0, justified: 0, coveredAssigned: 0 });
    expect(r[1]!.civilServants).toMatchObject({ withPositions: 1, justified: 10 });
  });

  it('counts the deputies the leadership positions plan beside those recorded, over the units whose positions name their head', () => {
    const list = [
      ...units(10).map((u) =>
        u.code === 'SNV' ? { ...u, deputies: 2 } : u.code === 'STC' ? { ...u, deputies: 3 } : u,
      ),
    ];
    const withDeputy = [...positions, position('SNV', 'Phó Giám đốc', 'leadership', 3)];
    const [y] = metricsPositions([year(2026, list, withDeputy)])!;
    // SNV (deputies, head listed), STC (deputies, no positions), BV (positions, head listed): 2 of 3 name their head.
    expect(y!.deputies).toEqual({ units: 3, withHead: 2, planned: 3, recorded: 2 });
    // A unit whose positions list no head is not covered (nothing is said of its deputies).
    const [z] = metricsPositions([year(2026, list, [position('SNV', 'Chuyên viên', 'professional', 5)])])!;
    expect(z!.deputies).toEqual({ units: 2, withHead: 0, planned: 0, recorded: 0 });
  });
});
