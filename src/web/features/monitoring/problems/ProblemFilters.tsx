import { useState, type FormEvent } from 'react';
import {
  PROBLEM_CATEGORIES,
  PROBLEM_CATEGORY_LABEL,
  PROBLEM_SEVERITIES,
  PROBLEM_SEVERITY_LABEL,
  PROBLEM_STATUS_LABEL,
  PROBLEM_STATUSES,
} from '../../../../domain/monitoring/attention-flags';
import type { PlanListItem, PlanTree } from '../../../../shared/api/monitoring/plans';
import type { UnitView } from '../../../../shared/api/units';
import { useMessages } from '../../../shared/i18n/useMessages';
import { pick, useT } from '../../../shared/i18n/useT';
import { PlanSelect } from '../shared/plans/PlanSelect';
import { problemsMessages } from './messages';

export const PROBLEM_FILTER_KEYS = [
  'target',
  'unit',
  'category',
  'severity',
  'status',
  'overdue',
  'q',
] as const;
export type ProblemFilterKey = (typeof PROBLEM_FILTER_KEYS)[number];

const thaiOrder = new Intl.Collator('th');

interface Props {
  plans: PlanListItem[];
  plan: PlanListItem;
  onPlan: (code: string) => void;
  targets: PlanTree['targets'];
  units: UnitView[];
  filters: Record<ProblemFilterKey, string>;
  onFilter: (key: ProblemFilterKey, value: string) => void;
  onClear: () => void;
}

export function ProblemFilters({ plans, plan, onPlan, targets, units, filters, onFilter, onClear }: Props) {
  const m = useMessages(problemsMessages);
  const { t, lang } = useT();
  const [q, setQ] = useState(filters.q);
  const [shownQ, setShownQ] = useState(filters.q);
  if (filters.q !== shownQ) {
    // the URL changed (back button, clear): show its search text
    setShownQ(filters.q);
    setQ(filters.q);
  }
  const sortedUnits = [...units].sort((a, b) => thaiOrder.compare(a.name, b.name));
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    onFilter('q', q.trim());
  };
  const select = (key: ProblemFilterKey, label: string, options: [string, string][]) => (
    <label className="inline-field">
      <span>{label}</span>
      <select
        value={filters[key]}
        onChange={(e) => onFilter(key, e.target.value)}
        data-testid={`problem-filter-${key}`}
      >
        <option value="">{t('common.all')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form className="problem-filters" onSubmit={onSearch} role="search" data-testid="problem-filters">
      <PlanSelect plans={plans} value={plan.code} onChange={onPlan} />
      {select(
        'target',
        m('filter.target'),
        targets.map((target) => [target.no, `${target.no}. ${target.name}`]),
      )}
      {select(
        'unit',
        m('filter.unit'),
        sortedUnits.map((unit) => [String(unit.id), unit.name]),
      )}
      {select(
        'category',
        m('filter.category'),
        PROBLEM_CATEGORIES.map((c) => [c, pick(PROBLEM_CATEGORY_LABEL[c], lang)]),
      )}
      {select(
        'severity',
        m('filter.severity'),
        PROBLEM_SEVERITIES.map((s) => [s, pick(PROBLEM_SEVERITY_LABEL[s], lang)]),
      )}
      {select('status', m('filter.status'), [
        ['unresolved', m('filter.unresolved')],
        ...PROBLEM_STATUSES.map((s): [string, string] => [s, pick(PROBLEM_STATUS_LABEL[s], lang)]),
      ])}
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={filters.overdue === 'true'}
          onChange={(e) => onFilter('overdue', e.target.checked ? 'true' : '')}
          data-testid="problem-filter-overdue"
        />
        <span>{m('filter.overdue')}</span>
      </label>
      <label className="inline-field problem-filters__search">
        <span>{m('filter.search')}</span>
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={m('filter.searchPlaceholder')}
          data-testid="problem-search"
        />
      </label>
      <div className="problem-filters__actions">
        <button type="submit" className="button button--primary">
          {m('filter.searchButton')}
        </button>
        <button type="button" className="button" onClick={onClear}>
          {m('filter.clear')}
        </button>
      </div>
    </form>
  );
}
