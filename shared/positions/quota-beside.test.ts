import { describe, expect, it } from 'vitest';
import { position, unit } from '../../tests/fixtures.ts';
import { positionsByUnit } from './derive.ts';
import { targetPositions } from './quota-beside.ts';
import { positionsLine, positionsNoteText, targetPositionsText } from './quota-beside-text.ts';
import type { Position } from './model.ts';
import type { Unit } from '../model/unit.ts';
import { simulate } from '../scenario/simulate.ts';
import type { Target } from '../scenario/targets.ts';

const units = (snvQuota: number, extra: Partial<Unit> = {}) => [
  unit('T', null, { kind: 'people_committee' }),
  unit('SNV', 'T', { kind: 'department', civilServantQuota: snvQuota, civilServantActual: snvQuota, ...extra }),
  unit('STC', 'T', { kind: 'department', civilServantQuota: 20, civilServantActual: 20 }),
  unit('X', 'T', { kind: 'people_committee', level: 'commune', civilServantQuota: 5, civilServantActual: 5 }),
  unit('BV', 'T', { kind: 'psu', publicEmployeeQuota: 50, publicEmployeeActual: 50 }),
];
const snv = (needed: number, fields: Partial<Position> = {}) => [
  position('SNV', 'Giám đốc', 'leadership', 1),
  position('SNV', 'Chuyên viên', 'professional', needed - 1, fields),
];
const year = (y: number, list: Unit[], positions: Position[]) => ({
  year: y,
  units: list,
  positions: positionsByUnit(positions),
});
const cs = { metric: 'civilServantQuota', communeStaff: 'included', year: 2026, status: 'met' } as const;

describe('targetPositions: the positions beside a quota target', () => {
  it('says per year the quota assigned and what the positions of the units that have them justify', () => {
    const r = targetPositions(cs, [year(2025, units(12), snv(10)), year(2026, units(10), snv(10))])!;
    expect(r.byYear).toEqual([
      {
        year: 2025,
        assigned: 37, // 12 + 20 + 5 (commune staff counted in)
        units: 3,
        withPositions: 1,
        coveredAssigned: 12,
        justified: 10,
        above: 2,
        aboveUnits: 1,
        below: 0,
        belowUnits: 0,
      },
      expect.objectContaining({ year: 2026, assigned: 35, coveredAssigned: 10, justified: 10, above: 0, below: 0 }),
    ]);
    // Quota equal to what the positions justify in the target year: nothing to say.
    expect(r.notes).toEqual([]);
    // Commune staff counted out: the commune's quota and unit leave the scope.
    expect(
      targetPositions({ ...cs, communeStaff: 'excluded' }, [year(2026, units(10), snv(10))])!.byYear[0],
    ).toMatchObject({ assigned: 30, units: 2 });
  });

  it('warns when the target is met on paper but a quota stays above what positions justify (one above: the boundary)', () => {
    const r = targetPositions(cs, [year(2026, units(11), snv(10))])!;
    expect(r.notes).toEqual([
      {
        kind: 'metAbove',
        workforce: 'civil-servant',
        count: 1,
        units: 1,
        severity: 'warning',
        confidence: 'C',
        citation: expect.stringContaining('Luật Cán bộ, công chức số 80/2025/QH15, Điều 40'),
      },
    ]);
    // Not met: the verdict already says so, no note on top of it.
    expect(targetPositions({ ...cs, status: 'not_met' }, [year(2026, units(11), snv(10))])!.notes).toEqual([]);
  });

  it('warns when the cut goes below what the positions need, met or not', () => {
    for (const status of ['met', 'not_met'] as const)
      expect(targetPositions({ ...cs, status }, [year(2026, units(9), snv(10))])!.notes).toEqual([
        expect.objectContaining({ kind: 'below', count: 1, units: 1, severity: 'warning', confidence: 'C' }),
      ]);
  });

  it('makes it a note to verify, its basis not cited as law, when the basis or a staffing is marked M', () => {
    // Public employees from 01/07/2026: whether Decree 106/2020 Art. 4.2 still stands is an inference [M].
    const pe = { ...cs, metric: 'publicEmployeeQuota' };
    const bv = [position('BV', 'Bác sĩ', 'professional', 40)];
    const in2026 = targetPositions(pe, [year(2026, units(10), bv)])!;
    expect(in2026.notes).toEqual([
      expect.objectContaining({ kind: 'metAbove', count: 10, severity: 'note', confidence: 'M', citation: null }),
    ]);
    // Before it, Decree 106/2020 Art. 4.2.a [C].
    expect(targetPositions({ ...pe, year: 2025 }, [year(2025, units(10), bv)])!.notes).toEqual([
      expect.objectContaining({ confidence: 'C', citation: expect.stringContaining('106/2020') }),
    ]);
    // A staffing taken from the class default (Hình thức empty) is marked M.
    expect(targetPositions(cs, [year(2026, units(11), snv(10, { staffingDefaulted: true }))])!.notes).toEqual([
      expect.objectContaining({ severity: 'note', confidence: 'M', citation: null }),
    ]);
  });

  it('says nothing for a target on other metrics, or when no unit in its scope has positions', () => {
    expect(targetPositions({ ...cs, metric: 'psus' }, [year(2026, units(11), snv(10))])).toBeNull();
    expect(targetPositions(cs, [year(2026, units(11), [])])).toBeNull();
    expect(targetPositions({ ...cs, metric: 'publicEmployeeQuota' }, [year(2026, units(11), snv(10))])).toBeNull();
    // Both counts: the positions of either workforce.
    expect(
      targetPositions({ ...cs, metric: 'civilServantQuota+publicEmployeeQuota' }, [year(2026, units(11), snv(10))])!
        .byYear[0],
    ).toMatchObject({ assigned: 86, units: 4, withPositions: 1 });
  });

  it('feeds the plan’s targets: a quota cut meeting the target on paper below what the positions need', () => {
    const target: Target = {
      id: 't',
      title: 'Giảm 10% biên chế công chức',
      citation: 'x',
      metric: ['civilServantQuota'],
      baseYear: 2025,
      year: 2027,
      requiredPct: 10,
    };
    const base = units(12);
    const sim = simulate(base, [{ type: 'setQuota', year: 2026, unit: 'SNV', civilServantQuota: 8 }], {
      baseYear: 2025,
      horizon: 2027,
      rules: { provinceClass: 'class1' },
      targets: [target],
      positions: positionsByUnit(snv(10)),
    });
    const t = sim.targets[0]!;
    expect(t.status).toBe('met'); // 37 → 33: 10,8%
    expect(t.positions!.byYear.map((y) => [y.year, y.assigned, y.coveredAssigned, y.justified])).toEqual([
      [2025, 37, 12, 10],
      [2026, 33, 8, 10],
      [2027, 33, 8, 10],
    ]);
    expect(t.positions!.notes).toEqual([expect.objectContaining({ kind: 'below', count: 2 })]);
    // Without positions, the target is as before.
    const plain = simulate(base, [], {
      baseYear: 2025,
      horizon: 2027,
      rules: { provinceClass: 'class1' },
      targets: [target],
    });
    expect(plain.targets[0]!.positions).toBeUndefined();
  });
});

