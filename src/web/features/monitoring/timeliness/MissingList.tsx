import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { TimelinessResponse } from '../../../../shared/api/monitoring/timeliness';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { useSession } from '../../../shared/session/useSession';
import { ErrorNotice, Loading, TableScroll } from '../../../shared/ui/Notice';
import { shortPeriod } from './labels';
import { messages } from './messages';
import { useMissingReports, type MissingSelection } from './useMissingReports';

/** The reports still missing for an agency and/or a month, each a link to its project and its owner. */
export function MissingList({
  data,
  selection,
  onClose,
}: {
  data: TimelinessResponse;
  selection: MissingSelection;
  onClose: () => void;
}) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { user } = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  const { periods, projects, error } = useMissingReports(data, selection);

  const agency =
    selection.unitId === null
      ? t('allAgencies')
      : (data.agencies.find((a) => a.unit.id === selection.unitId)?.unit.name ?? '');
  const months = selection.period
    ? fmt.period(selection.period)
    : data.from && data.to
      ? t('range', { from: fmt.period(data.from), to: fmt.period(data.to) })
      : '';
  const deadline = selection.period ? data.months.find((m) => m.period === selection.period)?.deadline : null;
  const severalMonths = selection.period === null;

  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selection.unitId, selection.period]);

  return (
    <section className="card timeliness-missing" data-testid="timeliness-missing-list" aria-busy={!projects}>
      <div className="timeliness-missing__head">
        <h2 ref={heading} tabIndex={-1}>
          {t('missingTitle')}
          <span className="timeliness-missing__what">
            {t('missingOf', { agency, months })}
            {deadline && ` (${t('deadline', { date: fmt.date(deadline) })})`}
          </span>
        </h2>
        <button
          type="button"
          className="button button--quiet"
          onClick={onClose}
          data-testid="timeliness-close-missing"
        >
          ✕ {t('close')}
        </button>
      </div>
      <ErrorNotice error={error} />
      {!projects && !error && <Loading />}
      {projects && projects.length === 0 && <p className="empty">{t('missingNone')}</p>}
      {projects && projects.length > 0 && (
        <TableScroll label={t('missingTitle')}>
          <table className="data-table timeliness-missing__table">
            <thead>
              <tr>
                <th scope="col">{t('project')}</th>
                <th scope="col">{t('owner')}</th>
                {severalMonths && periods.length > 0 && <th scope="col">{t('missingMonths')}</th>}
              </tr>
            </thead>
            <tbody>
              {projects.map(({ report, periods: missingIn }) => (
                <tr key={report.projectId} data-testid={`timeliness-missing-${report.projectId}`}>
                  <td>
                    <span className="code">{report.projectCode}</span>{' '}
                    <Link to={`/projects/${report.projectId}`}>{report.projectName}</Link>
                  </td>
                  <td>
                    <span className="timeliness-missing__unit">{report.unit.name}</span>
                    <span className="timeliness-missing__people">
                      {report.focalPoints.length > 0 ? (
                        `${t('focalPoints')}: ${report.focalPoints.join(', ')}`
                      ) : (
                        <span className="muted">{t('noFocalPoint')}</span>
                      )}
                    </span>
                  </td>
                  {severalMonths && periods.length > 0 && (
                    <td>{missingIn.map((p) => shortPeriod(fmt, p)).join(', ')}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {(user?.role === 'focal_point' || user?.role === 'approver') && (
        <p className="muted timeliness-missing__scope">{t('ownUnitOnly')}</p>
      )}
    </section>
  );
}
