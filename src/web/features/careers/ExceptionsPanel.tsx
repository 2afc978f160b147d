import { useState } from 'react';
import { refsOf } from '../../../domain/careers/criteria';
import type { ExceptionView, PathView } from '../../../shared/api/careers';
import { ApiError, apiRequest } from '../../shared/api/client';
import { useApiData } from '../../shared/api/useApiData';
import { bangkokDateTime } from '../../shared/format/format';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Notice } from '../../shared/ui/Notice';
import { exceptionMessages } from './exception-messages';
import { ThaiDateInput } from '../../shared/dates/ThaiDateInput';

/**
 * The path's exceptions (issue 12, item 4): the list for the central office and an agency's HR staff
 * (their own people), and for the central office the grant form and a revoke button on each open one.
 */
export function ExceptionsPanel({ path, canGrant }: { path: PathView; canGrant: boolean }) {
  const m = useMessages(exceptionMessages);
  const f = useFormat();
  const list = useApiData<ExceptionView[]>(`/api/careers/paths/${path.id}/exceptions`);
  const refs = [...new Set(path.versions.flatMap((v) => refsOf(v.criteria)))];
  const today = bangkokDateTime(new Date()).date;
  const [form, setForm] = useState({ personNo: '', criterionRef: '', reason: '', orderRef: '' });
  const [from, setFrom] = useState(today);
  const [until, setUntil] = useState(`${Number(today.slice(0, 4)) + 1}${today.slice(4)}`);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState('');
  const run = async (action: () => Promise<unknown>, message: string) => {
    setError(undefined);
    setDone('');
    try {
      await action();
      setDone(message);
      list.reload();
    } catch (cause) {
      if (cause instanceof ApiError) setError(cause);
      else throw cause;
    }
  };
  const grant = () =>
    run(
      () =>
        apiRequest(`/api/careers/paths/${path.id}/exceptions`, {
          method: 'POST',
          body: { ...form, criterionRef: form.criterionRef || null, validFrom: from, validUntil: until },
        }),
      m('granted'),
    );
  const revoke = (e: ExceptionView) => {
    const reason = window.prompt(m('revokeReason'));
    if (!reason) return;
    void run(
      () =>
        apiRequest(`/api/careers/exceptions/${e.id}/revoke`, {
          method: 'POST',
          body: { reason, version: e.version },
        }),
      m('revoked'),
    );
  };
  const text = (k: keyof typeof form) => ({
    value: form[k],
    onChange: (ev: { target: { value: string } }) => setForm({ ...form, [k]: ev.target.value }),
  });
  return (
    <div className="card" data-testid="exceptions">
      <h2>{m('title')}</h2>
      <p className="muted">{m('intro')}</p>
      {list.data && list.data.length === 0 && <p className="muted">{m('none')}</p>}
      {list.data && list.data.length > 0 && (
        <table className="compact">
          <thead>
            <tr>
              <th scope="col">{m('person')}</th>
              <th scope="col">{m('criterion')}</th>
              <th scope="col">{m('reason')}</th>
              <th scope="col">{m('order')}</th>
              <th scope="col">{m('period')}</th>
              <th scope="col">{m('state')}</th>
              {canGrant && <th scope="col" />}
            </tr>
          </thead>
          <tbody>
            {list.data.map((e) => (
              <tr key={e.id} data-testid={`exception-${e.id}`} data-state={e.state}>
                <td>
                  {e.person.name} ({e.person.personNo})
                </td>
                <td>{e.criterionRef ?? m('wholePath')}</td>
                <td>{e.reason}</td>
                <td>{e.orderRef}</td>
                <td>
                  {f.date(e.validFrom)} – {e.validUntil ? f.date(e.validUntil) : ''}
                </td>
                <td>
                  {m(`state_${e.state}`)}
                  {e.revokeReason && <span className="muted"> — {e.revokeReason}</span>}
                </td>
                {canGrant && (
                  <td>
                    {e.state !== 'revoked' && (
                      <button type="button" onClick={() => revoke(e)} data-testid="revoke">
                        {m('revoke')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canGrant && (
        <form
          className="grant"
          onSubmit={(ev) => {
            ev.preventDefault();
            void grant();
          }}
        >
          <h3>{m('grant')}</h3>
          <label>
            {m('personNo')} <input {...text('personNo')} data-testid="exception-person" required />
          </label>
          <label>
            {m('criterion')}{' '}
            <select {...text('criterionRef')} data-testid="exception-criterion">
              <option value="">{m('wholePath')}</option>
              {refs.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </label>
          <label>
            {m('reason')} <input {...text('reason')} data-testid="exception-reason" required />
          </label>
          <label>
            {m('order')} <input {...text('orderRef')} data-testid="exception-order" required />
          </label>
          <ThaiDateInput value={from} onChange={setFrom} label={m('from')} testId="exception-from" required />
          <ThaiDateInput value={until} onChange={setUntil} label={m('until')} testId="exception-until" />
          <button type="submit" data-testid="exception-grant">
            {m('grant')}
          </button>
        </form>
      )}
      <ErrorNotice error={error ?? list.error} />
      {done && <Notice tone="success">{done}</Notice>}
    </div>
  );
}
