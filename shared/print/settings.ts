/**
 * What an officer fills in for a printed proposal of a scenario (saved in the workspace per
 * scenario): the header, number, place and date, signer, recipients and the narrative sections.
 * Decree 30/2020/NĐ-CP, Appendix I and III (legal-reference §8).
 */
import { z } from 'zod';
import { displayToIso } from '../scenario/operation-date.ts';

/** Đề án (ĐA), tờ trình (TTr) or the draft decision of the People's Committee approving the plan (QĐ). */
export const DOC_TYPES = ['de-an', 'to-trinh', 'quyet-dinh'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** Appendix III abbreviations. */
export const DOC_SYMBOL: Record<DocType, string> = { 'de-an': 'ĐA', 'to-trinh': 'TTr', 'quyet-dinh': 'QĐ' };
export const DOC_NAME: Record<DocType, string> = {
  'de-an': 'ĐỀ ÁN',
  'to-trinh': 'TỜ TRÌNH',
  'quyet-dinh': 'QUYẾT ĐỊNH',
};

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
  'drafting',
  'opinions',
  'enclosures',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
/** The sections each document type prints, in order (a tờ trình: Decree 120/2020 Art. 9.2). */
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
  'to-trinh': ['necessity', 'drafting', 'objectives', 'funding', 'opinions', 'request', 'enclosures'],
  'quyet-dinh': [],
};

/** The parts of one operation's section of the đề án's Phương án, each edited by the officer. */
export const OPERATION_FACETS = [
  'rationale',
  'functions',
  'structure',
  'leadership',
  'staff',
  'finance',
  'headquarters',
] as const;
export type OperationFacet = (typeof OPERATION_FACETS)[number];

/** The appendices a document may carry, each chosen (or not) and ordered by the officer. */
export const APPENDIX_KEYS = ['operations', 'chart', 'units', 'groups', 'findings', 'positions', 'roadmap'] as const;
export type AppendixKey = (typeof APPENDIX_KEYS)[number];
/** What each document type attaches when the officer has not chosen, in order. */
export const DEFAULT_APPENDICES: Record<DocType, readonly AppendixKey[]> = {
  'de-an': ['chart', 'units', 'groups', 'findings', 'positions'],
  'to-trinh': ['operations', 'roadmap', 'findings'],
  'quyet-dinh': ['operations'],
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
    /** YYYY-MM-DD; empty: left blank ("ngày … tháng … năm …") for the văn thư to date by hand. */
    date: z
      .string()
      .regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: 'err.printDate' })
      .refine((d) => d === '' || displayToIso(d) === d, { error: 'err.printDate' }),
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
    /** Each operation's section of the Phương án as the officer wrote it, by `operationKey`; a facet not given follows the plan. */
    operationSections: z
      .record(z.string().max(300), z.partialRecord(z.enum(OPERATION_FACETS), text(20000)))
      .refine((r) => Object.keys(r).length <= 10000, { error: 'err.printOperations' })
      .default({}),
    /** Costs beyond the payouts (Kinh phí): a label and an amount in đồng each. */
    otherCosts: z
      .array(
        z
          .object({
            label: line(200).refine((l) => l !== '', { error: 'err.printCostLabel' }),
            amount: z
              .number({ error: 'err.printCostAmount' })
              .int({ error: 'err.printCostAmount' })
              .min(0, { error: 'err.printCostAmount' })
              .max(1e15, { error: 'err.printCostAmount' }),
          })
          .strict(),
      )
      .max(50)
      .default([]),
    /** The appendices each document carries, in order; a type not given: DEFAULT_APPENDICES. */
    appendices: z
      .partialRecord(
        z.enum(DOC_TYPES),
        z
          .array(z.object({ key: z.enum(APPENDIX_KEYS), on: z.boolean() }).strict())
          .max(APPENDIX_KEYS.length)
          .refine((list) => new Set(list.map((a) => a.key)).size === list.length, { error: 'err.printAppendices' }),
      )
      .default({}),
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
 * `provinceOn`), the number and date left blank for the văn thư (issue 20).
 */
export function defaultSettings(provinceName: string, shortName?: string): ProposalSettings {
  const title = provinceTitle(provinceName);
  const level = provinceLevel(provinceName);
  return {
    parentBody: `UBND ${title.toLocaleUpperCase('vi')}`,
    issuingBody: 'SỞ NỘI VỤ',
    bodySymbol: 'SNV',
    number: '',
    place: provincePlace(provinceName, shortName),
    date: '',
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
    operationSections: {},
    otherCosts: [],
    appendices: {},
  };
}

/** The appendices of a document type in the officer's order, each on or off; any the choice leaves out come after, off. */
export function appendixChoice(
  s: Pick<ProposalSettings, 'appendices'>,
  type: DocType,
): Array<{ key: AppendixKey; on: boolean }> {
  const chosen = s.appendices[type] ?? DEFAULT_APPENDICES[type].map((key) => ({ key, on: true }));
  const seen = new Set(chosen.map((a) => a.key));
  return [...chosen, ...APPENDIX_KEYS.filter((k) => !seen.has(k)).map((key) => ({ key, on: false }))];
}

/** "Số: 05/ĐA-SNV"; without a number the space is left for the văn thư: "Số:      /ĐA-SNV". */
export function numberLine(s: Pick<ProposalSettings, 'number' | 'bodySymbol'>, type: DocType): string {
  const n = s.number === '' ? '\u00a0'.repeat(6) : s.number.padStart(2, '0');
  return `Số: ${n}/${DOC_SYMBOL[type]}${s.bodySymbol ? `-${s.bodySymbol}` : ''}`;
}

/**
 * A date left blank for the văn thư: "ngày … tháng … năm …", each word held to its ellipsis (a
 * no-break space) so that no line of a wrapped paragraph starts with "…".
 */
export const BLANK_DATE = 'ngày\u00a0… tháng\u00a0… năm\u00a0…';

/**
 * "ngày 05 tháng 01 năm 2026": days below 10 and months 1 and 2 take a leading zero; no date (''):
 * `BLANK_DATE`.
 */
export function dateWords(isoDate: string): string {
  if (isoDate === '') return BLANK_DATE;
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

/** "Vị Thanh, ngày 05 tháng 01 năm 2026"; no date: "Vị Thanh, ngày … tháng … năm …". */
export function placeDateLine(place: string, isoDate: string): string {
  return `${place}, ${dateWords(isoDate)}`;
}

const AUTHORITY_PREFIX = /^(KT\.|TM\.|Q\.)\s*/u;

/**
 * The saved settings with a print's own fields over them (the CLI's flags; nothing saved). A
 * signer authority given as its prefix alone ("KT.", "TM.", "Q.") replaces the saved line's prefix
 * ("KT. GIÁM ĐỐC" with "Q." gives "Q. GIÁM ĐỐC").
 */
export function withOverrides(saved: ProposalSettings, overrides: Partial<ProposalSettings>): ProposalSettings {
  const out = { ...saved, ...overrides };
  const given = overrides.signerAuthority?.trim();
  if (given && AUTHORITY_PREFIX.test(given) && given.replace(AUTHORITY_PREFIX, '') === '') {
    const title = saved.signerAuthority.replace(AUTHORITY_PREFIX, '').trim();
    out.signerAuthority = title ? `${given} ${title}` : given;
  }
  return out;
}
