import { useState, type FormEvent } from 'react';
import { PROJECT_STATUSES } from '../../../../domain/monitoring';
import type { PlanListItem, PlanTree } from '../../../../shared/api/monitoring/plans';
import type { UnitView } from '../../../../shared/api/units';
import { useFormat } from '../../../shared/format/useFormat';
import { useT } from '../../../shared/i18n/useT';
import { PlanSelect } from '../shared/plans/PlanSelect';

export const FILTER_KEYS = ['target', 'owner', 'status', 'fiscalYear', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const thaiOrder = new Intl.Collator('th');

interface Props {
  plans: PlanListItem[];
  plan: PlanListItem;
  onPlan: (code: string) => void;
  targets: PlanTree['targets'];
  units: UnitView[];
  filters: Record<FilterKey, string>;
  onFilter: (key: FilterKey, value: string) => void;
  onClear: () => void;
}

export function ProjectFilters({ plans, plan, onPlan, targets, units, filters, onFilter, onClear }: Props) {
  const { t } = useT();
  const fmt = useFormat();
  const [q, setQ] = useState(filters.q);
  const [shownQ, setShownQ] = useState(filters.q);
  if (filters.q !== shownQ) {
    // the URL changed (back button, clear): show its search text
    setShownQ(filters.q);
    setQ(filters.q);
  }
  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i);
  const sortedUnits = [...units].sort((a, b) => thaiOrder.compare(a.name, b.name));
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    onFilter('q', q.trim());
  };

  return (
    <form className="filters" onSubmit={onSearch} role="search" data-testid="project-filters">
      <PlanSelect plans={plans} value={plan.code} onChange={onPlan} />
      <label className="inline-field">
        <span>{t('projects.target')}</span>
        <select
          value={filters.target}
          onChange={(e) => onFilter('target', e.target.value)}
          data-testid="filter-target"
        >
          <option value="">{t('common.all')}</option>
          {targets.map((target) => (
            <option key={target.no} value={target.no}>
              {target.no}. {target.name}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{t('projects.owner')}</span>
        <select
          value={filters.owner}
          onChange={(e) => onFilter('owner', e.target.value)}
          data-testid="filter-owner"
        >
          <option value="">{t('common.all')}</option>
          {sortedUnits.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
              {unit.status === 'closed' ? ` (${t('projects.unitClosed')})` : ''}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{t('projects.status')}</span>
        <select
          value={filters.status}
          onChange={(e) => onFilter('status', e.target.value)}
          data-testid="filter-status"
        >
          <option value="">{t('common.all')}</option>
          {PROJECT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {fmt.status(status)}
            </option>
          ))}
          <option value="unreported">{t('status.unreported')}</option>
        </select>
      </label>
      <label className="inline-field">
        <span>{t('projects.fiscalYear')}</span>
        <select
          value={filters.fiscalYear}
          onChange={(e) => onFilter('fiscalYear', e.target.value)}
          data-testid="filter-fiscal-year"
        >
          <option value="">{t('common.all')}</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field filters__search">
        <span>{t('projects.search')}</span>
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t('projects.searchPlaceholder')}
          data-testid="project-search"
        />
      </label>
      <div className="filters__actions">
        <button type="submit" className="button button--primary" data-testid="project-search-submit">
          {t('projects.searchButton')}
        </button>
        <button type="button" className="button" onClick={onClear}>
          {t('projects.clear')}
        </button>
      </div>
    </form>
  );
}
