/**
 * Vietnamese templates of the narrative sections, filled in with the scenario's numbers. They are
 * where an officer starts: the filled-in text is edited in the app and saved with the scenario.
 */
import { formatInteger } from '../format.ts';
import type { SectionKey } from './settings.ts';
import type { ContentWords } from './sections/assessment.ts';

/** The numbers a template may use (and the current state's, implementation's words, see sections/assessment.ts). */
export interface TemplateNumbers extends ContentWords {
  /** The baseline's province as the text names it: "tỉnh Hậu Giang", "thành phố Cần Thơ". */
  province: string;
  /** The document's level word ("tỉnh" or "thành phố"), from the province the plan names on its date. */
  level: string;
  plan: string;
  baseYear: number;
  horizon: number;
  units: number;
  agencies: number;
  psus: number;
  civilServantQuota: number;
  publicEmployeeQuota: number;
  staff: number;
  unitsAfter: number;
  psusAfter: number;
  civilServantQuotaAfter: number;
  publicEmployeeQuotaAfter: number;
  operations: number;
  /** People leaving under the roadmap's restructuring reasons (early retirement, resignation, dissolution, other) to the horizon. */
  leavers: number;
  /** The sentence on staff still above the quotas at each year's end (not resolved by the plan). */
  aboveQuota: string;
  targetsMet: number;
  /** Targets that could be judged (met or not met); the others lack figures. */
  targetsJudged: number;
  targets: number;
  /** '' or the sentence naming the targets without enough figures to judge. */
  targetsUnknown: string;
  findings: number;
  issuingBody: string;
  /** The tờ trình's enclosed documents, one per line ("- Đề án …;"), the attached appendices among them. */
  enclosures: string;
}

export const SECTION_TITLES: Record<SectionKey, string> = {
  necessity: 'Sự cần thiết',
  assessment: 'Đánh giá chung',
  strengths: 'Ưu điểm',
  limitations: 'Hạn chế',
  causes: 'Nguyên nhân',
  recommendation: 'Kiến nghị',
  objectives: 'Mục tiêu, yêu cầu',
  funding: 'Kinh phí thực hiện',
  implementation: 'Tổ chức thực hiện',
  request: 'Đề xuất, kiến nghị',
  drafting: 'Quá trình xây dựng đề án',
  opinions: 'Những vấn đề còn có ý kiến khác nhau',
  enclosures: 'Hồ sơ kèm theo',
};

