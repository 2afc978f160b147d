import { useState } from 'react';
import type { PathFileImportResult } from '../../../shared/api/careers';
import { ApiError, apiRequest } from '../../shared/api/client';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice, Notice } from '../../shared/ui/Notice';
import { exceptionMessages } from './exception-messages';

/** The career-path file (docs/career-path-file.md): download for everyone, upload for the central office. */
export function PathFilePanel({ canImport, onImported }: { canImport: boolean; onImported: () => void }) {
  const m = useMessages(exceptionMessages);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState('');
  const upload = async (file: File) => {
    setError(undefined);
    setDone('');
    const body = new FormData();
    body.append('file', file, file.name);
    try {
      const r = await apiRequest<PathFileImportResult>('/api/careers/path-file', { method: 'POST', body });
      setDone(m('imported', { created: r.created.length, drafted: r.drafted.length }));
      onImported();
    } catch (cause) {
      if (cause instanceof ApiError) setError(cause);
      else throw cause;
    }
  };
  return (
    <div className="card" data-testid="careers-file">
      <a href="/api/careers/path-file" download="career-paths.json" data-testid="careers-file-export">
        {m('exportFile')}
      </a>
      {canImport && (
        <label>
          {' · '}
          {m('importFile')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="careers-file-import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
            }}
          />
        </label>
      )}
      <ErrorNotice error={error} />
      {done && <Notice tone="success">{done}</Notice>}
    </div>
  );
}
