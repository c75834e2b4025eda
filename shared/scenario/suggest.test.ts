import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { suggestMerges } from './suggest.ts';

const units = [
  unit('T', null, { kind: 'people_committee' }),
  unit('S', 'T', { kind: 'department' }),
  unit('H1', 'S', { kind: 'psu', sector: 'health', name: 'Bệnh viện số 1', publicEmployeeActual: 80 }),
  unit('H2', 'S', { kind: 'psu', sector: 'health', name: 'Bệnh viện số 2', publicEmployeeActual: 12 }),
  unit('H3', 'S', { kind: 'psu', sector: 'health', name: 'Bệnh viện số 3', publicEmployeeActual: 30 }),
  unit('E1', 'S', { kind: 'psu', sector: 'education', name: 'Trường Tiểu học số 1', publicEmployeeActual: 40 }),
  unit('E2', 'S', { kind: 'psu', sector: 'education', name: 'Trường Tiểu học số 2', publicEmployeeActual: 20 }),
  unit('C1', 'T', { kind: 'psu', sector: 'culture_sports_tourism', publicEmployeeActual: 5 }), // alone under its parent
];

describe('suggestMerges', () => {
  it('pairs PSUs of one sector under one parent, the smallest into the largest, smallest first', () => {
    expect(suggestMerges(units, new Set()).map((s) => [s.units, s.size])).toEqual([
      [['H2', 'H1'], 12],
      [['E2', 'E1'], 20],
    ]);
  });
  it('puts units below the legal minimum first', () => {
    const s = suggestMerges(units, new Set(['E1']));
    expect(s[0]).toMatchObject({ units: ['E1', 'E2'], belowMinimum: true });
    expect(s).toHaveLength(2);
  });
});

