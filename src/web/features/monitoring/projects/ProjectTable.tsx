import { Link } from 'react-router';
import type { ProjectListItem } from '../../../../shared/api/monitoring/plans';
import { useFormat } from '../../../shared/format/useFormat';
import { useT } from '../../../shared/i18n/useT';
import { TableScroll } from '../../../shared/ui/Notice';
import { StatusBadge } from '../shared/StatusBadge';

export function ProjectTable({ projects, busy }: { projects: ProjectListItem[]; busy: boolean }) {
  const { t } = useT();
  const fmt = useFormat();
  if (projects.length === 0) return <p className="empty">{t('projects.none')}</p>;
  return (
    <TableScroll label={t('projects.title')}>
      <table className="data-table project-table" data-testid="project-table" aria-busy={busy}>
        <thead>
          <tr>
            <th scope="col">{t('projects.code')}</th>
            <th scope="col">{t('projects.name')}</th>
            <th scope="col">{t('projects.targetStrategy')}</th>
            <th scope="col">{t('projects.owner')}</th>
            <th scope="col">{t('projects.latestReport')}</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => {
            const report = project.latestReport;
            return (
              <tr key={project.id} data-project={project.code}>
                <td className="code">{project.code}</td>
                <td>
                  <Link to={`/projects/${project.id}`} data-testid="project-link">
                    {project.name}
                  </Link>
                </td>
                <td className="nowrap">
                  {project.targetNo} / {project.strategyNo}
                </td>
                <td>
                  {/* The list holds only projects the reader may see, so their owner's page opens too. */}
                  {project.ownerUnit ? (
                    <Link to={`/agencies/${encodeURIComponent(project.ownerUnit.code)}`}>
                      {project.ownerUnit.name}
                    </Link>
                  ) : (
                    <span className="muted">{t('project.noOwner')}</span>
                  )}
                </td>
                <td className="latest-report">
                  <StatusBadge status={report?.status ?? null} />
                  {report && (
                    <span className="muted">
                      {' '}
                      {fmt.period(report.period)}
                      {report.percent !== null && ` · ${fmt.number(report.percent)}%`}
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
