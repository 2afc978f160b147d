import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { ProjectDetail } from '../../../../shared/api/monitoring/plans';
import { useFormat } from '../../../shared/format/useFormat';
import { useT } from '../../../shared/i18n/useT';

export function ProjectDetails({ project }: { project: ProjectDetail }) {
  const { t } = useT();
  const fmt = useFormat();
  const none = <span className="muted">–</span>;
  const years =
    project.fiscalYearFrom === project.fiscalYearTo
      ? `${project.fiscalYearFrom}`
      : `${project.fiscalYearFrom}–${project.fiscalYearTo}`;
  const dates =
    project.startDate || project.endDate
      ? `${project.startDate ? fmt.date(project.startDate) : '…'} – ${project.endDate ? fmt.date(project.endDate) : '…'}`
      : null;
  const kpiTarget =
    project.kpiTarget !== null ? `${fmt.number(project.kpiTarget, 4)} ${project.kpiUnit ?? ''}`.trim() : null;

  const rows: [string, ReactNode][] = [
    [t('project.plan'), project.planCode],
    [t('projects.target'), `${project.targetNo}. ${project.targetName}`],
    [t('project.strategy'), `${project.strategyNo} ${project.strategyName}`],
    [t('projects.owner'), project.ownerUnit?.name ?? t('project.noOwner')],
    [t('projects.fiscalYear'), years],
    [t('project.dates'), dates ?? none],
    [t('project.budget'), project.budget !== null ? fmt.baht(project.budget) : none],
    [t('project.kpi'), project.kpi ?? none],
    [t('project.kpiTarget'), kpiTarget ?? none],
    [
      t('project.dependsOn'),
      project.dependsOn.length === 0 ? (
        none
      ) : (
        <ul className="plain-list">
          {project.dependsOn.map((p) => (
            <li key={p.id}>
              <Link to={`/projects/${p.id}`}>
                <span className="code">{p.code}</span> {p.name}
              </Link>
            </li>
          ))}
        </ul>
      ),
    ],
    [
      t('project.extraTargets'),
      project.extraTargets.length === 0 ? (
        none
      ) : (
        <ul className="plain-list">
          {project.extraTargets.map((target) => (
            <li key={target.no}>
              {target.no}. {target.name}
            </li>
          ))}
        </ul>
      ),
    ],
  ];

  return (
    <section className="card">
      <h2>{t('project.details')}</h2>
      <dl className="details" data-testid="project-details">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
