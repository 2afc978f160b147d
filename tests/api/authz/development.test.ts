/** The authorization matrix of this module: tests/api/authz/matrix.ts, rows in development.rows.ts. */
import { describeMatrix } from './matrix';
import * as rows from './development.rows';

describeMatrix(rows);
