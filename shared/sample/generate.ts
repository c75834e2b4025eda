/**
 * A deterministic, realistic-looking workspace of any size, for benchmarks and training: provinces
 * (UBND) with sở, their phòng and chi cục, public service units with their phòng, and communes.
 * Illustrative only: names are generic, headcounts drawn from plausible ranges. `generatePeople`
 * fills a personnel list for such units.
 */
import type { Unit, UnitKind, Sector } from '../model/unit.ts';
import { SECTORS } from '../model/unit.ts';
import { createRandom } from '../random.ts';
import type { PersonCategory, PersonRecord } from '../people/read-people.ts';
import type { SalaryBasis } from '../people/base-salary.ts';
import type { Sex } from '../people/retirement.ts';

export function generateUnits(count: number, seed = 1): Unit[] {
  const r = createRandom(seed);
  const units: Unit[] = [];
  const sectors = SECTORS.filter((s) => s !== 'other');
  const add = (
    code: string,
    name: string,
    parentCode: string | null,
    kind: UnitKind,
    level: Unit['level'],
    sector: Sector,
    cs: number,
    pe: number,
    dep: number,
  ) => {
    if (units.length >= count) return false;
    units.push({
      code,
      name,
      parentCode,
      kind,
      level,
      sector,
      civilServantQuota: cs,
      civilServantActual: Math.max(0, cs - r.int(0, 2)),
      publicEmployeeQuota: pe,
      publicEmployeeActual: Math.max(0, pe - r.int(0, 3)),
      selfFundedEmployees: pe > 0 ? r.int(0, Math.round(pe / 4)) : 0,
      contractWorkers: r.int(0, 4),
      deputies: dep,
      heads: 1,
    });
    return true;
  };
  for (let p = 1; units.length < count; p++) {
    const pc = `P${p}`;
    add(pc, `UBND tỉnh ${p}`, null, 'people_committee', 'province', 'general_administration', 0, 0, 4);
    for (let d = 1; d <= 16 && units.length < count; d++) {
      const sector = sectors[(d - 1) % sectors.length]!;
      const dc = `${pc}.S${d}`;
      add(dc, `Sở ${d} tỉnh ${p}`, pc, 'department', 'province', sector, 4, 0, r.int(2, 4));
      for (let k = 1; k <= 5; k++)
        add(`${dc}.P${k}`, `Phòng ${k}`, dc, 'division', 'province', sector, r.int(4, 12), 0, r.int(1, 2));
      for (let c = 1; c <= 2; c++) {
        const cc = `${dc}.C${c}`;
        add(cc, `Chi cục ${c}`, dc, 'sub_department', 'province', sector, r.int(3, 6), 0, r.int(1, 2));
        for (let k = 1; k <= 2; k++)
          add(`${cc}.P${k}`, `Phòng ${k} chi cục ${c}`, cc, 'division', 'province', sector, r.int(4, 9), 0, 1);
      }
      for (let u = 1; u <= 12; u++) {
        const uc = `${dc}.U${u}`;
        add(uc, `Đơn vị sự nghiệp ${u}`, dc, 'psu', 'province', sector, 0, r.int(8, 120), r.int(1, 3));
        for (let k = 1; k <= 2; k++)
          add(`${uc}.K${k}`, `Phòng ${k} đơn vị ${u}`, uc, 'psu_division', 'province', sector, 0, r.int(5, 20), 1);
      }
    }
    for (let x = 1; x <= 100 && units.length < count; x++)
      add(
        `${pc}.X${x}`,
        `UBND xã ${x} tỉnh ${p}`,
        pc,
        'people_committee',
        'commune',
        'general_administration',
        r.int(15, 25),
        0,
        2,
      );
  }
  return units;
}

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = {
  male: ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Công'],
  female: ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Mỹ'],
} as const;
const GIVEN = {
  male: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Hải',
    'Hùng',
    'Khoa',
    'Long',
    'Nam',
    'Phúc',
    'Quang',
    'Sơn',
    'Tâm',
    'Thắng',
    'Trung',
    'Tuấn',
    'Việt',
  ],
  female: [
    'Anh',
    'Châu',
    'Diệp',
    'Hà',
    'Hạnh',
    'Hoa',
    'Hương',
    'Lan',
    'Linh',
    'Mai',
    'Ngân',
    'Nhung',
    'Phương',
    'Quyên',
    'Thảo',
    'Trang',
    'Yến',
  ],
} as const;

/**
 * A deterministic personnel list of `count` people spread over `units` in proportion to their
 * staff in post (civil servants, employees, contract workers by the unit's own figures), born
 * 1963–2002, paid by coefficient (contract workers by amount). Illustrative only.
 */
export function generatePeople(units: readonly Unit[], count: number, seed = 1): PersonRecord[] {
  const r = createRandom(seed ^ 0x5eed);
  // Cumulative weights: one slot per (unit, category) with staff.
  const slots: Array<{ unitCode: string; category: PersonCategory }> = [];
  const cumulative: number[] = [];
  let total = 0;
  const slot = (unitCode: string, category: PersonCategory, weight: number) => {
    if (weight <= 0) return;
    total += weight;
    slots.push({ unitCode, category });
    cumulative.push(total);
  };
  for (const u of units) {
    slot(u.code, 'civil_servant', u.civilServantActual);
    slot(u.code, 'public_employee', u.publicEmployeeActual + u.selfFundedEmployees);
    slot(u.code, 'contract', u.contractWorkers);
  }
  if (count > 0 && total === 0) throw new Error('generatePeople: the units have no staff to place people in');
  const people: PersonRecord[] = [];
  for (let i = 0; i < count; i++) {
    // Binary search of a uniform draw in the cumulative weights.
    const x = r.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    const { unitCode, category } = slots[lo]!;
    const sex: Sex = r.chance(0.5) ? 'male' : 'female';
    const birthYear = r.int(1963, 2002);
    const salary: SalaryBasis =
      category === 'contract'
        ? { kind: 'amount', amount: r.int(45, 90) * 100_000 }
        : {
            kind: 'coefficients',
            coefficient: r.int(234, 678) * 10,
            leadership: r.chance(0.1) ? r.int(2, 10) * 100 : 0,
            otherAllowances: 0,
            publicDuty: category === 'civil_servant' ? 2500 : 0,
          };
    people.push({
      fullName: `${r.pick(FAMILY)} ${r.pick(MIDDLE[sex])} ${r.pick(GIVEN[sex])}`,
      employeeId: `NS${String(i + 1).padStart(7, '0')}`,
      unitCode,
      sex,
      birth: { year: birthYear, month: r.int(1, 12), day: r.int(1, 28) },
      category,
      salary,
      insuranceFrom: { year: Math.min(birthYear + r.int(22, 28), 2024), month: r.int(1, 12) },
    });
  }
  return people;
}
