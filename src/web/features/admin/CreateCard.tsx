import type { FormEvent, ReactNode } from 'react';
import type { ApiError } from '../../shared/api/client';
import { ErrorNotice } from '../../shared/ui/Notice';

/** An "add …" form folded under its title, as the units and users pages open with. */
export function CreateCard({
  title,
  submitLabel,
  onSubmit,
  busy,
  failure,
  testId,
  errorTestId,
  children,
}: {
  title: string;
  submitLabel: string;
  onSubmit: () => void;
  busy: boolean;
  failure: ApiError | undefined;
  /** The form's test id; the submit button's is `${testId}-submit`. */
  testId: string;
  errorTestId?: string;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <details className="card admin-create">
      <summary>
        <h2>{title}</h2>
      </summary>
      <form className="admin-form" onSubmit={submit} noValidate data-testid={testId}>
        {children}
        <div className="admin-form__footer">
          <ErrorNotice error={failure} testId={errorTestId} />
          <button
            type="submit"
            className="button button--primary"
            disabled={busy}
            data-testid={`${testId}-submit`}
          >
            {submitLabel}
          </button>
        </div>
      </form>
    </details>
  );
}
