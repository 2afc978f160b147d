import type { PlanListItem } from '../../../../../shared/api/monitoring/plans';
import { useT } from '../../../../shared/i18n/useT';

/** A plan chooser; shows nothing to choose when there is a single plan. */
export function PlanSelect({
  plans,
  value,
  onChange,
}: {
  plans: PlanListItem[];
  value: string;
  onChange: (code: string) => void;
}) {
  const { t } = useT();
  if (plans.length < 2) return null;
  const chosen = plans.find((plan) => plan.code === value);
  // The select truncates at the screen's edge (controls.css); its title and options carry the full name.
  return (
    <label className="inline-field">
      <span>{t('plan.choose')}</span>
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        title={chosen ? `${chosen.name} (${chosen.code})` : undefined}
        data-testid="plan-select"
      >
        {plans.map((plan) => (
          <option key={plan.code} value={plan.code}>
            {plan.name} ({plan.code})
          </option>
        ))}
      </select>
    </label>
  );
}
