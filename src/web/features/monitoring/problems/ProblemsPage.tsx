import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ProblemView } from '../../../../shared/api/monitoring/follow-up';
import type { PlanTree } from '../../../../shared/api/monitoring/plans';
import type { UnitView } from '../../../../shared/api/units';
import { useApiData } from '../../../shared/api/useApiData';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { usePlanChoice } from '../shared/plans/usePlanChoice';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/Notice';
import { problemsMessages } from './messages';
import { ProblemEditPanel } from './ProblemEditPanel';
import { PROBLEM_FILTER_KEYS, ProblemFilters, type ProblemFilterKey } from './ProblemFilters';
import { ProblemTable } from './ProblemTable';
import { ListDownloads } from '../shared/ListDownloads';
import './problems.css';

/**
 * The problems-and-obstacles register with its filters in the URL (?target=&unit=&category=&severity=
 * &status=&overdue=&q=&project=); an entry is followed up in a panel beside the list.
 */
export function ProblemsPage() {
  const m = useMessages(problemsMessages);
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const { plans, plan, setPlan, error: plansError } = usePlanChoice();
  const tree = useApiData<PlanTree>(plan ? `/api/plans/${encodeURIComponent(plan.code)}/tree` : null);
  const units = useApiData<UnitView[]>('/api/units');

  const filters = Object.fromEntries(
    PROBLEM_FILTER_KEYS.map((key) => [key, params.get(key) ?? '']),
  ) as Record<ProblemFilterKey, string>;
  const projectParam = params.get('project') ?? '';
  // One row per problem, its earlier months inside (issue 14): not each month's copy.
  const query: Record<string, string | undefined> = {
    plan: plan?.code,
    project: projectParam || undefined,
    view: 'problems',
  };
  for (const key of PROBLEM_FILTER_KEYS) if (filters[key]) query[key] = filters[key];
  const list = useApiData<ProblemView[]>(plan ? '/api/problems' : null, query);

  const [editingId, setEditingId] = useState<number | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const setParam = (key: string, value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const clearFilters = () => setParams(plan ? { plan: plan.code } : {}, { replace: true });

  if (plansError) return <ErrorNotice error={plansError} />;
  if (!plans) return <Loading />;
  if (!plan) return <Notice>{m('noPlans')}</Notice>;

  const problems = list.data ?? [];
  const editing = problems.find((p) => p.id === editingId) ?? null;
  const overdue = problems.filter((p) => p.overdue).length;
  const projectCode = problems.find((p) => String(p.project.id) === projectParam)?.project.code;

  return (
    <section className="problems-page">
      <h1>{m('title')}</h1>
      <p className="muted problems-page__intro">{m('intro')}</p>
      <ProblemFilters
        plans={plans}
        plan={plan}
        onPlan={setPlan}
        targets={tree.data?.code === plan.code ? tree.data.targets : []}
        units={units.data ?? []}
        filters={filters}
        onFilter={setParam}
        onClear={clearFilters}
      />
      {projectParam && (
        <p className="project-only">
          <span>{projectCode ? m('filter.project', { code: projectCode }) : m('filter.projectAny')}</span>{' '}
          <button type="button" className="button button--quiet" onClick={() => setParam('project', '')}>
            {m('filter.removeProject')}
          </button>
        </p>
      )}
      {saved && (
        <Notice tone="success" testId="problem-saved">
          {saved}
        </Notice>
      )}
      <ListDownloads list="problems" query={query} />
      <ErrorNotice error={list.error ?? units.error} />
      {!list.data && !list.error && <Loading />}
      {list.data && (
        <>
          <p className="muted" data-testid="problem-count" aria-live="polite">
            {m('found', { count: fmt.digits(problems.length) })}
            {overdue > 0 && (
              <>
                {' · '}
                <span className="overdue-text">{m('overdueCount', { count: fmt.digits(overdue) })}</span>
              </>
            )}
          </p>
          <ProblemTable
            problems={problems}
            busy={list.loading}
            editingId={editingId}
            onEdit={(p) => {
              setSaved(null);
              setConflict(false);
              setEditingId(p.id);
            }}
          />
        </>
      )}
      {editing && (
        <ProblemEditPanel
          key={`${editing.id}-${editing.version}`}
          problem={editing}
          units={units.data ?? []}
          conflict={conflict}
          onConflict={() => {
            setConflict(true);
            list.reload();
          }}
          onSaved={(p) => {
            setConflict(false);
            setEditingId(null);
            setSaved(m('saved', { code: p.project.code, month: fmt.period(p.period) }));
            list.reload();
          }}
          onClose={() => {
            setConflict(false);
            setEditingId(null);
          }}
        />
      )}
    </section>
  );
}
