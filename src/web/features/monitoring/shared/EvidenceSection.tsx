/**
 * "หลักฐานประกอบ": the evidence of a report month or a problem (issue 14, item 8; docs/decisions/0020). The
 * API's list says whether this user may change it now and, when not, why (a sent or accepted report, a
 * closed month or problem): then the list is read-only and says so in the API's words.
 */
import { useEffect, useRef } from 'react';
import { FILE_MEDIA_TYPES } from '../../../../domain/attachment-file';
import type {
  MonitoringAttachment,
  MonitoringAttachmentList,
} from '../../../../shared/api/monitoring/attachments';
import { apiRequest } from '../../../shared/api/client';
import { useApiData } from '../../../shared/api/useApiData';
import { AttachmentList } from '../../../shared/attachments/AttachmentList';
import { FileUploader } from '../../../shared/attachments/FileUploader';
import { useFormat } from '../../../shared/format/useFormat';
import { pick, useT } from '../../../shared/i18n/useT';
import { ErrorNotice, Loading } from '../../../shared/ui/Notice';

interface Props {
  /** GET (the list) and POST (one file) address: /api/projects/:id/attachments or /api/problems/:id/attachments. */
  url: string;
  /** A report month's `period`. */
  query?: Record<string, string>;
  intro: string;
  /** Changes when what decides the rights changes (the report sent, returned …): the list is asked again. */
  refresh?: string;
  testId?: string;
}

export function EvidenceSection({ url, query, intro, refresh, testId = 'evidence' }: Props) {
  const { t, lang } = useT();
  const fmt = useFormat();
  const list = useApiData<MonitoringAttachmentList>(url, query);
  const seen = useRef(refresh);
  const { reload } = list;
  useEffect(() => {
    if (seen.current === refresh) return;
    seen.current = refresh;
    reload();
  }, [refresh, reload]);

  const heading = `${testId}-title`;
  const data = list.data;
  return (
    <section className="evidence" aria-labelledby={heading} data-testid={testId}>
      <h3 id={heading}>{t('evidence.title')}</h3>
      <p className="muted">{intro}</p>
      <ErrorNotice error={list.error} />
      {!data && !list.error && <Loading />}
      {data && (
        <>
          <p className="muted" data-testid={`${testId}-count`}>
            {t('attachments.count', { n: fmt.digits(data.items.length), max: fmt.digits(data.max) })}
          </p>
          <AttachmentList<MonitoringAttachment>
            files={data.items}
            label={t('evidence.title')}
            href={(f) => `/api/monitoring/attachments/${f.id}`}
            removable={() => data.mayChange}
            onRemove={async (f) => {
              await apiRequest(`/api/monitoring/attachments/${f.id}`, { method: 'DELETE' });
              reload();
            }}
            emptyText={t('attachments.none')}
            testId={`${testId}-list`}
          />
          {!data.mayChange && data.reason && (
            <div className="attachments-locked" role="status" data-testid={`${testId}-locked`}>
              <strong>{t('attachments.locked')}</strong>
              <p data-testid={`${testId}-locked-why`}>{pick(data.reason, lang)}</p>
            </div>
          )}
          {data.mayChange && (
            <FileUploader<MonitoringAttachmentList>
              url={query ? `${url}?${new URLSearchParams(query).toString()}` : url}
              types={FILE_MEDIA_TYPES}
              max={data.max}
              onUploaded={() => reload()}
              testId={testId}
            />
          )}
        </>
      )}
    </section>
  );
}
