/**
 * The documents the rule sets, targets and payout policies cite, as data: each with its type,
 * number, date, issuing body and summary (trích yếu), checked against
 * shared/domain/legal-reference.md and the primary texts in shared/domain/sources/. A field that
 * could not be checked there is null (never filled from memory), and `unverified` names it: the
 * printed citation then leaves it out.
 *
 * `basis` says how a proposal may rest on the document: a legal norm is a legal basis ("Căn cứ …");
 * a Party resolution, conclusion or decision is a political basis ("Thực hiện …"); a letter or plan
 * of a Steering Committee (BCĐ) is neither and is never cited as a basis.
 */
import type { Confidence } from '../rules/rule-sets.ts';

export type Basis = 'legal' | 'political' | 'none';

export interface LegalDocument {
  /** The number as documents write it: "120/2020/NĐ-CP", "19-NQ/TW". */
  id: string;
  /** "Nghị định", "Nghị quyết", "Thông tư", "Luật", "Kết luận", "Quyết định", "Công văn", "Kế hoạch". */
  type: string;
  /** A law's name ("Luật Tổ chức chính quyền địa phương"): a law is cited by it. */
  name?: string;
  /** ISO date of issue; null: not verified. */
  date: string | null;
  /** "Chính phủ", "Bộ Chính trị"…; null: not verified. */
  issuer: string | null;
  /** Trích yếu as the document states it ("quy định về …", "về …"); null: not verified. */
  summary: string | null;
  basis: Basis;
  /** How sure the fields given are: [C] read in a primary text, [C2] secondary. An [M] document is never cited. */
  confidence: Confidence;
  /** Where the fields were checked. */
  source: string;
  /** The fields left out because they could not be verified. */
  unverified?: Array<'date' | 'issuer' | 'summary'>;
  /**
   * The document it amends, as a primary text names it ("… được sửa đổi, bổ sung bởi Nghị định số
   * 370/2025/NĐ-CP ngày 31/12/2025 của Chính phủ"): one whose trích yếu is not verified is cited
   * only that way, after the document it amends, never on its own line without its subject.
   */
  amends?: string;
}

const REF = 'legal-reference.md';
const VC = 'sources/vienchuc.md';
const ND150 = 'sources/nd150-370-2025-to-chuc-thu-cap.md';
const ND178 = 'sources/nd178-2024-tt01-2025.md';

