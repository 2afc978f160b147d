import { useState } from 'react';
import { Link } from 'react-router';
import { fiscalYearOfPeriod, fiscalYearPeriods, formatPeriod, parsePeriod } from '../../../../domain';
import type { KeyResultsResponse, KeyResultView } from '../../../../shared/api/monitoring/key-results';
import type { PlanListItem } from '../../../../shared/api/monitoring/plans';
import { ApiError, apiRequest } from '../../../shared/api/client';
import { useApiData } from '../../../shared/api/useApiData';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { useT } from '../../../shared/i18n/useT';
import { PlanYearHeader } from '../shared/plans/PlanYearHeader';
import { usePlanYear } from '../shared/plans/usePlanYear';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/Notice';
import { ActualsEditor } from './ActualsEditor';
import { KeyResultForm } from './KeyResultForm';
import { KeyResultTable } from './KeyResultTable';
import { krMessages } from './messages';
import { ProjectLinksEditor } from './ProjectLinksEditor';
import './key-results.css';

type Editor = { kind: 'new'; targetNo: string } | { kind: 'edit' | 'actuals' | 'links'; id: number } | null;

export { defaultFiscalYear } from '../shared/plans/usePlanYear';

/** The month a fiscal year is read as of: the plan's latest report when it falls in that year, else the year's end. */
export function asOfForYear(plan: Pick<PlanListItem, 'latestPeriod'>, fiscalYear: number): string {
  const latest = plan.latestPeriod ? parsePeriod(plan.latestPeriod) : null;
  if (latest && fiscalYearOfPeriod(latest) === fiscalYear) return formatPeriod(latest);
  const months = fiscalYearPeriods(fiscalYear);
  const last = months[months.length - 1]!;
  return latest && fiscalYearOfPeriod(latest) < fiscalYear ? formatPeriod(months[0]!) : formatPeriod(last);
}

