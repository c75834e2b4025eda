/**
 * Hierarchy from an STT (số thứ tự) column, as Vietnamese tables number their rows:
 * A, B (sections) above I, II (Roman) above 1, 2 above 1.1, 1.2 above a, b above - or +. A row's
 * parent is the nearest row above it numbered at a higher level.
 */
const ROMAN = /^(M{0,3})(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

export function sttToken(stt: string): string {
  return stt
    .trim()
    .replace(/[.)]+$/, '')
    .trim();
}

const SECTION = -1;

/**
 * Smaller rank = higher in the hierarchy; an empty STT sits below everything numbered.
 * `previousSection` is the last section letter seen: "C" after "B" is a section, not Roman 100.
 */
export function sttRank(stt: string, previousSection: string | null = null): number {
  const s = sttToken(stt);
  if (s === '') return 100;
  if (/^[A-Z]$/.test(s)) {
    const next = previousSection ? String.fromCharCode(previousSection.charCodeAt(0) + 1) : 'A';
    if (!ROMAN.test(s) || s === next) return SECTION;
  }
  if (ROMAN.test(s)) return 0;
  if (/^\d+$/.test(s)) return 1;
  if (/^\d+(\.\d+)+$/.test(s)) return 1 + s.split('.').length - 1;
  if (/^[a-zđ]$/i.test(s)) return 20;
  if (/^[-+*•–]$/.test(s)) return 30;
  return 50;
}

export interface SttRow {
  stt: string;
  key: string;
}

/** Parent key of every row (null for top-level rows), by a single pass with a stack. */
export function parentsFromStt(rows: readonly SttRow[]): Array<string | null> {
  const stack: Array<{ rank: number; key: string }> = [];
  let section: string | null = null;
  return rows.map((row) => {
    const rank = sttRank(row.stt, section);
    if (rank === SECTION) section = sttToken(row.stt);
    while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1]!.key : null;
    stack.push({ rank, key: row.key });
    return parent;
  });
}
