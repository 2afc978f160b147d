/** The authorization matrix of this module: tests/api/authz/matrix.ts, rows in kernel.rows.ts. */
import { describeMatrix } from './matrix';
import * as rows from './kernel.rows';

describeMatrix(rows);