export const LEGAL_DOCUMENTS: readonly LegalDocument[] = [
  // Laws and National Assembly resolutions.
  {
    id: '72/2025/QH15',
    type: 'Luật',
    name: 'Luật Tổ chức chính quyền địa phương',
    date: null,
    issuer: 'Quốc hội',
    summary: null,
    basis: 'legal',
    confidence: 'C',
    source: 'sources/vtvl.md ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15")',
    unverified: ['date'],
  },
  {
    id: '202/2025/QH15',
    type: 'Nghị quyết',
    date: '2025-06-12',
    issuer: 'Quốc hội',
    summary: null,
    basis: 'legal',
    confidence: 'C2',
    source: `${REF} (Resolution 202/2025/QH15 of 12/06/2025)`,
    unverified: ['summary'],
  },
  // Government decrees and resolutions.
  {
    id: '120/2020/NĐ-CP',
    type: 'Nghị định',
    date: '2020-10-07',
    issuer: 'Chính phủ',
    summary: 'quy định về thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập',
    basis: 'legal',
    confidence: 'C',
    source: VC,
  },
  {
    id: '83/2024/NĐ-CP',
    type: 'Nghị định',
    date: null,
    issuer: 'Chính phủ',
    summary: null,
    basis: 'legal',
    confidence: 'C',
    source: `${VC} (amends Decree 120/2020, Art. 3 in force from 01/09/2024)`,
    unverified: ['date', 'summary'],
  },
  {
    id: '283/2025/NĐ-CP',
    type: 'Nghị định',
    date: '2025-10-31',
    issuer: 'Chính phủ',
    summary:
      'sửa đổi, bổ sung một số điều của Nghị định số 120/2020/NĐ-CP ngày 07 tháng 10 năm 2020 của Chính phủ quy định về thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập',
    basis: 'legal',
    confidence: 'C2',
    source: ND150,
  },
  {
    id: '24/2014/NĐ-CP',
    type: 'Nghị định',
    date: null,
    issuer: 'Chính phủ',
    summary: null,
    basis: 'legal',
    confidence: 'C2',
    source: `${REF} §6`,
    unverified: ['date', 'summary'],
  },
  {
    id: '107/2020/NĐ-CP',
    type: 'Nghị định',
    date: null,
    issuer: 'Chính phủ',
    summary: null,
    basis: 'legal',
    confidence: 'C2',
    source: `${REF} §6 (amends Decree 24/2014, in force 25/11/2020)`,
    unverified: ['date', 'summary'],
  },
  {
    id: '108/2020/NĐ-CP',
    type: 'Nghị định',
    date: null,
    issuer: 'Chính phủ',
    summary: null,
    basis: 'legal',
    confidence: 'C2',
    source: `${REF} §6`,
    unverified: ['date', 'summary'],
  },
  {
    id: '45/2025/NĐ-CP',
    type: 'Nghị định',
    date: '2025-02-28',
    issuer: 'Chính phủ',
    summary: null,
    basis: 'legal',
    confidence: 'C2',
    source: `${REF} §4, §6`,
    unverified: ['summary'],
  },
  {
    id: '150/2025/NĐ-CP',
    type: 'Nghị định',
    date: '2025-06-12',
    issuer: 'Chính phủ',
    summary:
      'quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc trung ương',
    basis: 'legal',
    confidence: 'C2',
    source: ND150,
  },
  {
    id: '370/2025/NĐ-CP',
    type: 'Nghị định',
    date: '2025-12-31',
    issuer: 'Chính phủ',
    // No primary text of the decree was found (its trích yếu unverified): Circular 45/2026/TT-BGDĐT,
    // a primary text, gives its number, date and issuer as the decree amending Decree 150/2025.
    summary: null,
    basis: 'legal',
    confidence: 'C',
    source: `Thông tư số 45/2026/TT-BGDĐT, căn cứ ban hành (${ND150} §0); ${REF} §4`,
    unverified: ['summary'],
    amends: '150/2025/NĐ-CP',
  },
  {
    id: '332/NQ-CP',
    type: 'Nghị quyết',
    date: '2025-10-15',
    issuer: 'Chính phủ',
    summary:
      'về số lượng cấp phó của phòng chuyên môn và tương đương, Trung tâm Phục vụ hành chính công thuộc Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc trung ương',
    basis: 'legal',
    confidence: 'C2',
    source: ND150,
  },
  {
    // No primary text found; its date is known only as "2018" from a secondary page, and the
    // Government numbers its resolutions from 1 each year (an 08/NQ-CP of 09/02/2010 exists too):
    // without a verified date it names no one document and is never cited (shared/print/sections/bases.ts).
    id: '08/NQ-CP',
    type: 'Nghị quyết',
    date: null,
    issuer: 'Chính phủ',
    summary: null,
    basis: 'legal',
    confidence: 'C2',
    source: `${REF} §1 (Resolution 08/NQ-CP (2018) on Resolution 19)`,
    unverified: ['date', 'summary'],
  },
  {
    id: '60/2021/NĐ-CP',
    type: 'Nghị định',
    date: '2021-06-21',
    issuer: 'Chính phủ',
    summary: 'quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập',
    basis: 'legal',
    confidence: 'C',
    source: VC,
  },
  {
    id: '135/2020/NĐ-CP',
    type: 'Nghị định',
    date: '2020-11-18',
    issuer: 'Chính phủ',
    summary: 'quy định về tuổi nghỉ hưu',
    basis: 'legal',
    confidence: 'C',
    source: VC,
  },
  {
    id: '178/2024/NĐ-CP',
    type: 'Nghị định',
    date: '2024-12-31',
    issuer: 'Chính phủ',
    summary:
      'về chính sách, chế độ đối với cán bộ, công chức, viên chức, người lao động và lực lượng vũ trang trong thực hiện sắp xếp tổ chức bộ máy của hệ thống chính trị',
    basis: 'legal',
    confidence: 'C',
    source: ND178,
  },
  {
    id: '67/2025/NĐ-CP',
    type: 'Nghị định',
    date: '2025-03-15',
    issuer: 'Chính phủ',
    summary: null,
    basis: 'legal',
    confidence: 'C2',
    source: ND178,
    unverified: ['summary'],
  },
  {
    id: '154/2025/NĐ-CP',
    type: 'Nghị định',
    date: '2025-06-15',
    issuer: 'Chính phủ',
    summary: null,
    basis: 'legal',
    confidence: 'C2',
    source: `${REF} §3`,
    unverified: ['summary'],
  },
  {
    id: '01/2025/TT-BNV',
    type: 'Thông tư',
    date: '2025-01-17',
    issuer: 'Bộ Nội vụ',
    summary:
      'hướng dẫn thực hiện chính sách, chế độ đối với cán bộ, công chức, viên chức và người lao động trong thực hiện sắp xếp tổ chức bộ máy của hệ thống chính trị',
    basis: 'legal',
    confidence: 'C',
    source: VC,
  },
  // Party documents: political bases.
  {
    id: '18-NQ/TW',
    type: 'Nghị quyết',
    date: '2017-10-25',
    issuer: 'Ban Chấp hành Trung ương Đảng',
    summary: null,
    basis: 'political',
    confidence: 'C2',
    source: `${REF} §2`,
    unverified: ['summary'],
  },
  {
    id: '19-NQ/TW',
    type: 'Nghị quyết',
    date: '2017-10-25',
    issuer: 'Ban Chấp hành Trung ương Đảng',
    summary:
      'về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập',
    basis: 'political',
    confidence: 'C2',
    source: `${REF} §1 (full title)`,
  },
  {
    id: '39-NQ/TW',
    type: 'Nghị quyết',
    date: '2015-04-17',
    issuer: 'Bộ Chính trị',
    summary: null,
    basis: 'political',
    confidence: 'C2',
    source: `${REF} §3`,
    unverified: ['summary'],
  },
  {
    id: '40-KL/TW',
    type: 'Kết luận',
    date: '2022-07-18',
    issuer: 'Bộ Chính trị',
    summary: null,
    basis: 'political',
    confidence: 'C2',
    source: `${REF} §3`,
    unverified: ['summary'],
  },
  {
    id: '72-QĐ/TW',
    type: 'Quyết định',
    date: '2022-07-18',
    issuer: 'Bộ Chính trị',
    summary: null,
    basis: 'political',
    confidence: 'C2',
    source: `${REF} §3`,
    unverified: ['summary'],
  },
  // Steering Committee letters and plans: never a basis.
  {
    id: '35/CV-BCĐTKNQ18',
    type: 'Công văn',
    date: '2025-01-23',
    issuer: 'Ban Chỉ đạo Trung ương tổng kết Nghị quyết 18',
    summary: null,
    basis: 'none',
    confidence: 'C2',
    source: `${REF} §2`,
    unverified: ['summary'],
  },
  {
    id: '130/KH-BCĐTKNQ18',
    type: 'Kế hoạch',
    date: null,
    issuer: 'Ban Chỉ đạo Trung ương tổng kết Nghị quyết 18',
    summary: null,
    basis: 'none',
    confidence: 'C2',
    source: `${REF} (Plan 130, about Sept–Oct 2025, date not confirmed)`,
    unverified: ['date', 'summary'],
  },
];