describe('the positions beside a target, in words', () => {
  it('says the line (with the units that have positions when not all do) and each note with its basis or "cần xác minh"', () => {
    const r = targetPositions(cs, [year(2026, units(1210), snv(1180))])!;
    expect(positionsLine('vi', r.byYear[0]!)).toBe(
      'Biên chế giao 1.235 · theo VTVL 1.180 (chỉ 1/3 đơn vị có vị trí việc làm; biên chế giao của các đơn vị này: 1.210)',
    );
    const all = targetPositions(cs, [year(2026, units(1210).slice(0, 2), snv(1180))])!;
    expect(positionsLine('vi', all.byYear[0]!)).toBe('Biên chế giao 1.210 · theo VTVL 1.180');
    expect(positionsNoteText('vi', r.notes[0]!)).toBe(
      'Đạt chỉ tiêu trên giấy, nhưng biên chế công chức được giao vẫn cao hơn số vị trí việc làm xác định ở 1 đơn vị (vượt 30). Căn cứ: Luật Cán bộ, công chức số 80/2025/QH15, Điều 40 khoản 2–3; Nghị định 170/2025/NĐ-CP, Điều 3 khoản 1 (Đã đối chiếu văn bản).',
    );
    const verify = targetPositions({ ...cs, metric: 'publicEmployeeQuota' }, [
      year(2026, units(10), [position('BV', 'Bác sĩ', 'professional', 60)]),
    ])!;
    const said = positionsNoteText('vi', verify.notes[0]!);
    expect(said).toContain('số lượng viên chức hưởng lương NSNN được giao thấp hơn ở 1 đơn vị (thiếu 10)');
    expect(said).toContain('Cần xác minh');
    expect(said).not.toContain('106/2020');
    expect(targetPositionsText('vi', all, 2026)).toBe(
      'Biên chế giao 1.210 · theo VTVL 1.180 ' + positionsNoteText('vi', all.notes[0]!),
    );
    expect(targetPositionsText('vi', all, 2027)).toBeNull();
  });
});