describe('suggestMerges across a locality and toward a gap', () => {
  const district = [
    unit('T', null, { kind: 'people_committee' }),
    unit('H', 'T', { kind: 'people_committee', level: 'district' }),
    unit('X1', 'H', { kind: 'people_committee', level: 'commune' }),
    unit('X2', 'H', { kind: 'people_committee', level: 'commune' }),
    unit('K1', 'X1', { kind: 'psu', sector: 'education', name: 'Trường Mầm non số 1', publicEmployeeActual: 30 }),
    unit('K2', 'X2', { kind: 'psu', sector: 'education', name: 'Trường Mầm non số 2', publicEmployeeActual: 25 }),
    unit('P1', 'H', {
      kind: 'psu',
      sector: 'health',
      name: 'Phòng khám đa khoa khu vực số 1',
      publicEmployeeActual: 9,
    }),
    unit('P2', 'H', {
      kind: 'psu',
      sector: 'health',
      name: 'Phòng khám đa khoa khu vực số 2',
      publicEmployeeActual: 50,
    }),
    unit('P3', 'H', {
      kind: 'psu',
      sector: 'health',
      name: 'Phòng khám đa khoa khu vực số 3',
      publicEmployeeActual: 11,
    }),
    unit('P4', 'H', {
      kind: 'psu',
      sector: 'health',
      name: 'Phòng khám đa khoa khu vực số 4',
      publicEmployeeActual: 40,
    }),
  ];
  it("pairs units of one sector under the same people's committee when their parents differ, after same-parent pairs; pairs never share a unit", () => {
    // Each commune is its own people's committee, so K1 and K2 are in different localities: no pair.
    expect(suggestMerges(district, new Set()).map((s) => s.units)).toEqual([
      ['P1', 'P2'],
      ['P3', 'P4'],
    ]);
    const phong = district.map((u) =>
      u.code === 'K1' ? { ...u, parentCode: 'H' } : u.code === 'K2' ? { ...u, parentCode: 'T.P' } : u,
    );
    const withPhong = [...phong, unit('T.P', 'H', { kind: 'division' })];
    const s = suggestMerges(withPhong, new Set());
    expect(s.map((x) => [x.units, x.sameParent])).toEqual([
      [['P1', 'P2'], true],
      [['P3', 'P4'], true],
      [['K2', 'K1'], false],
    ]);
    const all = s.flatMap((x) => x.units);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('suggestMerges pairs only units that may merge', () => {
  const district = (extra: ReturnType<typeof unit>[]) => [
    unit('T', null, { kind: 'people_committee' }),
    unit('H', 'T', { kind: 'people_committee', level: 'district' }),
    ...extra,
  ];
  const school = (code: string, name: string, size: number) =>
    unit(code, 'H', { kind: 'psu', level: 'district', sector: 'education', name, publicEmployeeActual: size });

  it('never pairs a kindergarten with a secondary school (accents or not); kindergartens with kindergartens', () => {
    const s = suggestMerges(
      district([
        school('MN1', 'Trường Mầm non Hoa Sen', 12),
        school('THCS1', 'Trường THCS Vị Thanh', 40),
        school('THPT1', 'Truong THPT Vi Thanh', 60),
      ]),
      new Set(),
    );
    expect(s).toEqual([]);
    const two = suggestMerges(
      district([
        school('MN1', 'Trường Mầm non Hoa Sen', 12),
        school('MN2', 'TRƯỜNG MẪU GIÁO Sơn Ca', 20),
        school('THCS1', 'Trường THCS Vị Thanh', 40),
      ]),
      new Set(),
    );
    expect(two.map((x) => [x.units, x.reason])).toEqual([
      [['MN1', 'MN2'], { key: 'suggest.why.school_preschool', params: {} }],
    ]);
  });

  it('offers a primary with a lower-secondary school as "liên cấp", never an upper-secondary one', () => {
    const s = suggestMerges(
      district([
        school('TH1', 'Trường Tiểu học Vị Tân', 20),
        school('THCS1', 'Trường Trung học cơ sở Vị Tân', 35),
        school('THPT1', 'Trường THPT Vị Thanh', 70),
      ]),
      new Set(),
    );
    expect(s.map((x) => [x.units, x.reason.key])).toEqual([[['TH1', 'THCS1'], 'suggest.why.lienCap']]);
  });

  it('never pairs a one-stop centre with a guest house, nor units of one kind at different levels', () => {
    const admin = [
      unit('TTPVHCC', 'T', {
        kind: 'psu',
        sector: 'general_administration',
        name: 'Trung tâm Phục vụ hành chính công',
        publicEmployeeActual: 12,
      }),
      unit('NHK', 'T', {
        kind: 'psu',
        sector: 'general_administration',
        name: 'Nhà khách UBND tỉnh',
        publicEmployeeActual: 7,
      }),
    ];
    expect(suggestMerges(district(admin), new Set())).toEqual([]);
    const levels = [
      school('TH1', 'Trường Tiểu học A', 20),
      unit('TH2', 'H', {
        kind: 'psu',
        level: 'commune',
        sector: 'education',
        name: 'Trường Tiểu học B',
        publicEmployeeActual: 25,
      }),
    ];
    expect(suggestMerges(district(levels), new Set())).toEqual([]);
  });

  it('puts a health station into the health centre of its area (not one it is already under), with its reason', () => {
    const units = district([
      unit('TTYT', 'H', {
        kind: 'psu',
        level: 'district',
        sector: 'health',
        name: 'Trung tâm Y tế huyện',
        publicEmployeeActual: 120,
      }),
      unit('TTYT.T1', 'TTYT', {
        kind: 'other',
        level: 'commune',
        sector: 'health',
        name: 'Trạm Y tế xã A',
        publicEmployeeActual: 6,
      }),
      unit('X', 'H', { kind: 'people_committee', level: 'commune' }),
      unit('X.TYT', 'X', {
        kind: 'psu',
        level: 'commune',
        sector: 'health',
        name: 'Tram y te xa B',
        publicEmployeeActual: 5,
      }),
    ]);
    expect(suggestMerges(units, new Set()).map((x) => [x.units, x.into, x.reason.key])).toEqual([
      [['X.TYT', 'TTYT'], 'TTYT', 'suggest.why.stationCentre'],
    ]);
  });

  it('never moves a station from its own centre to another, nor guesses between two centres of one area', () => {
    const centre = (code: string) =>
      unit(code, 'H', {
        kind: 'psu',
        level: 'district',
        sector: 'health',
        name: `Trung tâm Y tế khu vực ${code}`,
        publicEmployeeActual: 100,
      });
    const units = district([
      centre('C1'),
      centre('C2'),
      unit('C1.T', 'C1', {
        kind: 'other',
        level: 'commune',
        sector: 'health',
        name: 'Trạm Y tế xã A',
        publicEmployeeActual: 6,
      }),
      unit('X', 'H', { kind: 'people_committee', level: 'commune' }),
      unit('X.TYT', 'X', {
        kind: 'psu',
        level: 'commune',
        sector: 'health',
        name: 'Trạm Y tế xã B',
        publicEmployeeActual: 5,
      }),
    ]);
    // No station is placed (and the two centres serve different areas).
    expect(suggestMerges(units, new Set())).toEqual([]);
  });

  it('puts a specialised hospital into a general one, never two specialities together, nor two district health centres of different areas', () => {
    const health = (code: string, name: string, size: number) =>
      unit(code, 'T', { kind: 'psu', sector: 'health', name, publicEmployeeActual: size });
    const units = district([
      health('SN', 'Bệnh viện Sản - Nhi', 80),
      health('LP', 'Bệnh viện Lao và Bệnh phổi', 40),
      health('TT1', 'Trung tâm Y tế Vị Thủy', 90),
      health('TT2', 'Trung tâm Y tế Ngã Bảy', 95),
    ]);
    expect(suggestMerges(units, new Set())).toEqual([]);
    const s = suggestMerges([...units, health('DK', 'Bệnh viện Đa khoa tỉnh', 300)], new Set());
    expect(s.map((x) => [x.units, x.reason.key])).toEqual([[['LP', 'DK'], 'suggest.why.specialisedGeneral']]);
  });

  it('pairs units of unknown function only with the same sector and name family', () => {
    const other = (code: string, name: string, sector: 'other' | 'justice', size: number) =>
      unit(code, 'H', { kind: 'psu', level: 'district', sector, name, publicEmployeeActual: size });
    expect(
      suggestMerges(
        district([
          other('A', 'Đội Quy tắc đô thị số 1', 'other', 5),
          other('B', 'Đội quy tắc đô thị số 2', 'other', 9),
          other('C', 'Đội Quy tắc đô thị số 3', 'justice', 4),
          other('D', 'Trung tâm Lưu trữ', 'other', 3),
        ]),
        new Set(),
      ).map((x) => [x.units, x.reason.key]),
    ).toEqual([[['A', 'B'], 'suggest.why.sameName']]);
  });
});
