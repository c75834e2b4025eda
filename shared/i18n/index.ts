import { vi, type MessageKey } from './vi.ts';
import { en } from './en.ts';
import { formatInteger } from '../format.ts';

export type { MessageKey };
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type MessageParams = Record<string, string | number>;

const catalogs: Record<Lang, Record<MessageKey, string>> = { vi, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(vi, key);
}

/**
 * Translates a key and fills `{name}` placeholders; unknown placeholders are left visible.
 * Numbers are written in the language's format (1.234 / 1,234); pass years as strings.
 */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[lang][key] ?? vi[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const v = params[name]!;
    return typeof v === 'number' ? formatInteger(v, lang) : v;
  });
}
