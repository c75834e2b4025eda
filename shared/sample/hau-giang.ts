/**
 * The bundled sample province: deterministic and illustrative ("số liệu minh họa"), modelled on
 * Hậu Giang in 2023 (legal-reference §9): UBND tỉnh, its sở/ban/ngành with văn phòng, phòng and
 * chi cục; the 8 district-level units with their phòng and communes; PSUs across sectors. Names
 * of agencies and districts follow the reference; communes and all headcounts are invented.
 * Some units are deliberately below legal minimum sizes or have too many deputies, so that the
 * rule checks have something to find.
 */
import type { Unit, UnitKind, Sector } from '../model/unit.ts';
import type { WorkspaceMeta } from '../model/workspace.ts';
import { Builder, pad, type Counts } from './builder.ts';

export const SAMPLE_SEED = 2023;

export function sampleMeta(): WorkspaceMeta {
  return { provinceName: 'Hậu Giang', baseYear: 2023, provinceClass: 'class2', isSample: true };
}

interface AgencySpec {
  code: string;
  name: string;
  /** A sở/ban/ngành by default; a ban outside the sở list (Ban Quản lý các KCN) is 'other'. */
  kind?: UnitKind;
  sector: Sector;
  phong: string[];
  chiCuc?: Array<{ code: string; name: string; phong?: string[] }>;
  psus?: Array<{
    code: string;
    name: string;
    size: [number, number];
    dep?: number;
    self?: number;
    phong?: string[];
    kind?: UnitKind;
  }>;
}

