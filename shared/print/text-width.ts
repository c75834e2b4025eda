/**
 * The width of a line of text in Times New Roman, for what the Word export must size itself (the
 * rules under the issuing body and the summary line are ⅓–½ of their text's length, Decree 30/2020
 * Appendix I). Advance widths per 1000 em of the printable ASCII characters (those of Liberation
 * Serif, metric-compatible with Times New Roman); a Vietnamese letter is as wide as its base letter
 * (Ư as U, Ơ as O, Đ as D): the marks above and below do not widen it.
 */
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889,
  722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500,
  444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480,
  200, 480, 541,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944,
  722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556,
  444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394,
  220, 394, 520,
];
const BASE: Record<string, string> = { Đ: 'D', đ: 'd', Ư: 'U', ư: 'u', Ơ: 'O', ơ: 'o' };
const PT_MM = 25.4 / 72;

/** The width in millimetres of `text` on one line at `size` points. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let em = 0;
  for (const ch of text.normalize('NFC')) {
    const base = (BASE[ch] ?? ch.normalize('NFD').charAt(0)).charCodeAt(0);
    em += table[base - 32] ?? 500;
  }
  return (em / 1000) * size * PT_MM;
}

/** The width of the longest line of `text` wrapped (at spaces, as a centred title wraps) into `width` mm. */
export function longestLine(text: string, size: number, width: number, bold = false): number {
  let longest = 0;
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      longest = Math.max(longest, textWidth(line, size, bold));
      line = word;
    } else line = next;
  }
  return Math.min(width, Math.max(longest, textWidth(line, size, bold)));
}
