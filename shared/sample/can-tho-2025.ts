/**
 * The two-tier sample city: deterministic and illustrative ("số liệu minh họa"), modelled on the
 * new thành phố Cần Thơ after 01/07/2025 (Cần Thơ, Sóc Trăng and Hậu Giang merged by Resolution
 * 202/2025/QH15, legal-reference §2): no district level; UBND thành phố with the 12 sở every
 * province has (Decree 150/2025 Art. 8) and Sở Dân tộc và Tôn giáo, their phòng, chi cục and PSUs,
 * three project-management boards; 103 commune-level units (31 phường, 72 xã), each with its
 * Văn phòng HĐND và UBND, its Phòng Kinh tế (xã) or Phòng Kinh tế, Hạ tầng và Đô thị (phường), its
 * Phòng Văn hóa - Xã hội, its Trung tâm Phục vụ hành chính công and its schools. The communes are
 * named after places of the area, but the list is not the resolution's, and every headcount is
 * invented; sized to follow the rules in force from 01/07/2025.
 */
import type { Sector, Unit, UnitKind } from '../model/unit.ts';
import type { WorkspaceMeta } from '../model/workspace.ts';
import { Builder, pad, type Counts } from './builder.ts';

export const CAN_THO_SEED = 2025;

export function canThoMeta(): WorkspaceMeta {
  return { provinceName: 'thành phố Cần Thơ', baseYear: 2025, provinceClass: 'class1', isSample: true };
}

interface Agency {
  code: string;
  name: string;
  sector: Sector;
  phong: string[];
  chiCuc?: Array<[code: string, name: string]>;
  psus?: Array<[code: string, name: string, min: number, max: number, kind?: UnitKind]>;
}

