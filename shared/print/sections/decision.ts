/**
 * The draft decision (dự thảo Quyết định) of the People's Committee approving the plan's đề án, in
 * Decree 30/2020's layout of a Quyết định: the committee's name as the issuing body, the title, the
 * committee again above the Căn cứ lines and the proposal ("Theo đề nghị của …"), "QUYẾT ĐỊNH:",
 * Điều 1 (the approval and the plan's main content), Điều 2 (implementation), Điều 3 (effect and
 * those responsible), Nơi nhận from "Như Điều 3", signed TM. Ủy ban nhân dân, Chủ tịch. Number and
 * date are left for the committee's records office.
 */
import { formatInteger } from '../../format.ts';
import type { Operation } from '../../scenario/operations.ts';
import type { Block, ProposalDoc, ProposalRoadmap } from '../model.ts';
import type { TemplateNumbers } from '../templates.ts';
import { leaversByYear, operationCounts, payoutsText } from './summary.ts';

const n = (v: number) => formatInteger(v, 'vi');

export interface DecisionInput {
  /** "tỉnh Hậu Giang". */
  province: string;
  /** The đề án's title ("Sắp xếp tổ chức bộ máy … giai đoạn 2025–2030"). */
  deAnTitle: string;
  /** The body that proposes it, in sentence case ("Sở Nội vụ"). */
  issuing: string;
  /** "Tờ trình số 15/TTr-SNV ngày 05 tháng 01 năm 2026". */
  submission: string;
  /** "Căn cứ …;" lines as the đề án has them. */
  bases: readonly string[];
  numbers: TemplateNumbers;
  roadmap: ProposalRoadmap;
  operations: readonly Operation[];
  /** The operations appendix when attached ("Phụ lục I"). */
  operationsRef: string | null;
  /** Địa danh and the year of the decision. */
  place: string;
  year: number;
}

const lower = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** The head of the proposing body: "Giám đốc Sở Nội vụ", else "Thủ trưởng …". */
const headOf = (issuing: string) => (/^Sở\s/u.test(issuing) ? `Giám đốc ${issuing}` : `Thủ trưởng ${issuing}`);

export function decisionParts(
  d: DecisionInput,
): Pick<ProposalDoc, 'header' | 'title' | 'body' | 'signature' | 'distribution' | 'bases' | 'closing' | 'recipients'> {
  const committee = `Ủy ban nhân dân ${d.province}`;
  const COMMITTEE = committee.toLocaleUpperCase('vi');
  const x = d.numbers;
  const lastBasis = d.bases.length - 1;
  const bases = d.bases.map((b, i) => (i === lastBasis ? b.replace(/\.$/, ';') : b));
  const leavers = leaversByYear(d.roadmap);
  const body: Block[] = [
    { kind: 'caption', text: COMMITTEE },
    ...bases.map((text): Block => ({ kind: 'para', italic: true, text })),
    { kind: 'para', italic: true, text: `Theo đề nghị của ${headOf(d.issuing)} tại ${d.submission}.` },
    { kind: 'caption', text: 'QUYẾT ĐỊNH:' },
    { kind: 'heading', text: `Điều 1. Phê duyệt Đề án ${lower(d.deAnTitle)}` },
    { kind: 'para', text: 'Đề án kèm theo Quyết định này, với các nội dung chủ yếu sau:' },
    {
      kind: 'para',
      text: `1. Mục tiêu: đến năm ${x.horizon}, còn ${n(x.unitsAfter)} cơ quan, tổ chức, đơn vị (năm ${x.baseYear}: ${n(x.units)}), trong đó ${n(x.psusAfter)} đơn vị sự nghiệp công lập; ${n(x.civilServantQuotaAfter)} biên chế công chức và ${n(x.publicEmployeeQuotaAfter)} số người làm việc hưởng lương từ ngân sách nhà nước.`,
    },
    {
      kind: 'para',
      text: `2. Phương án sắp xếp: ${operationCounts(d.operations)}${d.operationsRef ? ` (chi tiết tại ${d.operationsRef} kèm theo Quyết định này)` : ''}.`,
    },
    {
      kind: 'para',
      text: `3. Lộ trình tinh giản biên chế: ${leavers ? `số người ra khỏi biên chế ${leavers}` : 'không có người ra khỏi biên chế theo lộ trình'}.`,
    },
    {
      kind: 'para',
      text: `4. Kinh phí: ${payoutsText(d.roadmap)}; bảo đảm từ ngân sách nhà nước theo phân cấp hiện hành.`,
    },
    { kind: 'heading', text: 'Điều 2. Tổ chức thực hiện' },
    {
      kind: 'para',
      text: `1. ${d.issuing} chủ trì, hướng dẫn, theo dõi, đôn đốc việc thực hiện Đề án; tổng hợp, báo cáo ${committee} kết quả thực hiện.`,
    },
    { kind: 'para', text: '2. Sở Tài chính bố trí kinh phí thực hiện chế độ, chính sách theo lộ trình của Đề án.' },
    {
      kind: 'para',
      text: `3. Các sở, ban, ngành ${x.level}, Ủy ban nhân dân cấp xã và người đứng đầu các cơ quan, đơn vị được sắp xếp tổ chức thực hiện theo nội dung, lộ trình của Đề án.`,
    },
    { kind: 'heading', text: 'Điều 3. Hiệu lực và trách nhiệm thi hành' },
    {
      kind: 'para',
      text: `Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng ${committee}, ${headOf(d.issuing)}, Giám đốc Sở Tài chính, Thủ trưởng các sở, ban, ngành ${x.level}, Chủ tịch Ủy ban nhân dân cấp xã và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.`,
    },
  ];
  return {
    header: {
      parentBody: '',
      issuingBody: COMMITTEE,
      numberLine: `Số: ${'\u00a0'.repeat(6)}/QĐ-UBND`,
      placeDate: `${d.place}, ngày ${'\u00a0'.repeat(4)} tháng ${'\u00a0'.repeat(4)} năm ${d.year}`,
    },
    title: `Phê duyệt Đề án ${lower(d.deAnTitle)}`,
    bases: [],
    body,
    closing: null,
    recipients: [],
    signature: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '' },
    distribution: [
      '- Như Điều 3;',
      `- Thường trực ${x.level === 'thành phố' ? 'Thành ủy' : 'Tỉnh ủy'};`,
      `- Thường trực Hội đồng nhân dân ${x.level};`,
      `- Chủ tịch, các Phó Chủ tịch ${committee};`,
      '- Lưu: VT.',
    ],
  };
}
