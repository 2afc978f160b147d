/**
 * What an import names (issue 14 item 17): the codes of the first records a file creates and updates, computed
 * inside the statement that counts or writes them (an array subquery over its rows, never a query per row).
 */
import { IMPORT_NAMED } from '../../shared/api/common';

/**
 * SQL: an array of the first IMPORT_NAMED values of `code` over `rows` (a CTE or table, with its own `where`
 * if any) in `order` — for a staging table, `row_no`: the order of the file.
 */
export const firstCodes = (code: string, rows: string, order = 'row_no') =>
  `array(select ${code} from ${rows} order by ${order} limit ${IMPORT_NAMED})`;

/** SQL: a date as the files write it in Thai, day/month/Buddhist-era year (31/05/2566). */
export const thaiDateSql = (date: string) =>
  `(to_char(${date}, 'DD/MM/') || (extract(year from ${date})::int + 543)::text)`;

/** The array columns a query answered, as the answer's `named`. */
export const namedOf = (row: { created_named: string[]; updated_named: string[] }) => ({
  created: row.created_named,
  updated: row.updated_named,
});