const AGENCIES: Agency[] = [
  {
    code: 'VPUB',
    name: 'Văn phòng UBND thành phố',
    sector: 'general_administration',
    phong: [
      'Phòng Tổng hợp',
      'Phòng Kinh tế',
      'Phòng Khoa giáo - Văn xã',
      'Phòng Nội chính',
      'Phòng Hành chính - Tổ chức',
    ],
    psus: [['TTPVHCC', 'Trung tâm Phục vụ hành chính công thành phố', 14, 18, 'other']],
  },
  {
    code: 'SNV',
    name: 'Sở Nội vụ',
    sector: 'home_affairs',
    phong: [
      'Văn phòng Sở',
      'Phòng Tổ chức, biên chế và tổ chức phi chính phủ',
      'Phòng Công chức, viên chức',
      'Phòng Xây dựng chính quyền',
      'Phòng Lao động, việc làm',
      'Phòng Người có công',
    ],
    chiCuc: [['BTDKT', 'Ban Thi đua - Khen thưởng']],
    psus: [['TTLT', 'Trung tâm Lưu trữ lịch sử', 16, 20]],
  },
  {
    code: 'STP',
    name: 'Sở Tư pháp',
    sector: 'justice',
    phong: ['Văn phòng Sở', 'Phòng Xây dựng và thi hành pháp luật', 'Phòng Hành chính tư pháp và bổ trợ tư pháp'],
    psus: [['TTTGPL', 'Trung tâm Trợ giúp pháp lý nhà nước', 18, 24]],
  },
  {
    code: 'STC',
    name: 'Sở Tài chính',
    sector: 'finance_planning',
    phong: [
      'Văn phòng Sở',
      'Phòng Quản lý ngân sách',
      'Phòng Tổng hợp, quy hoạch',
      'Phòng Quản lý giá và công sản',
      'Phòng Đăng ký kinh doanh',
      'Phòng Tài chính doanh nghiệp',
    ],
    psus: [['TTXTDT', 'Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp', 16, 20]],
  },
  {
    code: 'SCT',
    name: 'Sở Công Thương',
    sector: 'industry_trade',
    phong: ['Văn phòng Sở', 'Phòng Quản lý công nghiệp', 'Phòng Quản lý thương mại', 'Phòng Quản lý năng lượng'],
    psus: [['TTKC', 'Trung tâm Khuyến công và Xúc tiến thương mại', 16, 22]],
  },
  {
    code: 'SNNMT',
    name: 'Sở Nông nghiệp và Môi trường',
    sector: 'agriculture_environment',
    phong: [
      'Văn phòng Sở',
      'Phòng Kế hoạch - Tài chính',
      'Phòng Quản lý đất đai',
      'Phòng Tài nguyên nước và khoáng sản',
      'Phòng Môi trường',
    ],
    chiCuc: [
      ['CCTS', 'Chi cục Thủy sản'],
      ['CCTTBVTV', 'Chi cục Trồng trọt và Bảo vệ thực vật'],
      ['CCCNTY', 'Chi cục Chăn nuôi và Thú y'],
      ['CCTL', 'Chi cục Thủy lợi'],
    ],
    psus: [['TTDVNN', 'Trung tâm Dịch vụ nông nghiệp', 40, 60]],
  },
  {
    code: 'SXD',
    name: 'Sở Xây dựng',
    sector: 'construction_transport',
    phong: [
      'Văn phòng Sở',
      'Phòng Quản lý xây dựng',
      'Phòng Quản lý giao thông',
      'Phòng Quy hoạch - Kiến trúc',
      'Phòng Phát triển đô thị và nhà ở',
    ],
    psus: [['TTKD', 'Trung tâm Kiểm định chất lượng xây dựng', 16, 20]],
  },
  {
    code: 'SKHCN',
    name: 'Sở Khoa học và Công nghệ',
    sector: 'science_technology',
    phong: ['Văn phòng Sở', 'Phòng Quản lý khoa học', 'Phòng Chuyển đổi số', 'Phòng Bưu chính - Viễn thông'],
    psus: [['TTCNS', 'Trung tâm Chuyển đổi số', 18, 24]],
  },
  {
    code: 'SVHTTDL',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    sector: 'culture_sports_tourism',
    phong: [
      'Văn phòng Sở',
      'Phòng Quản lý văn hóa',
      'Phòng Quản lý thể dục thể thao',
      'Phòng Quản lý du lịch',
      'Phòng Thông tin - Báo chí',
    ],
    psus: [['TTVHNT', 'Trung tâm Văn hóa - Nghệ thuật', 30, 40]],
  },
  {
    code: 'SGDDT',
    name: 'Sở Giáo dục và Đào tạo',
    sector: 'education',
    phong: ['Văn phòng Sở', 'Phòng Giáo dục phổ thông', 'Phòng Giáo dục mầm non - Tiểu học', 'Phòng Tổ chức cán bộ'],
  },
  {
    code: 'SYT',
    name: 'Sở Y tế',
    sector: 'health',
    phong: [
      'Văn phòng Sở',
      'Phòng Nghiệp vụ Y',
      'Phòng Nghiệp vụ Dược',
      'Phòng Bảo trợ xã hội và trẻ em',
      'Phòng Kế hoạch - Tài chính',
    ],
    chiCuc: [['CCDS', 'Chi cục Dân số']],
    psus: [
      ['BVDK', 'Bệnh viện Đa khoa thành phố', 500, 620],
      ['BVNHI', 'Bệnh viện Nhi đồng', 220, 280],
      ['CDC', 'Trung tâm Kiểm soát bệnh tật', 110, 140],
      ['TTYT1', 'Trung tâm Y tế khu vực Ninh Kiều', 120, 160],
      ['TTYT2', 'Trung tâm Y tế khu vực Vị Thanh', 110, 150],
      ['TTYT3', 'Trung tâm Y tế khu vực Sóc Trăng', 120, 160],
    ],
  },
  {
    code: 'TTRA',
    name: 'Thanh tra thành phố',
    sector: 'other',
    phong: ['Văn phòng', 'Phòng Nghiệp vụ 1', 'Phòng Nghiệp vụ 2', 'Phòng Giải quyết khiếu nại, tố cáo'],
  },
  {
    code: 'SDTTG',
    name: 'Sở Dân tộc và Tôn giáo',
    sector: 'other',
    phong: ['Văn phòng Sở', 'Phòng Chính sách dân tộc', 'Phòng Quản lý tôn giáo'],
  },
];

