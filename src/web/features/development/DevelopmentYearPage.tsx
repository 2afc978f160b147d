import { useSearchParams } from 'react-router';
import type { YearStatusView, YearsView } from '../../../shared/api/development';
import { useApiData } from '../../shared/api/useApiData';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Loading, Notice } from '../../shared/ui/Notice';
import { cycleMessages } from './cycle-messages';
import { FiscalYearSelect, fiscalYearFromSearch } from './FiscalYearSelect';
import { OpenYearForm } from './OpenYearForm';
import { YearApprovalForm } from './YearApprovalForm';
import { YearStatusTable } from './YearStatusTable';
import './development.css';

/**
 * The institute's year page: open the fiscal year, follow every agency's submission (late against the
 * deadline), return with a comment or accept, record the plan's approval and publish it. An agency sees its
 * own row here and prepares its projects on the submission page.
 */
export function DevelopmentYearPage() {
  const m = useMessages(cycleMessages);
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const fy = fiscalYearFromSearch(params);
  const years = useApiData<YearsView>('/api/development/years');
  const year = years.data?.years.find((y) => y.fiscalYear === fy);
  const status = useApiData<YearStatusView>(year ? `/api/development/years/${fy}/status` : null);
  const reload = () => {
    years.reload();
    status.reload();
  };
  const institute = years.data?.institute ?? false;
  return (
    <section className="development" data-testid="development-year">
      <h1>
        {m('yearTitle')} {f.fiscalYear(fy)}
      </h1>
      <div className="development-tools">
        <FiscalYearSelect value={fy} onChange={(y) => setParams({ fiscalYear: String(y) })} />
        {institute && (
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
      <ErrorNotice error={years.error ?? status.error} />
      {years.loading && !years.data && <Loading />}
      {years.data && !year && (
        <>
          <Notice testId="no-year">{m('noYear')}</Notice>
          {institute && <OpenYearForm key={fy} fiscalYear={fy} plans={years.data.hrdPlans} done={reload} />}
        </>
      )}
      {year && (
        <dl className="development-totals" data-testid="year-head">
          <div>
            <dt>{m('formName')}</dt>
            <dd data-testid="year-form-name">{year.formName}</dd>
          </div>
          <div>
            <dt>{m('deadline')}</dt>
            <dd>{year.submissionDeadline ? f.date(year.submissionDeadline) : '–'}</dd>
          </div>
          <div>
            <dt>{m('hrdPlan')}</dt>
            <dd>{year.hrdPlan}</dd>
          </div>
        </dl>
      )}
      {year && status.data && <YearStatusTable status={status.data} institute={institute} done={reload} />}
      {year && institute && <YearApprovalForm key={year.version} year={year} done={reload} />}
    </section>
  );
}
