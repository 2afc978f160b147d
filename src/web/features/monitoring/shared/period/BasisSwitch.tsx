import { SUMMARY_BASES, type SummaryBasis } from '../../../../../domain/monitoring';
import './basis-switch.css';

/**
 * Which reports a summary counts: every one sent up, or only those accepted. Radio buttons drawn as buttons,
 * the chosen one filled (basis-switch.css); the wording is each page's own.
 */
export function BasisSwitch({
  name,
  value,
  onChange,
  legend,
  labels,
}: {
  /** The radio group's name, also the data-testid of the fieldset and (suffixed with the basis) of each radio. */
  name: string;
  value: SummaryBasis;
  onChange: (basis: SummaryBasis) => void;
  legend: string;
  labels: Record<SummaryBasis, string>;
}) {
  return (
    <fieldset className="basis-switch" data-testid={name} data-value={value}>
      <legend>{legend}</legend>
      {SUMMARY_BASES.map((option) => (
        <label key={option} className={option === value ? 'is-checked' : undefined}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={option === value}
            onChange={() => onChange(option)}
            data-testid={`${name}-${option}`}
          />
          {labels[option]}
        </label>
      ))}
    </fieldset>
  );
}
