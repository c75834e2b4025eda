/** Number and date formatting and parsing in Vietnamese conventions (1.234,5; dd/MM/yyyy). */
import type { Lang } from './i18n/lang.ts';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const integerFormats = new Map<Lang, Intl.NumberFormat>();

export function formatInteger(n: number, lang: Lang = 'vi'): string {
  let f = integerFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0, useGrouping: 'always' });
    integerFormats.set(lang, f);
  }
  return f.format(n);
}

export function formatDecimal(n: number, digits: number, lang: Lang = 'vi'): string {
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    n,
  );
}

/** A number with up to two decimals, none when whole (4,5; 13,25; 12): for values that may be fractions, such as averages. */
export function formatNumber(n: number, lang: Lang = 'vi'): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2, useGrouping: 'always' }).format(n);
}

/** dd/MM/yyyy in both languages (the administrative convention). */
export function formatDate(d: Date): string {
  const dd = String(d.getDate()).padStart(2, '0');
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getFullYear()}`;
}

/**
 * Reads a number typed the Vietnamese way: "." groups thousands, "," is the decimal mark.
 * "1.234" → 1234, "1.234,5" → 1234.5, "12,5" → 12.5, " 42 " → 42. A plain "12.5" (not a valid
 * thousands grouping) is read as 12.5. Returns undefined for an empty string and NaN for text
 * that is not a number.
 */
export function parseViNumber(text: string): number | undefined {
  const s = text.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return undefined;
  if (/^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^[-+]?\d+(,\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  if (/^[-+]?\d+\.\d+$/.test(s)) return Number(s);
  return Number.NaN;
}

/**
 * Reads a head count (a whole number) typed in a language: Vietnamese groups thousands with "."
 * ("1.234"), English with "," ("1,234"). Any decimal mark makes it NaN rather than a guess, so
 * "12,000" (twelve thousand in English habit, twelve in Vietnamese) can never be read as 12.
 * Returns undefined for an empty string.
 */
export function parseCount(text: string, lang: Lang = 'vi'): number | undefined {
  const s = text.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return undefined;
  const group = lang === 'vi' ? '\\.' : ',';
  if (new RegExp(`^[-+]?\\d{1,3}(${group}\\d{3})+$`).test(s)) return Number(s.replace(/[.,]/g, ''));
  if (/^[-+]?\d+$/.test(s)) return Number(s);
  return Number.NaN;
}
