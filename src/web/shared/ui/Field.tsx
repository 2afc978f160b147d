import { useId, type ReactNode } from 'react';

export interface FieldProps {
  label: string;
  /** Messages to show under the field (already in the current language). */
  errors?: string[];
  hint?: string;
  wide?: boolean;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A labelled form field with its error messages beside it. */
export function Field({ label, errors = [], hint, wide, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy =
    [hint ? hintId : '', errors.length ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${wide ? ' field--wide' : ''}${errors.length ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: errors.length > 0 })}
      {hint && (
        <small id={hintId} className="field__hint">
          {hint}
        </small>
      )}
      {errors.length > 0 && (
        <small id={errorId} className="field__error" role="alert">
          {errors.join(' ')}
        </small>
      )}
    </div>
  );
}
