import { useParams } from 'react-router';
import type { PersonPage } from '../../../../shared/api/workforce/directory';
import { useApiData } from '../../../shared/api/useApiData';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { ErrorNotice, Loading, TableScroll } from '../../../shared/ui/Notice';
import { dirMessages } from './messages';

type Time = { years: number; months: number; days: number } | null;

/** One person: the record (masked as the server sends it), the dated history and the facts computed from it. */
function PersonBody({ page }: { page: PersonPage }) {
  const m = useMessages(dirMessages);
  const fmt = useFormat();
  const { person, history, facts } = page;
  const time = (t: Time) =>
    t
      ? m('duration', { y: fmt.number(t.years, 0), m: fmt.number(t.months, 0), d: fmt.number(t.days, 0) })
      : '–';
  const name = [person.title, person.firstName, person.lastName].filter(Boolean).join(' ');
  return (
    <section className="wf-page" data-testid="wf-person" data-person={person.personNo}>
      <h1 data-testid="wf-person-name">{name}</h1>
      <dl className="wf-facts">
        <dt>{m('colNo')}</dt>
        <dd>{fmt.digits(person.personNo)}</dd>
        <dt>{m('colStaffType')}</dt>
        <dd>{person.staffType}</dd>
        <dt>{m('unitNow')}</dt>
        <dd>{person.unitName ?? '–'}</dd>
        <dt>{m('nationalId')}</dt>
        <dd>{person.nationalId ?? '–'}</dd>
        <dt>{m('birthYear')}</dt>
        <dd>{fmt.digits(person.birthYear)}</dd>
        <dt>{m('entry')}</dt>
        <dd>{person.entryDate ? fmt.date(person.entryDate) : '–'}</dd>
        {person.exitDate && (
          <>
            <dt>{m('exit')}</dt>
            <dd>
              {fmt.date(person.exitDate)} {person.exitReason ?? ''}
            </dd>
          </>
        )}
      </dl>
      <h2>{m('facts')}</h2>
      <dl className="wf-facts" data-testid="wf-person-facts">
        <dt>{m('retirementFy')}</dt>
        <dd data-testid="wf-retirement-fy">{fmt.digits(facts.retirementFiscalYear)}</dd>
        <dt>{m('currentLevel')}</dt>
        <dd>
          {facts.currentLevel
            ? `${facts.currentLevel.positionType} ${facts.currentLevel.level} (${fmt.date(facts.currentLevel.since)})`
            : '–'}
        </dd>
        <dt>{m('timeInLevel')}</dt>
        <dd>
          {time(facts.timeInLevel)} ({m('timeInLevelActing')} {time(facts.timeInLevelWithActing)})
        </dd>
        <dt>{m('timeInTitle')}</dt>
        <dd>{time(facts.timeInTitle)}</dd>
        <dt>{m('offices')}</dt>
        <dd>{fmt.number(facts.districtOfficesServed, 0)}</dd>
        <dt>{m('sections')}</dt>
        <dd>
          {fmt.number(facts.sectionsOverseen.sections, 0)}
          {facts.sectionsOverseen.kinds.length > 0 && ` (${facts.sectionsOverseen.kinds.join(', ')})`}
        </dd>
      </dl>
      <h2>{m('history')}</h2>
      <TableScroll label={m('history')}>
        <table className="data-table" data-testid="wf-history">
          <thead>
            <tr>
              <th scope="col">{m('colFrom')}</th>
              <th scope="col">{m('colTo')}</th>
              <th scope="col">{m('colRole')}</th>
              <th scope="col">{m('colTitle')}</th>
              <th scope="col">{m('colUnitByLaw')}</th>
              <th scope="col">{m('colWorkUnit')}</th>
              <th scope="col">{m('colOrder')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h, i) => (
              <tr key={`${h.fromDate}-${h.role}-${i}`}>
                <td>{fmt.date(h.fromDate)}</td>
                <td>{h.toDate ? fmt.date(h.toDate) : m('present')}</td>
                <td>{m(`role_${h.role}`)}</td>
                <td>
                  {h.title} {h.level}
                  {h.positionNo ? ` (${fmt.digits(h.positionNo)})` : ''}
                </td>
                <td>{h.section ? `${h.unitName} · ${h.section}` : h.unitName}</td>
                <td>{h.workUnitName ?? h.unitName}</td>
                <td>{h.orderRef ? fmt.digits(h.orderRef) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

export function PersonPageView() {
  const { personNo = '' } = useParams();
  const { data, error } = useApiData<PersonPage>(`/api/workforce/people/${encodeURIComponent(personNo)}`);
  if (error) return <ErrorNotice error={error} testId="wf-person-error" />;
  if (!data) return <Loading />;
  return <PersonBody page={data} />;
}

/** A staff user's own record. */
export function MyRecordPage() {
  const { data, error } = useApiData<PersonPage>('/api/workforce/me');
  if (error) return <ErrorNotice error={error} testId="wf-person-error" />;
  if (!data) return <Loading />;
  return <PersonBody page={data} />;
}