const AGENCIES: AgencySpec[] = [
  {
    code: 'VPUB',
    name: 'Văn phòng UBND tỉnh',
    sector: 'general_administration',
    phong: [
      'Phòng Tổng hợp',
      'Phòng Kinh tế',
      'Phòng Khoa giáo - Văn xã',
      'Phòng Hành chính - Tổ chức',
      'Phòng Quản trị - Tài vụ',
    ],
    psus: [
      { code: 'TTPVHCC', name: 'Trung tâm Phục vụ hành chính công', size: [10, 14], dep: 1, kind: 'other' },
      { code: 'NHK', name: 'Nhà khách UBND tỉnh', size: [6, 9], dep: 1, self: 0.8 },
    ],
  },
  {
    code: 'SNV',
    name: 'Sở Nội vụ',
    sector: 'home_affairs',
    phong: [
      'Văn phòng Sở',
      'Thanh tra Sở',
      'Phòng Tổ chức, biên chế và tổ chức phi chính phủ',
      'Phòng Công chức, viên chức',
      'Phòng Xây dựng chính quyền và công tác thanh niên',
    ],
    chiCuc: [
      { code: 'BTDKT', name: 'Ban Thi đua - Khen thưởng' },
      { code: 'CCVTLT', name: 'Chi cục Văn thư - Lưu trữ' },
    ],
    psus: [{ code: 'TTLT', name: 'Trung tâm Lưu trữ lịch sử', size: [8, 12], dep: 1 }],
  },
  {
    code: 'STP',
    name: 'Sở Tư pháp',
    sector: 'justice',
    phong: [
      'Văn phòng Sở',
      'Thanh tra Sở',
      'Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật',
      'Phòng Hành chính tư pháp và bổ trợ tư pháp',
    ],
    psus: [
      { code: 'TTTGPL', name: 'Trung tâm Trợ giúp pháp lý nhà nước', size: [14, 18], dep: 2 },
      { code: 'TTDVDG', name: 'Trung tâm Dịch vụ đấu giá tài sản', size: [5, 8], dep: 1, self: 1.2 },
    ],
  },
  {
    code: 'SKHDT',
    name: 'Sở Kế hoạch và Đầu tư',
    sector: 'finance_planning',
    phong: [
      'Văn phòng Sở',
      'Thanh tra Sở',
      'Phòng Tổng hợp, quy hoạch',
      'Phòng Đăng ký kinh doanh',
      'Phòng Kinh tế ngành',
    ],
    psus: [{ code: 'TTXTDT', name: 'Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp', size: [10, 13], dep: 2 }],
  },
  {
    code: 'STC',
    name: 'Sở Tài chính',
    sector: 'finance_planning',
    phong: [
      'Văn phòng Sở',
      'Thanh tra Sở',
      'Phòng Quản lý ngân sách',
      'Phòng Tài chính hành chính sự nghiệp',
      'Phòng Quản lý giá và công sản',
      'Phòng Tài chính đầu tư',
    ],
  },
  {
    code: 'SCT',
    name: 'Sở Công Thương',
    sector: 'industry_trade',
    phong: [
      'Văn phòng Sở',
      'Thanh tra Sở',
      'Phòng Quản lý công nghiệp',
      'Phòng Quản lý thương mại',
      'Phòng Quản lý năng lượng',
    ],
    psus: [{ code: 'TTKCXTTM', name: 'Trung tâm Khuyến công và Xúc tiến thương mại', size: [12, 16], dep: 2 }],
  },
  {
    code: 'SNN',
    name: 'Sở Nông nghiệp và Phát triển nông thôn',
    sector: 'agriculture_environment',
    phong: ['Văn phòng Sở', 'Thanh tra Sở', 'Phòng Kế hoạch - Tài chính', 'Phòng Quản lý xây dựng công trình'],
    chiCuc: [
      {
        code: 'CCTS',
        name: 'Chi cục Thủy sản',
        phong: ['Phòng Khai thác và Bảo vệ nguồn lợi thủy sản', 'Phòng Nuôi trồng thủy sản'],
      },
      {
        code: 'CCTTBVTV',
        name: 'Chi cục Trồng trọt và Bảo vệ thực vật',
        phong: ['Phòng Trồng trọt', 'Phòng Bảo vệ thực vật', 'Phòng Hành chính - Tổng hợp'],
      },
      { code: 'CCCNTY', name: 'Chi cục Chăn nuôi và Thú y', phong: ['Phòng Chăn nuôi', 'Phòng Thú y'] },
      { code: 'CCKL', name: 'Chi cục Kiểm lâm', phong: ['Phòng Quản lý bảo vệ rừng', 'Hạt Kiểm lâm'] },
      { code: 'CCTL', name: 'Chi cục Thủy lợi' },
      { code: 'CCPTNT', name: 'Chi cục Phát triển nông thôn' },
    ],
    psus: [
      {
        code: 'TTKN',
        name: 'Trung tâm Khuyến nông',
        size: [24, 32],
        dep: 2,
        phong: ['Phòng Hành chính - Tổng hợp', 'Phòng Kỹ thuật', 'Trạm Khuyến nông'],
      },
      { code: 'TTNS', name: 'Trung tâm Nước sạch và Vệ sinh môi trường nông thôn', size: [16, 22], dep: 2, self: 0.9 },
      { code: 'TTGIONG', name: 'Trung tâm Giống nông nghiệp', size: [10, 14], dep: 2, self: 0.6 },
      { code: 'BQLRPH', name: 'Ban Quản lý rừng phòng hộ và đặc dụng', size: [9, 12], dep: 2 },
    ],
  },
  {
    code: 'SGTVT',
    name: 'Sở Giao thông vận tải',
    sector: 'construction_transport',
    phong: [
      'Văn phòng Sở',
      'Thanh tra Sở',
      'Phòng Kế hoạch - Tài chính',
      'Phòng Quản lý vận tải, phương tiện và người lái',
      'Phòng Quản lý kết cấu hạ tầng giao thông',
    ],
    psus: [{ code: 'BQLBTDB', name: 'Ban Quản lý bảo trì đường bộ', size: [12, 15], dep: 2 }],
  },
  {
    code: 'SXD',
    name: 'Sở Xây dựng',
    sector: 'construction_transport',
    phong: [
      'Văn phòng Sở',
      'Thanh tra Sở',
      'Phòng Quản lý xây dựng',
      'Phòng Quy hoạch - Kiến trúc',
      'Phòng Phát triển đô thị và Hạ tầng kỹ thuật',
    ],
    psus: [{ code: 'TTKDXD', name: 'Trung tâm Kiểm định chất lượng xây dựng', size: [11, 14], dep: 2, self: 1.1 }],
  },
  {
    code: 'STNMT',
    name: 'Sở Tài nguyên và Môi trường',
    sector: 'agriculture_environment',
    phong: [
      'Văn phòng Sở',
      'Thanh tra Sở',
      'Phòng Quản lý đất đai',
      'Phòng Môi trường',
      'Phòng Tài nguyên nước, khoáng sản và biến đổi khí hậu',
    ],
    chiCuc: [{ code: 'CCBVMT', name: 'Chi cục Bảo vệ môi trường' }],
    psus: [
      {
        code: 'VPDKDD',
        name: 'Văn phòng Đăng ký đất đai',
        size: [20, 26],
        dep: 3,
        self: 0.9,
        phong: ['Phòng Hành chính - Tổng hợp', 'Phòng Đăng ký và Cấp giấy chứng nhận', 'Phòng Kỹ thuật địa chính'],
      },
      { code: 'TTQTTNMT', name: 'Trung tâm Quan trắc tài nguyên và môi trường', size: [12, 16], dep: 2, self: 0.4 },
      { code: 'TTPTQD', name: 'Trung tâm Phát triển quỹ đất', size: [10, 14], dep: 2, self: 0.7 },
      { code: 'TTCNTTTNMT', name: 'Trung tâm Công nghệ thông tin tài nguyên và môi trường', size: [7, 10], dep: 1 },
    ],
  },
  {
    code: 'STTTT',
    name: 'Sở Thông tin và Truyền thông',
    sector: 'information_media',
    phong: [
      'Văn phòng Sở',
      'Thanh tra Sở',
      'Phòng Thông tin - Báo chí - Xuất bản',
      'Phòng Công nghệ thông tin - Bưu chính viễn thông',
    ],
    psus: [
      { code: 'TTCNTTTT', name: 'Trung tâm Công nghệ thông tin và Truyền thông', size: [14, 18], dep: 2, self: 0.3 },
    ],
  },
  {
    code: 'SLDTBXH',
    name: 'Sở Lao động - Thương binh và Xã hội',
    sector: 'labour_social',
    phong: [
      'Văn phòng Sở',
      'Thanh tra Sở',
      'Phòng Lao động - Việc làm - Giáo dục nghề nghiệp',
      'Phòng Người có công',
      'Phòng Bảo trợ xã hội, trẻ em và bình đẳng giới',
    ],
    psus: [
      { code: 'TTDVVL', name: 'Trung tâm Dịch vụ việc làm', size: [18, 24], dep: 2, self: 0.3 },
      { code: 'TTCTXH', name: 'Trung tâm Công tác xã hội', size: [20, 28], dep: 2 },
      { code: 'CSCN', name: 'Cơ sở Cai nghiện ma túy', size: [16, 22], dep: 3 },
      {
        code: 'TCDN',
        name: 'Trường Cao đẳng Cộng đồng',
        size: [60, 85],
        dep: 3,
        self: 0.5,
        phong: [
          'Phòng Đào tạo',
          'Phòng Tổ chức - Hành chính',
          'Phòng Kế hoạch - Tài vụ',
          'Khoa Kinh tế',
          'Khoa Kỹ thuật - Công nghệ',
        ],
      },
    ],
  },
  {
    code: 'SVHTTDL',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    sector: 'culture_sports_tourism',
    phong: [
      'Văn phòng Sở',
      'Thanh tra Sở',
      'Phòng Quản lý văn hóa và gia đình',
      'Phòng Quản lý thể dục thể thao',
      'Phòng Quản lý du lịch',
    ],
    psus: [
      { code: 'BTANG', name: 'Bảo tàng tỉnh', size: [14, 18], dep: 2 },
      { code: 'THUVIEN', name: 'Thư viện tỉnh', size: [13, 16], dep: 2 },
      { code: 'TTVHNT', name: 'Trung tâm Văn hóa - Nghệ thuật', size: [20, 26], dep: 2 },
      { code: 'TTHLTDTT', name: 'Trung tâm Huấn luyện và Thi đấu thể dục thể thao', size: [16, 22], dep: 2, self: 0.2 },
      { code: 'TTXTDL', name: 'Trung tâm Xúc tiến du lịch', size: [6, 9], dep: 2 },
      { code: 'BQLDT', name: 'Ban Quản lý di tích', size: [7, 10], dep: 1 },
      { code: 'DOANNT', name: 'Đoàn Nghệ thuật Khmer - Cải lương', size: [18, 24], dep: 2, self: 0.2 },
    ],
  },
  {
    code: 'SKHCN',
    name: 'Sở Khoa học và Công nghệ',
    sector: 'science_technology',
    phong: ['Văn phòng Sở', 'Thanh tra Sở', 'Phòng Quản lý khoa học', 'Phòng Quản lý công nghệ và sở hữu trí tuệ'],
    chiCuc: [
      {
        code: 'CCTDC',
        name: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
        phong: ['Phòng Quản lý tiêu chuẩn chất lượng', 'Phòng Quản lý đo lường'],
      },
    ],
    psus: [
      {
        code: 'TTKTUDKHCN',
        name: 'Trung tâm Kỹ thuật và Ứng dụng khoa học công nghệ',
        size: [16, 22],
        dep: 2,
        self: 0.5,
      },
    ],
  },
  {
    code: 'SGDDT',
    name: 'Sở Giáo dục và Đào tạo',
    sector: 'education',
    phong: [
      'Văn phòng Sở',
      'Thanh tra Sở',
      'Phòng Giáo dục trung học',
      'Phòng Giáo dục mầm non - tiểu học',
      'Phòng Khảo thí và Kiểm định chất lượng',
      'Phòng Tổ chức cán bộ',
    ],
  },
  {
    code: 'SYT',
    name: 'Sở Y tế',
    sector: 'health',
    phong: [
      'Văn phòng Sở',
      'Thanh tra Sở',
      'Phòng Kế hoạch - Tài chính',
      'Phòng Nghiệp vụ Y - Dược',
      'Phòng Tổ chức cán bộ',
    ],
    chiCuc: [
      { code: 'CCDS', name: 'Chi cục Dân số - Kế hoạch hóa gia đình' },
      { code: 'CCATVSTP', name: 'Chi cục An toàn vệ sinh thực phẩm' },
    ],
    psus: [
      {
        code: 'BVDK',
        name: 'Bệnh viện Đa khoa tỉnh',
        size: [420, 520],
        dep: 3,
        self: 0.9,
        phong: [
          'Phòng Kế hoạch tổng hợp',
          'Phòng Tổ chức cán bộ',
          'Phòng Tài chính - Kế toán',
          'Phòng Điều dưỡng',
          'Khoa Khám bệnh',
          'Khoa Hồi sức tích cực - Chống độc',
          'Khoa Nội tổng hợp',
          'Khoa Ngoại tổng hợp',
        ],
      },
      {
        code: 'BVSN',
        name: 'Bệnh viện Sản - Nhi',
        size: [180, 240],
        dep: 3,
        self: 0.8,
        phong: ['Phòng Kế hoạch tổng hợp', 'Khoa Sản', 'Khoa Nhi', 'Khoa Sơ sinh'],
      },
      { code: 'BVLBP', name: 'Bệnh viện Lao và Bệnh phổi', size: [70, 90], dep: 2, self: 0.2 },
      { code: 'BVTT', name: 'Bệnh viện Tâm thần', size: [55, 70], dep: 2, self: 0.1 },
      { code: 'BVYHCT', name: 'Bệnh viện Y học cổ truyền', size: [80, 100], dep: 3, self: 0.5 },
      {
        code: 'CDC',
        name: 'Trung tâm Kiểm soát bệnh tật',
        size: [90, 120],
        dep: 3,
        self: 0.1,
        phong: ['Khoa Phòng chống bệnh truyền nhiễm', 'Khoa Dinh dưỡng', 'Khoa Xét nghiệm - Chẩn đoán hình ảnh'],
      },
      { code: 'TTPY', name: 'Trung tâm Pháp y', size: [9, 12], dep: 1 },
      { code: 'TTKN', name: 'Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm', size: [18, 22], dep: 2, self: 0.2 },
      { code: 'TTGDYK', name: 'Trung tâm Giám định y khoa', size: [5, 8], dep: 2 },
    ],
  },
  {
    code: 'TTRA',
    name: 'Thanh tra tỉnh',
    sector: 'other',
    phong: ['Văn phòng', 'Phòng Nghiệp vụ 1', 'Phòng Nghiệp vụ 2', 'Phòng Giải quyết khiếu nại, tố cáo'],
  },
  { code: 'BDT', name: 'Ban Dân tộc', sector: 'other', phong: ['Văn phòng Ban', 'Phòng Chính sách - Tuyên truyền'] },
  { code: 'SNGV', name: 'Sở Ngoại vụ', sector: 'other', phong: ['Văn phòng Sở', 'Phòng Lãnh sự và Hợp tác quốc tế'] },
  {
    code: 'BQLKCN',
    name: 'Ban Quản lý các khu công nghiệp',
    kind: 'other',
    sector: 'industry_trade',
    phong: ['Văn phòng Ban', 'Phòng Quản lý đầu tư', 'Phòng Quản lý doanh nghiệp'],
    psus: [{ code: 'CTHTKCN', name: 'Công ty Phát triển hạ tầng khu công nghiệp', size: [8, 11], dep: 2, self: 2 }],
  },
];

