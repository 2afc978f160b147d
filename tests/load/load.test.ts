/**
 * Load: 200 focal points submitting reports from 200 concurrent connections for 60 s (the documented
 * separate command `npm run test:load`, on PGlite and on PostgreSQL). TIDTAM_LOAD_SECONDS and
 * TIDTAM_LOAD_CONNECTIONS make a short run, e.g. in CI: `TIDTAM_LOAD_SECONDS=5 npm run test:load`.
 * The measured numbers go into docs/security.md (4.9).
 */
import { expect, it } from 'vitest';
import { testDbKind } from '../helpers/test-db';
import { runLoad } from './scenario';

const seconds = Number(process.env.TIDTAM_LOAD_SECONDS ?? 60);
const connections = Number(process.env.TIDTAM_LOAD_CONNECTIONS ?? 200);

it(
  `${connections} focal points submit reports for ${seconds} s (${testDbKind}): no error, no lost report, latency recorded`,
  async () => {
    const result = await runLoad({ connections, seconds });
    console.log(`[load] ${JSON.stringify(result, null, 2)}`);
    expect(result.firstErrors, 'connection errors and timeouts').toEqual([]);
    // Every answer a 201: a focal point may save a draft over a draft as often as they like.
    expect(Object.keys(result.statuses)).toEqual(['201']);
    expect(result.created).toBe(result.requests);
    // No lost report and no report without its answer.
    expect(result.missingRows).toBe(0);
    expect(result.rowsInDatabase).toBe(result.created);
    // One current version per project-month, for every one of the focal points.
    expect(result.projectsReported).toBe(connections);
    expect(result.currentVersions).toBe(connections);
    expect(result.serverWarnings).not.toMatch(/"level":(50|60)/);
  },
  (seconds + 300) * 1000,
);
