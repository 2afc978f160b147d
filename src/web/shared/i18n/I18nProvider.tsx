import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './dictionary.en';
import { th, type MessageKey } from './dictionary.th';
import { fillMessage } from './fill';

export type Lang = 'th' | 'en';
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const STORAGE_KEY = 'tidtam.lang';
const dictionaries: Record<Lang, Record<MessageKey, string>> = { th, en };

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'th';
  } catch {
    return 'th';
  }
}

export const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18n>(() => {
    const dictionary = dictionaries[lang];
    const t: Translate = (key, vars) => fillMessage(dictionary[key], vars);
    return { lang, setLang, t };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
