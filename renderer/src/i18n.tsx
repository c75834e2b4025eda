import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { LANGS, translate, type Lang, type MessageKey, type MessageParams } from '../../shared/i18n/index.ts';
import { formatInteger } from '../../shared/format.ts';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: MessageParams): string;
  n(value: number): string;
}

const LANG_KEY = 'tinhgon.lang';
const Ctx = createContext<I18n | null>(null);

function initialLang(): Lang {
  const saved = localStorage.getItem(LANG_KEY);
  return (LANGS as readonly string[]).includes(saved ?? '') ? (saved as Lang) : 'vi';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang: (l) => {
        localStorage.setItem(LANG_KEY, l);
        document.documentElement.lang = l;
        setLangState(l);
      },
      t: (key, params) => translate(lang, key, params),
      n: (v) => formatInteger(v, lang),
    }),
    [lang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
