import { useState } from 'react';
import type { DevelopmentImportResult } from '../../../shared/api/development/imports';
import { useT } from '../../shared/i18n/useT';
import { useMessages } from '../../shared/i18n/useMessages';
import { ImportNamed } from '../../shared/ui/ImportNamed';
import { ErrorNotice } from '../../shared/ui/Notice';
import { digitalMessages } from './digital-messages';
import { useAction } from './useAction';

/** Uploads a digital skills file (docs/development-files.md), a dry run first if wished; every row error shown. */
export function DigitalImport({ done }: { done: () => void }) {
  const m = useMessages(digitalMessages);
  const { lang } = useT();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [result, setResult] = useState<DevelopmentImportResult>();
  const { send, error, busy } = useAction(done);
  return (
    <form
      className="cycle-form no-print"
      data-testid="digital-import"
      onSubmit={(e) => {
        e.preventDefault();
        if (!file) return;
        const body = new FormData();
        body.append('file', file);
        setResult(undefined);
        void send<DevelopmentImportResult>('/api/development/imports/digital-skills', {
          method: 'POST',
          query: { dryRun: String(dryRun) },
          body,
        }).then(setResult);
      }}
    >
      <h2>{m('import')}</h2>
      <label>
        {m('file')}
        <input type="file" accept=".csv,.xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>
      <label>
        <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} /> {m('dryRun')}
      </label>
      <button type="submit" disabled={busy || !file} data-testid="digital-import-send">
        {m('send')}
      </button>
      <ErrorNotice error={error} />
      {error && error.issues.length > 0 && (
        <ul data-testid="digital-import-issues">
          {error.issues.map((i, n) => (
            <li key={n}>
              {i.row !== undefined ? `${m('row')} ${i.row}, ${i.field}: ` : `${i.field}: `}
              {lang === 'th' ? i.th : i.en}
            </li>
          ))}
        </ul>
      )}
      {result && (
        <p data-testid="digital-import-result">
          {m(result.dryRun ? 'resultDry' : 'result', {
            rows: result.rows,
            created: result.created,
            updated: result.updated,
            unchanged: result.unchanged,
          })}
        </p>
      )}
      {result && (
        <ImportNamed
          dryRun={result.dryRun}
          testId="digital-import-named"
          changes={(['created', 'updated'] as const).map((change) => ({
            change,
            codes: result.named[change],
            count: result[change],
          }))}
        />
      )}
    </form>
  );
}