/** District-level units (legal-reference §9) and how many phường / thị trấn / xã each has. */
const DISTRICTS: Array<{
  code: string;
  name: string;
  short: string;
  urban: boolean;
  phuong: number;
  thiTran: number;
  xa: number;
}> = [
  { code: 'VT', name: 'Thành phố Vị Thanh', short: 'Vị Thanh', urban: true, phuong: 5, thiTran: 0, xa: 4 },
  { code: 'NB', name: 'Thành phố Ngã Bảy', short: 'Ngã Bảy', urban: true, phuong: 4, thiTran: 0, xa: 2 },
  { code: 'TXLM', name: 'Thị xã Long Mỹ', short: 'thị xã Long Mỹ', urban: true, phuong: 4, thiTran: 0, xa: 5 },
  { code: 'CT', name: 'Huyện Châu Thành', short: 'Châu Thành', urban: false, phuong: 0, thiTran: 2, xa: 7 },
  { code: 'CTA', name: 'Huyện Châu Thành A', short: 'Châu Thành A', urban: false, phuong: 0, thiTran: 4, xa: 6 },
  { code: 'PH', name: 'Huyện Phụng Hiệp', short: 'Phụng Hiệp', urban: false, phuong: 0, thiTran: 3, xa: 12 },
  { code: 'VTH', name: 'Huyện Vị Thủy', short: 'Vị Thủy', urban: false, phuong: 0, thiTran: 1, xa: 9 },
  { code: 'HLM', name: 'Huyện Long Mỹ', short: 'huyện Long Mỹ', urban: false, phuong: 0, thiTran: 1, xa: 6 },
];

