import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ActionPlanResponse } from '../../../../shared/api/monitoring/action-plan';
import { useApiData } from '../../../shared/api/useApiData';
import { isPeriod } from '../../../shared/format/periods';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { useT } from '../../../shared/i18n/useT';
import { PlanSelect } from '../shared/plans/PlanSelect';
import { usePlanChoice } from '../shared/plans/usePlanChoice';
import { usePrintMode } from '../../../shared/print/usePrintMode';
import { MonthPicker } from '../../../shared/ui/MonthPicker';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/Notice';
import { defaultFiscalYear, krMessages } from '../key-results';
import { BudgetTable } from './BudgetTable';
import { GanttTable } from './GanttTable';
import { groupByTarget } from './grouping';
import { apMessages } from './messages';
import { PlanMap } from './PlanMap';
import { YearPlanEditor } from './YearPlanEditor';
import './action-plan.css';
import { ListDownloads } from '../shared/ListDownloads';

const VIEWS = ['timeline', 'budget', 'map'] as const;
type View = (typeof VIEWS)[number];
const isView = (text: string | null): text is View => VIEWS.includes(text as View);

/**
 * แผนปฏิบัติการประจำปี: the projects of a fiscal year as a timeline (target → strategy → project, Oct–Sep),
 * as a budget (exact totals) and as a map to the key results they serve. Printable on A4 landscape with
 * Thai digits; the central office edits each project's priority, budgets and milestones.
 */
export function ActionPlanPage() {
  const m = useMessages(apMessages);
  const km = useMessages(krMessages);
  const { t } = useT();
  const fmt = useFormat();
  const { print } = usePrintMode();
  const [params, setParams] = useSearchParams();
  const { plans, plan, setPlan, error: plansError, loading: plansLoading } = usePlanChoice();
  const fyParam = Number(params.get('fiscalYear'));
  const fiscalYear =
    plan && Number.isInteger(fyParam) && fyParam >= plan.startYear && fyParam <= plan.endYear
      ? fyParam
      : plan
        ? defaultFiscalYear(plan)
        : 0;
  const asOfParam = params.get('asOf');
  const asOf = isPeriod(asOfParam) ? asOfParam : undefined;
  const viewParam = params.get('view');
  const view: View = isView(viewParam) ? viewParam : 'timeline';
  const data = useApiData<ActionPlanResponse>(
    plan ? `/api/plans/${encodeURIComponent(plan.code)}/action-plan` : null,
    { fiscalYear, asOf },
  );
  const [editing, setEditing] = useState<number | null>(null);
  const result =
    data.data?.plan === plan?.code && data.data?.fiscalYear === fiscalYear ? data.data : undefined;
  const groups = useMemo(() => (result ? groupByTarget(result) : []), [result]);

  if (plansError) return <ErrorNotice error={plansError} />;
  if (plansLoading && !plans) return <Loading />;
  if (!plan) return <Notice>{t('summary.noPlans')}</Notice>;

  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i);
  const setParam = (key: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === null) next.delete(key);
        else next.set(key, value);
        next.set('plan', plan.code);
        if (key === 'fiscalYear') next.delete('asOf');
        return next;
      },
      { replace: true },
    );
  const keyResultLabel = (id: number) => {
    const kr = result?.keyResults.find((k) => k.id === id);
    return kr ? fmt.digits(km('krLabel', { target: kr.targetNo, no: kr.no })) : '';
  };
  const project = editing === null ? undefined : result?.projects.find((p) => p.id === editing);

  return (
    <section className="action-plan" data-testid="action-plan-page">
      <div className="toolbar no-print">
        <PlanSelect plans={plans ?? []} value={plan.code} onChange={setPlan} />
        <label className="inline-field">
          <span>{m('fiscalYear')}</span>
          <select
            value={fiscalYear}
            onChange={(e) => {
              setEditing(null);
              setParam('fiscalYear', e.target.value);
            }}
            data-testid="ap-fiscal-year"
          >
            {years.map((year) => (
              <option key={year} value={year}>
                {m('fiscalYearOption', { year })}
              </option>
            ))}
          </select>
        </label>
        {result && (
          <MonthPicker
            label={m('asOf')}
            value={result.asOf}
            onChange={(period) => setParam('asOf', period)}
            minYear={fiscalYear - 1}
            maxYear={fiscalYear}
            testId="ap-as-of"
          />
        )}
        <fieldset className="ap-view-switch" data-testid="ap-view" data-value={view}>
          <legend>{m('view')}</legend>
          {VIEWS.map((option) => (
            <label key={option} className={option === view ? 'is-checked' : undefined}>
              <input
                type="radio"
                name="ap-view"
                value={option}
                checked={option === view}
                onChange={() => setParam('view', option)}
                data-testid={`ap-view-${option}`}
              />
              {m(`view.${option}`)}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button" onClick={print} disabled={!result} data-testid="ap-print">
          {m('print')}
        </button>
      </div>

      <header className="action-plan__heading">
        <p className="kr-plan-name">{result?.planName ?? plan.name}</p>
        <h1>
          {m('title')}
          <span className="action-plan__when" data-testid="ap-when">
            {fmt.fiscalYear(fiscalYear)}
            {result && ` · ${m('printedOn', { month: fmt.period(result.asOf) })}`}
          </span>
        </h1>
        <p className="muted action-plan__intro no-print">{m('intro')}</p>
        {result && <p className="action-plan__note">{m('asOfNote', { month: fmt.period(result.asOf) })}</p>}
        {result?.scope === 'own_unit' && <Notice>{m('scopeOwn')}</Notice>}
      </header>

      <div className="no-print">
        <ListDownloads list="action-plan" query={{ plan: plan.code, fiscalYear, asOf }} />
      </div>
      <ErrorNotice error={data.error} />
      {!result && !data.error && <Loading />}
      {result && project && (
        <YearPlanEditor
          key={project.id}
          project={project}
          fiscalYear={fiscalYear}
          onSaved={() => {
            setEditing(null);
            data.reload();
          }}
          onReload={data.reload}
          onCancel={() => setEditing(null)}
        />
      )}
      {result && result.projects.length === 0 && <Notice tone="warning">{m('none')}</Notice>}
      {result && result.projects.length > 0 && (
        <div className={data.loading ? 'kr-refreshing' : undefined} aria-busy={data.loading}>
          {view === 'timeline' && (
            <GanttTable
              plan={result}
              groups={groups}
              keyResultLabel={keyResultLabel}
              onEdit={result.abilities.update ? (p) => setEditing(p.id) : undefined}
            />
          )}
          {view === 'budget' && <BudgetTable plan={result} groups={groups} keyResultLabel={keyResultLabel} />}
          {view === 'map' && <PlanMap plan={result} groups={groups} keyResultLabel={keyResultLabel} />}
        </div>
      )}
    </section>
  );
}
