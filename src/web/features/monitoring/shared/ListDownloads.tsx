import { withQuery } from '../../../shared/api/client';
import { defineMessages, useMessages } from '../../../shared/i18n/useMessages';

const messages = defineMessages({
  th: { label: 'ดาวน์โหลดรายการนี้ตามที่กรองไว้', xlsx: 'Excel (XLSX)', csv: 'CSV' },
  en: { label: 'Download this list as filtered', xlsx: 'Excel (XLSX)', csv: 'CSV' },
});

/**
 * "Download" links for a list page: GET /api/exports/LIST.xlsx|csv with the page's own query, so the file
 * holds exactly the rows on screen (issue 14 item 10).
 */
export function ListDownloads({
  list,
  query,
}: {
  list: 'projects' | 'problems' | 'review-queue' | 'timeliness' | 'attention' | 'action-plan';
  query: Record<string, string | number | undefined | null>;
}) {
  const m = useMessages(messages);
  return (
    <p className="list-downloads" role="group" aria-label={m('label')} data-testid={`downloads-${list}`}>
      <span className="muted">{m('label')}:</span>{' '}
      {(['xlsx', 'csv'] as const).map((format) => (
        <a
          key={format}
          className="button button--quiet"
          href={withQuery(`/api/exports/${list}.${format}`, query)}
          download
          data-testid={`download-${list}-${format}`}
        >
          {m(format)}
        </a>
      ))}
    </p>
  );
}
