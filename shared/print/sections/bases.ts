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
}

type Input = Pick<SectionInput, 'settings' | 'ruleSet' | 'simulation' | 'operations'>;

/** A citation's documents: the first in full form, the others (its amending texts) after it, short. */
function documentsOf(citation: string): { main: LegalDocument; amending: LegalDocument[] } | null {
  const docs = citedIds(citation)
    .map(legalDocument)
    .filter((d): d is LegalDocument => d !== undefined && d.confidence !== 'M');
  if (docs.length === 0) return null;
  return { main: docs[0]!, amending: docs.slice(1) };
}

const amended = (main: LegalDocument, amending: LegalDocument[]) =>
  amending.length === 0
    ? fullCitation(main)
    : `${fullCitation(main)} (được sửa đổi, bổ sung bởi ${amending.map((d) => fullCitation(d, true)).join(' và ')})`;

export function proposalBases(input: Input): ProposalBases {
  const seen = new Set<string>();
  const political: string[] = [];
  const legal: string[] = [];
  const add = (citation: string, keepUnknown: boolean) => {
    const found = documentsOf(citation);
    if (!found) {
      // The officer's own line, as written (a document the library does not hold); never a rule's free text.
      const line = citation.trim().replace(/[;.]+$/, '');
      if (keepUnknown && line && !seen.has(line)) {
        seen.add(line);
        legal.push(line.replace(/^(Căn cứ|Thực hiện)\s+/u, ''));
      }
      return;
    }
    // Each document once: a document cited alone after being cited as amending is not repeated.
    const { main, amending } = found;
    if (seen.has(main.id) || main.basis === 'none') {
      for (const d of amending) if (!seen.has(d.id)) add(d.id, false);
      return;
    }
    const rest = amending.filter((d) => !seen.has(d.id) && d.basis === main.basis);
    [main, ...rest].forEach((d) => seen.add(d.id));
    (main.basis === 'political' ? political : legal).push(amended(main, rest));
    // A Party document named with a legal one ("Nghị quyết 19-NQ/TW; Nghị định 60/2021/NĐ-CP") on its own line.
    for (const d of amending) if (!seen.has(d.id)) add(d.id, false);
  };
  for (const line of input.settings.extraBases.split('\n')) add(line, true);
  for (const b of input.ruleSet.bases) add(b, false);
  for (const t of input.simulation.targets) for (const part of t.citation.split(';')) add(part, false);
  // The payout decrees only when someone is paid; only the parts resting on a confirmed value.
  const paid = payoutBases(withExitWindows(input.operations).filter((o) => o.type === 'staffExit'));
  for (const s of paid?.sources ?? []) for (const part of s.citation.split(';')) add(part, false);
  return { political, legal };
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
  return blocks;
}
