import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';
import { pick, useT } from '../i18n/useT';

type Tone = 'info' | 'success' | 'warning' | 'error';

export function Notice({
  tone = 'info',
  children,
  testId,
}: {
  tone?: Tone;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div
      className={`notice notice--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      {children}
    </div>
  );
}

/** The server's bilingual message, in the current language. */
export function ErrorNotice({ error, testId }: { error: ApiError | undefined; testId?: string }) {
  const { lang } = useT();
  if (!error) return null;
  return (
    <Notice tone="error" testId={testId}>
      {pick(error.bilingual, lang)}
    </Notice>
  );
}

export function Loading() {
  const { t } = useT();
  return (
    <p className="loading" aria-busy="true">
      {t('common.loading')}
    </p>
  );
}

/** Wide tables scroll sideways inside this box on a phone instead of widening the page. */
export function TableScroll({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
