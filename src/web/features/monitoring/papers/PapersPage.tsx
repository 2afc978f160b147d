import { useState } from 'react';
import { Link } from 'react-router';
import { fiscalYearOfPeriod, parsePeriod } from '../../../../domain';
import { SUMMARY_BASES, type SummaryBasis } from '../../../../domain/monitoring';
import type { SnapshotListItem } from '../../../../shared/api/monitoring/papers';
import { api, ApiError, withQuery } from '../../../shared/api/client';
import { useApiData } from '../../../shared/api/useApiData';
import { currentPeriod } from '../../../shared/format/periods';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { PlanSelect } from '../shared/plans/PlanSelect';
import { usePlanChoice } from '../shared/plans/usePlanChoice';
import { useSession } from '../../../shared/session/useSession';
import { MonthPicker } from '../../../shared/ui/MonthPicker';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/Notice';
import { ExportLinks } from './ExportLinks';
import { machineHasFont } from './localFont';
import { papersMessages } from './messages';
import './papers.css';
import { basisMessages } from '../shared/basis-messages';

type Source = 'live' | 'snapshot';

const fiscalYearOf = (period: string) => {
  const p = parsePeriod(period);
  return p ? fiscalYearOfPeriod(p) : 0;
};

/** Choose plan, month and basis (or a published snapshot); download the paper as DOCX, XLSX or HTML. */
export function PapersPage() {
  const m = useMessages(papersMessages);
  const basisWords = useMessages(basisMessages);
  const fmt = useFormat();
  const isAdmin = useSession().user?.role === 'admin';
  const { plans, plan, setPlan, error: plansError, loading } = usePlanChoice();
  const [asOfChoice, setAsOf] = useState<string>();
  const [basis, setBasis] = useState<SummaryBasis>('submitted');
  const [source, setSource] = useState<Source>('live');
  const [snapshotChoice, setSnapshot] = useState<number>();
  const [notice, setNotice] = useState<string>();
  const [publishError, setPublishError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  // TH Sarabun New 16 pt is offered (and chosen) when this machine has it (decision 0017).
  const [hasThSarabun] = useState(() => machineHasFont('TH Sarabun New'));
  const [thSarabun, setThSarabun] = useState(hasThSarabun);
  const snapshots = useApiData<SnapshotListItem[]>(
    plan ? `/api/plans/${encodeURIComponent(plan.code)}/snapshots` : null,
  );

  if (plansError) return <ErrorNotice error={plansError} />;
  if (loading && !plans) return <Loading />;
  if (!plan) return <Notice>{m('noSnapshots')}</Notice>;

  const asOf = asOfChoice ?? plan.defaultAsOf ?? plan.latestPeriod ?? currentPeriod();
  const list = snapshots.data ?? [];
  const snapshot = list.find((s) => s.id === snapshotChoice) ?? list[0];
  const base = `/api/plans/${encodeURIComponent(plan.code)}/paper`;
  const query = source === 'snapshot' && snapshot ? { snapshot: snapshot.id } : { asOf, basis };
  const describe = (s: SnapshotListItem) =>
    `${fmt.period(s.period)} · ${basisWords(s.basis)} · ${m('published', {
      when: fmt.dateTime(s.publishedAt),
      who: s.kind === 'auto' ? m('auto') : s.publishedBy,
    })}`;

  const publish = async () => {
    setBusy(true);
    setNotice(undefined);
    setPublishError(undefined);
    try {
      const created = await api.post<SnapshotListItem>(
        `/api/plans/${encodeURIComponent(plan.code)}/snapshots`,
        {
          period: asOf,
          basis,
        },
      );
      setNotice(m('publishedNow', { month: fmt.period(created.period) }));
      setSnapshot(created.id);
      snapshots.reload();
    } catch (cause) {
      if (cause instanceof ApiError) setPublishError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="papers">
      <h1>{m('title')}</h1>
      <p className="papers__intro">{m('intro')}</p>
      <div className="toolbar">
        <PlanSelect plans={plans ?? []} value={plan.code} onChange={setPlan} />
      </div>
      <fieldset className="papers__source" data-testid="paper-source">
        <legend>{m('source')}</legend>
        {(['live', 'snapshot'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="paper-source"
              checked={source === option}
              onChange={() => setSource(option)}
              data-testid={`paper-source-${option}`}
            />
            {m(option === 'live' ? 'source.live' : 'source.snapshot')}
          </label>
        ))}
      </fieldset>
      {source === 'live' ? (
        <div className="toolbar">
          <MonthPicker value={asOf} onChange={setAsOf} minYear={plan.startYear - 1} maxYear={plan.endYear} />
          <label className="inline-field">
            <span>{m('basis.label')}</span>
            <select
              value={basis}
              onChange={(e) => setBasis(e.target.value as SummaryBasis)}
              data-testid="paper-basis"
            >
              {SUMMARY_BASES.map((b) => (
                <option key={b} value={b}>
                  {basisWords(b)}
                </option>
              ))}
            </select>
          </label>
          {isAdmin && (
            <button
              type="button"
              className="button"
              onClick={publish}
              disabled={busy}
              data-testid="paper-publish"
            >
              {m(busy ? 'publishing' : 'publish')}
            </button>
          )}
        </div>
      ) : list.length === 0 ? (
        <Notice>{m('noSnapshots')}</Notice>
      ) : (
        <label className="inline-field papers__snapshot">
          <span>{m('snapshot')}</span>
          <select
            value={snapshot?.id}
            onChange={(e) => setSnapshot(Number(e.target.value))}
            data-testid="paper-snapshot"
          >
            {list.map((s) => (
              <option key={s.id} value={s.id}>
                {describe(s)}
              </option>
            ))}
          </select>
        </label>
      )}
      {notice && <Notice tone="success">{notice}</Notice>}
      <ErrorNotice error={publishError ?? snapshots.error} />
      {hasThSarabun && (
        <label className="inline-field" data-testid="paper-font">
          <input type="checkbox" checked={thSarabun} onChange={(e) => setThSarabun(e.target.checked)} />
          <span>{m('font')}</span>
        </label>
      )}
      <div className="papers__downloads" role="group" aria-label={m('download')}>
        {(['docx', 'xlsx', 'html'] as const).map((format) => (
          <a
            key={format}
            className={`button${format === 'docx' ? ' button--primary' : ''}`}
            href={withQuery(
              `${base}.${format}`,
              format === 'docx' && thSarabun ? { ...query, font: 'th-sarabun-new' } : query,
            )}
            {...(format === 'html' ? { target: '_blank', rel: 'noopener' } : { download: true })}
            data-testid={`paper-download-${format}`}
          >
            {m(format)}
          </a>
        ))}
      </div>
      <p>
        <Link to={`/snapshots?plan=${encodeURIComponent(plan.code)}`} data-testid="paper-compare-link">
          {m('compare')}
        </Link>
      </p>
      <ExportLinks planCode={plan.code} asOf={asOf} fiscalYear={fiscalYearOf(asOf)} />
    </section>
  );
}
