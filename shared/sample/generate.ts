/**
 * A deterministic, realistic-looking workspace of any size, for benchmarks and training: provinces
 * (UBND) with sở, their phòng and chi cục, public service units with their phòng, and communes.
 * Illustrative only: names are generic, headcounts drawn from plausible ranges.
 */
import type { Unit, UnitKind, Sector } from '../model/unit.ts';
import { SECTORS } from '../model/unit.ts';
import { createRandom } from '../random.ts';

export function generateUnits(count: number, seed = 1): Unit[] {
  const r = createRandom(seed);
  const units: Unit[] = [];
  const sectors = SECTORS.filter((s) => s !== 'other');
  const add = (code: string, name: string, parentCode: string | null, kind: UnitKind, level: Unit['level'], sector: Sector, cs: number, pe: number, dep: number) => {
    if (units.length >= count) return false;
    units.push({
      code, name, parentCode, kind, level, sector,
      civilServantQuota: cs, civilServantActual: Math.max(0, cs - r.int(0, 2)),
      publicEmployeeQuota: pe, publicEmployeeActual: Math.max(0, pe - r.int(0, 3)),
      selfFundedEmployees: pe > 0 ? r.int(0, Math.round(pe / 4)) : 0, contractWorkers: r.int(0, 4), deputies: dep,
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
      for (let k = 1; k <= 5; k++) add(`${dc}.P${k}`, `Phòng ${k}`, dc, 'division', 'province', sector, r.int(4, 12), 0, r.int(1, 2));
      for (let c = 1; c <= 2; c++) {
        const cc = `${dc}.C${c}`;
        add(cc, `Chi cục ${c}`, dc, 'sub_department', 'province', sector, r.int(3, 6), 0, r.int(1, 2));
        for (let k = 1; k <= 2; k++) add(`${cc}.P${k}`, `Phòng ${k} chi cục ${c}`, cc, 'division', 'province', sector, r.int(4, 9), 0, 1);
      }
      for (let u = 1; u <= 12; u++) {
        const uc = `${dc}.U${u}`;
        add(uc, `Đơn vị sự nghiệp ${u}`, dc, 'psu', 'province', sector, 0, r.int(8, 120), r.int(1, 3));
        for (let k = 1; k <= 2; k++) add(`${uc}.K${k}`, `Phòng ${k} đơn vị ${u}`, uc, 'psu_division', 'province', sector, 0, r.int(5, 20), 1);
      }
    }
    for (let x = 1; x <= 100 && units.length < count; x++) add(`${pc}.X${x}`, `UBND xã ${x} tỉnh ${p}`, pc, 'people_committee', 'commune', 'general_administration', r.int(15, 25), 0, 2);
  }
  return units;
}
