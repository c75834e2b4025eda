/** The personnel template's guide sheet: what each column means and which values it accepts. */
import { guideSheet, type OutputTable } from '../import/units-table.ts';
import { formatInteger } from '../format.ts';
import type { BaseSalaryPeriod } from './base-salary.ts';
import { PERSON_HEADERS, type PersonField } from './read-people.ts';
import { monthText } from './person-rows.ts';

const CONFIDENCE: Record<NonNullable<BaseSalaryPeriod['confidence']>, string> = {
  C: 'đã đối chiếu văn bản',
  C2: 'theo nguồn thứ cấp',
  M: 'chưa xác minh',
};

export function peopleGuideTable(periods: readonly BaseSalaryPeriod[]): OutputTable {
  const coefficient = 'Số thập phân, tối đa 3 chữ số sau dấu phẩy (ví dụ 0,6); để trống nếu không có.';
  const meaning: Record<PersonField, [string, string]> = {
    fullName: ['Họ và tên đầy đủ.', 'Bắt buộc; tối đa 200 ký tự.'],
    employeeId: ['Mã của người trong hồ sơ của cơ quan (không bắt buộc).', 'Không trùng nhau trong tệp.'],
    unitCode: ['Mã của đơn vị đang công tác, như trong tệp dữ liệu TinhGon.', 'Bắt buộc; phải là mã đơn vị đã có.'],
    sex: ['Giới tính (để tính tuổi nghỉ hưu theo Điều 169 Bộ luật Lao động 2019).', 'Nam; Nữ.'],
    birthDate: ['Ngày sinh.', 'dd/MM/yyyy (ví dụ 15/01/1966) hoặc ô ngày của Excel; không sau ngày nhập.'],
    category: ['Đối tượng.', 'Công chức; Viên chức; Hợp đồng; hoặc để trống.'],
    salary: [
      'Tiền lương tháng hiện hưởng, bằng đồng (lương và các khoản phụ cấp).',
      'Số nguyên, ví dụ 15.356.250. Ghi cột này HOẶC cột "Hệ số lương", không ghi cả hai.',
    ],
    coefficient: [
      'Hệ số lương theo ngạch, bậc.',
      'Ví dụ 4,65. Lương tháng = (hệ số lương + hệ số phụ cấp chức vụ) × lương cơ sở × (1 + phụ cấp công vụ %) + hệ số phụ cấp khác × lương cơ sở (Thông tư 13/2026/TT-BNV, Điều 3 khoản 1).',
    ],
    leadership: ['Hệ số phụ cấp chức vụ lãnh đạo.', coefficient],
    otherAllowances: ['Tổng các hệ số phụ cấp khác tính theo lương cơ sở.', coefficient],
    publicDuty: ['Phụ cấp công vụ, theo phần trăm.', 'Ví dụ 25 hoặc 25%; từ 0 đến 100.'],
    insuranceFrom: ['Tháng bắt đầu đóng bảo hiểm xã hội bắt buộc.', 'MM/yyyy (ví dụ 03/2003); không bắt buộc.'],
    lowerRetirementAge: [
      'Nghỉ hưu ở tuổi thấp hơn theo Phụ lục II Nghị định 135/2020/NĐ-CP (Điều 169 khoản 3 Bộ luật Lao động: làm nghề, công việc nặng nhọc, độc hại, nguy hiểm hoặc làm việc ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn). Để trống: tuổi nghỉ hưu theo Phụ lục I (điều kiện lao động bình thường).',
      'Có (hoặc x); Không; hoặc để trống. Dùng để tính tuổi nghỉ hưu, số tháng nghỉ sớm và điều kiện hưởng chính sách.',
    ],
    jobPosition: [
      'Vị trí việc làm người đang giữ, như trong danh sách vị trí việc làm của đơn vị (hạn bố trí: 01/07/2027).',
      'Tên một vị trí việc làm của đơn vị (gõ dấu hoặc không); để trống nếu chưa được bố trí.',
    ],
  };
  return guideSheet(
    [
      ...PERSON_HEADERS.map(([field, header]) => [header, ...meaning[field]]),
      [],
      ['Ví dụ', '(4,65 + 0,6) × 2.340.000 × (1 + 25%) = 15.356.250 đồng', 'Công văn 1814/BNV năm 2025'],
      ...periods.map((p) => [
        `Lương cơ sở từ 01/${monthText(p.from)}`,
        `${formatInteger(p.amount)} đồng`,
        `${p.citation} (${p.confidence ? CONFIDENCE[p.confidence] : 'do tỉnh nhập vào tệp dữ liệu'})`,
      ]),
      [],
      [
        'Ghi chú',
        'Danh sách là dữ liệu cá nhân, chỉ lưu trong tệp dữ liệu; mỗi lần nhập thay thế toàn bộ danh sách cũ.',
        'TinhGon đọc trang tính có dòng tiêu đề Họ và tên, Mã đơn vị, Giới tính, Ngày sinh.',
      ],
    ],
    { column: 34, values: 90 },
  );
}
