import { useRef, useState } from 'react';
import { addMonths, formatPeriod, parsePeriod } from '../../../../domain';
import { addDays } from '../../../../domain/monitoring';
import type { ReportingMonthView } from '../../../../shared/api/monitoring/months';
import type { UnitView } from '../../../../shared/api/units';
import { useApiData } from '../../../shared/api/useApiData';
import { bangkokDateTime } from '../../../shared/format/format';
import { currentPeriod } from '../../../shared/format/periods';
import { useMessages } from '../../../shared/i18n/useMessages';
import { useSession } from '../../../shared/session/useSession';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/Notice';
import { ExceptionForm } from './ExceptionForm';
import { monthsMessages } from './messages';
import { MonthsTable } from './MonthsTable';
import { OpenMonthForm } from './OpenMonthForm';
import './months.css';

/** The central office opens reporting months, moves deadlines and grants units exceptions. */
export function ReportingMonthsPage() {
  const m = useMessages(monthsMessages);
  const role = useSession().user?.role;
  if (role !== 'admin') {
    return (
      <section>
        <h1>{m('title')}</h1>
        <Notice>{m('notAllowed')}</Notice>
      </section>
    );
  }
  return <MonthsAdmin />;
}

/** The month after the newest one opened; this month when none is. */
function nextToOpen(months: ReportingMonthView[]): string {
  const newest = months
    .map((month) => month.period)
    .sort()
    .at(-1);
  const p = newest ? parsePeriod(newest) : null;
  return p ? formatPeriod(addMonths(p, 1)) : currentPeriod();
}

function MonthsAdmin() {
  const m = useMessages(monthsMessages);
  const months = useApiData<ReportingMonthView[]>('/api/reporting-months');
  const units = useApiData<UnitView[]>('/api/units');
  const [exceptionPeriod, setExceptionPeriod] = useState<string>();
  const exceptionCard = useRef<HTMLElement>(null);
  const today = bangkokDateTime(new Date()).date;

  if (months.error && !months.data) return <ErrorNotice error={months.error} />;
  if (!months.data) return <Loading />;
  const list = months.data;
  const thisYear = Number(currentPeriod().slice(0, 4));
  const years = list.map((month) => Number(month.period.slice(0, 4)));
  const minYear = Math.min(thisYear, ...years) - 1;
  const chosenPeriod = exceptionPeriod ?? list[0]?.period ?? '';

  const grant = (period: string) => {
    setExceptionPeriod(period);
    exceptionCard.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    exceptionCard.current?.querySelector<HTMLSelectElement>('[data-testid=exception-unit]')?.focus();
  };

  return (
    <section className="months-page" data-testid="months-page">
      <h1>{m('title')}</h1>
      <p className="muted">{m('intro')}</p>

      <section className="card">
        <h2>{m('open.title')}</h2>
        <OpenMonthForm
          initialPeriod={nextToOpen(list)}
          months={list}
          minYear={minYear}
          maxYear={thisYear + 1}
          onOpened={months.reload}
        />
      </section>

      <section className="card">
        <h2>{m('list.title')}</h2>
        {list.length === 0 ? (
          <p className="empty">{m('list.none')}</p>
        ) : (
          <MonthsTable months={list} today={today} onChanged={months.reload} onGrant={grant} />
        )}
      </section>

      <section className="card" ref={exceptionCard}>
        <h2>{m('exception.title')}</h2>
        <p className="muted">{m('exception.hint')}</p>
        <ErrorNotice error={units.error} />
        <ExceptionForm
          months={list}
          units={units.data ?? []}
          period={chosenPeriod}
          onPeriod={setExceptionPeriod}
          defaultUntil={addDays(today, 7)}
          onGranted={months.reload}
        />
      </section>
    </section>
  );
}
