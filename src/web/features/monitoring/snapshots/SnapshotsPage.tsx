import { useState } from 'react';
import { Link } from 'react-router';
import type { SnapshotCompareResponse, SnapshotListItem } from '../../../../shared/api/monitoring/papers';
import { useApiData } from '../../../shared/api/useApiData';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { PlanSelect } from '../shared/plans/PlanSelect';
import { usePlanChoice } from '../shared/plans/usePlanChoice';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/Notice';
import { CompareTable } from './CompareTable';
import { snapshotsMessages } from './messages';
import './snapshots.css';
import { basisMessages } from '../shared/basis-messages';

/** Two published months side by side, changed cells highlighted, with when and by whom each was published. */
export function SnapshotsPage() {
  const m = useMessages(snapshotsMessages);
  const basisWords = useMessages(basisMessages);
  const fmt = useFormat();
  const { plans, plan, setPlan, error: plansError, loading } = usePlanChoice();
  const [chosen, setChosen] = useState<{ a?: number; b?: number }>({});
  const snapshots = useApiData<SnapshotListItem[]>(
    plan ? `/api/plans/${encodeURIComponent(plan.code)}/snapshots` : null,
  );
  const list = snapshots.data ?? [];
  // Defaults: the newest publication of the latest month (b) and of the month before it (a).
  const newest = list.filter((s) => s.latest && s.basis === 'submitted');
  const b = list.find((s) => s.id === chosen.b) ?? newest[0] ?? list[0];
  const a = list.find((s) => s.id === chosen.a) ?? newest.find((s) => b && s.period < b.period) ?? b;
  const compare = useApiData<SnapshotCompareResponse>(
    plan && a && b ? `/api/plans/${encodeURIComponent(plan.code)}/snapshots/compare` : null,
    a && b ? { aId: a.id, bId: b.id } : undefined,
  );

  if (plansError) return <ErrorNotice error={plansError} />;
  if ((loading && !plans) || (snapshots.loading && !snapshots.data)) return <Loading />;
  if (!plan) return <Notice>{m('none')}</Notice>;

  const who = (s: SnapshotListItem) => (s.kind === 'auto' ? m('auto') : s.publishedBy);
  const label = (s: SnapshotListItem) =>
    `${fmt.period(s.period)} · ${basisWords(s.basis)} · ${fmt.dateTime(s.publishedAt)}`;
  const picker = (side: 'a' | 'b', value: SnapshotListItem | undefined) => (
    <div className="snapshot-pick" data-testid={`snapshot-${side}`}>
      <label className="inline-field">
        <span>{m(side)}</span>
        <select
          value={value?.id}
          onChange={(e) => setChosen((c) => ({ ...c, [side]: Number(e.target.value) }))}
        >
          {list.map((s) => (
            <option key={s.id} value={s.id}>
              {label(s)}
            </option>
          ))}
        </select>
      </label>
      {value && (
        <p className="snapshot-pick__when" data-testid={`snapshot-${side}-published`}>
          {m('published', { when: fmt.dateTime(value.publishedAt), who: who(value) })}
        </p>
      )}
    </div>
  );
  const data =
    compare.data && a && b && compare.data.a.id === a.id && compare.data.b.id === b.id
      ? compare.data
      : undefined;
  const changed = data
    ? data.cells.filter((c) => c.changed).length + data.progress.filter((p) => p.changed).length
    : 0;

  return (
    <section className="snapshots">
      <h1>{m('title')}</h1>
      <p className="snapshots__intro">{m('intro')}</p>
      <div className="toolbar">
        <PlanSelect plans={plans ?? []} value={plan.code} onChange={setPlan} />
      </div>
      <ErrorNotice error={snapshots.error ?? compare.error} />
      {list.length === 0 ? (
        <Notice>{m('none')}</Notice>
      ) : (
        <>
          <div className="snapshot-picks">
            {picker('a', a)}
            {picker('b', b)}
          </div>
          {!data && !compare.error && <Loading />}
          {data && (
            <>
              <p className="snapshots__count" data-testid="snapshot-changed-count">
                {changed === 0 ? m('noChange') : m('changedCount', { n: fmt.number(changed) })}
              </p>
              <CompareTable data={data} />
            </>
          )}
        </>
      )}
      <p>
        <Link to={`/papers?plan=${encodeURIComponent(plan.code)}`}>{m('papers')}</Link>
      </p>
    </section>
  );
}
