import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SubmissionView, YearsView } from '../../../shared/api/development';
import { useApiData } from '../../shared/api/useApiData';
import { useSession } from '../../shared/session/useSession';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Loading, Notice } from '../../shared/ui/Notice';
import { cycleMessages } from './cycle-messages';
import { FiscalYearSelect, fiscalYearFromSearch } from './FiscalYearSelect';
import { ProjectForm } from './ProjectForm';
import { SubmissionProjects } from './SubmissionProjects';
import { useAction } from './useAction';
import './development.css';

/**
 * An agency's submission of the year: its projects (add, edit, delete while a draft or returned), the submit
 * button, and the institute's comment when returned. ?unit= lets the institute read any agency's.
 */
export function SubmissionPage() {
  const m = useMessages(cycleMessages);
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const fy = fiscalYearFromSearch(params);
  const years = useApiData<YearsView>('/api/development/years');
  const year = years.data?.years.find((y) => y.fiscalYear === fy);
  const unit = params.get('unit') ?? years.data?.ownUnitCode ?? null;
  const base = `/api/development/years/${fy}/submissions/${encodeURIComponent(unit ?? '')}`;
  const sub = useApiData<SubmissionView>(year && unit ? base : null);
  const [adding, setAdding] = useState(false);
  const submit = useAction(sub.reload);
  const strategies = years.data?.hrdPlans.find((p) => p.code === year?.hrdPlan)?.strategies ?? [];
  const s = sub.data;
  // only the agency's own focal point edits its projects; its approver submits (cycle-policy.ts)
  const focal = useSession().user?.role === 'focal_point';
  const mayEdit = focal && s !== undefined && s.editable && years.data?.ownUnitCode === s.unit.code;
  return (
    <section className="development" data-testid="development-submission">
      <h1>
        {m('submissionTitle')} {f.fiscalYear(fy)}
      </h1>
      <div className="development-tools">
        <FiscalYearSelect
          value={fy}
          onChange={(y) =>
            setParams({ fiscalYear: String(y), ...(params.get('unit') ? { unit: params.get('unit')! } : {}) })
          }
        />
        {focal && (
          <a
            className="button"
            href="/api/development/imports/plan/template.xlsx"
            download
            data-testid="plan-template"
          >
            {m('template')}
          </a>
        )}
      </div>
      <ErrorNotice error={years.error ?? sub.error} />
      {(years.loading || sub.loading) && !s && <Loading />}
      {years.data && !year && <Notice testId="no-year">{m('noYear')}</Notice>}
      {s && (
        <>
          <h2 data-testid="submission-unit">{s.unit.name}</h2>
          <p>
            {m('state')}: <strong data-testid="submission-state">{m(`state_${s.state}`)}</strong>
            {s.submissionDeadline && ` · ${m('deadline')} ${f.date(s.submissionDeadline)}`}
            {s.late && <strong className="weak"> · {m('late')}</strong>}
          </p>
          {s.comment && (
            <Notice tone={s.state === 'returned' ? 'warning' : 'info'} testId="submission-comment">
              {s.state === 'returned' ? m('returnedNote') : m('comment')}: {s.comment}
            </Notice>
          )}
          {!s.editable && <Notice testId="submission-locked">{m('locked')}</Notice>}
          <SubmissionProjects submission={s} mayEdit={mayEdit} strategies={strategies} done={sub.reload} />
          {mayEdit && !adding && (
            <button type="button" onClick={() => setAdding(true)} data-testid="project-add">
              {m('add')}
            </button>
          )}
          {mayEdit && adding && (
            <ProjectForm
              url={`${base}/projects`}
              method="POST"
              strategies={strategies}
              done={() => {
                setAdding(false);
                sub.reload();
              }}
              cancel={() => setAdding(false)}
            />
          )}
          {(s.state === 'draft' || s.state === 'returned' || s.state === 'not_started') &&
            unit === years.data?.ownUnitCode && (
              <p>
                <button
                  type="button"
                  disabled={submit.busy}
                  data-testid="submission-submit"
                  onClick={() =>
                    void submit.send(`${base}/submit`, { method: 'POST', body: { version: s.version } })
                  }
                >
                  {m('submit')}
                </button>
              </p>
            )}
          <ErrorNotice error={submit.error} testId="submit-error" />
        </>
      )}
    </section>
  );
}
