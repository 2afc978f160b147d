import { useMemo, useState } from 'react';
import type { AuditPage } from '../../../shared/api/audit';
import type { UnitView } from '../../../shared/api/units';
import { useApiData } from '../api/useApiData';
import { useFormat } from '../format/useFormat';
import { ErrorNotice, Loading } from '../ui/Notice';
import { AuditChanges } from './AuditChanges';
import { useAuditLabels } from './labels';

const STEP = 20;

/**
 * A record's change history (who, when, what, old and new values), folded until opened. The server
 * decides who may read it: the admin any record, and whoever may read a project that project's.
 */
export function AuditTrail({ entity, entityId }: { entity: string; entityId: string | number }) {
  const [open, setOpen] = useState(false);
  return (
    <section className="card audit-trail no-print" data-testid="audit-trail">
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <TrailSummary />
        {open && <TrailBody entity={entity} entityId={String(entityId)} />}
      </details>
    </section>
  );
}

function TrailSummary() {
  const { m } = useAuditLabels();
  return (
    <summary>
      <h2>{m('trailTitle')}</h2> <span className="muted">{m('trailHint')}</span>
    </summary>
  );
}

function TrailBody({ entity, entityId }: { entity: string; entityId: string }) {
  const [pageSize, setPageSize] = useState(STEP);
  const trail = useApiData<AuditPage>(
    `/api/audit/${encodeURIComponent(entity)}/${encodeURIComponent(entityId)}`,
    { pageSize },
  );
  const units = useApiData<UnitView[]>('/api/units');
  const unitNames = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  const labels = useAuditLabels(unitNames);
  const fmt = useFormat();
  if (trail.error && !trail.data) return <ErrorNotice error={trail.error} />;
  if (!trail.data) return <Loading />;
  const { items, total } = trail.data;
  if (items.length === 0) return <p className="muted">{labels.m('trailNone')}</p>;
  return (
    <>
      <ol className="audit-trail__list" data-testid="audit-trail-list">
        {items.map((event) => (
          <li key={event.id}>
            <p className="audit-trail__head">
              <strong>{labels.action(event.action)}</strong> {labels.m('by')} {event.actor} ·{' '}
              <time dateTime={event.at}>{fmt.dateTime(event.at)}</time>
            </p>
            <AuditChanges
              entity={event.entity}
              before={event.before}
              after={event.after}
              unitNames={unitNames}
            />
          </li>
        ))}
      </ol>
      <p className="muted">
        {labels.m('trailShown', { shown: fmt.digits(items.length), total: fmt.digits(total) })}{' '}
        {items.length < total && pageSize < 200 && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setPageSize((size) => Math.min(200, size + STEP))}
            disabled={trail.loading}
          >
            {labels.m('trailMore')}
          </button>
        )}
      </p>
    </>
  );
}
