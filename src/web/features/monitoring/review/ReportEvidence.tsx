import type { ReviewQueueItem } from '../../../../shared/api/monitoring/review';
import { useFormat } from '../../../shared/format/useFormat';
import { useT } from '../../../shared/i18n/useT';
import { EvidenceSection } from '../shared/EvidenceSection';

/**
 * The evidence the agency attached to the month under review (issue 14 item 8): the form promises that the
 * reviewer sees these files with the report. The API's list says the reviewer may not change them and why.
 */
export function ReportEvidence({ item }: { item: ReviewQueueItem }) {
  const { t } = useT();
  const fmt = useFormat();
  return (
    <EvidenceSection
      url={`/api/projects/${item.projectId}/attachments`}
      query={{ period: item.period }}
      intro={t('evidence.reportIntro', { month: fmt.period(item.period) })}
      refresh={`${item.id}-${item.state}`}
      testId={`review-evidence-${item.id}`}
    />
  );
}