const BY_ID = new Map(LEGAL_DOCUMENTS.map((d) => [d.id, d]));

/** The document of a number, or undefined when the library does not hold it. */
export const legalDocument = (id: string): LegalDocument | undefined => BY_ID.get(id.normalize('NFC'));

/**
 * The document numbers a citation names, in order, each once: "Nghị định số 120/2020/NĐ-CP",
 * "Nghị định 45/2025" (a decree's number without its symbol), "Nghị quyết 19-NQ/TW",
 * "Công văn 35/CV-BCĐTKNQ18"…
 */
export function citedIds(citation: string): string[] {
  const text = citation.normalize('NFC');
  const out: string[] = [];
  const full = /\b(\d+(?:\/\d{4})?[/-][\p{Lu}Đ]+(?:[/-][\p{Lu}Đ\d]+)*)/gu;
  for (const m of text.matchAll(full)) if (!out.includes(m[1]!)) out.push(m[1]!);
  // "Nghị định 45/2025" (no symbol): a Government decree.
  for (const m of text.matchAll(/Nghị định (?:số )?(\d+\/\d{4})(?![/\d])/gu)) {
    const id = `${m[1]}/NĐ-CP`;
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** "ngày 07 tháng 10 năm 2020": days below 10 and months 1 and 2 with a leading zero (Decree 30/2020). */
export function dateWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`;
}

/**
 * The document in full form: "Nghị định số 120/2020/NĐ-CP ngày 07 tháng 10 năm 2020 của Chính phủ
 * quy định về …"; a law by its name and number. A field not verified is left out. `short`: without
 * the summary (a document named again, as an amending one).
 */
export function fullCitation(d: LegalDocument, short = false): string {
  const head = d.name ? `${d.name} số ${d.id}` : `${d.type} số ${d.id}`;
  return [
    head,
    d.date ? dateWords(d.date) : null,
    d.issuer && !d.name ? `của ${d.issuer}` : null,
    !short && d.summary ? d.summary : null,
  ]
    .filter(Boolean)
    .join(' ');
}
