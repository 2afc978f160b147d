import { Link } from 'react-router';
import {
  PROBLEM_CATEGORY_LABEL,
  PROBLEM_SEVERITY_LABEL,
  PROBLEM_STATUS_LABEL,
} from '../../../../domain/monitoring/attention-flags';
import type { ProblemView } from '../../../../shared/api/monitoring/follow-up';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { pick, useT } from '../../../shared/i18n/useT';
import { TableScroll } from '../../../shared/ui/Notice';
import { problemsMessages } from './messages';
import { ProblemHistory } from './ProblemHistory';

interface Props {
  problems: ProblemView[];
  busy: boolean;
  editingId: number | null;
  onEdit: (problem: ProblemView) => void;
}

export function ProblemTable({ problems, busy, editingId, onEdit }: Props) {
  const m = useMessages(problemsMessages);
  const { lang } = useT();
  const fmt = useFormat();
  if (problems.length === 0) return <p className="empty">{m('none')}</p>;
  const unset = <span className="muted">{m('unclassified')}</span>;
  return (
    <TableScroll label={m('title')}>
      <table className="data-table problem-table" data-testid="problems-table" aria-busy={busy}>
        <thead>
          <tr>
            <th scope="col">{m('col.month')}</th>
            <th scope="col">{m('col.project')}</th>
            <th scope="col">{m('col.problem')}</th>
            <th scope="col">{m('col.class')}</th>
            <th scope="col">{m('col.actor')}</th>
            <th scope="col">{m('col.due')}</th>
            <th scope="col">{m('col.status')}</th>
            <th scope="col">{m('col.resolution')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p) => {
            const classes = [p.overdue ? 'is-overdue' : '', editingId === p.id ? 'is-editing' : '']
              .filter(Boolean)
              .join(' ');
            return (
              <tr
                key={p.id}
                className={classes || undefined}
                data-testid={`problem-row-${p.id}`}
                data-project={p.project.code}
                data-overdue={p.overdue}
              >
                <td className="nowrap">{fmt.period(p.period)}</td>
                <td className="problem-table__project">
                  <span className="code">{p.project.code}</span>{' '}
                  <Link to={`/projects/${p.project.id}`}>{p.project.name}</Link>
                  <div className="muted problem-table__owner">{p.project.ownerUnit?.name ?? '–'}</div>
                </td>
                <td className="prose">
                  {p.description}
                  <ProblemHistory problem={p} />
                </td>
                <td className="problem-table__class">
                  <div>{p.category ? pick(PROBLEM_CATEGORY_LABEL[p.category], lang) : unset}</div>
                  {p.severity ? (
                    <span className={`severity severity--${p.severity}`}>
                      {pick(PROBLEM_SEVERITY_LABEL[p.severity], lang)}
                    </span>
                  ) : (
                    unset
                  )}
                </td>
                <td>
                  {p.actionUnit && <div>{p.actionUnit.name}</div>}
                  {p.actionBy && <div>{p.actionBy}</div>}
                  {!p.actionUnit && !p.actionBy && unset}
                </td>
                <td className="nowrap">
                  {p.dueDate ? fmt.date(p.dueDate) : <span className="muted">–</span>}
                  {p.overdue && (
                    <div>
                      <span className="overdue-tag">{m('overdue')}</span>
                    </div>
                  )}
                </td>
                <td className="problem-table__status">
                  <span className={`problem-status problem-status--${p.status}`}>
                    {pick(PROBLEM_STATUS_LABEL[p.status], lang)}
                  </span>
                  {p.abilities.updateStatus && (
                    <button
                      type="button"
                      className="button problem-table__edit"
                      onClick={() => onEdit(p)}
                      aria-label={m('editLabel', { code: p.project.code, month: fmt.period(p.period) })}
                      aria-expanded={editingId === p.id}
                      aria-controls={editingId === p.id ? 'problem-panel' : undefined}
                      data-testid={`problem-edit-${p.id}`}
                    >
                      {m('edit')}
                    </button>
                  )}
                </td>
                <td className="prose problem-table__resolution">
                  {p.resolution ?? <span className="muted">–</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
