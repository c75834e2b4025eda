/**
 * Typesetting of printed text, the same in the HTML (PDF) and the Word export: typographic quotes
 * “ ” instead of straight ones, and the pieces a line must never break in — a document number
 * ("05/ĐA-SNV", "120/2020/NĐ-CP", "19-NQ/TW") or a period of years ("2021–2030", "2021 - 2025")
 * — which the renderers keep whole (a nowrap span; Word's non-breaking hyphen).
 */

/** Straight double quotes in pairs become “ ”; an unpaired one is left as it is. */
export const smartQuotes = (s: string): string => s.replace(/"([^"\n]*)"/g, '“$1”');

export interface Segment {
  text: string;
  /** A document number or a period of years: never broken across lines. */
  keep: boolean;
}

/** A period of years (with or without spaces around its dash), or a word with a hyphen or dash between letters or digits. */
const UNBREAKABLE = /\b\d{4} ?[-–] ?\d{4}\b|[\p{L}\p{N}/.()]*[\p{L}\p{N}][-–‑][\p{L}\p{N}][\p{L}\p{N}/.\-–‑]*/gu;

/** The text (quotes made typographic) cut into the runs that may break and those that may not. */
export function segments(text: string): Segment[] {
  const s = smartQuotes(text);
  const out: Segment[] = [];
  let at = 0;
  for (const m of s.matchAll(UNBREAKABLE)) {
    if (m.index > at) out.push({ text: s.slice(at, m.index), keep: false });
    out.push({ text: m[0], keep: true });
    at = m.index + m[0].length;
  }
  if (at < s.length) out.push({ text: s.slice(at), keep: false });
  return out;
}
