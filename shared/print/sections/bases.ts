/**
 * Căn cứ xây dựng Đề án: the political bases (Party resolutions and conclusions, "Thực hiện …")
 * and the legal bases ("Căn cứ …"), each document in full form from the citation library
 * (shared/law/citations.ts), each once. From the officer's own lines, the rule set's bases, the
 * plan's targets and, when the plan pays anyone, the payout policies' citations. A Steering
 * Committee letter or plan is never a basis; an unverified [M] value is never cited.
 */
import { citedIds, fullCitation, legalDocument, type LegalDocument } from '../../law/citations.ts';
import { payoutBases } from '../../payouts/bases.ts';
import { withExitWindows } from '../../scenario/restructuring-decision.ts';
import type { Block } from '../model.ts';
import type { SectionInput } from './input.ts';

export interface ProposalBases {
  /** Party documents, in full form. */
  political: string[];
  /** Legal documents in full form (an amended one followed by its amending ones), and the officer's lines not in the library as written. */
  legal: string[];
  /** Documents cited by the rules that cannot be cited (their date not verified): named apart, to verify, never as a basis. */
  toVerify?: string[];
}

type Input = Pick<SectionInput, 'settings' | 'ruleSet' | 'simulation' | 'operations'>;

/**
 * Whether a document can be cited at all: a number without its year ("08/NQ-CP": the Government
 * numbers its resolutions from 1 every year) names no one document until its date is verified.
 */
export const identifiable = (d: LegalDocument): boolean => d.date !== null || /\/\d{4}\//.test(`${d.id}/`);

/** A citation's documents: the first in full form, the others (its amending texts) after it, short. */
function documentsOf(citation: string): { docs: LegalDocument[]; unknown: LegalDocument[] } {
  const known = citedIds(citation)
    .map(legalDocument)
    .filter((d): d is LegalDocument => d !== undefined && d.confidence !== 'M');
  return { docs: known.filter(identifiable), unknown: known.filter((d) => !identifiable(d)) };
}

const amended = (main: LegalDocument, amending: LegalDocument[]) =>
  amending.length === 0
    ? fullCitation(main)
    : `${fullCitation(main)} (được sửa đổi, bổ sung bởi ${amending.map((d) => fullCitation(d, true)).join(' và ')})`;

/** One line of the bases: a document with the amending ones named after it, or an officer's own line. */
type Entry = { main: LegalDocument; amending: LegalDocument[] } | { line: string };

export function proposalBases(input: Input): ProposalBases {
  const entries: Entry[] = [];
  const byMain = new Map<string, { main: LegalDocument; amending: LegalDocument[] }>();
  const cited = new Set<string>();
  const lines = new Set<string>();
  const toVerify: string[] = [];
  /** `doc` on its own line (once), or, one whose trích yếu is not verified, after the document it amends. */
  const cite = (doc: LegalDocument, amending: LegalDocument[] = []) => {
    const of = doc.summary === null && !doc.name && doc.amends ? legalDocument(doc.amends) : undefined;
    if (of && identifiable(of)) return cite(of, [doc, ...amending]);
    let entry = byMain.get(doc.id);
    if (!entry) {
      if (cited.has(doc.id)) return; // named already as amending another
      entry = { main: doc, amending: [] };
      byMain.set(doc.id, entry);
      entries.push(entry);
      cited.add(doc.id);
    }
    for (const d of amending) {
      if (cited.has(d.id)) continue;
      // An amending document of the same kind of basis follows; another (a Party document named with a decree) stands alone.
      if (d.basis === doc.basis && !byMain.has(d.id)) {
        entry.amending.push(d);
        cited.add(d.id);
      } else cite(d);
    }
  };
  const add = (citation: string, keepUnknown: boolean) => {
    const { docs, unknown } = documentsOf(citation);
    if (docs.length === 0) {
      // The officer's own line, as written (a document the library does not hold); never a rule's free text.
      const line = citation.trim().replace(/[;.]+$/, '');
      if (keepUnknown && line && !lines.has(line)) {
        lines.add(line);
        entries.push({ line: line.replace(/^(Căn cứ|Thực hiện)\s+/u, '') });
      }
      if (keepUnknown) return;
    }
    // A document the rules cite that cannot be identified: named apart, to verify.
    for (const d of unknown) if (!toVerify.includes(`${d.type} ${d.id}`)) toVerify.push(`${d.type} ${d.id}`);
    if (docs.length === 0) return;
    const [main, ...rest] = docs;
    // A Steering Committee letter or plan is never a basis; the documents named with it may be.
    if (main!.basis === 'none') for (const d of rest) cite(d);
    else cite(main!, rest);
  };
  for (const line of input.settings.extraBases.split('\n')) add(line, true);
  for (const b of input.ruleSet.bases) add(b, false);
  for (const t of input.simulation.targets) for (const part of t.citation.split(';')) add(part, false);
  // The payout decrees only when someone is paid; only the parts resting on a confirmed value.
  const paid = payoutBases(withExitWindows(input.operations).filter((o) => o.type === 'staffExit'));
  for (const s of paid?.sources ?? []) for (const part of s.citation.split(';')) add(part, false);
  const political: string[] = [];
  const legal: string[] = [];
  for (const e of entries) {
    if ('line' in e) legal.push(e.line);
    else if (e.main.basis !== 'none')
      (e.main.basis === 'political' ? political : legal).push(amended(e.main, e.amending));
  }
  return { political, legal, ...(toVerify.length > 0 ? { toVerify } : {}) };
}

/**
 * A rule's citation where a table names what a finding rests on: one resting on a Steering
 * Committee letter or plan (a BCĐ document, no legal basis) says so.
 */
export function sourceCell(citation: string): string {
  const first = citedIds(citation).map(legalDocument)[0];
  return first?.basis === 'none' ? `Văn bản chỉ đạo, không phải căn cứ pháp lý: ${citation}` : citation;
}

/** The lines as a decision or tờ trình states them: "Căn cứ …;" then "Thực hiện …;" (the Party documents), the last ending ".". */
export function basisLines(b: ProposalBases): string[] {
  const lines = [...b.legal.map((x) => `Căn cứ ${x}`), ...b.political.map((x) => `Thực hiện ${x}`)];
  return lines.map((l, i) => `${l}${i === lines.length - 1 ? '.' : ';'}`);
}

/** The đề án's section: "Căn cứ chính trị" and "Căn cứ pháp lý", one document a line. */
export function basesSection(b: ProposalBases, number: (title: string) => Block): Block[] {
  const list = (items: string[]): Block[] =>
    items.map((x, i) => ({ kind: 'para', text: `- ${x}${i === items.length - 1 ? '.' : ';'}` }));
  const blocks: Block[] = [];
  if (b.political.length > 0) blocks.push(number('Căn cứ chính trị'), ...list(b.political));
  blocks.push(number('Căn cứ pháp lý'));
  blocks.push(
    ...(b.legal.length > 0
      ? list(b.legal)
      : [
          {
            kind: 'para' as const,
            text: 'Chưa có căn cứ pháp lý được xác minh để dẫn; cần bổ sung trước khi ban hành.',
          },
        ]),
  );
  if (b.toVerify?.length)
    blocks.push({
      kind: 'para',
      text: `Cần xác minh (chưa đối chiếu được ngày ban hành, không dẫn làm căn cứ): ${b.toVerify.join('; ')}.`,
    });
  return blocks;
}