const DISTRICT_PHONG: Array<[string, Sector]> = [
  ['Văn phòng HĐND và UBND', 'general_administration'],
  ['Phòng Nội vụ', 'home_affairs'],
  ['Phòng Tư pháp', 'justice'],
  ['Phòng Tài chính - Kế hoạch', 'finance_planning'],
  ['Phòng Tài nguyên và Môi trường', 'agriculture_environment'],
  ['Phòng Lao động - Thương binh và Xã hội', 'labour_social'],
  ['Phòng Văn hóa và Thông tin', 'culture_sports_tourism'],
  ['Phòng Giáo dục và Đào tạo', 'education'],
  ['Phòng Y tế', 'health'],
  ['Thanh tra', 'other'],
];

export function generateSampleProvince(seed = SAMPLE_SEED): Unit[] {
  const b = new Builder(seed);
  const r = b.rng;
  const root = b.add('HG', 'UBND tỉnh Hậu Giang', null, 'people_committee', 'province', 'general_administration', {
    dep: 4,
  });

  for (const a of AGENCIES) {
    const code = `HG.${a.code}`;
    // Leadership of the agency; a few agencies carry more deputies than the decree allows.
    const dep = a.code === 'SNN' || a.code === 'SYT' ? 5 : r.int(2, 3);
    b.add(code, a.name, root, a.kind ?? 'department', 'province', a.sector, { csQ: dep + 1, csA: dep + 1, dep });
    a.phong.forEach((name, i) => {
      // Some phòng are below the minimum size the rules require.
      const small = r.chance(0.15);
      b.add(
        `${code}.P${pad(i + 1)}`,
        name,
        code,
        'division',
        'province',
        a.sector,
        small ? b.cs(3, 4, 1) : b.cs(5, 11, r.chance(0.2) ? 2 : 1),
      );
    });
    (a.chiCuc ?? []).forEach((cc, i) => {
      const ccCode = `${code}.${cc.code}`;
      const hasPhong = (cc.phong?.length ?? 0) > 0;
      b.add(
        ccCode,
        cc.name,
        code,
        'sub_department',
        'province',
        a.sector,
        hasPhong ? b.cs(3, 4, r.int(1, 2)) : b.cs(i === 0 ? 9 : 12, 20, r.int(1, 3)),
      );
      (cc.phong ?? []).forEach((name, j) => {
        b.add(`${ccCode}.P${pad(j + 1)}`, name, ccCode, 'division', 'province', a.sector, b.cs(j === 1 ? 3 : 5, 9, 1));
      });
    });
    (a.psus ?? []).forEach((p) => {
      const pCode = `${code}.${p.code}`;
      const hasPhong = (p.phong?.length ?? 0) > 0;
      const counts = b.pe(p.size[0], p.size[1], p.dep ?? 2, p.self ?? 0);
      // The one-stop service centre is not a PSU: an administrative unit of Văn phòng UBND staffed by civil servants.
      if (p.kind === 'other')
        b.add(pCode, p.name, code, 'other', 'province', a.sector, {
          csQ: counts.peQ,
          csA: counts.peA,
          hd: counts.hd,
          dep: counts.dep,
        });
      else b.add(pCode, p.name, code, 'psu', 'province', a.sector, hasPhong ? scaleDown(counts, 0.25) : counts);
      (p.phong ?? []).forEach((name, j) => {
        const share = Math.max(4, Math.round(((counts.peQ ?? 0) * 0.75) / p.phong!.length));
        b.add(
          `${pCode}.P${pad(j + 1)}`,
          name,
          pCode,
          'psu_division',
          'province',
          a.sector,
          b.pe(j === 0 && share < 12 ? 5 : share - 2, share + 2, r.chance(0.1) ? 3 : 1, p.self ?? 0),
        );
      });
    });
  }

  addSchoolsUnderDepartment(b, 'HG.SGDDT');
  addDistrictHealthCentres(b, 'HG.SYT');

  for (const d of DISTRICTS) {
    const dCode = `HG.${d.code}`;
    b.add(
      dCode,
      `UBND ${d.name.charAt(0).toLowerCase()}${d.name.slice(1)}`,
      root,
      'people_committee',
      'district',
      'general_administration',
      { dep: r.int(2, 3) },
    );
    const phong: Array<[string, Sector]> = [
      ...DISTRICT_PHONG,
      d.urban
        ? ['Phòng Kinh tế', 'industry_trade']
        : ['Phòng Nông nghiệp và Phát triển nông thôn', 'agriculture_environment'],
      d.urban
        ? ['Phòng Quản lý đô thị', 'construction_transport']
        : ['Phòng Kinh tế và Hạ tầng', 'construction_transport'],
      ['Phòng Dân tộc', 'other'],
    ];
    phong.forEach(([name, sector], i) => {
      const tiny = name === 'Phòng Dân tộc' || name === 'Phòng Y tế';
      b.add(
        `${dCode}.P${pad(i + 1)}`,
        name,
        dCode,
        'division',
        'district',
        sector,
        tiny ? b.cs(2, 4, 1) : b.cs(5, 10, r.chance(0.15) ? 3 : r.int(1, 2)),
      );
    });
    b.add(
      `${dCode}.TTVHTT`,
      `Trung tâm Văn hóa - Thể thao và Truyền thanh ${d.short}`,
      dCode,
      'psu',
      'district',
      'culture_sports_tourism',
      b.pe(8, 16, 2),
    );
    b.add(
      `${dCode}.BQLDA`,
      `Ban Quản lý dự án đầu tư xây dựng ${d.short}`,
      dCode,
      'psu',
      'district',
      'construction_transport',
      b.pe(6, 12, 2, 1.2),
    );
    if (!d.urban)
      b.add(
        `${dCode}.TTDVNN`,
        `Trung tâm Dịch vụ nông nghiệp ${d.short}`,
        dCode,
        'psu',
        'district',
        'agriculture_environment',
        b.pe(10, 16, r.chance(0.3) ? 3 : 2),
      );
    b.add(
      `${dCode}.GDNN`,
      `Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên ${d.short}`,
      dCode,
      'psu',
      'district',
      'education',
      b.pe(12, 20, 2, 0.1),
    );
    addDistrictSchools(b, dCode, d.short);
    addCommunes(b, dCode, d);
  }
  // Ban Tôn giáo of Sở Nội vụ (as before 2025), drawn last so that every other figure stays as it was.
  b.add('HG.SNV.BTG', 'Ban Tôn giáo', 'HG.SNV', 'sub_department', 'province', 'home_affairs', b.cs(12, 15, 2));
  return b.units;
}

