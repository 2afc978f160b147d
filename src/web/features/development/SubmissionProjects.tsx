import { useState } from 'react';
import type { SubmissionView, YearsView } from '../../../shared/api/development';
import { useFormat } from '../../shared/format/useFormat';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, TableScroll } from '../../shared/ui/Notice';
import { cycleMessages } from './cycle-messages';
import { ProjectForm } from './ProjectForm';
import { useAction } from './useAction';

/** The submission's projects as a table with their totals; edit and delete while the agency may. */
export function SubmissionProjects(props: {
  submission: SubmissionView;
  mayEdit: boolean;
  strategies: YearsView['hrdPlans'][number]['strategies'];
  done: () => void;
}) {
  const m = useMessages(cycleMessages);
  const f = useFormat();
  const [editing, setEditing] = useState<number | null>(null);
  const remove = useAction(props.done);
  const s = props.submission;
  const base = `/api/development/years/${s.fiscalYear}/projects`;
  const project = s.projects.find((p) => p.id === editing);
  return (
    <>
      <TableScroll label={m('projects')}>
        <table className="compact" data-testid="submission-projects">
          <thead>
            <tr>
              <th scope="col">{m('code')}</th>
              <th scope="col">{m('name')}</th>
              <th scope="col">{m('strategy')}</th>
              <th scope="col">{m('participants')}</th>
              <th scope="col">{m('budget')}</th>
              <th scope="col">{m('source')}</th>
              {props.mayEdit && <th scope="col" />}
            </tr>
          </thead>
          <tbody>
            {s.projects.map((p) => (
              <tr key={p.id} data-testid={`project-row-${p.projectCode}`}>
                <td>{p.projectCode}</td>
                <th scope="row">{p.projectName}</th>
                <td>{f.digits(p.strategyNo)}</td>
                <td>{f.number(p.participants)}</td>
                <td>{f.baht(p.budget)}</td>
                <td>{m(`source_${p.budgetSource}`)}</td>
                {props.mayEdit && (
                  <td>
                    <button type="button" onClick={() => setEditing(p.id)} data-testid="project-edit">
                      {m('edit')}
                    </button>{' '}
                    <button
                      type="button"
                      data-testid="project-delete"
                      disabled={remove.busy}
                      onClick={() => {
                        if (window.confirm(m('confirmDelete')))
                          void remove.send(`${base}/${p.id}`, {
                            method: 'DELETE',
                            query: { version: p.version },
                          });
                      }}
                    >
                      {m('delete')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
            <tr>
              <th scope="row" colSpan={3}>
                {m('total')}
              </th>
              <td data-testid="submission-participants">{f.number(s.totals.participants)}</td>
              <td data-testid="submission-budget">{f.baht(s.totals.budget)}</td>
              <td colSpan={props.mayEdit ? 2 : 1} />
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <ErrorNotice error={remove.error} />
      {project && props.mayEdit && (
        <ProjectForm
          key={project.id}
          url={`${base}/${project.id}`}
          method="PATCH"
          project={project}
          strategies={props.strategies}
          done={() => {
            setEditing(null);
            props.done();
          }}
          cancel={() => setEditing(null)}
        />
      )}
    </>
  );
}
