import { useMemo } from 'react';
import { ON_TIME_BANDS, onTimeBand } from '../../../../domain/monitoring/timeliness';
import type { TimelinessCounts, TimelinessResponse } from '../../../../shared/api/monitoring/timeliness';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { TableScroll } from '../../../shared/ui/Notice';
import { shortPeriod } from './labels';
import { messages } from './messages';
import { MissingCount } from './MissingCount';
import type { MissingSelection } from './useMissingReports';

const thai = new Intl.Collator('th');

/** Agencies (Thai name order) × months: "on time / expected" in each cell, coloured by on-time rate. */
export function TimelinessGrid({
  data,
  onShowMissing,
}: {
  data: TimelinessResponse;
  onShowMissing: (selection: MissingSelection) => void;
}) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const rows = useMemo(
    () => [...data.agencies].sort((a, b) => thai.compare(a.unit.name, b.unit.name)),
    [data.agencies],
  );

  const cell = (
    counts: TimelinessCounts,
    unit: { id: number; name: string } | null,
    period: string,
    testId: string,
  ) => {
    const agency = unit?.name ?? t('allAgencies');
    const month = fmt.period(period);
    const band = onTimeBand(counts);
    // the cell's meaning in words for a screen reader (a title or a span's aria-label is not read reliably);
    // the short figures beside it are for the eye
    const explained =
      counts.expected === 0
        ? `${agency} ${month}: ${t('noneExpected')}`
        : t('cellTitle', {
            agency,
            month,
            expected: counts.expected,
            onTime: counts.onTime,
            late: counts.late,
            missing: counts.missing,
          });
    return (
      <td
        key={period}
        className={`timeliness-cell timeliness-band--${band}`}
        data-testid={testId}
        data-band={band}
        title={explained}
      >
        <span className="visually-hidden">{explained}</span>
        {counts.expected === 0 ? (
          <span className="timeliness-cell__main" aria-hidden="true">
            –
          </span>
        ) : (
          <>
            <span className="timeliness-cell__main" aria-hidden="true">
              {fmt.number(counts.onTime)}/{fmt.number(counts.expected)}
            </span>
            {counts.late > 0 && (
              <span className="timeliness-cell__note" aria-hidden="true">
                {t('cellLate', { n: fmt.number(counts.late) })}
              </span>
            )}
            {counts.missing > 0 && (
              <span className="timeliness-cell__note">
                <MissingCount
                  count={counts.missing}
                  unitId={unit?.id ?? null}
                  what={`${agency} ${month}`}
                  label={t('cellMissing', { n: fmt.number(counts.missing) })}
                  onShow={() => onShowMissing({ unitId: unit?.id ?? null, period })}
                  testId={`${testId}-missing`}
                />
              </span>
            )}
          </>
        )}
      </td>
    );
  };

  return (
    <>
      <TableScroll label={t('gridCaption')}>
        <table className="data-table timeliness-grid" data-testid="timeliness-grid">
          <caption>{t('gridCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agency')}</th>
              {data.months.map((m) => (
                <th
                  scope="col"
                  key={m.period}
                  className="timeliness-grid__month"
                  title={fmt.period(m.period)}
                >
                  {shortPeriod(fmt, m.period)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((agency) => (
              <tr key={agency.unit.id} data-unit={agency.unit.code}>
                <th scope="row">{agency.unit.name}</th>
                {agency.months.map((m) =>
                  cell(m, agency.unit, m.period, `timeliness-cell-${agency.unit.id}-${m.period}`),
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('total')}</th>
              {data.months.map((m) => cell(m, null, m.period, `timeliness-cell-all-${m.period}`))}
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <Legend />
    </>
  );
}

function Legend() {
  const t = useMessages(messages);
  const fmt = useFormat();
  const bands = [...ON_TIME_BANDS].reverse();
  return (
    <div className="timeliness-legend" data-testid="timeliness-legend">
      <span className="timeliness-legend__title">{t('legend')}:</span>
      <ul>
        {bands.map((band) => (
          <li key={band}>
            <span className={`timeliness-swatch timeliness-band--${band}`} aria-hidden="true" />
            {fmt.digits(t(`band.${band}`))}
          </li>
        ))}
      </ul>
    </div>
  );
}
