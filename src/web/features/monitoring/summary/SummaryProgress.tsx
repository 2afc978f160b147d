import type { SummaryResponse } from '../../../../shared/api/monitoring/summary';
import { useFormat } from '../../../shared/format/useFormat';
import { useT } from '../../../shared/i18n/useT';
import { TableScroll } from '../../../shared/ui/Notice';

/** Progress ((completed + in progress) / all) per target and overall, with the level word. */
export function SummaryProgress({ summary }: { summary: SummaryResponse }) {
  const { t } = useT();
  const fmt = useFormat();
  const { overall } = summary;

  return (
    <>
      <p className="overall-progress" data-testid="summary-overall-progress">
        {t('summary.overallSentence', {
          level: fmt.level(overall.level),
          pct: fmt.number(overall.progressPct),
          total: fmt.number(overall.total),
          completed: fmt.number(overall.completed),
          inProgress: fmt.number(overall.inProgress),
        })}
      </p>
      <TableScroll label={t('summary.progressCaption')}>
        <table className="data-table progress-table" data-testid="summary-progress">
          <caption>{t('summary.progressCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summary.targetHeader')}</th>
              <th scope="col">{t('summary.progressPct')}</th>
              <th scope="col">{t('summary.level')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.targets.map((target) => (
              <tr key={target.no} data-target={target.no}>
                <th scope="row">
                  <span className="progress-table__no">
                    {t('summary.targetColumn', { no: fmt.digits(target.no) })}
                  </span>{' '}
                  <span className="progress-table__name">{target.name}</span>
                </th>
                <td className="num">{target.total === 0 ? '-' : fmt.number(target.progressPct)}</td>
                <td>
                  <LevelWord level={target.level} />
                </td>
              </tr>
            ))}
            <tr className="summary-table__total">
              <th scope="row">{t('summary.overallRow')}</th>
              <td className="num">{fmt.number(overall.progressPct)}</td>
              <td>
                <LevelWord level={overall.level} />
              </td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function LevelWord({ level }: { level: string | null }) {
  const fmt = useFormat();
  return <span className={`level level--${level === null ? 'none' : 'set'}`}>{fmt.level(level)}</span>;
}
