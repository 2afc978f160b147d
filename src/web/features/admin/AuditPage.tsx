import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditPage as AuditResult } from '../../../shared/api/audit';
import type { UnitView } from '../../../shared/api/units';
import { useApiData } from '../../shared/api/useApiData';
import { AuditChanges } from '../../shared/audit/AuditChanges';
import { useAuditLabels } from '../../shared/audit/labels';
import { ThaiDateInput } from '../../shared/dates/ThaiDateInput';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Loading, TableScroll } from '../../shared/ui/Notice';
import { AdminOnly } from './AdminOnly';
import { adminMessages } from './messages';

const FILTERS = ['entity', 'entityId', 'actor', 'action', 'from', 'to', 'q'] as const;
type Filter = (typeof FILTERS)[number];
type Filters = Record<Filter, string>;
const PAGE_SIZE = 50;

/** The audit trail, searched: who changed what, when, with the old and new values field by field. */
export function AuditPage() {
  const m = useMessages(adminMessages);
  return (
    <AdminOnly title={m('audit.title')} intro={m('audit.intro')} testId="audit-admin">
      <AuditSearch />
    </AdminOnly>
  );
}

function AuditSearch() {
  const [params, setParams] = useSearchParams();
  const applied = useMemo(
    () => Object.fromEntries(FILTERS.map((key) => [key, params.get(key) ?? ''])) as Filters,
    [params],
  );
  const page = Math.max(1, Number(params.get('page')) || 1);
  const apply = (filters: Filters, nextPage = 1) => {
    const next = new URLSearchParams();
    for (const key of FILTERS) if (filters[key].trim()) next.set(key, filters[key].trim());
    if (nextPage > 1) next.set('page', String(nextPage));
    setParams(next);
  };
  return (
    <>
      {/* A new search from the address (a link from the units page) starts the form afresh. */}
      <SearchForm key={params.toString()} initial={applied} onSearch={(filters) => apply(filters)} />
      <AuditResults filters={applied} page={page} onPage={(next) => apply(applied, next)} />
    </>
  );
}

function SearchForm({ initial, onSearch }: { initial: Filters; onSearch: (filters: Filters) => void }) {
  const m = useMessages(adminMessages);
  const labels = useAuditLabels();
  const [filters, setFilters] = useState(initial);
  const set = (key: Filter, value: string) => setFilters({ ...filters, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(filters);
  };
  const input = (key: Filter, label: string, type = 'text') => (
    <label className="inline-field">
      {label}
      <input
        type={type}
        value={filters[key]}
        onChange={(e) => set(key, e.target.value)}
        data-testid={`audit-filter-${key}`}
      />
    </label>
  );
  // The period in พ.ศ. (ISO dates in the address and the query)
  const date = (key: 'from' | 'to', label: string) => (
    <ThaiDateInput
      inline
      value={filters[key]}
      onChange={(iso) => set(key, iso)}
      label={label}
      testId={`audit-filter-${key}`}
    />
  );
  return (
    <form className="card admin-search" onSubmit={submit} data-testid="audit-search">
      <label className="inline-field">
        {m('audit.entity')}
        <select
          value={filters.entity}
          onChange={(e) => set('entity', e.target.value)}
          data-testid="audit-filter-entity"
        >
          <option value="">{m('audit.any')}</option>
          {AUDIT_ENTITIES.map((entity) => (
            <option key={entity} value={entity}>
              {labels.entity(entity)}
            </option>
          ))}
        </select>
      </label>
      {input('entityId', m('audit.entityId'))}
      {input('actor', m('audit.actor'))}
      <label className="inline-field">
        {m('audit.action')}
        <select
          value={filters.action}
          onChange={(e) => set('action', e.target.value)}
          data-testid="audit-filter-action"
        >
          <option value="">{m('audit.any')}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {labels.action(action)}
            </option>
          ))}
        </select>
      </label>
      {date('from', m('audit.from'))}
      {date('to', m('audit.to'))}
      {input('q', m('audit.q'), 'search')}
      <div className="admin-dialog__actions">
        <button type="submit" className="button button--primary" data-testid="audit-search-submit">
          {m('audit.search')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => onSearch(Object.fromEntries(FILTERS.map((key) => [key, ''])) as Filters)}
        >
          {m('audit.clear')}
        </button>
      </div>
    </form>
  );
}

function AuditResults({
  filters,
  page,
  onPage,
}: {
  filters: Filters;
  page: number;
  onPage: (page: number) => void;
}) {
  const m = useMessages(adminMessages);
  const fmt = useFormat();
  const query = useMemo(
    () => ({
      ...Object.fromEntries(FILTERS.filter((k) => filters[k]).map((k) => [k, filters[k]])),
      page,
      pageSize: PAGE_SIZE,
    }),
    [filters, page],
  );
  const result = useApiData<AuditResult>('/api/audit', query);
  const units = useApiData<UnitView[]>('/api/units');
  const unitNames = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  const labels = useAuditLabels(unitNames);

  if (result.error) return <ErrorNotice error={result.error} testId="audit-error" />;
  if (!result.data) return <Loading />;
  const { items, total } = result.data;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pager = (bottom: boolean) => (
    <div className="admin-pager">
      <span data-testid={bottom ? undefined : 'audit-total'}>
        {m('audit.total', { total: fmt.digits(total), page: fmt.digits(page), pages: fmt.digits(pages) })}
      </span>
      <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {m('audit.prev')}
      </button>
      <button
        type="button"
        className="button"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
        data-testid={bottom ? undefined : 'audit-next'}
      >
        {m('audit.next')}
      </button>
    </div>
  );
  return (
    <>
      {pager(false)}
      <TableScroll label={m('audit.title')}>
        <table className="data-table admin-table" data-testid="audit-table" aria-busy={result.loading}>
          <thead>
            <tr>
              <th scope="col">{m('audit.col.at')}</th>
              <th scope="col">{m('audit.col.actor')}</th>
              <th scope="col">{m('audit.col.action')}</th>
              <th scope="col">{m('audit.col.record')}</th>
              <th scope="col">{m('audit.col.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((event) => (
              <tr key={event.id} data-testid={`audit-row-${event.id}`}>
                <td className="admin-nowrap">
                  <time dateTime={event.at}>{fmt.dateTime(event.at)}</time>
                </td>
                <td className="admin-nowrap">{event.actor}</td>
                <td className="admin-nowrap">{labels.action(event.action)}</td>
                <td className="admin-nowrap">
                  {labels.entity(event.entity)}{' '}
                  {event.entity === 'project' ? (
                    <Link to={`/projects/${event.entityId}`}>#{fmt.digits(event.entityId)}</Link>
                  ) : (
                    <Link
                      to={`/admin/audit?entity=${event.entity}&entityId=${encodeURIComponent(event.entityId)}`}
                    >
                      #{fmt.digits(event.entityId)}
                    </Link>
                  )}
                </td>
                <td>
                  <AuditChanges
                    entity={event.entity}
                    before={event.before}
                    after={event.after}
                    unitNames={unitNames}
                  />
                </td>
              </tr>
            ))}
            {items.length === 0 && (
              <tr>
                <td colSpan={5} className="muted">
                  {m('audit.none')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      {total > PAGE_SIZE && pager(true)}
    </>
  );
}
