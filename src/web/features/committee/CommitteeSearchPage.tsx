import { useState } from 'react';
import { Link } from 'react-router';
import type { SearchPage } from '../../../shared/api/committee';
import { useApiData } from '../../shared/api/useApiData';
import { useMessages } from '../../shared/i18n/useMessages';
import { ErrorNotice } from '../../shared/ui/Notice';
import { committeeMessages } from './messages';
import './committee.css';

/** Search meetings, resolutions and suggestions (the server cuts Thai into words), 20 a page. */
export function CommitteeSearchPage() {
  const m = useMessages(committeeMessages);
  const [text, setText] = useState('');
  const [query, setQuery] = useState<{ q: string; page: number } | null>(null);
  const result = useApiData<SearchPage>(query ? '/api/committee/search' : null, query ?? undefined);
  const pages = result.data ? Math.max(1, Math.ceil(result.data.total / result.data.pageSize)) : 1;
  return (
    <section className="committee" data-testid="committee-search">
      <h1>{m('search')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ q: text, page: 1 });
        }}
      >
        <input
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label={m('search')}
          data-testid="search-q"
        />{' '}
        <button type="submit">{m('searchButton')}</button>
      </form>
      <ErrorNotice error={result.error} />
      {result.data && query && (
        <>
          <p className="muted">{m('found', { n: result.data.total })}</p>
          <ol className="committee-list">
            {result.data.hits.map((h) => (
              <li key={`${h.kind}-${h.id}`} className="card">
                <span className="state">{m(`kind.${h.kind}`)}</span>{' '}
                <Link to={`/committee/meetings/${h.meeting.id}`}>
                  {m('meetingNo', { no: h.meeting.no, year: h.meeting.yearBe })}
                </Link>
                <div>{h.text}</div>
              </li>
            ))}
          </ol>
          <button
            type="button"
            disabled={query.page <= 1}
            onClick={() => setQuery({ ...query, page: query.page - 1 })}
          >
            {m('prev')}
          </button>{' '}
          <button
            type="button"
            disabled={query.page >= pages}
            onClick={() => setQuery({ ...query, page: query.page + 1 })}
          >
            {m('next')}
          </button>
        </>
      )}
    </section>
  );
}