/** Upper-secondary schools under Sở Giáo dục và Đào tạo (names after places of the area). */
const THPT = [
  'Trường THPT chuyên Lý Tự Trọng',
  'Trường THPT Châu Văn Liêm',
  'Trường THPT Bùi Hữu Nghĩa',
  'Trường THPT Thốt Nốt',
  'Trường THPT Ô Môn',
  'Trường THPT chuyên Vị Thanh',
  'Trường THPT Ngã Bảy',
  'Trường THPT Long Mỹ',
  'Trường THPT chuyên Nguyễn Thị Minh Khai',
  'Trường THPT Hoàng Diệu',
  'Trường THPT Mỹ Xuyên',
  'Trường THPT Vĩnh Châu',
];

const PHUONG = [
  'Ninh Kiều', 'Cái Khế', 'Tân An', 'An Bình', 'Thới An Đông', 'Bình Thủy', 'Long Tuyền', 'Cái Răng',
  'Hưng Phú', 'Ô Môn', 'Phước Thới', 'Thới Long', 'Trung Nhứt', 'Thuận Hưng', 'Thốt Nốt', 'Vị Thanh',
  'Vị Tân', 'Đại Thành', 'Ngã Bảy', 'Long Mỹ', 'Long Bình', 'Long Phú 1', 'Phú Lợi', 'Sóc Trăng',
  'Mỹ Xuyên', 'Ngã Năm', 'Mỹ Quới', 'Vĩnh Phước', 'Vĩnh Châu', 'Khánh Hòa', 'Tân Lộc',
]; // prettier-ignore

const XA = [
  'Phong Điền', 'Nhơn Ái', 'Trường Long', 'Thới Lai', 'Đông Thuận', 'Trường Xuân', 'Trường Thành', 'Cờ Đỏ',
  'Đông Hiệp', 'Trung Hưng', 'Thạnh Phú', 'Thới Hưng', 'Vĩnh Thạnh', 'Vĩnh Trinh', 'Thạnh An', 'Thạnh Quới',
  'Hỏa Lựu', 'Vị Thủy', 'Vĩnh Thuận Đông', 'Vị Thanh 1', 'Vĩnh Tường', 'Vĩnh Viễn', 'Xà Phiên', 'Lương Tâm',
  'Thạnh Xuân', 'Tân Hòa', 'Trường Long Tây', 'Châu Thành', 'Đông Phước', 'Phú Hữu', 'Tân Bình', 'Hòa An',
  'Phương Bình', 'Tân Phước Hưng', 'Hiệp Hưng', 'Phụng Hiệp', 'Thạnh Hòa', 'Nhơn Mỹ', 'An Lạc Thôn', 'Kế Sách',
  'Thới An Hội', 'Đại Hải', 'Phú Tâm', 'An Ninh', 'Thuận Hòa', 'Hồ Đắc Kiện', 'Mỹ Tú', 'Long Hưng',
  'Mỹ Phước', 'Mỹ Hương', 'Phú Lộc', 'Lâm Tân', 'Vĩnh Lợi', 'Thạnh Thới An', 'Tài Văn', 'Liêu Tú',
  'Lịch Hội Thượng', 'Trần Đề', 'An Thạnh', 'Cù Lao Dung', 'Long Phú', 'Đại Ngãi', 'Trường Khánh', 'Tân Thạnh',
  'Lai Hòa', 'Vĩnh Hải', 'Gia Hòa', 'Ngọc Tố', 'Hòa Tú', 'Tân Long', 'Mỹ Thạnh', 'Thạnh Trị',
]; // prettier-ignore

/** Civil servants of a compliant unit: quota in [min,max], a few posts vacant, none over. */
const cs = (b: Builder, min: number, max: number, dep: number): Counts => {
  const q = b.rng.int(min, max);
  return { csQ: q, csA: q - b.rng.int(0, 2), hd: b.rng.int(0, 2), dep };
};
/** State-paid public employees of a compliant PSU, with a self-funded share and contracts. */
const pe = (b: Builder, min: number, max: number, dep: number, selfShare = 0): Counts => {
  const q = b.rng.int(min, max);
  return {
    peQ: q,
    peA: q - b.rng.int(0, Math.max(1, Math.round(q * 0.06))),
    self: Math.round(q * selfShare),
    hd: b.rng.int(1, Math.max(2, Math.round(q / 12))),
    dep,
  };
};

