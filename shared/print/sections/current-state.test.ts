import { describe, expect, it } from 'vitest';
import { unit } from '../../../tests/fixtures.ts';
import type { AttritionPerson } from '../../people/attrition.ts';
import { statutoryRetirement } from '../../people/retirement.ts';
import { ruleSetById } from '../../rules/rule-sets.ts';
import { simulate } from '../../scenario/simulate.ts';
import type { Unit } from '../../model/unit.ts';
import type { DataTable } from '../model.ts';
import { defaultSettings } from '../settings.ts';
import {
  ageStructure,
  autonomyBlocks,
  currentStateBlocks,
  retirementsByYear,
  staffByCategory,
} from './current-state.ts';

const units = (): Unit[] => [
  unit('T', null, {
    name: 'UBND tỉnh',
    kind: 'people_committee',
    civilServantQuota: 10,
    civilServantActual: 9,
    deputies: 2,
  }),
  unit('P', 'T', {
    name: 'Trung tâm A',
    kind: 'psu',
    publicEmployeeQuota: 20,
    publicEmployeeActual: 18,
    selfFundedEmployees: 4,
    contractWorkers: 3,
    deputies: 1,
  }),
  unit('Q', 'T', { name: 'Trung tâm B', kind: 'psu', publicEmployeeQuota: 5, publicEmployeeActual: 5 }),
];
const rows = (t: DataTable) => t.rows.map((r) => r.cells);

const person = (
  year: number,
  month: number,
  sex: 'male' | 'female',
  category: AttritionPerson['category'],
): AttritionPerson => ({
  unit: 'P',
  sex,
  birth: { year, month },
  category,
});

