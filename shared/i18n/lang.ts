/** The languages of the UI (Vietnamese by default). Its own file: shared/format.ts needs it without the catalogs. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
