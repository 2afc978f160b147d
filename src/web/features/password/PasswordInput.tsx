import { Field } from '../../shared/ui/Field';

/** One password field with its label, errors and the browser's password-manager hint. */
export function PasswordInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[] | undefined;
  hint?: string;
  autoComplete: 'current-password' | 'new-password';
  testId: string;
}) {
  return (
    <Field label={props.label} errors={props.errors ?? []} {...(props.hint ? { hint: props.hint } : {})}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="password"
          data-testid={props.testId}
          autoComplete={props.autoComplete}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      )}
    </Field>
  );
}
