import { vi, type MessageKey } from './vi.ts';
import { en } from './en.ts';

export type { MessageKey };
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type MessageParams = Record<string, string | number>;

const catalogs: Record<Lang, Record<MessageKey, string>> = { vi, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(vi, key);
}

/** Translates a key and fills `{name}` placeholders; unknown placeholders are left visible. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[lang][key] ?? vi[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
