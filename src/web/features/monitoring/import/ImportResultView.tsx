import type { ImportResult } from '../../../../shared/api/monitoring/plans';
import type { FieldIssue } from '../../../../shared/messages';
import type { MessageKey } from '../../../shared/i18n/dictionary.th';
import { useT } from '../../../shared/i18n/useT';
import { Notice } from '../../../shared/ui/Notice';

/** The server counts records by table name. */
const RECORD_KEYS: Record<string, MessageKey> = {
  plan: 'import.kind.plans',
  strategic_target: 'import.kind.targets',
  strategy: 'import.kind.strategies',
  project: 'import.kind.projects',
  monthly_report: 'import.kind.reports',
  org_unit: 'import.kind.units',
};

/** "แถว 3 คอลัมน์ period: …" / "Row 3, column period: …" */
export function IssueList({ issues }: { issues: FieldIssue[] }) {
  const { t, lang } = useT();
  if (issues.length === 0) return null;
  return (
    <ol className="issue-list" data-testid="import-issues">
      {issues.map((issue, i) => {
        const where =
          issue.row !== undefined
            ? t('import.rowColumn', { row: issue.row, column: issue.field })
            : issue.field
              ? t('import.column', { column: issue.field })
              : '';
        return (
          <li key={i}>
            {where && <strong>{where}: </strong>}
            {issue[lang] || issue.th}
          </li>
        );
      })}
    </ol>
  );
}

export function ImportSummary({ result }: { result: ImportResult }) {
  const { t } = useT();
  const label = (key: string) => (RECORD_KEYS[key] ? t(RECORD_KEYS[key]) : key);
  const keys = [...new Set([...Object.keys(result.created), ...Object.keys(result.updated)])];
  return (
    <div className="import-summary" data-testid="import-summary">
      <p>
        {t('import.rows', { rows: result.rows })}
        {result.planCode && ` · ${t('project.plan')} ${result.planCode}`}
      </p>
      {keys.length > 0 && (
        <table className="data-table import-counts">
          <thead>
            <tr>
              <th scope="col">{t('import.record')}</th>
              <th scope="col">{result.dryRun ? t('import.willCreate') : t('import.created')}</th>
              <th scope="col">{result.dryRun ? t('import.willUpdate') : t('import.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key}>
                <th scope="row">{label(key)}</th>
                <td className="num">{result.created[key] ?? 0}</td>
                <td className="num">{result.updated[key] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.newUnits.length > 0 && (
        <Notice tone="warning" testId="import-new-units">
          <p>{t(result.dryRun ? 'import.newUnits' : 'import.newUnitsCreated')}</p>
          <ul>
            {result.newUnits.map((unit) => (
              <li key={unit}>{unit}</li>
            ))}
          </ul>
        </Notice>
      )}
      {result.issues.length > 0 && <IssueList issues={result.issues} />}
    </div>
  );
}
