/** The authorization matrix of this module: tests/api/authz/matrix.ts, rows in monitoring.rows.ts. */
import { describeMatrix } from './matrix';
import * as rows from './monitoring.rows';

describeMatrix(rows);
