import type { Criterion } from '../../../domain/careers/criteria';
import { useT } from '../../shared/i18n/useT';
import { criterionText } from './criteria-text';

/** The criteria as nested readable sentences; the committee's own text and ref beside each. */
export function CriteriaTree({ c }: { c: Criterion }) {
  const { lang } = useT();
  return (
    <div className="criterion" data-testid={`criterion-${c.ref ?? c.kind}`}>
      <p>
        {c.ref && <strong>{c.ref} </strong>}
        {criterionText(c, lang)}
      </p>
      {c.text && <p className="muted">{c.text}</p>}
      {'of' in c && (
        <ul>
          {c.of.map((x, i) => (
            <li key={i}>
              <CriteriaTree c={x} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