function scaleDown(c: Counts, f: number): Counts {
  const s = (n: number | undefined) => Math.round((n ?? 0) * f);
  return { peQ: s(c.peQ), peA: s(c.peA), self: s(c.self), hd: c.hd, dep: c.dep };
}

function addSchoolsUnderDepartment(b: Builder, parent: string): void {
  const names = [
    'Trường THPT chuyên Vị Thanh',
    'Trường THPT Vị Thanh',
    'Trường THPT Chiêm Thành Tấn',
    'Trường THPT Ngã Bảy',
    'Trường THPT Lê Quý Đôn',
    'Trường THPT Long Mỹ',
    'Trường THPT Tân Phú',
    'Trường THPT Châu Thành A',
    'Trường THPT Tầm Vu',
    'Trường THPT Cái Tắc',
    'Trường THPT Ngã Sáu',
    'Trường THPT Phú Hữu',
    'Trường THPT Phụng Hiệp',
    'Trường THPT Cây Dương',
    'Trường THPT Hòa An',
    'Trường THPT Vị Thủy',
    'Trường THPT Vĩnh Tường',
    'Trường THPT Lương Tâm',
    'Trường THPT Tây Đô',
    'Trường Phổ thông Dân tộc nội trú tỉnh',
    'Trung tâm Giáo dục thường xuyên tỉnh',
    'Trường THPT Lương Thế Vinh',
  ];
  names.forEach((name, i) => {
    b.add(
      `${parent}.THPT${pad(i + 1)}`,
      name,
      parent,
      'psu',
      'province',
      'education',
      b.pe(i === 20 ? 10 : 38, i === 20 ? 14 : 75, i === 3 ? 4 : b.rng.int(2, 3)),
    );
  });
}

