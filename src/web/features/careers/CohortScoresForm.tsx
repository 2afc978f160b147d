import { useState } from 'react';
import type { CohortImportResult, CohortView } from '../../../shared/api/careers';
import { ApiError, apiRequest } from '../../shared/api/client';
import { useMessages } from '../../shared/i18n/useMessages';
import { ImportNamed } from '../../shared/ui/ImportNamed';
import { ErrorNotice, Notice } from '../../shared/ui/Notice';
import { cohortMessages } from './cohort-messages';

type Cells = Record<string, Record<string, string>>;

const cellsOf = (cohort: CohortView): Cells =>
  Object.fromEntries(
    cohort.list.map((r) => [
      r.personNo ?? '',
      Object.fromEntries(cohort.components.map((c) => [c.code, r.scores[c.code]?.toString() ?? ''])),
    ]),
  );

/** Scores typed per member (a new member by person number) and the file import with its dry run. */
export function CohortScoresForm({ cohort, onSaved }: { cohort: CohortView; onSaved: () => void }) {
  const m = useMessages(cohortMessages);
  const [cells, setCells] = useState<Cells>(() => cellsOf(cohort));
  const [newNo, setNewNo] = useState('');
  const [dryRun, setDryRun] = useState(true);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState('');
  const [imported, setImported] = useState<CohortImportResult>();
  const run = async (work: () => Promise<string>) => {
    setError(undefined);
    setDone('');
    setImported(undefined);
    try {
      setDone(await work());
    } catch (cause) {
      if (cause instanceof ApiError) setError(cause);
      else throw cause;
    }
  };
  const save = () =>
    run(async () => {
      const rows = Object.entries(cells).map(([personNo, scores]) => ({
        personNo,
        scores: Object.fromEntries(
          Object.entries(scores).map(([k, v]) => [k, v.trim() === '' ? null : Number(v)]),
        ),
      }));
      await apiRequest(`/api/careers/cohorts/${cohort.id}/scores`, {
        method: 'PUT',
        body: { version: cohort.version, rows },
      });
      onSaved();
      return m('savedScores');
    });
  const upload = (file: File) =>
    run(async () => {
      const body = new FormData();
      body.append('file', file, file.name);
      const r = await apiRequest<CohortImportResult>(`/api/careers/cohorts/${cohort.id}/scores/import`, {
        method: 'POST',
        query: dryRun ? { dryRun: 'true' } : {},
        body,
      });
      if (!r.dryRun) onSaved();
      setImported(r);
      return m(r.dryRun ? 'importedDry' : 'imported', { rows: r.rows, added: r.added, updated: r.updated });
    });
  const set = (no: string, code: string, value: string) =>
    setCells({ ...cells, [no]: { ...cells[no], [code]: value } });
  return (
    <div className="card" data-testid="cohort-scores">
      <h2>{m('scores')}</h2>
      <p className="muted">{m('scoresIntro')}</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th>{m('personNo')}</th>
              {cohort.components.map((c) => (
                <th key={c.code}>{c.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Object.entries(cells).map(([no, scores]) => (
              <tr key={no}>
                <td>{no}</td>
                {cohort.components.map((c) => (
                  <td key={c.code}>
                    <input
                      type="number"
                      step="0.01"
                      min="0"
                      max="100"
                      aria-label={`${no} ${c.name}`}
                      value={scores[c.code] ?? ''}
                      onChange={(e) => set(no, c.code, e.target.value)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <label>
        {m('personNo')} <input value={newNo} onChange={(e) => setNewNo(e.target.value)} size={12} />
      </label>{' '}
      <button
        type="button"
        disabled={newNo.trim() === '' || newNo.trim() in cells}
        onClick={() => {
          setCells({ ...cells, [newNo.trim()]: {} });
          setNewNo('');
        }}
      >
        {m('addMember')}
      </button>{' '}
      <button type="button" onClick={() => void save()} data-testid="cohort-save-scores">
        {m('saveScores')}
      </button>
      <p>
        <label>
          {m('importFile')}{' '}
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="cohort-import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
              e.target.value = '';
            }}
          />
        </label>{' '}
        <label>
          <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />{' '}
          {m('dryRun')}
        </label>
      </p>
      <ErrorNotice error={error} />
      {done && <Notice tone="success">{done}</Notice>}
      {imported && (
        <ImportNamed
          dryRun={imported.dryRun}
          testId="cohort-import-named"
          changes={[
            { change: 'created', codes: imported.named.added, count: imported.added },
            { change: 'updated', codes: imported.named.updated, count: imported.updated },
          ]}
        />
      )}
    </div>
  );
}