const TEMPLATES: Record<SectionKey, string> = {
  necessity: [
    'Thực hiện chủ trương của Đảng và quy định của Nhà nước về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả, tinh giản biên chế gắn với cơ cấu lại, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức.',
    'Đến năm {baseYear}, {province} có {units} cơ quan, tổ chức, đơn vị, trong đó {agencies} cơ quan hành chính và {psus} đơn vị sự nghiệp công lập, với {civilServantQuota} biên chế công chức và {publicEmployeeQuota} số người làm việc hưởng lương từ ngân sách nhà nước được giao; tổng số người đang làm việc là {staff} người.',
    'Vì vậy, việc xây dựng và thực hiện phương án sắp xếp là cần thiết.',
  ].join('\n\n'),
  assessment:
    'Qua rà soát theo các tiêu chí hiện hành, đến hết năm {horizon} sau khi thực hiện phương án còn {findings} trường hợp chưa bảo đảm tiêu chí về quy mô tối thiểu, số lượng cấp phó hoặc số người làm việc vượt số được giao (chi tiết tại mục những vấn đề còn tồn tại), cần tiếp tục xử lý.',
  objectives: [
    'Sắp xếp tổ chức bộ máy theo hướng tinh gọn, giảm đầu mối, giảm cấp trung gian, bảo đảm tiêu chí thành lập theo quy định.',
    'Đến năm {horizon}: còn {unitsAfter} cơ quan, tổ chức, đơn vị (năm {baseYear}: {units}), trong đó {psusAfter} đơn vị sự nghiệp công lập (năm {baseYear}: {psus}); {civilServantQuotaAfter} biên chế công chức (năm {baseYear}: {civilServantQuota}) và {publicEmployeeQuotaAfter} số người làm việc hưởng lương từ ngân sách nhà nước (năm {baseYear}: {publicEmployeeQuota}).{targetsResult}{targetsUnknown}',
  ].join('\n\n'),
  funding:
    'Số người ra khỏi biên chế theo lộ trình do sắp xếp, tinh giản (nghỉ hưu trước tuổi, thôi việc, giải thể đơn vị và lý do khác), phải giải quyết chế độ, chính sách đến năm {horizon}: {leavers} người. {aboveQuota} Kinh phí thực hiện chế độ, chính sách được bảo đảm từ ngân sách nhà nước theo phân cấp hiện hành và các quy định về chính sách tinh giản biên chế.',
  strengths: '{strengths}',
  limitations: '{limitations}',
  causes: '{causes}',
  implementation: [
    '1. Người đứng đầu các cơ quan, đơn vị được sắp xếp{reorganised}: xây dựng và thực hiện phương án sắp xếp tổ chức bộ máy, nhân sự, tài chính, tài sản, trụ sở làm việc của cơ quan, đơn vị mình; bàn giao hồ sơ, tài liệu; chịu trách nhiệm về việc thực hiện phương án theo lộ trình của Đề án{deadline}.',
    '2. {issuingBody}: chủ trì, hướng dẫn, theo dõi, đôn đốc việc thực hiện Đề án; thẩm định phương án sắp xếp nhân sự, số lượng cấp phó, biên chế của các cơ quan, đơn vị sau sắp xếp; tổng hợp, báo cáo kết quả định kỳ.',
    '3. Sở Tài chính: thẩm định, bố trí kinh phí thực hiện chế độ, chính sách đối với người nghỉ theo lộ trình của Đề án; hướng dẫn việc bàn giao tài chính, tài sản của các cơ quan, đơn vị được sắp xếp.',
    '4. Các sở, ban, ngành {level}: tổ chức thực hiện việc sắp xếp các cơ quan, đơn vị thuộc phạm vi quản lý theo lộ trình của Đề án.',
    '5. Ủy ban nhân dân cấp xã: tổ chức thực hiện việc sắp xếp các cơ quan, đơn vị thuộc phạm vi quản lý; phối hợp bàn giao nhân sự, tài sản, trụ sở theo lộ trình của Đề án.',
  ].join('\n\n'),
  recommendation: [
    '1. Đề nghị Ủy ban nhân dân {level} xem xét, phê duyệt Đề án với {operations} nội dung sắp xếp; giao {issuingBody} chủ trì, phối hợp với các cơ quan, đơn vị tổ chức thực hiện.',
    '2. Đề nghị các bộ, ngành trung ương hướng dẫn những nội dung chưa đủ căn cứ để áp dụng (các trường hợp cần xác minh nêu tại Đề án).{fundingRequest}',
  ].join('\n\n'),
  drafting:
    '{issuingBody} chủ trì xây dựng dự thảo Đề án trên cơ sở rà soát tổ chức bộ máy, biên chế năm {baseYear} của các cơ quan, đơn vị và các tiêu chí theo quy định; dự thảo được gửi lấy ý kiến các sở, ban, ngành {level}, Ủy ban nhân dân cấp xã và các cơ quan, đơn vị có liên quan; các ý kiến góp ý được tổng hợp, tiếp thu, giải trình để hoàn thiện Đề án.',
  opinions:
    'Các ý kiến góp ý đã được tổng hợp, tiếp thu, giải trình tại Báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý kèm theo.',
  enclosures: '{enclosures}',
  request:
    '{issuingBody} kính trình Ủy ban nhân dân {level} xem xét, phê duyệt phương án "{plan}" với {operations} nội dung sắp xếp nêu trên, làm cơ sở để các cơ quan, đơn vị triển khai thực hiện.',
};

/** Targets met out of those that could be judged; none judged: nothing claimed (the unknown ones are said after). */
function targetsResult(n: TemplateNumbers): string {
  if (n.targetsJudged === 0) return '';
  return ` Phương án đạt ${formatInteger(n.targetsMet)}/${formatInteger(n.targetsJudged)} mục tiêu đánh giá được.`;
}

/** The template of a section with the numbers filled in (Vietnamese number format). */
export function fillTemplate(key: SectionKey, n: TemplateNumbers): string {
  const derived: Record<string, string> = { targetsResult: targetsResult(n) };
  return TEMPLATES[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (Object.hasOwn(derived, name)) return derived[name]!;
    if (!Object.hasOwn(n, name)) return whole;
    const v = n[name as keyof TemplateNumbers];
    return typeof v === 'number' && name !== 'baseYear' && name !== 'horizon' ? formatInteger(v) : String(v);
  });
}
