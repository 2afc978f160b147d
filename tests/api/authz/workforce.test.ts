/** The authorization matrix of this module: tests/api/authz/matrix.ts, rows in workforce.rows.ts. */
import { describeMatrix } from './matrix';
import * as rows from './workforce.rows';

describeMatrix(rows);
