import { useState, type FormEvent } from 'react';
import { useT, pick } from '../../../shared/i18n/useT';
import { useSession } from '../../../shared/session/useSession';
import { Notice } from '../../../shared/ui/Notice';
import { ImportSummary, IssueList } from './ImportResultView';
import { useImport, type ImportKind } from './useImport';
import './import.css';

/** Admin upload of a plan file or a monthly report file: check first (dry run), then import. */
export function ImportPage() {
  const { t, lang } = useT();
  const { user } = useSession();
  // Plans come from the central office (admin); focal points may import their monthly reports.
  const kinds: ImportKind[] = user?.role === 'admin' ? ['plan', 'reports'] : ['reports'];
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? 'reports');
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const { state, check, confirm, reset } = useImport();
  const busy = state.phase === 'checking' || state.phase === 'importing';

  if (user?.role !== 'admin' && user?.role !== 'focal_point') {
    return <Notice tone="warning">{t('import.notAllowed')}</Notice>;
  }

  const onCheck = (event: FormEvent) => {
    event.preventDefault();
    if (file) void check(kind, file);
  };
  const startOver = () => {
    setFile(null);
    setInputKey((k) => k + 1);
    reset();
  };

  return (
    <section className="import-page">
      <h1>{t('import.title')}</h1>
      <p className="muted">{t('import.intro')}</p>
      <form className="card import-form" onSubmit={onCheck}>
        <fieldset className="import-kind" disabled={busy}>
          <legend>{t('import.kindLabel')}</legend>
          {kinds.map((value) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name="kind"
                value={value}
                checked={kind === value}
                onChange={() => {
                  setKind(value);
                  reset();
                }}
                data-testid={`import-kind-${value}`}
              />
              {t(value === 'plan' ? 'import.planFile' : 'import.reportFile')}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('import.file')}</span>
          <input
            key={inputKey}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              reset();
            }}
            data-testid="import-file"
            disabled={busy}
          />
        </label>
        <p>
          <a
            className="button"
            href={`/api/imports/${kind}/template.xlsx`}
            download
            data-testid="import-template"
          >
            {t('import.template')}
          </a>
        </p>
        <div className="import-actions">
          <button type="submit" className="button" disabled={!file || busy} data-testid="import-dryrun">
            {state.phase === 'checking' ? t('import.checking') : t('import.check')}
          </button>
        </div>
      </form>

      <div aria-live="polite">
        {state.phase === 'failed' && (
          <Notice tone="error" testId="import-error">
            <p>{pick(state.message, lang)}</p>
            {state.issues.length > 0 && <p>{t('import.issueCount', { count: state.issues.length })}</p>}
            <IssueList issues={state.issues} />
          </Notice>
        )}
        {state.phase === 'checked' && (
          <div className="card" data-testid="import-preview">
            <h2>{t('import.previewTitle')}</h2>
            <ImportSummary result={state.result} />
            <button
              type="button"
              className="button button--primary"
              onClick={() => file && void confirm(kind, file)}
              data-testid="import-confirm"
            >
              {t('import.confirm')}
            </button>
          </div>
        )}
        {state.phase === 'importing' && <p className="loading">{t('import.importing')}</p>}
        {state.phase === 'done' && (
          <Notice tone="success" testId="import-done">
            <p>{t('import.done')}</p>
            <ImportSummary result={state.result} />
            <button type="button" className="button" onClick={startOver}>
              {t('import.another')}
            </button>
          </Notice>
        )}
      </div>
    </section>
  );
}
