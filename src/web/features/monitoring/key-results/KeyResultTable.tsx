import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { KeyResultView } from '../../../../shared/api/monitoring/key-results';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { TableScroll } from '../../../shared/ui/Notice';
import { barWidth, decimalText, directionText, krPeriodText, targetText } from './format';
import { krMessages } from './messages';

/**
 * The key results of a target: indicator, baseline, target, the latest actual, achievement capped to
 * 0–100 % (with a bar) and uncapped, the trend and the projects serving it. Used by the key results page
 * and the target page; `actions` adds the central office's buttons.
 */
export function KeyResultTable({
  keyResults,
  caption,
  actions,
  testId,
}: {
  keyResults: KeyResultView[];
  caption: string;
  actions?: (kr: KeyResultView) => ReactNode;
  testId?: string;
}) {
  const m = useMessages(krMessages);
  const fmt = useFormat();
  const quarter = (vars: { q: string; year: string }) => m('quarter', vars);

  return (
    <TableScroll label={caption}>
      <table className="data-table kr-table" data-testid={testId ?? 'kr-table'}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m('colNo')}</th>
            <th scope="col">{m('colIndicator')}</th>
            <th scope="col" className="num">
              {m('colBaseline')}
            </th>
            <th scope="col" className="num">
              {m('colTarget')}
            </th>
            <th scope="col" className="num">
              {m('colLatest')}
            </th>
            <th scope="col">{m('colAchievement')}</th>
            <th scope="col" className="nowrap">
              {m('colTrend')}
            </th>
            <th scope="col">{m('colProjects')}</th>
          </tr>
        </thead>
        <tbody>
          {keyResults.map((kr) => {
            const latest = kr.latest;
            return (
              <tr
                key={kr.id}
                data-kr={`${kr.targetNo}.${kr.no}`}
                data-met={latest ? String(latest.met) : 'none'}
                className={latest && !latest.met ? 'kr-row--below' : undefined}
              >
                <th scope="row" className="nowrap">
                  {fmt.digits(m('krLabel', { target: kr.targetNo, no: kr.no }))}
                </th>
                <td className="kr-table__indicator">
                  <span>{kr.indicator}</span>
                  <span className="kr-table__meta">
                    {kr.unit ? `${kr.unit} · ` : ''}
                    {directionText(fmt.lang, kr.direction)}
                  </span>
                  {actions && <span className="kr-table__actions no-print">{actions(kr)}</span>}
                </td>
                <td className="num">{decimalText(fmt, kr.baseline)}</td>
                <td className="num">{targetText(fmt, kr)}</td>
                <td className="num">
                  {latest ? (
                    <>
                      {decimalText(fmt, latest.value)}
                      <span className="kr-table__meta">
                        {krPeriodText(fmt, latest.granularity, latest.period, quarter)}
                      </span>
                    </>
                  ) : (
                    <span className="muted">{m('noActual')}</span>
                  )}
                </td>
                <td className="kr-table__achievement" data-testid="kr-achievement">
                  {latest ? (
                    <>
                      <span className="kr-bar" aria-hidden="true">
                        <span
                          className={`kr-bar__fill${latest.met ? ' kr-bar__fill--met' : ''}`}
                          style={{ width: barWidth(latest.cappedPct) }}
                        />
                      </span>
                      <span className="kr-table__pct">{decimalText(fmt, latest.cappedPct)}</span>
                      <span className={`kr-badge kr-badge--${latest.met ? 'met' : 'below'}`}>
                        {m(latest.met ? 'met' : 'belowTarget')}
                      </span>
                      <span className="kr-table__meta" data-testid="kr-uncapped">
                        {m('uncapped', { pct: decimalText(fmt, latest.pct) })}
                      </span>
                    </>
                  ) : (
                    '–'
                  )}
                </td>
                <td className="nowrap">{m(kr.trend ? `trend.${kr.trend}` : 'trend.none')}</td>
                <td className="kr-table__projects">
                  {kr.projects.length === 0 ? (
                    <span className="muted">{m('noProjects')}</span>
                  ) : (
                    <span title={kr.projects.map((p) => `${p.code} ${p.name}`).join('\n')}>
                      {kr.projects.map((p, i) => (
                        <span key={p.id} className="nowrap">
                          {i > 0 && ', '}
                          <Link to={`/projects/${p.id}`}>{p.code}</Link>
                        </span>
                      ))}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
