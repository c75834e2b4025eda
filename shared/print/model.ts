/**
 * The printed proposal as a document model: what both the HTML (print, PDF, preview) and the
 * Word export render, so that they carry the same headings, paragraphs and tables. Text is plain
 * text everywhere; renderers escape it.
 */
import type { DocType } from './settings.ts';
import type { ChartPage } from './org-chart.ts';

export interface TableCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface TableRow {
  cells: string[];
  /** Indentation of the first text column (the unit's depth in the tree). */
  depth?: number;
  /** A row spanning the table (a group title), bold. */
  group?: boolean;
  bold?: boolean;
  /** A unit that is gone (struck through in print) or new. */
  status?: 'gone' | 'new';
}

export interface DataTable {
  /** Column widths in millimetres (they add up to the text width) and alignment. */
  columns: Array<{ width: number; align?: 'left' | 'right' | 'center' }>;
  /** Header rows (repeated on every page). */
  header: TableCell[][];
  rows: TableRow[];
  /** The column that is indented by depth (default 1). */
  nameColumn?: number;
  /** Table font size in points. */
  size?: number;
}

export type Block =
  /** "Phần I" + title (đề án) or "I. TITLE" (tờ trình). */
  | { kind: 'part'; number: string; title: string; style: 'centred' | 'inline' }
  /** "1. Title", bold. */
  | { kind: 'heading'; text: string }
  | { kind: 'para'; text: string; italic?: boolean; noIndent?: boolean }
  /** A table's title line, centred, bold. */
  | { kind: 'caption'; text: string }
  | { kind: 'table'; table: DataTable }
  | { kind: 'chart'; pages: ChartPage[] };

export interface Appendix {
  /** What follows "Phụ lục": "I", "II", "III.1.đ"… (data: the document's own numbering of its appendices). */
  number: string;
  /** What the appendix holds ("chart", "units", "findings", "positions:CODE"): how the body refers to it (see `appendixRef`). */
  key?: string;
  title: string;
  /** "(Kèm theo … số …)", italic. */
  subtitle: string;
  blocks: Block[];
}

/**
 * Lộ trình tinh giản và kinh phí, from the simulation: per year the people who leave the payroll
 * (dissolutions without a receiving unit and the roadmap's exits), those recruited, those moved
 * off the state budget with a converted unit, and the payouts of the exits that carry payout
 * inputs (Decree 178/2024, 154/2025 calculators); over the period, the leavers by reason.
 */
import type { PayoutBases } from '../payouts/bases.ts';

export interface ProposalRoadmap {
  years: Array<{
    year: number;
    leavers: number;
    recruits: number;
    converted: number;
    reduction: number;
    cost: number;
    /** People leaving under a payout policy whose payout is not computed (no salary / personnel data): not in `cost`. */
    uncosted: number;
  }>;
  byReason: Array<{ reason: string; people: number }>;
  /** Null when no exit of the plan carries payout inputs: then no cost is printed (never estimated). */
  totalCost: number | null;
  /** What the payouts rest on (policies, unverified and weak parts); null when nothing is paid. */
  bases: PayoutBases | null;
}

export interface ProposalDoc {
  type: DocType;
  header: { parentBody: string; issuingBody: string; numberLine: string; placeDate: string };
  /** "ĐỀ ÁN" / "TỜ TRÌNH". */
  typeName: string;
  title: string;
  /** Kính gửi (tờ trình only), one recipient per entry. */
  recipients: string[];
  /** "Căn cứ …;" lines, the last ending with ".". */
  bases: string[];
  body: Block[];
  /** The closing line of a tờ trình ("Kính trình … xem xét, quyết định./."). */
  closing: string | null;
  signature: { authority: string; title: string; name: string };
  /** Nơi nhận: "- …;" lines, the last "- Lưu: VT, …". */
  distribution: string[];
  appendices: Appendix[];
  roadmap: ProposalRoadmap;
}

/** "Phụ lục I": how the document names an appendix (its heading, the body's references, its own page numbering). */
export const appendixLabel = (a: Pick<Appendix, 'number'>) => `Phụ lục ${a.number}`;

/**
 * A reference to the appendix holding `key`, in a paragraph's text: `resolveAppendixRefs` puts the
 * appendix's label in its place once the appendices are numbered (the officer may choose and order
 * them), and drops a paragraph that refers to an appendix that is not attached.
 */
export const appendixRef = (key: string) => `{{appendix:${key}}}`;
const REF = /\{\{appendix:([^}]+)\}\}/g;

/** The document with each appendix reference replaced by the label of the appendix it names. */
export function resolveAppendixRefs(doc: ProposalDoc): ProposalDoc {
  const labels = new Map(doc.appendices.filter((a) => a.key).map((a) => [a.key!, appendixLabel(a)]));
  const resolve = (blocks: Block[]): Block[] =>
    blocks.flatMap((b) => {
      if (b.kind !== 'para' || !b.text.includes('{{appendix:')) return [b];
      const keys = [...b.text.matchAll(REF)].map((m) => m[1]!);
      if (keys.some((k) => !labels.has(k))) return [];
      return [{ ...b, text: b.text.replace(REF, (_, k: string) => labels.get(k)!) }];
    });
  return {
    ...doc,
    body: resolve(doc.body),
    appendices: doc.appendices.map((a) => ({ ...a, blocks: resolve(a.blocks) })),
  };
}

/** Every piece of text of a list of blocks (paragraphs, headings, captions, table cells). */
export function blockTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => {
    switch (b.kind) {
      case 'part':
        return [b.number, b.title];
      case 'heading':
      case 'para':
      case 'caption':
        return [b.text];
      case 'table':
        return [...b.table.header.flat().map((c) => c.text), ...b.table.rows.flatMap((r) => r.cells)];
      case 'chart':
        return [];
    }
  });
}

/** Whether `text` names the appendix labelled `label` ("Phụ lục I" is not named by "Phụ lục II" or "Phụ lục I.2"). */
export function mentions(text: string, label: string): boolean {
  let at = text.indexOf(label);
  while (at >= 0) {
    const next = text.slice(at + label.length, at + label.length + 2);
    if (!/^[\p{L}\p{N}]/u.test(next) && !/^\.[\p{L}\p{N}]/u.test(next)) return true;
    at = text.indexOf(label, at + 1);
  }
  return false;
}

/** The appendices the document attaches but its body (bases, body, closing) never refers to. */
export function unreferencedAppendices(doc: ProposalDoc): Appendix[] {
  const text = [...doc.bases, ...blockTexts(doc.body), doc.closing ?? ''].join('\n');
  return doc.appendices.filter((a) => !mentions(text, appendixLabel(a)));
}
