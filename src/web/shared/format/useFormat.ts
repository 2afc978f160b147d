import { useMemo } from 'react';
import { useT } from '../i18n/useT';
import { usePrintMode } from '../print/usePrintMode';
import { makeFormatter, type Formatter } from './format';

/** Formatting for the current language; digits turn Thai while printing. */
export function useFormat(): Formatter {
  const { lang } = useT();
  const { printing } = usePrintMode();
  return useMemo(() => makeFormatter(lang, printing), [lang, printing]);
}
