import { Link } from 'react-router';
import type { PlanTree, ProjectListItem } from '../../../../shared/api/monitoring/plans';
import { useFormat } from '../../../shared/format/useFormat';
import { useT } from '../../../shared/i18n/useT';
import { StatusBadge } from '../shared/StatusBadge';

type Target = PlanTree['targets'][number];
type Strategy = Target['strategies'][number];

export function TargetBranch({ target, defaultOpen }: { target: Target; defaultOpen: boolean }) {
  const { t } = useT();
  const fmt = useFormat();
  const count = target.strategies.reduce((n, s) => n + s.projects.length, 0);
  return (
    <li className="plan-tree__target" data-testid={`plan-target-${target.no}`}>
      <details open={defaultOpen}>
        <summary>
          <span className="plan-tree__label">{t('summary.targetColumn', { no: fmt.digits(target.no) })}</span>{' '}
          {target.name} <span className="count">({t('plan.projectCount', { count })})</span>
        </summary>
        {target.valueDelivered && (
          <p className="plan-tree__note">
            <strong>{t('plan.valueDelivered')}:</strong> {target.valueDelivered}
          </p>
        )}
        <ul>
          {target.strategies.map((strategy) => (
            <StrategyBranch key={strategy.id} strategy={strategy} defaultOpen={defaultOpen} />
          ))}
        </ul>
      </details>
    </li>
  );
}

function StrategyBranch({ strategy, defaultOpen }: { strategy: Strategy; defaultOpen: boolean }) {
  const { t } = useT();
  const fmt = useFormat();
  return (
    <li className="plan-tree__strategy">
      <details open={defaultOpen}>
        <summary>
          <span className="plan-tree__label">{t('plan.strategy', { no: fmt.digits(strategy.no) })}</span>{' '}
          {strategy.name}{' '}
          <span className="count">({t('plan.projectCount', { count: strategy.projects.length })})</span>
        </summary>
        {strategy.kpi && (
          <p className="plan-tree__note">
            <strong>{t('plan.strategyKpi')}:</strong> {strategy.kpi}
          </p>
        )}
        {strategy.projects.length === 0 ? (
          <p className="plan-tree__note muted">{t('plan.noProjects')}</p>
        ) : (
          <ul className="plan-tree__projects">
            {strategy.projects.map((project) => (
              <ProjectLeaf key={project.id} project={project} />
            ))}
          </ul>
        )}
      </details>
    </li>
  );
}

function ProjectLeaf({ project }: { project: ProjectListItem }) {
  const { t } = useT();
  const fmt = useFormat();
  const report = project.latestReport;
  return (
    <li className="plan-tree__project">
      <Link to={`/projects/${project.id}`}>
        <span className="code">{project.code}</span> {project.name}
      </Link>
      <span className="plan-tree__meta">
        <span className="muted">{project.ownerUnit?.name ?? t('project.noOwner')}</span>
        <StatusBadge status={report?.status ?? null} />
        {report && <span className="muted">{fmt.period(report.period)}</span>}
      </span>
    </li>
  );
}
