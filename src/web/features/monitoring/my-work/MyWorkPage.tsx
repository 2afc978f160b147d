import { Link } from 'react-router';
import type { ReportState } from '../../../../domain/monitoring';
import type { LateUnit, MyWorkItem, MyWorkResponse } from '../../../../shared/api/monitoring/my-work';
import { useApiData } from '../../../shared/api/useApiData';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/Notice';
import { myWorkMessages } from './messages';
import './my-work.css';

type Section = 'report' | 'approve' | 'accept';

const STATE_KEYS: Partial<Record<ReportState | 'missing', keyof typeof myWorkMessages.th>> = {
  missing: 'state.missing',
  draft: 'state.draft',
  returned: 'state.returned',
  submitted: 'state.submitted',
  approved: 'state.approved',
};

/** What waits for the signed-in person, grouped by what to do: report, approve, accept. */
export function MyWorkPage() {
  const m = useMessages(myWorkMessages);
  const fmt = useFormat();
  const work = useApiData<MyWorkResponse>('/api/my-work');

  if (work.error && !work.data) return <ErrorNotice error={work.error} />;
  if (!work.data) return <Loading />;
  const data = work.data;
  const sections: Section[] =
    data.role === 'focal_point'
      ? ['report']
      : data.role === 'approver'
        ? ['approve']
        : data.role === 'admin'
          ? ['accept']
          : [];

  return (
    <section className="my-work" data-testid="my-work-page">
      <h1>{m('title')}</h1>
      <p className="muted">
        {m('today', { date: fmt.date(data.today) })} · {m('intro')}
      </p>
      <ErrorNotice error={work.error} />
      {sections.length === 0 && <Notice>{m('viewer.nothing')}</Notice>}
      {sections.map((section) => (
        <WorkSection key={section} section={section} items={data[section]} />
      ))}
      {data.role === 'admin' && <LateUnits units={data.lateUnits} />}
    </section>
  );
}

function WorkSection({ section, items }: { section: Section; items: MyWorkItem[] }) {
  const m = useMessages(myWorkMessages);
  const fmt = useFormat();
  const sorted = [...items].sort(
    (a, b) =>
      a.daysLeft - b.daysLeft ||
      a.period.localeCompare(b.period) ||
      a.projectCode.localeCompare(b.projectCode),
  );
  return (
    <section className="card my-work__section" aria-labelledby={`my-work-${section}-title`}>
      <h2 id={`my-work-${section}-title`}>
        {m(`${section}.title`)} <span className="tag">{m('count', { n: fmt.digits(items.length) })}</span>
      </h2>
      <p className="muted">{m(`${section}.hint`)}</p>
      {sorted.length === 0 ? (
        <p className="empty" data-testid={`my-work-${section}-empty`}>
          {m(`${section}.empty`)}
        </p>
      ) : (
        <ul className="my-work__list" data-testid={`my-work-${section}`}>
          {sorted.map((item) => (
            <WorkItem key={`${item.projectId}-${item.period}`} section={section} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function DaysLeft({ days }: { days: number }) {
  const m = useMessages(myWorkMessages);
  const fmt = useFormat();
  const tone = days < 0 ? 'late' : days <= 3 ? 'soon' : 'ok';
  const text =
    days < 0
      ? m('days.late', { n: fmt.digits(-days) })
      : days === 0
        ? m('days.today')
        : m('days.left', { n: fmt.digits(days) });
  return (
    <span className={`days days--${tone}`} data-days={days}>
      {text}
    </span>
  );
}

function WorkItem({ section, item }: { section: Section; item: MyWorkItem }) {
  const m = useMessages(myWorkMessages);
  const fmt = useFormat();
  const state = item.state ?? 'missing';
  const stateKey = STATE_KEYS[state];
  return (
    <li className="my-work__item" data-testid={`my-work-item-${item.projectId}-${item.period}`}>
      <div className="my-work__what">
        <Link to={item.link} className="my-work__project">
          <span className="code">{item.projectCode}</span> {item.projectName}
        </Link>
        {item.unit && section !== 'report' && <span className="muted"> · {item.unit.name}</span>}
      </div>
      <div className="my-work__meta">
        <span>{m('month', { month: fmt.period(item.period) })}</span>
        {item.deadline && <span>{m('deadline', { date: fmt.date(item.deadline) })}</span>}
        {section === 'report' && item.deadline && <DaysLeft days={item.daysLeft} />}
        {stateKey && <span className={`my-work__state my-work__state--${state}`}>{m(stateKey)}</span>}
        {item.submittedAt && section !== 'report' && (
          <span>{m('submitted', { date: fmt.dateTime(item.submittedAt) })}</span>
        )}
        {item.waitingDays !== null && section === 'approve' && (
          <span className="days days--soon">{m('waiting', { n: fmt.digits(item.waitingDays) })}</span>
        )}
      </div>
      <Link to={item.link} className="button my-work__go">
        {m(`${section}.action`)}
      </Link>
    </li>
  );
}

function LateUnits({ units }: { units: LateUnit[] }) {
  const m = useMessages(myWorkMessages);
  const fmt = useFormat();
  const thai = new Intl.Collator('th');
  const sorted = [...units].sort((a, b) => b.daysLate - a.daysLate || thai.compare(a.unit.name, b.unit.name));
  return (
    <section className="card my-work__section" aria-labelledby="my-work-late-title">
      <h2 id="my-work-late-title">
        {m('late.title')} <span className="tag">{m('count', { n: fmt.digits(units.length) })}</span>
      </h2>
      <p className="muted">{m('late.hint')}</p>
      {sorted.length === 0 ? (
        <p className="empty">{m('late.empty')}</p>
      ) : (
        <ul className="my-work__list" data-testid="my-work-late">
          {sorted.map((late) => (
            <li
              key={`${late.unit.id}-${late.period}`}
              className="my-work__item"
              data-testid={`my-work-late-${late.unit.id}-${late.period}`}
            >
              <div className="my-work__what">
                <strong>{late.unit.name}</strong>
              </div>
              <div className="my-work__meta">
                <span>{m('month', { month: fmt.period(late.period) })}</span>
                <span>{m('deadline', { date: fmt.date(late.deadline) })}</span>
                <DaysLeft days={-late.daysLate} />
                <span className="my-work__state my-work__state--missing">
                  {m('late.missing', { n: fmt.digits(late.missing) })}
                </span>
              </div>
              <Link to={late.link} className="button my-work__go">
                {m('late.action')}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
