import { Link, useParams } from 'react-router';
import type { ProjectDetail } from '../../../../shared/api/monitoring/plans';
import { useApiData } from '../../../shared/api/useApiData';
import { AuditTrail } from '../../../shared/audit/AuditTrail';
import { useT } from '../../../shared/i18n/useT';
import { ErrorNotice, Loading } from '../../../shared/ui/Notice';
import { StatusBadge } from '../shared/StatusBadge';
import { ProjectDetails } from './ProjectDetails';
import { ReportForm } from './ReportForm';
import { ReportHistory } from './ReportHistory';
import './project.css';

/** One project: its details, its monthly reports, and (for its reporters) the report form. */
export function ProjectPage() {
  const { t } = useT();
  const { id } = useParams();
  const valid = id !== undefined && /^\d+$/.test(id);
  const project = useApiData<ProjectDetail>(valid ? `/api/projects/${id}` : null);

  if (!valid) return <p>{t('project.notFound')}</p>;
  // After following a link to another project, the previous one's data stays until the new one arrives.
  const data = project.data?.id === Number(id) ? project.data : undefined;
  if (project.error && !data) return <ErrorNotice error={project.error} />;
  if (!data) return <Loading />;

  return (
    <article className="project-page" data-testid="project-page">
      <p className="breadcrumb">
        <Link to={`/projects?plan=${encodeURIComponent(data.planCode)}`}>{t('projects.title')}</Link> ›{' '}
        <span className="code">{data.code}</span>
      </p>
      <h1>
        <span className="code">{data.code}</span> {data.name}
      </h1>
      <p>
        {t('project.latestStatus')}: <StatusBadge status={data.latestReport?.status ?? null} />
      </p>
      <ProjectDetails project={data} />
      {data.abilities.report && <ReportForm key={data.id} project={data} onSaved={project.reload} />}
      <ReportHistory reports={data.reports} />
      <AuditTrail entity="project" entityId={data.id} />
    </article>
  );
}
