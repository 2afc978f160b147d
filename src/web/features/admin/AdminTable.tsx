import type { ReactNode } from 'react';
import { useMessages } from '../../shared/i18n/useMessages';
import { Notice, TableScroll } from '../../shared/ui/Notice';
import { adminMessages } from './messages';

export interface Column {
  label: string;
  /** A number column, aligned right. */
  num?: boolean;
}

/**
 * The list of an admin page (units, users): a filter box and the page's own tools, the last change's
 * confirmation, and the table with its header row and a "nothing found" row when `rows` is empty.
 */
export function AdminTable({
  name,
  title,
  filter,
  onFilter,
  tools,
  done,
  columns,
  empty,
  children,
}: {
  /** `units` or `users`: the test ids are `${name}-filter`, `${name}-done` and `${name}-table`. */
  name: string;
  title: string;
  filter: string;
  onFilter: (text: string) => void;
  tools?: ReactNode;
  done: string | undefined;
  columns: Column[];
  empty: boolean;
  children: ReactNode;
}) {
  const m = useMessages(adminMessages);
  return (
    <>
      <div className="toolbar">
        <label className="inline-field">
          {m('filter')}
          <input
            type="search"
            value={filter}
            onChange={(e) => onFilter(e.target.value)}
            data-testid={`${name}-filter`}
          />
        </label>
        {tools}
      </div>
      {done && (
        <Notice tone="success" testId={`${name}-done`}>
          {done}
        </Notice>
      )}
      <TableScroll label={title}>
        <table className="data-table admin-table" data-testid={`${name}-table`}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.label} scope="col" className={column.num ? 'num' : undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {children}
            {empty && (
              <tr>
                <td colSpan={columns.length} className="muted">
                  {m('none')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
