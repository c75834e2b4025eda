/**
 * The plan the Hậu Giang sample ships, "Sắp xếp theo mô hình hai cấp (2025)": the 2025 reform
 * replayed on the sample (legal-reference §2, §6).
 * - 01/03/2025, the sở merged as the ministries were (Conclusion 121-KL/TW): Kế hoạch và Đầu tư
 *   into Tài chính; Lao động - Thương binh và Xã hội into Nội vụ; Giao thông vận tải into Xây
 *   dựng; Nông nghiệp và Phát triển nông thôn with Tài nguyên và Môi trường as Nông nghiệp và Môi
 *   trường; Thông tin và Truyền thông into Khoa học và Công nghệ; Ban Dân tộc becomes Sở Dân tộc
 *   và Tôn giáo and takes the Ban Tôn giáo of Sở Nội vụ.
 * - 01/07/2025 (Resolution 202/2025/QH15): the province is thành phố Cần Thơ; the district level
 *   ends, each district committee's phòng and units passing to the provincial committee; the
 *   district project boards become one regional board; the communes merge, as a resolution's
 *   table gives them (one `merge` per row, as the commune table import makes them).
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

const so = (units: string[], into: string | { code: string; name: string }): Operation =>
  ({
    type: 'merge',
    date: SO_DATE,
    year: 2025,
    units,
    into: typeof into === 'string' ? into : { ...into, kind: 'department', parentCode: 'HG' },
  });

/** The plan over the sample's units (`generateSampleProvince()`). */
export function hauGiangTwoTierPlan(units: readonly Unit[]): ScenarioFile {
  const at = { date: TWO_TIER_DATE, year: 2025 };
  const districts = units.filter((u) => u.kind === 'people_committee' && u.level === 'district');
  const operations: Operation[] = [
    so(['HG.STC', 'HG.SKHDT'], 'HG.STC'),
    so(['HG.SNV', 'HG.SLDTBXH'], 'HG.SNV'),
    so(['HG.SXD', 'HG.SGTVT'], 'HG.SXD'),
    so(['HG.SNN', 'HG.STNMT'], { code: 'HG.SNNMT', name: 'Sở Nông nghiệp và Môi trường' }),
    so(['HG.SKHCN', 'HG.STTTT'], 'HG.SKHCN'),
    // Named after the steps that name the unit by its old name, so that the printed list reads in order.
    { type: 'transfer', date: SO_DATE, year: 2025, unit: 'HG.SNV.BTG', parentCode: 'HG.BDT' },
    { type: 'rename', date: SO_DATE, year: 2025, unit: 'HG.BDT', name: 'Sở Dân tộc và Tôn giáo' },
    { type: 'setProvince', ...at, name: 'thành phố Cần Thơ', class: 'class1', shortName: 'Cần Thơ' },
    {
      type: 'abolishLevel',
      ...at,
      level: 'district',
      receivers: Object.fromEntries(districts.map((d) => [d.code, 'HG'])),
    },
    {
      type: 'merge',
      ...at,
      units: districts.map((d) => `${d.code}.BQLDA`),
      into: {
        code: 'HG.BQLDAKV',
        name: 'Ban Quản lý dự án đầu tư xây dựng khu vực Hậu Giang',
        kind: 'psu',
        parentCode: 'HG',
      },
    },
  ];
  let n = 0;
  for (const d of districts) {
    const communes = units.filter((u) => u.parentCode === d.code && u.kind === 'people_committee');
    const names = NEW_COMMUNES[d.code];
    if (!names) continue; // not the sample's district: the plan does not apply (see samplePlansFor)
    const phuong = communes.filter((u) => u.name.startsWith('UBND phường'));
    const rest = communes.filter((u) => !u.name.startsWith('UBND phường'));
    for (const [type, old, newNames] of [
      ['phường', phuong, names.phuong],
      ['xã', rest, names.xa],
    ] as const)
      groups(old, newNames.length).forEach((group, i) =>
        operations.push({
          type: 'merge',
          ...at,
          units: group.map((u) => u.code),
          into: { code: `HG.X${pad(++n)}`, name: `UBND ${type} ${newNames[i]}`, kind: 'people_committee', parentCode: 'HG' },
        }),
      );
  }
  operations.push({ type: 'rename', ...at, unit: 'HG', name: 'UBND thành phố Cần Thơ' });
  return {
    name: TWO_TIER_PLAN_NAME,
    description:
      'Phương án mẫu (số liệu minh họa): sắp xếp năm 2025 trên tỉnh mẫu Hậu Giang — hợp nhất các sở từ 01/03/2025; ' +
      'từ 01/07/2025 hợp nhất tỉnh vào thành phố Cần Thơ (Nghị quyết 202/2025/QH15), không tổ chức cấp huyện, ' +
      'sắp xếp đơn vị hành chính cấp xã. Chỉ gồm các đơn vị của Hậu Giang; cách gộp và tên các xã, phường mới là minh họa.',
    baseYear: 2024,
    horizon: 2026,
    operations,
  };
}
