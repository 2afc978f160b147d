import { Link } from 'react-router';
import { PROBLEM_SEVERITY_LABEL } from '../../../../domain/monitoring/attention-flags';
import type { UnitOverviewResponse } from '../../../../shared/api/monitoring/dashboard';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { pick, useT } from '../../../shared/i18n/useT';
import { shortMonth } from '../key-results';
import { agencyMessages } from './messages';

/** What to follow up at this agency: its flagged projects (with reasons) and its unresolved problems. */
export function AgencyFollowUp({ data }: { data: UnitOverviewResponse }) {
  const m = useMessages(agencyMessages);
  const fmt = useFormat();
  const { lang } = useT();
  return (
    <div className="agency-follow-up">
      <section aria-labelledby="agency-attention-title" data-testid="agency-attention">
        <h2 id="agency-attention-title">{m('attentionTitle')}</h2>
        {data.attention.length === 0 ? (
          <p className="empty">{m('noAttention')}</p>
        ) : (
          <ul className="agency-list">
            {data.attention.map((p) => (
              <li key={p.id} data-project={p.code}>
                <Link to={`/projects/${p.id}`}>
                  <span className="code">{p.code}</span> {p.name}
                </Link>
                <ul className="agency-reasons">
                  {p.flags.map((flag) => (
                    <li key={flag.kind} data-kind={flag.kind}>
                      {pick(flag.reason, lang)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="agency-problems-title" data-testid="agency-problems">
        <h2 id="agency-problems-title">{m('problemsTitle')}</h2>
        {data.problems.length === 0 ? (
          <p className="empty">{m('noProblems')}</p>
        ) : (
          <ul className="agency-list">
            {data.problems.map((problem) => (
              <li key={problem.id} data-problem={problem.id}>
                <Link to={`/projects/${problem.project.id}`}>
                  <span className="code">{problem.project.code}</span>
                </Link>{' '}
                <span className="muted">{shortMonth(fmt, problem.period)}</span> {problem.description}
                {problem.severity && (
                  <span className={`severity severity--${problem.severity}`}>
                    {' '}
                    {pick(PROBLEM_SEVERITY_LABEL[problem.severity], lang)}
                  </span>
                )}
                {problem.overdue && <strong className="agency-overdue"> {m('overdue')}</strong>}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={`/problems?unit=${data.unit.id}&status=unresolved&plan=${encodeURIComponent(data.plan)}`}>
            {m('allProblems')}
          </Link>
        </p>
      </section>
    </div>
  );
}
