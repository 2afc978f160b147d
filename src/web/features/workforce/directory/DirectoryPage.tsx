import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { DirectoryResponse } from '../../../../shared/api/workforce/directory';
import { useApiData } from '../../../shared/api/useApiData';
import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { ErrorNotice, Loading, TableScroll } from '../../../shared/ui/Notice';
import { wfMessages } from '../shared/messages';
import { UnitFilter } from '../shared/UnitFilter';
import { dirMessages } from './messages';

const PAGE_SIZE = 50;

/** The people directory: the server searches and pages; the page keeps q and page in the address. */
export function DirectoryPage() {
  const m = useMessages(dirMessages);
  const w = useMessages(wfMessages);
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const unit = params.get('unit') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [text, setText] = useState(q);
  const { data, error, loading } = useApiData<DirectoryResponse>('/api/workforce/people', {
    q: q || undefined,
    unit: unit || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const go = (next: { q?: string; page?: number; unit?: string }) => {
    const u = next.unit ?? unit;
    setParams({ q: next.q ?? q, page: String(next.page ?? page), ...(u ? { unit: u } : {}) });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go({ q: text.trim(), page: 1 });
  };
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  return (
    <section className="wf-page" data-testid="wf-directory">
      <h1>{m('title')}</h1>
      <form className="wf-controls" role="search" onSubmit={submit}>
        <label className="wf-control wf-control--grow">
          <span>{m('search')}</span>
          <input
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="wf-search"
          />
        </label>
        <UnitFilter value={unit} onChange={(code) => go({ unit: code, page: 1 })} />
        <button type="submit" className="button" data-testid="wf-search-go">
          {m('searchButton')}
        </button>
      </form>
      <ErrorNotice error={error} />
      {loading && !data && <Loading />}
      {data && (
        <>
          <p data-testid="wf-found" data-value={data.total}>
            {m('found', { total: fmt.number(data.total, 0) })}
          </p>
          <TableScroll label={m('title')}>
            <table className="data-table" data-testid="wf-people">
              <thead>
                <tr>
                  <th scope="col">{m('colNo')}</th>
                  <th scope="col">{m('colName')}</th>
                  <th scope="col">{m('colTitle')}</th>
                  <th scope="col">{m('colLevel')}</th>
                  <th scope="col">{m('colUnit')}</th>
                  <th scope="col">{m('colStaffType')}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={r.personNo} data-person={r.personNo}>
                    <td>
                      <Link to={`/workforce/people/${encodeURIComponent(r.personNo)}`}>
                        {fmt.digits(r.personNo)}
                      </Link>
                    </td>
                    <td>{r.name}</td>
                    <td>{r.title ?? '–'}</td>
                    <td>{r.level ?? '–'}</td>
                    <td>{r.unitName ?? '–'}</td>
                    <td>{r.staffType}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <nav className="wf-pager" aria-label={m('title')}>
            <button
              type="button"
              className="button"
              disabled={page <= 1}
              onClick={() => go({ page: page - 1 })}
            >
              {w('prev')}
            </button>
            <span>{w('page', { page: fmt.number(page, 0), pages: fmt.number(pages, 0) })}</span>
            <button
              type="button"
              className="button"
              disabled={page >= pages}
              onClick={() => go({ page: page + 1 })}
              data-testid="wf-next"
            >
              {w('next')}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
