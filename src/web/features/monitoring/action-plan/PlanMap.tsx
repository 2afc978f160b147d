import type { ActionPlanProject, ActionPlanResponse } from '../../../../shared/api/monitoring/action-plan';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { decimalText } from '../key-results';
import { PriorityBadge } from './GanttTable';
import type { TargetGroup } from './grouping';
import { apMessages } from './messages';

type KeyResultRef = ActionPlanResponse['keyResults'][number];

/** The map the committee asked for (Map Out): target → strategy → project → the key results it serves. */
export function PlanMap({
  plan,
  groups,
  keyResultLabel,
}: {
  plan: ActionPlanResponse;
  groups: TargetGroup[];
  keyResultLabel: (id: number) => string;
}) {
  const m = useMessages(apMessages);
  const fmt = useFormat();
  const byId = new Map(plan.keyResults.map((kr) => [kr.id, kr]));

  const chip = (kr: KeyResultRef) => (
    <span
      key={kr.id}
      className={`ap-kr-chip ap-kr-chip--${kr.met === null ? 'none' : kr.met ? 'met' : 'below'}`}
      title={kr.indicator}
    >
      {keyResultLabel(kr.id)}
      {kr.latestCappedPct !== null && ` · ${decimalText(fmt, kr.latestCappedPct)}%`}
    </span>
  );

  const project = (p: ActionPlanProject, shared: boolean) => {
    const served = p.keyResultIds.map((id) => byId.get(id)).filter((kr): kr is KeyResultRef => !!kr);
    return (
      <li key={`${shared ? 's' : 'o'}-${p.id}`} className="ap-map__project" data-project={p.code}>
        <span className="ap-map__label">
          <span className="code">{p.code}</span> {p.name}
          {shared && <span className="ap-shared"> {m('shared')}</span>}{' '}
          <PriorityBadge priority={p.yearPlan?.priority} />
        </span>
        <span className="ap-map__serves">
          {served.length === 0 ? (
            <span className="muted">{m('mapServesNone')}</span>
          ) : (
            <>
              <span className="muted">{m('mapServes')}:</span> {served.map(chip)}
            </>
          )}
        </span>
      </li>
    );
  };

  return (
    <div className="ap-map" data-testid="ap-map">
      <p className="muted">{m('mapIntro')}</p>
      {groups.map((group) => {
        const targetKrs = plan.keyResults.filter((kr) => kr.targetNo === group.no);
        return (
          <section key={group.id} className="ap-map__target" data-target={group.no}>
            <h2>
              {m('target', { no: fmt.digits(group.no) })} {group.name}
            </h2>
            <div className="ap-map__krs">
              <strong>{m('mapKeyResults')}:</strong>{' '}
              {targetKrs.length === 0 ? (
                <span className="muted">{m('mapNoKeyResults')}</span>
              ) : (
                <ul>
                  {targetKrs.map((kr) => (
                    <li key={kr.id}>
                      {chip(kr)} {kr.indicator}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <ul className="ap-map__tree">
              {group.strategies.map((strategy) => (
                <li key={strategy.id} className="ap-map__strategy">
                  <span className="ap-map__label">
                    <strong>{m('strategy', { no: fmt.digits(strategy.no) })}</strong> {strategy.name}
                  </span>
                  <ul>{strategy.projects.map((p) => project(p, false))}</ul>
                </li>
              ))}
              {group.shared.length > 0 && (
                <li className="ap-map__strategy ap-map__strategy--shared">
                  <span className="ap-map__label">
                    <strong>{m('sharedHeading')}</strong>
                  </span>
                  <ul>{group.shared.map((p) => project(p, true))}</ul>
                </li>
              )}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
