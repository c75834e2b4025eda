/**
 * What an officer fills in for a printed proposal of a scenario (saved in the workspace per
 * scenario): the header, number, place and date, signer, recipients and the narrative sections.
 * Decree 30/2020/NĐ-CP, Appendix I and III (legal-reference §8).
 */
import { z } from 'zod';

/** Đề án (ĐA) or tờ trình (TTr). */
export const DOC_TYPES = ['de-an', 'to-trinh'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** Appendix III abbreviations. */
export const DOC_SYMBOL: Record<DocType, string> = { 'de-an': 'ĐA', 'to-trinh': 'TTr' };
export const DOC_NAME: Record<DocType, string> = { 'de-an': 'ĐỀ ÁN', 'to-trinh': 'TỜ TRÌNH' };

/** Narrative sections, edited in the app from templates with the scenario's numbers filled in. */
export const SECTION_KEYS = [
  'necessity',
  'assessment',
  'strengths',
  'limitations',
  'causes',
  'objectives',
  'funding',
  'implementation',
  'recommendation',
  'request',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
/** The sections each document type prints, in order. */
export const SECTIONS_OF: Record<DocType, readonly SectionKey[]> = {
  // The đề án's current state is said at the base date (strengths, limitations, causes); what the plan leaves open is its own part.
  'de-an': [
    'necessity',
    'strengths',
    'limitations',
    'causes',
    'objectives',
    'funding',
    'implementation',
    'recommendation',
  ],
  'to-trinh': ['necessity', 'objectives', 'funding', 'request'],
};

const line = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim());
const text = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n'));

export const ProposalSettingsSchema = z
  .object({
    /** Cơ quan chủ quản, e.g. "UBND TỈNH HẬU GIANG". */
    parentBody: line(200),
    /** Cơ quan ban hành, e.g. "SỞ NỘI VỤ". */
    issuingBody: line(200),
    /** The issuing body's abbreviation after the type symbol: "SNV" in "15/TTr-SNV". */
    bodySymbol: line(40),
    /** The number given by the văn thư; empty: left blank to be filled in by hand. */
    number: z.string().max(10).regex(/^\d*$/, { error: 'err.printNumber' }),
    /** Địa danh, e.g. "Vị Thanh". */
    place: line(100),
    /** YYYY-MM-DD. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'err.printDate' })
      .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), { error: 'err.printDate' }),
    /** Trích yếu; empty: a summary from the plan's name. */
    title: line(300),
    /** Kính gửi (tờ trình): one recipient per line. */
    recipient: text(1000),
    /** "TM.", "KT. GIÁM ĐỐC"…; empty when the head signs. */
    signerAuthority: line(100),
    signerTitle: line(100),
    signerName: line(100),
    /** Nơi nhận, one per line (without the final "Lưu" line). */
    recipients: text(2000),
    /** What follows "Lưu: VT, ": the drafting unit and number of copies. */
    archive: line(100),
    /** Further legal bases, one per line, before those of the rule and target sets. */
    extraBases: text(3000),
    sections: z.partialRecord(z.enum(SECTION_KEYS), text(20000)),
  })
  .strict();
export type ProposalSettings = z.output<typeof ProposalSettingsSchema>;

/** A province named as documents do: "tỉnh Hậu Giang"; a name that says what it is ("thành phố Cần Thơ") as it is. */
export function provinceTitle(name: string): string {
  return /^(tỉnh|thành phố)\s/iu.test(name.normalize('NFC')) ? name : `tỉnh ${name}`;
}

/** The word the documents name the province's level by: "thành phố" for a city, else "tỉnh". */
export const provinceLevel = (name: string): 'tỉnh' | 'thành phố' =>
  /^thành phố\s/iu.test(provinceTitle(name)) ? 'thành phố' : 'tỉnh';

/** The province's name for the place line: its short name, else its name without "tỉnh" / "thành phố". */
export const provincePlace = (name: string, shortName?: string): string =>
  shortName ?? name.normalize('NFC').replace(/^(tỉnh|thành phố)\s+/iu, '');

/**
 * Settings a workspace has not saved yet: from its province (as a plan names it on the day, see
 * `provinceOn`) and today's date.
 */
export function defaultSettings(provinceName: string, today: string, shortName?: string): ProposalSettings {
  const title = provinceTitle(provinceName);
  const level = provinceLevel(provinceName);
  return {
    parentBody: `UBND ${title.toLocaleUpperCase('vi')}`,
    issuingBody: 'SỞ NỘI VỤ',
    bodySymbol: 'SNV',
    number: '',
    place: provincePlace(provinceName, shortName),
    date: today,
    title: '',
    recipient: `Ủy ban nhân dân ${title}`,
    signerAuthority: 'KT. GIÁM ĐỐC',
    signerTitle: 'PHÓ GIÁM ĐỐC',
    signerName: '',
    recipients: `Ủy ban nhân dân ${level}\nCác sở, ban, ngành ${level}`,
    archive: 'VT, TCBM',
    // By its number (shared/law/citations.ts): its date of adoption is not verified in the sources.
    extraBases: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15',
    sections: {},
  };
}

/** "Số: 05/ĐA-SNV"; without a number the space is left for the văn thư: "Số:      /ĐA-SNV". */
export function numberLine(s: Pick<ProposalSettings, 'number' | 'bodySymbol'>, type: DocType): string {
  const n = s.number === '' ? '\u00a0'.repeat(6) : s.number.padStart(2, '0');
  return `Số: ${n}/${DOC_SYMBOL[type]}${s.bodySymbol ? `-${s.bodySymbol}` : ''}`;
}

/** "Vị Thanh, ngày 05 tháng 01 năm 2026": days below 10 and months 1 and 2 take a leading zero. */
export function placeDateLine(place: string, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}
