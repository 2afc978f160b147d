import { useCallback } from 'react';
import { fillMessage } from './fill';
import { useT } from './useT';

/** A feature's own wording, kept beside the feature: `{ th: {...}, en: {...} }` with the same keys. */
export interface FeatureMessages<K extends string> {
  th: Record<K, string>;
  en: Record<K, string>;
}

export function defineMessages<K extends string>(messages: FeatureMessages<K>): FeatureMessages<K> {
  return messages;
}

/** t() for a feature's messages in the current language; placeholders filled by fillMessage. */
export function useMessages<K extends string>(messages: FeatureMessages<K>) {
  const { lang } = useT();
  return useCallback(
    (key: K, vars?: Record<string, string | number>) => fillMessage(messages[lang][key], vars),
    [messages, lang],
  );
}
