import { useState } from 'react';
import type { TalentPoolView } from '../../../shared/api/careers';
import { ApiError, apiRequest } from '../../shared/api/client';
import { useApiData } from '../../shared/api/useApiData';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, TableScroll } from '../../shared/ui/Notice';
import { talentMessages } from './talent-messages';

/**
 * The talent pool (issue 12, item 5) under the succession view: bench strength and coverage, the fiscal
 * years with the seats nobody ready and eligible covers (flagged), each key position's nominees, and for
 * the central office a nomination form and readiness/consent changes.
 */
export function TalentPool({ asOf, canEdit }: { asOf: string; canEdit: boolean }) {
  const m = useMessages(talentMessages);
  const pool = useApiData<TalentPoolView>('/api/careers/talent-pool', { asOf });
  const [form, setForm] = useState({
    positionId: '',
    personNo: '',
    readiness: 'ready_now',
    consent: 'pending',
  });
  const [error, setError] = useState<ApiError>();
  const v = pool.data;
  const run = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
      pool.reload();
    } catch (cause) {
      if (cause instanceof ApiError) setError(cause);
      else throw cause;
    }
  };
  if (!v) return <ErrorNotice error={pool.error} />;
  const b = v.bench;
  return (
    <article className="card" data-testid="talent-pool">
      <h2>{m('title')}</h2>
      <p data-testid="bench">
        {m('bench', {
          positions: b.keyPositions,
          successors: b.successors,
          coverage: b.coverage ?? '–',
          ready: b.positionsReadyNow,
          pct: b.benchStrengthPct ?? '–',
        })}
      </p>
      <TableScroll>
        <table className="compact">
          <thead>
            <tr>
              <th scope="col">{m('fiscalYear')}</th>
              <th scope="col">{m('emptied')}</th>
              <th scope="col">{m('readySuccessors')}</th>
              <th scope="col">{m('uncovered')}</th>
            </tr>
          </thead>
          <tbody>
            {v.years.map((y) => (
              <tr
                key={y.fiscalYear}
                data-testid={`pool-year-${y.fiscalYear}`}
                className={y.uncovered.length ? 'not-met' : ''}
              >
                <th scope="row">{y.fiscalYear}</th>
                <td>{y.emptied}</td>
                <td>{y.readySuccessors}</td>
                <td>{y.uncovered.length ? `⚑ ${y.uncovered.join(', ')}` : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {v.positions?.map((p) => (
        <div key={p.positionId} data-testid={`pool-position-${p.positionNo}`}>
          <h3>
            {p.positionNo} · {p.title} · {p.unit.name} · {p.holder ?? m('vacant')}
          </h3>
          {p.nominees.length === 0 ? (
            <p className="muted">{m('noNominees')}</p>
          ) : (
            <ul>
              {p.nominees.map((n) => (
                <li key={n.id} data-testid="nominee">
                  {n.name} ({n.personNo}) · {m(`r_${n.readiness}`)} · {m(`c_${n.consent}`)} ·{' '}
                  {m(`s_${n.standing}`)}
                  {n.note && <span className="muted"> — {n.note}</span>}
                  <span className="muted"> · {m('changes', { n: n.history.length })}</span>
                  {canEdit && n.consent !== 'yes' && (
                    <button
                      type="button"
                      onClick={() =>
                        void run(() =>
                          apiRequest(`/api/careers/nominations/${n.id}`, {
                            method: 'POST',
                            body: { consent: 'yes', version: n.version },
                          }),
                        )
                      }
                    >
                      {m('consented')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      {canEdit && v.positions && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(() =>
              apiRequest('/api/careers/nominations', {
                method: 'POST',
                body: { ...form, positionId: Number(form.positionId) },
              }),
            );
          }}
        >
          <h3>{m('nominate')}</h3>
          <select
            value={form.positionId}
            onChange={(e) => setForm({ ...form, positionId: e.target.value })}
            aria-label={m('position')}
            data-testid="nominate-position"
            required
          >
            <option value="">{m('position')}</option>
            {v.positions.map((p) => (
              <option key={p.positionId} value={p.positionId}>
                {p.positionNo} {p.unit.name}
              </option>
            ))}
          </select>{' '}
          <input
            value={form.personNo}
            placeholder={m('personNo')}
            aria-label={m('personNo')}
            onChange={(e) => setForm({ ...form, personNo: e.target.value })}
            data-testid="nominate-person"
            required
          />{' '}
          <select
            value={form.readiness}
            onChange={(e) => setForm({ ...form, readiness: e.target.value })}
            aria-label={m('readiness')}
          >
            {(['ready_now', 'one_to_two_years', 'later'] as const).map((r) => (
              <option key={r} value={r}>
                {m(`r_${r}`)}
              </option>
            ))}
          </select>{' '}
          <button type="submit" data-testid="nominate">
            {m('nominate')}
          </button>
        </form>
      )}
      <ErrorNotice error={error} />
    </article>
  );
}