/** Key results of a plan's fiscal year, target by target; the central office defines them and records actuals. */
export function KeyResultsPage() {
  const m = useMessages(krMessages);
  const { t } = useT();
  const fmt = useFormat();
  const choice = usePlanYear();
  const { plans, plan, fiscalYear, error: plansError, loading: plansLoading } = choice;
  const data = useApiData<KeyResultsResponse>(
    plan ? `/api/plans/${encodeURIComponent(plan.code)}/key-results` : null,
    { fiscalYear },
  );
  const [editor, setEditor] = useState<Editor>(null);
  const [failure, setFailure] = useState<ApiError>();

  if (plansError) return <ErrorNotice error={plansError} />;
  if (plansLoading && !plans) return <Loading />;
  if (!plan) return <Notice>{t('summary.noPlans')}</Notice>;

  const result = data.data?.plan === plan.code && data.data.fiscalYear === fiscalYear ? data.data : undefined;
  const asOf = asOfForYear(plan, fiscalYear);

  const setYear = (year: number) => {
    setEditor(null);
    choice.setYear(year);
  };

  const saved = () => {
    setEditor(null);
    data.reload();
  };

  const remove = async (kr: KeyResultView) => {
    if (!window.confirm(m('confirmDelete', { name: kr.indicator }))) return;
    setFailure(undefined);
    try {
      await apiRequest(`/api/key-results/${kr.id}`, { method: 'DELETE', query: { version: kr.version } });
      saved();
    } catch (cause) {
      if (cause instanceof ApiError) setFailure(cause);
      data.reload();
    }
  };

  const editable = result?.abilities.update ?? false;
  const findKr = (id: number) => result?.targets.flatMap((x) => x.keyResults).find((k) => k.id === id);

  return (
    <section className="kr-page" data-testid="key-results-page">
      <PlanYearHeader
        choice={choice}
        plan={plan}
        title={m('title')}
        yearLabel={m('fiscalYear')}
        yearOption={(year) => m('fiscalYearOption', { year })}
        yearTestId="kr-fiscal-year"
        onYear={setYear}
      />
      <p className="muted kr-page__intro">{m('intro')}</p>
      <ErrorNotice error={data.error ?? failure} />
      {!result && !data.error && <Loading />}
      {result &&
        result.targets.map((target) => {
          const nextNo = String(
            target.keyResults.reduce((max, kr) => Math.max(max, Number(kr.no) || 0), 0) + 1,
          );
          const open = editor && editor.kind !== 'new' ? findKr(editor.id) : undefined;
          const openHere = open?.targetId === target.id;
          return (
            <section
              key={target.id}
              className="kr-target"
              data-target={target.no}
              data-testid={`kr-target-${target.no}`}
            >
              <h2>
                <span className="kr-target__no">{m('targetHeading', { no: fmt.digits(target.no) })}</span>{' '}
                {target.name}
              </h2>
              <p className="kr-target__links no-print">
                <Link
                  to={`/plans/${encodeURIComponent(plan.code)}/targets/${encodeURIComponent(target.no)}?fiscalYear=${fiscalYear}&asOf=${asOf}`}
                  data-testid={`kr-open-target-${target.no}`}
                >
                  {m('openTarget')} →
                </Link>
                {editable && (
                  <button
                    type="button"
                    className="button kr-button-small"
                    onClick={() => setEditor({ kind: 'new', targetNo: target.no })}
                    data-testid={`kr-add-${target.no}`}
                  >
                    + {m('add')}
                  </button>
                )}
              </p>
              {target.keyResults.length === 0 ? (
                <p className="empty">{m('none')}</p>
              ) : (
                <KeyResultTable
                  keyResults={target.keyResults}
                  caption={m('caption', {
                    no: fmt.digits(target.no),
                    count: fmt.number(target.keyResults.length),
                  })}
                  testId={`kr-table-${target.no}`}
                  actions={
                    editable
                      ? (kr) => (
                          <span className="kr-actions">
                            <button
                              type="button"
                              className="button kr-button-small"
                              onClick={() => setEditor({ kind: 'edit', id: kr.id })}
                            >
                              {m('edit')}
                            </button>
                            <button
                              type="button"
                              className="button kr-button-small"
                              onClick={() => setEditor({ kind: 'actuals', id: kr.id })}
                              data-testid={`kr-actuals-${kr.targetNo}.${kr.no}`}
                            >
                              {m('actuals')}
                            </button>
                            <button
                              type="button"
                              className="button kr-button-small"
                              onClick={() => setEditor({ kind: 'links', id: kr.id })}
                            >
                              {m('links')}
                            </button>
                            <button
                              type="button"
                              className="button kr-button-small"
                              onClick={() => void remove(kr)}
                            >
                              {m('delete')}
                            </button>
                          </span>
                        )
                      : undefined
                  }
                />
              )}
              {editor?.kind === 'new' && editor.targetNo === target.no && (
                <KeyResultForm
                  key={`new-${target.no}`}
                  planCode={plan.code}
                  targetNo={target.no}
                  fiscalYear={fiscalYear}
                  nextNo={nextNo}
                  onSaved={saved}
                  onReload={data.reload}
                  onCancel={() => setEditor(null)}
                />
              )}
              {openHere && editor?.kind === 'edit' && (
                <KeyResultForm
                  key={`edit-${open.id}`}
                  planCode={plan.code}
                  targetNo={target.no}
                  fiscalYear={fiscalYear}
                  keyResult={open}
                  nextNo={nextNo}
                  onSaved={saved}
                  onReload={data.reload}
                  onCancel={() => setEditor(null)}
                />
              )}
              {openHere && editor?.kind === 'actuals' && (
                <ActualsEditor
                  key={`actuals-${open.id}`}
                  keyResult={open}
                  onChanged={data.reload}
                  onClose={() => setEditor(null)}
                />
              )}
              {openHere && editor?.kind === 'links' && (
                <ProjectLinksEditor
                  key={`links-${open.id}`}
                  keyResult={open}
                  onSaved={saved}
                  onClose={() => setEditor(null)}
                />
              )}
            </section>
          );
        })}
    </section>
  );
}