export function generateCanTho2025(seed = CAN_THO_SEED): Unit[] {
  const b = new Builder(seed);
  const r = b.rng;
  const root = b.add('CT', 'UBND thành phố Cần Thơ', null, 'people_committee', 'province', 'general_administration', {
    dep: 5,
  });
  // A phòng of a sở: 7 to 14 posts, with the deputies Decree 150 allows for its size.
  const phongCounts = () => {
    const q = r.int(7, 14);
    return { csQ: q, csA: q - r.int(0, 1), hd: r.int(0, 2), dep: q < 10 ? 1 : 2 };
  };
  for (const a of AGENCIES) {
    const code = `CT.${a.code}`;
    b.add(code, a.name, root, 'department', 'province', a.sector, { csQ: 4, csA: 4, dep: 3 });
    a.phong.forEach((name, i) =>
      b.add(`${code}.P${pad(i + 1)}`, name, code, 'division', 'province', a.sector, phongCounts()),
    );
    for (const [cc, name] of a.chiCuc ?? [])
      b.add(`${code}.${cc}`, name, code, 'sub_department', 'province', a.sector, cs(b, 14, 22, 2));
    for (const [pc, name, min, max, kind] of a.psus ?? []) {
      const counts = pe(b, min, max, 2, min >= 100 ? 0.6 : 0);
      // The one-stop centre is an administrative unit staffed by civil servants, not a PSU.
      if (kind === 'other')
        b.add(`${code}.${pc}`, name, code, 'other', 'province', a.sector, { csQ: counts.peQ, csA: counts.peA, dep: 2 });
      else b.add(`${code}.${pc}`, name, code, 'psu', 'province', a.sector, counts);
    }
  }
  THPT.forEach((name, i) =>
    b.add(`CT.SGDDT.THPT${pad(i + 1)}`, name, 'CT.SGDDT', 'psu', 'province', 'education', pe(b, 45, 80, 2)),
  );
  // Plan 130/KH-BCĐTKNQ18 allows three provincial project-management boards.
  for (const [pc, name] of [
    ['BQLDA1', 'Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp'],
    ['BQLDA2', 'Ban Quản lý dự án đầu tư xây dựng công trình giao thông'],
    ['BQLDA3', 'Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn'],
  ] as const)
    b.add(`CT.${pc}`, name, root, 'psu', 'province', 'construction_transport', pe(b, 18, 28, 2, 1));
  b.add('CT.BQLKCN', 'Ban Quản lý các khu công nghiệp', root, 'other', 'province', 'industry_trade', cs(b, 14, 18, 2));

  PHUONG.forEach((name, i) => addCommune(b, `CT.P${pad(i + 1)}`, 'phường', name));
  XA.forEach((name, i) => addCommune(b, `CT.X${pad(i + 1)}`, 'xã', name));
  return b.units;
}

/** A commune-level unit: its committee, three offices, its one-stop centre and its schools. */
function addCommune(b: Builder, code: string, type: 'xã' | 'phường', name: string): void {
  const r = b.rng;
  b.add(code, `UBND ${type} ${name}`, 'CT', 'people_committee', 'commune', 'general_administration', { dep: 2 });
  const offices: Array<[string, Sector, number, number]> = [
    ['Văn phòng HĐND và UBND', 'general_administration', 8, 12],
    type === 'phường'
      ? ['Phòng Kinh tế, Hạ tầng và Đô thị', 'construction_transport', 7, 11]
      : ['Phòng Kinh tế', 'agriculture_environment', 7, 11],
    ['Phòng Văn hóa - Xã hội', 'culture_sports_tourism', 6, 9],
  ];
  offices.forEach(([office, sector, min, max], i) =>
    b.add(`${code}.P${pad(i + 1)}`, office, code, 'division', 'commune', sector, cs(b, min, max, 2)),
  );
  b.add(
    `${code}.TTPVHCC`,
    'Trung tâm Phục vụ hành chính công',
    code,
    'other',
    'commune',
    'general_administration',
    cs(b, 5, 8, 1),
  );
  const schools: Array<[string, string, number, number]> = [
    ['MN', 'Trường Mầm non', 18, 30],
    ['TH', 'Trường Tiểu học', 24, 42],
    ['THCS', 'Trường THCS', 24, 45],
  ];
  for (const [prefix, label, min, max] of schools)
    b.add(`${code}.${prefix}`, `${label} ${name}`, code, 'psu', 'commune', 'education', pe(b, min, max, r.int(1, 2)));
}
