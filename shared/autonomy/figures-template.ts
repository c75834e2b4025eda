/**
 * The finance figures template handed out by the app (Tài chính tab) and the CLI: the figures sheet
 * with the exact headers the reader takes (read-figures.ts), a line pointing to the guide, and one
 * example row marked "VÍ DỤ" that the import skips; the guide sheet says what each column holds,
 * its unit and the article of Decree 60/2021 it comes from (checked against the text in
 * shared/domain/sources/vienchuc.md, Điều 5.2.NĐ.14.9–14.11).
 */
import { GUIDE_SHEET, type OutputTable } from '../import/units-table.ts';
import { EXAMPLE_CODE, FIGURE_HEADERS } from './read-figures.ts';

export const FIGURES_SHEET = 'Tự chủ tài chính';

type Field = (typeof FIGURE_HEADERS)[number][0];

const DECREE = 'Nghị định 60/2021/NĐ-CP';
const AMOUNT = 'Số không âm, theo đơn vị tính của dòng (đồng hoặc triệu đồng); viết 1.234,5 hoặc số của Excel.';

/** Each column: what it holds, its unit or values, and where the law defines it. */
const GUIDE: Record<Field, [meaning: string, values: string, source: string]> = {
  code: [
    'Mã của đơn vị sự nghiệp công lập, như trong cây tổ chức của TinhGon.',
    'Bắt buộc; phải là mã của một đơn vị sự nghiệp công lập đã có.',
    '',
  ],
  name: ['Tên đơn vị, để người điền đối chiếu.', 'Không bắt buộc; TinhGon đọc theo mã.', ''],
  year: [
    'Năm của số liệu: năm dự toán thu, chi khi xây dựng phương án tự chủ tài chính.',
    'Bốn chữ số (1990–2100); mỗi đơn vị một dòng cho mỗi năm.',
    `${DECREE}, Điều 10 khoản 2`,
  ],
  revenue: [
    'A: tổng nguồn tài chính chi thường xuyên: kinh phí NSNN cung cấp dịch vụ sự nghiệp công thuộc danh mục sử dụng NSNN (kể cả đặt hàng, đấu thầu); kinh phí chi thường xuyên nhiệm vụ khoa học và công nghệ; thu hoạt động sự nghiệp (sản xuất, kinh doanh, liên doanh, liên kết: chỉ phần chênh lệch thu lớn hơn chi sau khi thực hiện nghĩa vụ với Nhà nước); phí được để lại (không tính khoản chi nhiệm vụ không thường xuyên); thu khác.',
    `Bắt buộc. ${AMOUNT}`,
    `${DECREE}, Điều 10 khoản 1 điểm a (các khoản thu tại Điều 11 khoản 1 điểm a, b, khoản 2, 3, 5)`,
  ],
  spending: [
    'B: tổng chi thường xuyên theo Điều 12, 16, 20; không gồm chi cung cấp dịch vụ sự nghiệp công không sử dụng NSNN (Điều 6). Mức tự bảo đảm chi thường xuyên = A / B × 100%.',
    `Bắt buộc, lớn hơn 0. ${AMOUNT}`,
    `${DECREE}, Điều 10 khoản 1 điểm b`,
  ],
  investmentFunding: [
    'Mức tự bảo đảm chi đầu tư: số dự kiến trích lập Quỹ phát triển hoạt động sự nghiệp trong năm kế hoạch (hoặc bình quân 05 năm trước liền kề) và số thu phí được để lại để chi thường xuyên không giao tự chủ. Dùng để xét nhóm 1.',
    `Không bắt buộc (ô trống: không có). ${AMOUNT}`,
    `${DECREE}, Điều 9 khoản 1 điểm a`,
  ],
  depreciation: [
    'Mức trích khấu hao và hao mòn tài sản cố định của đơn vị trong năm. Nhóm 1 khi A ≥ B và nguồn tự bảo đảm chi đầu tư ≥ mức này.',
    `Không bắt buộc (ô trống: không có). ${AMOUNT}`,
    `${DECREE}, Điều 9 khoản 1 điểm a`,
  ],
  assignedGroup: [
    'Nhóm tự chủ cơ quan có thẩm quyền đã giao (nếu có), để đối chiếu với nhóm TinhGon tính từ A và B.',
    '1, 2, 3a (70% đến dưới 100%), 3b (30% đến dưới 70%), 3c (10% đến dưới 30%), 3 hoặc 4; có thể để trống.',
    `${DECREE}, Điều 9`,
  ],
  unit: [
    'Đơn vị tính của các số tiền trên dòng.',
    '"đồng" hoặc "triệu đồng" (không nhận nghìn đồng, tỷ đồng). Mọi dòng của một năm cùng một đơn vị tính; để trống cả cột thì TinhGon hỏi khi nhập.',
    '',
  ],
};

/** The figures sheet (header, a pointer to the guide, the example row) and the guide sheet. */
export function figuresTemplateTables(): OutputTable[] {
  const example: Record<Field, string | number> = {
    code: EXAMPLE_CODE,
    name: 'Ví dụ: Trung tâm Y tế huyện (dòng này được bỏ qua khi nhập)',
    year: 2026,
    revenue: 45000,
    spending: 60000,
    investmentFunding: '',
    depreciation: '',
    assignedGroup: '3a',
    unit: 'triệu đồng',
  };
  return [
    {
      name: FIGURES_SHEET,
      notes: [
        `Số liệu tự chủ tài chính của đơn vị sự nghiệp công lập (${DECREE}, Điều 9, 10). Ý nghĩa, đơn vị tính và căn cứ của từng cột: xem trang "${GUIDE_SHEET}". Dòng "${EXAMPLE_CODE}" là mẫu cách điền, được bỏ qua khi nhập: có thể để nguyên hoặc xóa.`,
      ],
      columns: FIGURE_HEADERS.map(([f, header]) => ({ header, width: f === 'name' ? 44 : 22, numeric: false })),
      rows: [FIGURE_HEADERS.map(([f]) => example[f])],
    },
    {
      name: GUIDE_SHEET,
      columns: [
        { header: 'Cột', width: 28 },
        { header: 'Ý nghĩa', width: 80 },
        { header: 'Đơn vị tính, giá trị nhận', width: 50 },
        { header: 'Căn cứ', width: 40 },
      ],
      rows: [
        ...FIGURE_HEADERS.map(([f, header]) => [header, ...GUIDE[f]]),
        [],
        [
          'Ví dụ',
          `Dòng "${EXAMPLE_CODE}": A = 45.000 triệu đồng, B = 60.000 triệu đồng, mức tự bảo đảm chi thường xuyên = 45.000 / 60.000 × 100% = 75%: nhóm 3a (từ 70% đến dưới 100%).`,
          'Dòng có mã "VÍ DỤ" không được nhập.',
          `${DECREE}, Điều 9 khoản 3 điểm a; Điều 10`,
        ],
        [
          'Ghi chú',
          'Có một ô sai thì không nhập dòng nào; TinhGon nêu từng ô sai (dòng, cột, giá trị, lý do).',
          'Tên cột không phân biệt chữ hoa/thường, cách gõ dấu.',
          '',
        ],
      ],
    },
  ];
}
