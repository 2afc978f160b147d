import { PROBLEM_STATUS_LABEL } from '../../../../domain/monitoring/attention-flags';
import type { ProblemView } from '../../../../shared/api/monitoring/follow-up';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { pick, useT } from '../../../shared/i18n/useT';
import { problemsMessages } from './messages';

/** A problem's earlier months, folded: each month's text and how its entry stands. */
export function ProblemHistory({ problem }: { problem: ProblemView }) {
  const m = useMessages(problemsMessages);
  const { lang } = useT();
  const fmt = useFormat();
  const history = problem.history ?? [];
  if (history.length === 0) return null;
  return (
    <details className="problem-history" data-testid={`problem-history-${problem.id}`}>
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
          </li>
        ))}
      </ol>
    </details>
  );
}
