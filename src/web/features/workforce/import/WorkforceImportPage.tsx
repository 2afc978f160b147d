import { useState } from 'react';
import { WorkforceImportKind, type WorkforceImportResult } from '../../../../shared/api/workforce/imports';
import type { ApiError } from '../../../shared/api/client';
import { useFormat } from '../../../shared/format/useFormat';
import { pick, useT } from '../../../shared/i18n/useT';
import { useMessages } from '../../../shared/i18n/useMessages';
import { ImportNamed } from '../../../shared/ui/ImportNamed';
import { ErrorNotice, Notice, TableScroll } from '../../../shared/ui/Notice';
import { impMessages } from './messages';
import { issuesCsv, uploadWorkforceFile } from './upload';

type Kind = WorkforceImportKind;
const KINDS = WorkforceImportKind.options;

/**
 * The workforce import (admin): choose the kind and the file, check it in a dry run (counts and every row
 * error, downloadable), then import for real. The upload shows its progress; the server checks everything.
 */
export function WorkforceImportPage() {
  const m = useMessages(impMessages);
  const { lang } = useT();
  const fmt = useFormat();
  const [kind, setKind] = useState<Kind>('people');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<WorkforceImportResult | null>(null);
  const [error, setError] = useState<ApiError>();
  const busy = progress !== null;

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setResult(null);
    setError(undefined);
    setProgress(0);
    try {
      setResult(await uploadWorkforceFile(kind, file, dryRun, setProgress));
    } catch (cause) {
      setError(cause as ApiError);
    } finally {
      setProgress(null);
    }
  };
  const csvHref = result ? `data:text/csv;charset=utf-8,${encodeURIComponent(issuesCsv(result))}` : undefined;
  const checkedOk = result?.dryRun && result.issues.length === 0;

  return (
    <section className="wf-page" data-testid="wf-import">
      <h1>{m('title')}</h1>
      <div className="wf-controls">
        <label className="wf-control">
          <span>{m('kind')}</span>
          <select
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind);
              setResult(null);
            }}
            data-testid="wf-import-kind"
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {m(`kind_${k}`)}
              </option>
            ))}
          </select>
        </label>
        <a className="button" href={`/api/workforce/imports/${kind}/template.xlsx`} data-testid="wf-template">
          {m('template')}
        </a>
      </div>
      <div className="wf-controls">
        <label className="wf-control wf-control--grow">
          <span>{m('file')}</span>
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setResult(null);
            }}
            data-testid="wf-import-file"
          />
        </label>
        <button
          type="button"
          className="button"
          disabled={!file || busy}
          onClick={() => void send(true)}
          data-testid="wf-dry-run"
        >
          {m('dryRun')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!checkedOk || busy}
          onClick={() => void send(false)}
          data-testid="wf-import-go"
        >
          {m('import')}
        </button>
      </div>
      {busy && (
        <div className="wf-progress" data-testid="wf-progress">
          <progress max={100} value={progress}>
            {progress}%
          </progress>
          <span>{progress < 100 ? m('uploading', { pct: fmt.number(progress, 0) }) : m('checking')}</span>
        </div>
      )}
      <ErrorNotice error={error} testId="wf-import-error" />
      {result && (
        <div data-testid="wf-import-result">
          <h2>{result.dryRun ? m('resultDry') : m('resultReal')}</h2>
          {result.issues.length === 0 && (
            <dl className="wf-facts">
              {(['rows', 'created', 'updated', 'unchanged', 'removed'] as const).map((key) => (
                <div key={key} className="wf-fact" data-testid={`wf-count-${key}`} data-value={result[key]}>
                  <dt>{m(key)}</dt>
                  <dd>{fmt.number(result[key], 0)}</dd>
                </div>
              ))}
            </dl>
          )}
          {result.issues.length === 0 && (
            <ImportNamed
              dryRun={result.dryRun}
              testId="wf-named"
              changes={(['created', 'updated', 'removed'] as const).map((change) => ({
                change,
                codes: result.named[change],
                count: result[change],
              }))}
            />
          )}
          {result.issues.length > 0 && (
            <>
              <Notice tone="error">
                {m('issues', { count: fmt.number(result.issues.length + result.moreIssues, 0) })}
              </Notice>
              <a
                className="button"
                href={csvHref}
                download={`${kind}-errors.csv`}
                data-testid="wf-errors-csv"
              >
                {m('errorsCsv')}
              </a>
              <TableScroll label={m('colMessage')}>
                <table className="data-table" data-testid="wf-issues">
                  <thead>
                    <tr>
                      <th scope="col">{m('colRow')}</th>
                      <th scope="col">{m('colColumn')}</th>
                      <th scope="col">{m('colMessage')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.issues.map((i, n) => (
                      <tr key={n} data-row={i.row ?? ''}>
                        <td>{i.row === undefined ? m('wholeFile') : fmt.digits(i.row)}</td>
                        <td>{i.column}</td>
                        <td>{pick(i, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              {result.moreIssues > 0 && <p>{m('moreIssues', { count: fmt.number(result.moreIssues, 0) })}</p>}
            </>
          )}
        </div>
      )}
    </section>
  );
}
