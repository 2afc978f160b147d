import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyResultView } from '../../../../shared/api/monitoring/key-results';
import type { ProjectListItem } from '../../../../shared/api/monitoring/plans';
import { ApiError, apiRequest } from '../../../shared/api/client';
import { useApiData } from '../../../shared/api/useApiData';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/Notice';
import { krMessages } from './messages';

const byCode = new Intl.Collator('en', { numeric: true });

/** Chooses the projects serving a key result (projects of the plan running in its fiscal year). */
export function ProjectLinksEditor({
  keyResult,
  onSaved,
  onClose,
}: {
  keyResult: KeyResultView;
  onSaved: () => void;
  onClose: () => void;
}) {
  const m = useMessages(krMessages);
  const fmt = useFormat();
  const projects = useApiData<ProjectListItem[]>('/api/projects', {
    plan: keyResult.planCode,
    fiscalYear: keyResult.fiscalYear,
  });
  const [chosen, setChosen] = useState(() => new Set(keyResult.projects.map((p) => p.id)));
  const [filter, setFilter] = useState('');
  const [failure, setFailure] = useState<ApiError>();
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const shown = useMemo(() => {
    const words = filter.trim().toLowerCase();
    return [...(projects.data ?? [])]
      .sort((a, b) => byCode.compare(a.code, b.code))
      .filter((p) => !words || `${p.code} ${p.name}`.toLowerCase().includes(words));
  }, [projects.data, filter]);

  const toggle = (id: number) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const save = async () => {
    setSaving(true);
    setFailure(undefined);
    try {
      await apiRequest(`/api/key-results/${keyResult.id}/projects`, {
        method: 'PUT',
        body: { projectIds: [...chosen] },
      });
      onSaved();
    } catch (cause) {
      if (cause instanceof ApiError) {
        setFailure(cause);
        setConflict(cause.status === 409);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="kr-panel" data-testid="kr-links" aria-labelledby="kr-links-heading">
      <h3 id="kr-links-heading" ref={heading} tabIndex={-1}>
        {m('linksTitle', { kr: fmt.digits(m('krLabel', { target: keyResult.targetNo, no: keyResult.no })) })}
      </h3>
      <p className="kr-panel__what">{keyResult.indicator}</p>
      <p className="muted">{m('linksHint')}</p>
      {conflict && <Notice tone="warning">{m('conflict')}</Notice>}
      <ErrorNotice error={failure ?? projects.error} />
      <label className="inline-field">
        <span>{m('filter')}</span>
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </label>
      <p className="muted">{m('selected', { count: fmt.number(chosen.size) })}</p>
      {!projects.data && !projects.error && <Loading />}
      <ul className="kr-links__list">
        {shown.map((p) => (
          <li key={p.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(p.id)}
                onChange={() => toggle(p.id)}
                data-testid={`kr-link-${p.code}`}
              />
              <span className="code">{p.code}</span> {p.name}
            </label>
          </li>
        ))}
      </ul>
      <div className="kr-panel__buttons">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void save()}
          disabled={saving}
          data-testid="kr-links-save"
        >
          {m('save')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {m('cancel')}
        </button>
      </div>
    </section>
  );
}
