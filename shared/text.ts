/**
 * A matching key that ignores case, spacing, punctuation and the Unicode form (NFC/NFD) but keeps
 * the accents: "Sở" and "Số" differ, "Sở" in NFD and in NFC do not.
 */
export function exactKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The key for looking up what people type: accents are kept when they typed any (so "Số" is not
 * "Sở"); text typed without a single accent ("So Y te") is matched with accents folded.
 */
export function lookupKey(text: string): { exact: string; folded: string | null } {
  return { exact: exactKey(text), folded: hasDiacritics(text) ? null : matchKey(text) };
}

/**
 * A matching key for text typed by people: Unicode-normalised, diacritics folded (đ → d),
 * lower case, punctuation as spaces, single spaces. "  Biên chế  CÔNG CHỨC (được giao) " and its
 * NFD spelling both give "bien che cong chuc duoc giao".
 */
export function matchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Whether text carries any Vietnamese accent (or đ). */
export function hasDiacritics(text: string): boolean {
  return /[\u0300-\u036fđĐ]/.test(text.normalize('NFD'));
}
