import { useState } from 'react';
import type { YearView } from '../../../shared/api/development';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice } from '../../shared/ui/Notice';
import { cycleMessages } from './cycle-messages';
import { useAction } from './useAction';
import { ThaiDateInput } from '../../shared/dates/ThaiDateInput';

/** The institute records the plan's approval (who, when, the order's reference) and then publishes it. */
export function YearApprovalForm({ year, done }: { year: YearView; done: () => void }) {
  const m = useMessages(cycleMessages);
  const f = useFormat();
  const [approvedBy, setBy] = useState(year.approvedBy ?? '');
  const [approvedOn, setOn] = useState(year.approvedOn ?? '');
  const [approvalRef, setRef] = useState(year.approvalRef ?? '');
  const { send, error, busy } = useAction(done);
  const base = `/api/development/years/${year.fiscalYear}`;
  return (
    <section data-testid="year-approval">
      <h2>{m('approval')}</h2>
      <form
        className="cycle-form"
        onSubmit={(e) => {
          e.preventDefault();
          void send(`${base}/approval`, {
            method: 'POST',
            body: { version: year.version, approvedBy, approvedOn, approvalRef },
          });
        }}
      >
        <label>
          {m('approvedBy')}
          <input value={approvedBy} onChange={(e) => setBy(e.target.value)} data-testid="approved-by" />
        </label>
        <ThaiDateInput
          label={m('approvedOn')}
          value={approvedOn}
          onChange={setOn}
          required
          testId="approved-on"
        />
        <label>
          {m('approvalRef')}
          <input value={approvalRef} onChange={(e) => setRef(e.target.value)} data-testid="approval-ref" />
        </label>
        <button type="submit" disabled={busy || year.publishedAt !== null} data-testid="save-approval">
          {m('saveApproval')}
        </button>
      </form>
      {year.publishedAt ? (
        <p data-testid="published-at">
          {m('published')} {f.dateTime(year.publishedAt)}
        </p>
      ) : (
        <button
          type="button"
          disabled={busy || year.approvedOn === null}
          data-testid="publish"
          onClick={() => void send(`${base}/publish`, { method: 'POST', body: { version: year.version } })}
        >
          {m('publish')}
        </button>
      )}
      <ErrorNotice error={error} testId="approval-error" />
    </section>
  );
}
