import { vi, type MessageKey } from './vi.ts';
import { en } from './en.ts';
import { formatInteger, formatNumber } from '../format.ts';
import type { Lang } from './lang.ts';

export type { MessageKey };
export { LANGS, type Lang } from './lang.ts';
export type MessageParams = Record<string, string | number>;

const catalogs: Record<Lang, Record<MessageKey, string>> = { vi, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(vi, key);
}

/**
 * Translates a key and fills `{name}` placeholders; unknown placeholders are left visible.
 * Numbers are written in the language's format (1.234 / 1,234; a fraction as 4,5, never rounded away);
 * pass years as strings.
 */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}, depth = 2): string {
  const template = catalogs[lang][key] ?? vi[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const v = params[name]!;
    if (typeof v === 'number') return Number.isInteger(v) ? formatInteger(v, lang) : formatNumber(v, lang);
    // A parameter that is itself a message key (a field or kind name, a step's label) is translated
    // too, with the same parameters, at most two levels deep.
    return depth > 0 && isMessageKey(v) ? translate(lang, v, params, depth - 1) : v;
  });
}
