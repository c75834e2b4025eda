/**
 * The plan the Hậu Giang sample ships, "Sắp xếp theo mô hình hai cấp (2025)": the 2025 reform
 * replayed on the sample (legal-reference §2, §6).
 * - 01/03/2025, the sở merged as the ministries were (Conclusion 121-KL/TW): Kế hoạch và Đầu tư
 *   into Tài chính; Lao động - Thương binh và Xã hội into Nội vụ; Giao thông vận tải into Xây
 *   dựng; Nông nghiệp và Phát triển nông thôn with Tài nguyên và Môi trường as Nông nghiệp và Môi
 *   trường; Thông tin và Truyền thông into Khoa học và Công nghệ; Ban Dân tộc becomes Sở Dân tộc
 *   và Tôn giáo and takes the Ban Tôn giáo of Sở Nội vụ. The phòng of one name in merged sở (Văn
 *   phòng Sở, Thanh tra Sở) become one, as a merged sở has one of each.
 * - 01/07/2025 (Resolution 202/2025/QH15): the province is thành phố Cần Thơ and its committee is
 *   renamed first, so that the day's steps name it as the receiver by its new name; the communes
 *   merge, as a resolution's table gives them (one `merge` per row, as the commune table import
 *   makes them); the district's mầm non, tiểu học and THCS schools and the commune health stations
 *   go to the new commune of their area (Decree 150/2025 gives these schools to the commune: its
 *   Phòng Văn hóa - Xã hội manages giáo dục mầm non, tiểu học, THCS), each station to the commune
 *   of the old commune it served, each school to a commune of its district in turn (the sample
 *   does not know the commune a school served); the district culture centre goes to the commune of
 *   the district seat (illustrative), the vocational and continuing-education centre to Sở Giáo
 *   dục và Đào tạo, the agricultural service centre to Sở Nông nghiệp và Môi trường (the district
 *   medical centres already are Sở Y tế's); the district project boards become one regional board;
 *   then the district level ends, its phòng dissolved into the city's committee with what is left.
 *   The units moved under a commune take its level when the district level ends (`abolishLevel`).
 * Only Hậu Giang's own units are in it (the other two provinces' are not in the sample), and the
 * groups and names of the new communes are illustrative like the sample's communes.
 */
import type { Unit } from '../model/unit.ts';
import type { Operation } from '../scenario/operations.ts';
import type { ScenarioFile } from '../scenario/exchange.ts';
import { pad } from './builder.ts';

export const TWO_TIER_PLAN_NAME = 'Sắp xếp theo mô hình hai cấp (2025)';

const SO_DATE = '2025-03-01';
const TWO_TIER_DATE = '2025-07-01';

/** The new communes' names by district, in the order of its old communes (phường first, then thị trấn and xã). */
const NEW_COMMUNES: Record<string, { phuong: string[]; xa: string[] }> = {
  'HG.VT': { phuong: ['Vị Thanh', 'Vị Tân'], xa: ['Vị Thanh 1'] },
  'HG.NB': { phuong: ['Ngã Bảy'], xa: ['Tân Thành'] },
  'HG.TXLM': { phuong: ['Long Mỹ'], xa: ['Long Bình', 'Long Phú 1'] },
  'HG.CT': { phuong: [], xa: ['Châu Thành', 'Đông Phước', 'Phú Hữu'] },
  'HG.CTA': { phuong: [], xa: ['Tân Hòa', 'Trường Long Tây', 'Thạnh Xuân'] },
  'HG.PH': { phuong: [], xa: ['Phụng Hiệp', 'Hiệp Hưng', 'Tân Phước Hưng', 'Phương Bình', 'Hòa An'] },
  'HG.VTH': { phuong: [], xa: ['Vị Thủy', 'Vĩnh Thuận Đông', 'Vĩnh Tường'] },
  'HG.HLM': { phuong: [], xa: ['Vĩnh Viễn', 'Xà Phiên'] },
};

/** `items` in `count` groups of consecutive items, as even as can be. */
function groups<T>(items: readonly T[], count: number): T[][] {
  const out: T[][] = [];
  let start = 0;
  for (let g = 0; g < count; g++) {
    const end = start + Math.floor((items.length - start) / (count - g));
    out.push(items.slice(start, end));
    start = end;
  }
  return out;
}

const so = (units: string[], into: string | { code: string; name: string }): Operation => ({
  type: 'merge',
  date: SO_DATE,
  year: 2025,
  units,
  into: typeof into === 'string' ? into : { ...into, kind: 'department', parentCode: 'HG' },
});

/** The sở merged on 01/03/2025, as the ministries were: the units, and the survivor or the new sở. */
const SO_MERGES: ReadonlyArray<[string[], string | { code: string; name: string }]> = [
  [['HG.STC', 'HG.SKHDT'], 'HG.STC'],
  [['HG.SNV', 'HG.SLDTBXH'], 'HG.SNV'],
  [['HG.SXD', 'HG.SGTVT'], 'HG.SXD'],
  [['HG.SNN', 'HG.STNMT'], { code: 'HG.SNNMT', name: 'Sở Nông nghiệp và Môi trường' }],
  [['HG.SKHCN', 'HG.STTTT'], 'HG.SKHCN'],
];

/** Where a district's units other than its communes, phòng and project board go (by code suffix), when not to a commune. */
const TO_DEPARTMENT: Record<string, string> = {
  GDNN: 'HG.SGDDT',
  TTDVNN: 'HG.SNNMT',
};
/** The schools that go to a commune: mầm non, tiểu học, THCS (by code suffix). */
const COMMUNE_SCHOOL = /\.(MN|TH|THCS)\d+$/;

