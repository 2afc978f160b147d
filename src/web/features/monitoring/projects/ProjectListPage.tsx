import { useSearchParams } from 'react-router';
import type { PlanTree, ProjectListItem } from '../../../../shared/api/monitoring/plans';
import type { UnitView } from '../../../../shared/api/units';
import { useApiData } from '../../../shared/api/useApiData';
import { useT } from '../../../shared/i18n/useT';
import { usePlanChoice } from '../shared/plans/usePlanChoice';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/Notice';
import { FILTER_KEYS, ProjectFilters, type FilterKey } from './ProjectFilters';
import { ProjectTable } from './ProjectTable';
import { ListDownloads } from '../shared/ListDownloads';
import './projects.css';

/** Projects with filters kept in the URL (?target=&owner=&status=&fiscalYear=&q=). */
export function ProjectListPage() {
  const { t } = useT();
  const [params, setParams] = useSearchParams();
  const { plans, plan, setPlan, error: plansError } = usePlanChoice();
  const planPath = plan ? `/api/plans/${encodeURIComponent(plan.code)}/tree` : null;
  const tree = useApiData<PlanTree>(planPath);
  const units = useApiData<UnitView[]>('/api/units');

  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])) as Record<
    FilterKey,
    string
  >;
  const query: Record<string, string | undefined> = { plan: plan?.code };
  for (const key of FILTER_KEYS) if (filters[key]) query[key] = filters[key];
  const projects = useApiData<ProjectListItem[]>(plan ? '/api/projects' : null, query);

  const setFilter = (key: FilterKey, value: string) =>
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
  if (!plan) return <Notice>{t('summary.noPlans')}</Notice>;

  return (
    <section className="projects-page">
      <h1>{t('projects.title')}</h1>
      <ProjectFilters
        plans={plans}
        plan={plan}
        onPlan={setPlan}
        targets={tree.data?.code === plan.code ? tree.data.targets : []}
        units={units.data ?? []}
        filters={filters}
        onFilter={setFilter}
        onClear={clearFilters}
      />
      <ListDownloads list="projects" query={query} />
      <ErrorNotice error={projects.error ?? units.error} />
      {!projects.data && !projects.error && <Loading />}
      {projects.data && (
        <>
          <p className="muted" data-testid="project-count" aria-live="polite">
            {t('projects.found', { count: projects.data.length })}
          </p>
          <ProjectTable projects={projects.data} busy={projects.loading} />
        </>
      )}
    </section>
  );
}
