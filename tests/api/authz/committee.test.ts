/** The authorization matrix of this module: tests/api/authz/matrix.ts, rows in committee.rows.ts. */
import { describeMatrix } from './matrix';
import * as rows from './committee.rows';

describeMatrix(rows);