/** The plan over the sample's units (`generateSampleProvince()`). */
export function hauGiangTwoTierPlan(units: readonly Unit[]): ScenarioFile {
  const at = { date: TWO_TIER_DATE, year: 2025 };
  const districts = units.filter((u) => u.kind === 'people_committee' && u.level === 'district');
  const childrenOf = (code: string) => units.filter((u) => u.parentCode === code);
  /** The phòng of the same name (Văn phòng Sở, Thanh tra Sở) of merged sở become one, the first sở's. */
  const samePhong = (codes: readonly string[]): Operation[] => {
    const phong = codes.map((c) => childrenOf(c).filter((u) => u.kind === 'division'));
    return phong[0]!.flatMap((p) => {
      const same = phong.slice(1).flatMap((list) => list.filter((q) => q.name === p.name));
      return same.length === 0
        ? []
        : [{ type: 'merge', date: SO_DATE, year: 2025, units: [p.code, ...same.map((q) => q.code)], into: p.code }];
    });
  };
  const operations: Operation[] = [
    ...SO_MERGES.flatMap(([codes, into]) => [so(codes, into), ...samePhong(codes)]),
    // Named after the steps that name the unit by its old name, so that the printed list reads in order.
    { type: 'transfer', date: SO_DATE, year: 2025, unit: 'HG.SNV.BTG', parentCode: 'HG.BDT' },
    { type: 'rename', date: SO_DATE, year: 2025, unit: 'HG.BDT', name: 'Sở Dân tộc và Tôn giáo' },
    // The city first: the day's steps then name its committee, the receiver, by its new name.
    { type: 'setProvince', ...at, name: 'thành phố Cần Thơ', class: 'class1', shortName: 'Cần Thơ' },
    { type: 'rename', ...at, unit: 'HG', name: 'UBND thành phố Cần Thơ' },
  ];
  const moves: Operation[] = [];
  const transfer = (unit: string, parentCode: string) => moves.push({ type: 'transfer', ...at, unit, parentCode });
  let n = 0;
  for (const d of districts) {
    const communes = childrenOf(d.code).filter((u) => u.kind === 'people_committee');
    const names = NEW_COMMUNES[d.code];
    if (!names) continue; // not the sample's district: the plan does not apply (see samplePlansFor)
    const phuong = communes.filter((u) => u.name.startsWith('UBND phường'));
    const rest = communes.filter((u) => !u.name.startsWith('UBND phường'));
    /** The new commune of each old one; the district's new communes in order. */
    const newOf = new Map<string, string>();
    const made: string[] = [];
    for (const [type, old, newNames] of [
      ['phường', phuong, names.phuong],
      ['xã', rest, names.xa],
    ] as const)
      groups(old, newNames.length).forEach((group, i) => {
        const code = `HG.X${pad(++n)}`;
        made.push(code);
        group.forEach((u) => newOf.set(u.code, code));
        operations.push({
          type: 'merge',
          ...at,
          units: group.map((u) => u.code),
          into: { code, name: `UBND ${type} ${newNames[i]}`, kind: 'people_committee', parentCode: 'HG' },
        });
      });
    // Schools of each kind to the district's new communes in turn.
    const turn = new Map<string, number>();
    for (const u of childrenOf(d.code)) {
      const school = COMMUNE_SCHOOL.exec(u.code);
      const suffix = u.code.slice(d.code.length + 1);
      if (u.kind === 'psu' && school) {
        const k = turn.get(school[1]!) ?? 0;
        turn.set(school[1]!, k + 1);
        transfer(u.code, made[k % made.length]!);
      } else if (u.kind === 'psu' && suffix === 'TTVHTT') transfer(u.code, made[0]!);
      else if (u.kind === 'psu' && TO_DEPARTMENT[suffix]) transfer(u.code, TO_DEPARTMENT[suffix]);
    }
    // Each health station to the new commune of the old commune it served (station i serves commune i).
    const centre = `HG.SYT.TTYT.${d.code.slice('HG.'.length)}`;
    for (const u of childrenOf(centre)) {
      const served = /\.TYT(\d+)$/.exec(u.code);
      const to = served && newOf.get(`${d.code}.X${served[1]}`);
      if (to) transfer(u.code, to);
    }
  }
  operations.push(...moves, {
    type: 'merge',
    ...at,
    units: districts.map((d) => `${d.code}.BQLDA`),
    into: {
      code: 'HG.BQLDAKV',
      name: 'Ban Quản lý dự án đầu tư xây dựng khu vực Hậu Giang',
      kind: 'psu',
      parentCode: 'HG',
    },
  });
  // What is left of the districts (their phòng, the committees' own staff) goes to the city's committee.
  operations.push({
    type: 'abolishLevel',
    ...at,
    level: 'district',
    receivers: Object.fromEntries(districts.map((d) => [d.code, 'HG'])),
  });
  return {
    name: TWO_TIER_PLAN_NAME,
    description:
      'Phương án mẫu (số liệu minh họa): sắp xếp năm 2025 trên tỉnh mẫu Hậu Giang — hợp nhất các sở từ 01/03/2025; ' +
      'từ 01/07/2025 hợp nhất tỉnh vào thành phố Cần Thơ (Nghị quyết 202/2025/QH15), sắp xếp đơn vị hành chính cấp xã, ' +
      'chuyển trường mầm non, tiểu học, THCS và trạm y tế về UBND cấp xã, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên ' +
      'và trung tâm dịch vụ nông nghiệp cấp huyện về sở, không tổ chức cấp huyện. Chỉ gồm các đơn vị của Hậu Giang; ' +
      'cách gộp, tên các xã, phường mới và xã, phường nhận từng trường, trung tâm văn hóa là minh họa.',
    baseYear: 2024,
    horizon: 2026,
    operations,
  };
}
