import { useState, type FormEvent } from 'react';
import { ReviewRequest } from '../../../../shared/api/monitoring/review';
import { ApiError, apiRequest } from '../../../shared/api/client';
import { useMessages } from '../../../shared/i18n/useMessages';
import { pick, pickHalf, useT } from '../../../shared/i18n/useT';
import { Field } from '../../../shared/ui/Field';
import { reviewMessages } from './messages';

/** A small form under a row: returning a report needs a comment saying what must be corrected. */
export function ReturnForm({
  id,
  title,
  onDone,
  onCancel,
}: {
  id: number;
  title: string;
  onDone: (state: string) => void;
  onCancel: () => void;
}) {
  const m = useMessages(reviewMessages);
  const { lang } = useT();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (comment.trim() === '') {
      setError(m('returnForm.required'));
      return;
    }
    const parsed = ReviewRequest.safeParse({ action: 'return', comment });
    if (!parsed.success) {
      setError(parsed.error.issues.map((issue) => pickHalf(issue.message, lang)).join(' '));
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const answer = await apiRequest<{ state: string }>(`/api/reports/${id}/review`, {
        method: 'POST',
        body: parsed.data,
      });
      onDone(answer.state);
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      const issues = cause.issues.map((issue) => issue[lang] || issue.th);
      setError(issues.length > 0 ? issues.join(' ') : pick(cause.bilingual, lang));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="review-return" onSubmit={submit} noValidate data-testid={`review-return-form-${id}`}>
      {/* the page has no h2 above the table: the form's heading is the next level under the h1 */}
      <h2 className="review-return__title">{title}</h2>
      <Field label={m('returnForm.comment')} hint={m('returnForm.hint')} errors={error ? [error] : []} wide>
        {({ id: fieldId, describedBy, invalid }) => (
          <textarea
            id={fieldId}
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            data-testid="review-return-comment"
            autoFocus
          />
        )}
      </Field>
      <div className="review-return__buttons">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy}
          data-testid="review-return-confirm"
        >
          {busy ? m('working') : m('returnForm.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {m('returnForm.cancel')}
        </button>
      </div>
    </form>
  );
}
