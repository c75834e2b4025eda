import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LANGS, translate, type Lang, type MessageKey, type MessageParams } from '../../shared/i18n/index.ts';
import { formatInteger } from '../../shared/format.ts';
import { call } from './api.ts';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: MessageParams): string;
  n(value: number): string;
}

const LANG_KEY = 'tinhgon.lang';
const Ctx = createContext<I18n | null>(null);

const isLang = (l: unknown): l is Lang => (LANGS as readonly unknown[]).includes(l);

/** This page's copy (shown at once); the back end's (ui.state) wins when it comes: browser mode's address, and so its storage, may change at each start. */
function initialLang(): Lang {
  const saved = localStorage.getItem(LANG_KEY);
  return isLang(saved) ? saved : 'vi';
}

function show(l: Lang) {
  localStorage.setItem(LANG_KEY, l);
  document.documentElement.lang = l;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    void call('ui.state.get', {}).then(
      (s) => {
        if (isLang(s.lang)) {
          show(s.lang);
          setLangState(s.lang);
        }
      },
      () => {}, // no workspace yet, or the back end not there: the page's copy stays
    );
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang: (l) => {
        show(l);
        setLangState(l);
        void call('ui.state.set', { lang: l }).catch(() => {}); // kept for a restart; never worth an error
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
