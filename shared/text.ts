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
