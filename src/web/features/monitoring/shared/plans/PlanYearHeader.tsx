import type { ReactNode } from 'react';
import type { PlanListItem } from '../../../../../shared/api/monitoring/plans';
import { useFormat } from '../../../../shared/format/useFormat';
import { PlanSelect } from './PlanSelect';
import type { PlanYear } from './usePlanYear';
import './plan-year.css';

/**
 * The head of a page read by plan and fiscal year (key results, round reports): the plan and year
 * choosers, the plan's name, and the page's title with the year beside it.
 */
export function PlanYearHeader(props: {
  choice: PlanYear;
  plan: PlanListItem;
  title: ReactNode;
  /** The year chooser's label and each option's text ("พ.ศ. ๒๕๖๗"). */
  yearLabel: string;
  yearOption: (year: number) => string;
  yearTestId: string;
  /** Called instead of the choice's own setYear (a page that closes its editors first). */
  onYear?: (year: number) => void;
}) {
  const fmt = useFormat();
  const { choice, plan } = props;
  const onYear = props.onYear ?? choice.setYear;
  return (
    <>
      <div className="toolbar no-print">
        <PlanSelect plans={choice.plans ?? []} value={plan.code} onChange={choice.setPlan} />
        <label className="inline-field">
          <span>{props.yearLabel}</span>
          <select
            value={choice.fiscalYear}
            onChange={(e) => onYear(Number(e.target.value))}
            data-testid={props.yearTestId}
          >
            {choice.years.map((year) => (
              <option key={year} value={year}>
                {props.yearOption(year)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="plan-year__plan">{plan.name}</p>
      <h1>
        {props.title} <span className="plan-year__when">{fmt.fiscalYear(choice.fiscalYear)}</span>
      </h1>
    </>
  );
}