function addDistrictHealthCentres(b: Builder, parent: string): void {
  for (const d of DISTRICTS) {
    const code = `${parent}.TTYT.${d.code}`;
    b.add(code, `Trung tâm Y tế ${d.short}`, parent, 'psu', 'district', 'health', b.pe(90, 180, 3, 0.5));
    const stations = d.phuong + d.thiTran + d.xa;
    for (let i = 1; i <= stations; i++) {
      // Trạm y tế are affiliated units of the centre, not its internal phòng.
      b.add(
        `${code}.TYT${pad(i)}`,
        `Trạm Y tế ${communeName(d, i)}`,
        code,
        'other',
        'commune',
        'health',
        b.pe(5, 8, 1),
      );
    }
  }
}

function addDistrictSchools(b: Builder, dCode: string, short: string): void {
  const r = b.rng;
  const kinds: Array<[string, string, [number, number], number]> = [
    ['MN', 'Trường Mầm non', [12, 28], r.int(5, 7)],
    ['TH', 'Trường Tiểu học', [18, 42], r.int(7, 10)],
    ['THCS', 'Trường THCS', [20, 45], r.int(4, 6)],
  ];
  for (const [prefix, label, size, count] of kinds) {
    for (let i = 1; i <= count; i++) {
      // One in twelve schools is below 15 people; a few have three deputies.
      const tiny = r.chance(1 / 12);
      b.add(
        `${dCode}.${prefix}${pad(i)}`,
        `${label} số ${i} ${short}`,
        dCode,
        'psu',
        'district',
        'education',
        b.pe(tiny ? 9 : size[0], tiny ? 13 : size[1], r.chance(0.1) ? 3 : r.int(1, 2)),
      );
    }
  }
}

function communeName(d: (typeof DISTRICTS)[number], i: number): string {
  if (i <= d.phuong) return `Phường ${i} (${d.short})`;
  if (i <= d.phuong + d.thiTran) return `Thị trấn ${i - d.phuong} (${d.short})`;
  return `Xã ${i - d.phuong - d.thiTran} (${d.short})`;
}

function addCommunes(b: Builder, dCode: string, d: (typeof DISTRICTS)[number]): void {
  const total = d.phuong + d.thiTran + d.xa;
  for (let i = 1; i <= total; i++) {
    b.add(
      `${dCode}.X${pad(i)}`,
      `UBND ${communeName(d, i).replace(/^./, (c) => c.toLowerCase())}`,
      dCode,
      'people_committee',
      'commune',
      'general_administration',
      b.cs(19, 23, 2),
    );
  }
}
