/** The authorization matrix of this module: tests/api/authz/matrix.ts, rows in careers.rows.ts. */
import { describeMatrix } from './matrix';
import * as rows from './careers.rows';

describeMatrix(rows);
