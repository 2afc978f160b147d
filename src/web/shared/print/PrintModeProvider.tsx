import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

export interface PrintMode {
  /** True while the page is being printed: numbers switch to Thai digits. */
  printing: boolean;
  /** Re-renders with Thai digits, then opens the browser's print dialog. */
  print: () => void;
}

export const PrintModeContext = createContext<PrintMode>({ printing: false, print: () => window.print() });

/**
 * Official papers print Thai digits (๐–๙). The page switches to them before the browser lays out
 * the printout: on `beforeprint` (Ctrl+P), when print media starts matching (print preview,
 * emulated media), and when our print button is pressed.
 */
export function PrintModeProvider({ children }: { children: ReactNode }) {
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(false);
    const media = window.matchMedia('print');
    const onMedia = (event: MediaQueryListEvent) => (event.matches ? start() : end());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      media.removeEventListener('change', onMedia);
    };
  }, []);

  const print = useCallback(() => {
    flushSync(() => setPrinting(true));
    window.print();
    // window.print() blocks until the dialog closes; `afterprint` also resets, this is the fallback.
    if (!window.matchMedia('print').matches) setPrinting(false);
  }, []);

  const value = useMemo(() => ({ printing, print }), [printing, print]);
  return <PrintModeContext.Provider value={value}>{children}</PrintModeContext.Provider>;
}
