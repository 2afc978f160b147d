import { Link, useSearchParams } from 'react-router';
import {
  ATTENTION_KIND_LABEL,
  ATTENTION_KINDS,
  type AttentionKind,
} from '../../../../domain/monitoring/attention-flags';
import type { AttentionProject, AttentionResponse } from '../../../../shared/api/monitoring/follow-up';
import { useApiData } from '../../../shared/api/useApiData';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { pick, useT } from '../../../shared/i18n/useT';
import { PlanPeriodToolbar } from '../shared/period/PlanPeriodToolbar';
import { usePlanPeriod } from '../shared/period/usePlanPeriod';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/Notice';
import { StatusBadge } from '../shared/StatusBadge';
import { attentionMessages } from './messages';
import './attention.css';
import { ListDownloads } from '../shared/ListDownloads';

const isKind = (text: string | null): text is AttentionKind =>
  text !== null && (ATTENTION_KINDS as readonly string[]).includes(text);

/**
 * Projects that need attention, by strategic target: no owner, past the end date, no progress, waiting on
 * a predecessor, no budget for the next fiscal year, an open serious problem. The month and the kind
 * shown live in the URL (?asOf=&kind=).
 */
export function NeedsAttentionPage() {
  const m = useMessages(attentionMessages);
  const { lang } = useT();
  const fmt = useFormat();
  const [params] = useSearchParams();
  const period = usePlanPeriod();
  const { plans, plan, asOf, setParam, error: plansError, loading: plansLoading } = period;
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? kindParam : null;
  const answer = useApiData<AttentionResponse>(
    plan ? `/api/plans/${encodeURIComponent(plan.code)}/attention` : null,
    { asOf },
  );

  if (plansError) return <ErrorNotice error={plansError} />;
  if (plansLoading && !plans) return <Loading />;
  if (!plan) return <Notice>{m('noPlans')}</Notice>;

  const data = answer.data?.plan === plan.code ? answer.data : undefined;
  const shown = (p: AttentionProject) => kind === null || p.flags.some((f) => f.kind === kind);

  return (
    <section className="attention-page">
      <h1>{m('title')}</h1>
      <PlanPeriodToolbar period={period} className="toolbar" />
      <ListDownloads list="attention" query={{ plan: plan.code, asOf, kind }} />
      <ErrorNotice error={answer.error} />
      {!data && !answer.error && <Loading />}
      {data && (
        <div className={answer.loading ? 'is-refreshing' : undefined} aria-busy={answer.loading}>
          <p className="muted">{m('intro', { date: fmt.date(data.date) })}</p>
          <p data-testid="attention-count">
            <strong>
              {m('flagged', { flagged: fmt.digits(data.flaggedCount), total: fmt.digits(data.projectCount) })}
            </strong>
          </p>
          <fieldset className="attention-kinds" data-testid="attention-kinds">
            <legend>{m('kindsLabel')}</legend>
            <button
              type="button"
              className="kind-filter"
              aria-pressed={kind === null}
              onClick={() => setParam('kind', null)}
              data-testid="attention-filter-all"
            >
              {m('allKinds')}
              <span className="kind-filter__count">{fmt.digits(data.flaggedCount)}</span>
            </button>
            {ATTENTION_KINDS.map((k) => (
              <button
                key={k}
                type="button"
                className="kind-filter"
                aria-pressed={kind === k}
                onClick={() => setParam('kind', kind === k ? null : k)}
                data-testid={`attention-filter-${k}`}
              >
                {pick(ATTENTION_KIND_LABEL[k], lang)}
                <span className="kind-filter__count">{fmt.digits(data.counts[k])}</span>
              </button>
            ))}
          </fieldset>
          <p className="muted">{m('settingHint', { months: fmt.digits(data.noProgressMonths) })}</p>
          {data.targets.map((target) => {
            const projects = target.projects.filter(shown);
            return (
              <section
                key={target.no}
                className="attention-target"
                data-testid={`attention-target-${target.no}`}
                aria-labelledby={`attention-target-${target.no}-title`}
              >
                <header>
                  <h2 id={`attention-target-${target.no}-title`}>
                    {m('target', { no: fmt.digits(target.no) })}
                  </h2>
                  <span className="muted">
                    {m('targetCount', {
                      flagged: fmt.digits(projects.length),
                      total: fmt.digits(target.projectCount),
                    })}
                  </span>
                </header>
                <p className="muted attention-target__name">{target.name}</p>
                {projects.length === 0 ? (
                  <p className="empty">{m('noneInTarget')}</p>
                ) : (
                  <ul className="attention-projects">
                    {projects.map((project) => (
                      <ProjectCard key={project.id} project={project} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}

function ProjectCard({ project }: { project: AttentionProject }) {
  const m = useMessages(attentionMessages);
  const { lang } = useT();
  const fmt = useFormat();
  const report = project.latestReport;
  return (
    <li
      className="attention-project"
      data-testid={`attention-project-${project.id}`}
      data-code={project.code}
    >
      <div className="attention-project__head">
        <span className="code">{project.code}</span>
        <Link className="attention-project__name" to={`/projects/${project.id}`}>
          {project.name}
        </Link>
      </div>
      <div className="attention-project__meta muted">
        {project.ownerUnit?.name ?? m('noOwner')}
        {' · '}
        <StatusBadge status={report?.status ?? null} />{' '}
        {report
          ? `${m('reportOf', { month: fmt.period(report.period) })}${report.percent !== null ? ` · ${fmt.number(report.percent)}%` : ''}`
          : m('unreported')}
      </div>
      <ul className="attention-flags">
        {project.flags.map((flag) => (
          <li
            key={flag.kind}
            className="attention-flag"
            data-testid={`attention-flag-${flag.kind}`}
            data-kind={flag.kind}
          >
            <span className={`flag-chip flag-chip--${flag.kind}`}>
              {pick(ATTENTION_KIND_LABEL[flag.kind], lang)}
            </span>
            <span className="attention-flag__reason">{pick(flag.reason, lang)}</span>
            {flag.kind === 'problem' && (
              <Link to={`/problems?project=${project.id}&status=unresolved`}>{m('seeProblems')}</Link>
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}