describe('Thực trạng at the base date', () => {
  it('counts staff by category, assigned and present, and the deputies', () => {
    expect(rows(staffByCategory(units()))).toEqual([
      ['Công chức', '10', '9'],
      ['Viên chức, người làm việc hưởng lương từ ngân sách nhà nước', '25', '23'],
      ['Viên chức hưởng lương từ nguồn thu sự nghiệp', '—', '4'],
      ['Hợp đồng lao động', '—', '3'],
      ['Cộng công chức và viên chức hưởng lương từ ngân sách nhà nước', '35', '32'],
      ['Tổng số người hiện có', '—', '39'],
      ['Trong đó: lãnh đạo cấp phó (người)', '—', '3'],
    ]);
  });

  it('bands the people by age at the end of the base year, by category, with shares', () => {
    const people = [
      person(2000, 12, 'female', 'public_employee'), // 24
      person(1995, 1, 'male', 'civil_servant'), // 29
      person(1994, 6, 'male', 'civil_servant'), // 30
      person(1970, 3, 'female', 'contract'), // 54
      person(1964, 1, 'male', null), // 60
    ];
    const t = ageStructure(people, 2024);
    expect(t.header[0]!.map((c) => c.text)).toEqual([
      'Độ tuổi',
      'Công chức',
      'Viên chức',
      'Hợp đồng lao động',
      'Chưa phân loại',
      'Tổng số',
      'Tỷ lệ',
    ]);
    expect(rows(t)).toEqual([
      ['Dưới 30 tuổi', '1', '1', '0', '0', '2', '40,0%'],
      ['Từ 30 đến 39 tuổi', '1', '0', '0', '0', '1', '20,0%'],
      ['Từ 40 đến 49 tuổi', '0', '0', '0', '0', '0', '0,0%'],
      ['Từ 50 đến 54 tuổi', '0', '0', '1', '0', '1', '20,0%'],
      ['Từ 55 đến 59 tuổi', '0', '0', '0', '0', '0', '0,0%'],
      ['Từ 60 tuổi trở lên', '0', '0', '0', '1', '1', '20,0%'],
      ['Tổng cộng', '2', '1', '1', '1', '5', '100,0%'],
    ]);
    // The table fills the text width.
    expect(t.columns.reduce((s, c) => s + c.width, 0)).toBeCloseTo(165, 5);
  });

  it('counts the people reaching the statutory age in each year of the period (the Labour Code ages), those past it apart', () => {
    const people = [
      person(1964, 1, 'male', 'civil_servant'),
      person(1965, 6, 'male', 'public_employee'),
      person(1970, 5, 'female', 'public_employee'),
      person(1950, 1, 'male', 'civil_servant'),
      person(1990, 1, 'female', 'civil_servant'),
    ];
    const year = (p: AttritionPerson) => statutoryRetirement(p.birth, p.sex).reaches.year;
    const t = retirementsByYear(people, 2025, 2027);
    const expected = (y: number, cat: AttritionPerson['category']) =>
      String(people.filter((p) => p.category === cat && year(p) === y).length);
    expect(rows(t).slice(0, 3)).toEqual(
      [2025, 2026, 2027].map((y) => [
        String(y),
        expected(y, 'civil_servant'),
        expected(y, 'public_employee'),
        String(people.filter((p) => year(p) === y).length),
      ]),
    );
    expect(rows(t)[3]).toEqual(['Cộng', '1', '2', '3']);
    expect(rows(t)[4]).toEqual(['Đã đến tuổi trước năm 2025, còn trong danh sách', '1', '0', '1']);
  });

  it('counts the public service units by autonomy group from their figures, and says so when there are none', () => {
    expect(autonomyBlocks({ baseline: units() })).toEqual([
      {
        kind: 'para',
        text: 'Chưa có số liệu tài chính (nguồn thu, chi thường xuyên) của 2 đơn vị sự nghiệp công lập để xác định mức độ tự chủ theo Nghị định số 60/2021/NĐ-CP; cần bổ sung.',
      },
    ]);
    const autonomy = new Map([
      ['P', { revenue: 120n, spending: 100n, investmentFunding: undefined, depreciation: undefined, decided: null }],
    ]);
    const [table] = autonomyBlocks({ baseline: units(), autonomy });
    expect(table?.kind === 'table' && rows(table.table)).toEqual([
      ['Nhóm 1: tự bảo đảm chi thường xuyên và chi đầu tư', '0', '0,0%'],
      ['Nhóm 2: tự bảo đảm chi thường xuyên', '1', '50,0%'],
      ['Nhóm 3: tự bảo đảm một phần chi thường xuyên', '0', '0,0%'],
      ['Nhóm 4: do Nhà nước bảo đảm chi thường xuyên', '0', '0,0%'],
      ['Chưa có số liệu để xác định', '1', '50,0%'],
      ['Tổng cộng', '2', '100,0%'],
    ]);
  });

  it('prints the ages and retirements only with a personnel list, and says so without one', () => {
    const ruleSet = ruleSetById('nd120-45-2025')!;
    const simulation = simulate(units(), [], {
      baseYear: 2024,
      horizon: 2026,
      rules: { ruleSet, provinceClass: 'class2' },
      targets: [],
    });
    const input = {
      settings: defaultSettings('Hậu Giang'),
      baseline: units(),
      operations: [],
      simulation,
      ruleSet,
      dataYear: 2024,
    };
    let k = 3;
    const heading = (t: string) => ({ kind: 'heading' as const, text: `${k++}. ${t}` });
    const without = currentStateBlocks(input, { from: 2025, to: 2026 }, heading);
    expect(without.map((b) => ('text' in b ? b.text : b.kind))).toEqual([
      '3. Đội ngũ cán bộ, công chức, viên chức, người lao động',
      'table',
      'Chưa có danh sách nhân sự: cơ cấu độ tuổi và số người đến tuổi nghỉ hưu theo năm chưa được tổng hợp.',
      '4. Mức độ tự chủ tài chính của các đơn vị sự nghiệp công lập',
      expect.stringMatching(/^Chưa có số liệu tài chính/),
    ]);
    const withList = currentStateBlocks(
      { ...input, people: [person(1964, 1, 'male', 'civil_servant')] },
      { from: 2025, to: 2026 },
      heading,
    );
    expect(withList.filter((b) => b.kind === 'caption').map((b) => ('text' in b ? b.text : ''))).toEqual([
      'Cơ cấu độ tuổi theo danh sách nhân sự (1 người, tuổi tính đến 31/12/2024)',
      'Số người đến tuổi nghỉ hưu theo năm, giai đoạn 2025–2026',
    ]);
  });
});
