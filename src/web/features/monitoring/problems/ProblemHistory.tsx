import { useState } from 'react';
import { PROBLEM_STATUS_LABEL } from '../../../../domain/monitoring/attention-flags';
import type { MonitoringAttachmentList } from '../../../../shared/api/monitoring/attachments';
import type { ProblemView } from '../../../../shared/api/monitoring/follow-up';
import { useApiData } from '../../../shared/api/useApiData';
import { AttachmentList } from '../../../shared/attachments/AttachmentList';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { pick, useT } from '../../../shared/i18n/useT';
import { problemsMessages } from './messages';

/** An earlier month's evidence, read-only (asked for only once the history is opened; nothing when none). */
function EarlierFiles({ problemId, label }: { problemId: number; label: string }) {
  const files = useApiData<MonitoringAttachmentList>(`/api/problems/${problemId}/attachments`);
  if (!files.data || files.data.items.length === 0) return null;
  return (
    <AttachmentList
      files={files.data.items}
      label={label}
      href={(f) => `/api/monitoring/attachments/${f.id}`}
      removable={() => false}
      testId={`problem-history-files-${problemId}`}
    />
  );
}

/** A problem's earlier months, folded: each month's text, how its entry stands, and its evidence. */
export function ProblemHistory({ problem }: { problem: ProblemView }) {
  const m = useMessages(problemsMessages);
  const { t, lang } = useT();
  const fmt = useFormat();
  const [opened, setOpened] = useState(false);
  const history = problem.history ?? [];
  if (history.length === 0) return null;
  return (
    <details
      className="problem-history"
      data-testid={`problem-history-${problem.id}`}
      onToggle={(e) => setOpened(opened || e.currentTarget.open)}
    >
      <summary>{m('history.summary', { count: fmt.digits(history.length) })}</summary>
      <ol aria-label={m('history.label')}>
        {history.map((h) => (
          <li key={h.id} data-period={h.period}>
            <strong>{fmt.period(h.period)}</strong>{' '}
            <span className={`problem-status problem-status--${h.status}`}>
              {pick(PROBLEM_STATUS_LABEL[h.status], lang)}
            </span>
            <div>{h.description}</div>
            {h.resolution && <div className="muted">{h.resolution}</div>}
            {opened && <EarlierFiles problemId={h.id} label={t('evidence.title')} />}
          </li>
        ))}
      </ol>
    </details>
  );
}
