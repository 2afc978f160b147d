import type { ReactNode } from 'react';
import { Field } from './Field';

interface Common {
  label: string;
  errors?: string[] | undefined;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
}

/** The usual labelled text input: one value, one setter, its errors and hint tied to it (Field). */
export function TextField({
  type,
  autoComplete,
  testId,
  value,
  onChange,
  ...field
}: Common & { type?: 'email' | 'password'; autoComplete?: string }) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type={type}
          autoComplete={autoComplete}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          data-testid={testId}
        />
      )}
    </Field>
  );
}

/** The usual labelled select; `children` are its options. */
export function SelectField({
  testId,
  value,
  onChange,
  children,
  ...field
}: Common & { children: ReactNode }) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          data-testid={testId}
        >
          {children}
        </select>
      )}
    </Field>
  );
}
