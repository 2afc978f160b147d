/**
 * docs/api.md's route table is written by hand (grouped and ordered for readers), so it could drift from the
 * server: this test reads the routes the Fastify instance registers and the table's rows, and fails on a
 * route missing from the table or a row naming a route that does not exist.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/api-app';
import { registeredRoutes } from './security-helpers';

const ROW = /^\|\s*[^|]+\|\s*(GET|POST|PUT|PATCH|DELETE)\s*\|\s*`([^`]+)`/;

/** `/api/units/{id}` → `/api/units/:id`, as Fastify names parameters. */
function documentedRoutes(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) => ROW.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]} ${m[2]!.replace(/\{(\w+)\}/g, ':$1')}`);
}

describe('docs/api.md', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: false });
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists every registered route once, and no route that does not exist', async () => {
    const documented = documentedRoutes(await readFile('docs/api.md', 'utf8'));
    const registered = registeredRoutes(t.app);
    expect(registered.length).toBeGreaterThan(60);
    expect(documented.filter((r, i) => documented.indexOf(r) !== i)).toEqual([]);
    expect(registered.filter((r) => !documented.includes(r)).sort()).toEqual([]);
    expect(documented.filter((r) => !registered.includes(r)).sort()).toEqual([]);
  });
});
