import { useContext } from 'react';
import type { Bilingual } from '../../../shared/messages';
import { I18nContext, type I18n, type Lang } from './I18nProvider';

export function useT(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useT needs an <I18nProvider>');
  return i18n;
}

/** The half of a bilingual message for the language. */
export function pick(message: Bilingual, lang: Lang): string {
  return message[lang] || message.th || message.en;
}

/** Schema messages are "ไทย | English" strings: the half for the language (the whole when not split). */
export function pickHalf(message: string, lang: Lang): string {
  const parts = message.split(' | ');
  if (parts.length < 2) return message;
  return (lang === 'th' ? parts[0] : parts.slice(1).join(' | ')) ?? message;
}
