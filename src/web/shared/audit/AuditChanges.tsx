import { useAuditLabels } from './labels';
import './audit.css';

const asRecord = (value: unknown): Record<string, unknown> =>
  value === null || value === undefined
    ? {}
    : typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : { value };

/**
 * One audit row's before and after, field by field. When both sides are there, only the fields that
 * differ are listed (a replaced monthly report carries its whole row on both sides).
 */
export function AuditChanges({
  entity,
  before,
  after,
  unitNames,
}: {
  /** The record type (table): a value's word may depend on it (a problem's 'closed' is not a unit's). */
  entity?: string;
  before: unknown;
  after: unknown;
  unitNames?: ReadonlyMap<number, string>;
}) {
  const labels = useAuditLabels(unitNames);
  const { m } = labels;
  const old = asRecord(before);
  const now = asRecord(after);
  const both = before != null && after != null;
  const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
    (key) => !both || JSON.stringify(old[key]) !== JSON.stringify(now[key]),
  );
  if (keys.length === 0) return <span className="muted">{m('noChanges')}</span>;
  return (
    <table className="audit-changes">
      <thead>
        <tr>
          <th scope="col">{m('field')}</th>
          <th scope="col">{m('before')}</th>
          <th scope="col">{m('after')}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key} data-field={key}>
            <th scope="row">{labels.field(key)}</th>
            <td className="audit-changes__before">{labels.value(key, old[key], entity)}</td>
            <td className="audit-changes__after">{labels.value(key, now[key], entity)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
