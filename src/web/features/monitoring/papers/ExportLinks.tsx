import { withQuery } from '../../../shared/api/client';
import { useMessages } from '../../../shared/i18n/useMessages';
import { papersMessages } from './messages';

/** Links to the list exports (XLSX and CSV) of the chosen plan and month. */
export function ExportLinks({
  planCode,
  asOf,
  fiscalYear,
}: {
  planCode: string;
  asOf: string;
  fiscalYear: number;
}) {
  const m = useMessages(papersMessages);
  const lists = [
    { key: 'list.projects', path: 'projects', query: { plan: planCode, asOf } },
    { key: 'list.reports', path: 'reports', query: { plan: planCode, from: asOf, to: asOf } },
    { key: 'list.problems', path: 'problems', query: { plan: planCode } },
    { key: 'list.keyResults', path: 'key-results', query: { plan: planCode, fiscalYear, asOf } },
  ] as const;
  return (
    <section className="papers__exports" aria-labelledby="papers-exports">
      <h2 id="papers-exports">{m('exports')}</h2>
      <ul>
        {lists.map((list) => (
          <li key={list.path}>
            <span>{m(list.key)}</span>
            {(['xlsx', 'csv'] as const).map((format) => (
              <a
                key={format}
                href={withQuery(`/api/exports/${list.path}.${format}`, list.query)}
                download
                data-testid={`export-${list.path}-${format}`}
              >
                {format.toUpperCase()}
              </a>
            ))}
          </li>
        ))}
      </ul>
      <p className="papers__note">{m('exports.note')}</p>
    </section>
  );
}
