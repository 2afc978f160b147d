/**
 * Security headers on every kind of response (docs/security.md, 4.4): API answers and errors (401, 403,
 * 400, 404, 413, 500), the built web app (files and the client-side-routing fallback) and the API docs;
 * and user text: returned unchanged as JSON, never served as HTML.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/server/config/env';
import type { Database } from '../../src/server/db/database';
import { buildApp } from '../../src/server/http/app';
import { contentSecurityPolicy } from '../../src/server/http/security-headers';
import type { PlanTree } from '../../src/shared/api/monitoring';
import { CSRF, DEMO_PLAN } from '../helpers/api-app';
import { createDemoDatabase } from '../helpers/demo-template';
import { appWith, expectErrorShape, loginTo } from './security-helpers';

let db: Database;
let app: FastifyInstance;
let webDist: string;
let admin: string;
/** The same server without a web app (as the API tests and a headless deployment run it). */
let bare: FastifyInstance;

const INDEX_HTML =
  '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>';

beforeAll(async () => {
  webDist = await mkdtemp(join(tmpdir(), 'tidtam-web-'));
  await mkdir(join(webDist, 'assets'));
  await writeFile(join(webDist, 'index.html'), INDEX_HTML);
  await writeFile(join(webDist, 'assets', 'app.js'), 'console.log("tidtam");');
  db = await createDemoDatabase();
  app = await buildApp({ db, env: loadEnv({}), webDist });
  // A route that fails the way a bug would: the 500 must carry the headers too.
  app.get('/api/test-crash', { config: { public: true } }, async () => {
    throw new Error('boom');
  });
  await app.ready();
  admin = await loginTo(app, 'admin');
  bare = await appWith(db);
});
afterAll(async () => {
  await app?.close();
  await bare?.close();
  await db?.close();
  if (webDist) await rm(webDist, { recursive: true, force: true });
});

/** The directives of a Content-Security-Policy header, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

function expectSecurityHeaders(res: { headers: Record<string, unknown>; statusCode: number }, what: string) {
  const h = res.headers;
  const csp = String(h['content-security-policy'] ?? '');
  expect(csp, `${what}: Content-Security-Policy`).not.toBe('');
  const d = directives(csp);
  const script = d.get('script-src') ?? d.get('default-src');
  expect(script, `${what}: script-src`).toEqual(["'self'"]);
  expect(csp, what).not.toMatch(/unsafe-eval/);
  expect(d.get('script-src-attr'), what).toEqual(["'none'"]);
  expect(d.get('default-src'), what).toEqual(["'self'"]);
  // Inline <style> elements only on the API docs page (Swagger UI); never for the app and its answers.
  const styles = /\/api\/docs\//.test(what) ? ["'self'", "'unsafe-inline'"] : ["'self'"];
  expect(d.get('style-src'), what).toEqual(styles);
  expect(d.get('style-src-elem'), what).toEqual(styles);
  expect(d.get('object-src'), what).toEqual(["'none'"]);
  expect(d.get('base-uri'), what).toEqual(["'none'"]);
  expect(d.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(d.get('connect-src'), what).toEqual(["'self'"]);
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['x-frame-options'], what).toBe('DENY');
  expect(h['referrer-policy'], what).toBe('no-referrer');
  expect(h['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(h['x-powered-by'], what).toBeUndefined();
  expect(h['server'], what).toBeUndefined();
}

describe('security headers on every response', () => {
  type Case = [string, () => Promise<{ statusCode: number; headers: Record<string, unknown> }>, number];
  const cases: Case[] = [
    ['GET /api/health (public)', () => app.inject({ method: 'GET', url: '/api/health' }), 200],
    [
      'GET /api/plans signed in',
      () => app.inject({ method: 'GET', url: '/api/plans', headers: { cookie: admin } }),
      200,
    ],
    ['GET /api/plans without a session', () => app.inject({ method: 'GET', url: '/api/plans' }), 401],
    [
      'POST /api/units without the CSRF header',
      () =>
        app.inject({
          method: 'POST',
          url: '/api/units',
          headers: { cookie: admin },
          payload: { code: 'X', name: 'x' },
        }),
      403,
    ],
    [
      'POST /api/units with malformed JSON',
      () =>
        app.inject({
          method: 'POST',
          url: '/api/units',
          headers: { ...CSRF, cookie: admin, 'content-type': 'application/json' },
          payload: '{"code": ',
        }),
      400,
    ],
    [
      'POST /api/units with a __proto__ key',
      () =>
        app.inject({
          method: 'POST',
          url: '/api/units',
          headers: { ...CSRF, cookie: admin, 'content-type': 'application/json' },
          payload: '{"code":"P","name":"p","__proto__":{"role":"admin"}}',
        }),
      400,
    ],
    [
      'GET /api/whatever',
      () => app.inject({ method: 'GET', url: '/api/whatever', headers: { cookie: admin } }),
      404,
    ],
    [
      'POST /api/imports/reports over 10 MB',
      () =>
        app.inject({
          method: 'POST',
          url: '/api/imports/reports',
          headers: { ...CSRF, cookie: admin, 'content-type': 'application/octet-stream' },
          payload: Buffer.alloc(10 * 1024 * 1024 + 1, 0x61),
        }),
      413,
    ],
    ['GET /api/test-crash (a fault)', () => app.inject({ method: 'GET', url: '/api/test-crash' }), 500],
    [
      'GET /api/projects/<a 101-digit id> (refused by the router)',
      () =>
        bare.inject({ method: 'GET', url: `/api/projects/1${'0'.repeat(100)}`, headers: { cookie: admin } }),
      400,
    ],
    [
      'GET /api/projects/%E0%A4%A (bad percent-encoding)',
      () => bare.inject({ method: 'GET', url: '/api/projects/%E0%A4%A', headers: { cookie: admin } }),
      400,
    ],
    ['GET / (the web app)', () => app.inject({ method: 'GET', url: '/' }), 200],
    ['GET /assets/app.js (a web app file)', () => app.inject({ method: 'GET', url: '/assets/app.js' }), 200],
    [
      'GET /projects/12 (client-side route → index.html)',
      () => app.inject({ method: 'GET', url: '/projects/12' }),
      200,
    ],
    ['HEAD /', () => app.inject({ method: 'HEAD', url: '/' }), 200],
    ['GET /api/docs/json signed out (401)', () => app.inject({ method: 'GET', url: '/api/docs/json' }), 401],
    [
      'GET /api/docs/json',
      () => app.inject({ method: 'GET', url: '/api/docs/json', headers: { cookie: admin } }),
      200,
    ],
    [
      'GET /api/docs/ (the API docs page)',
      () => app.inject({ method: 'GET', url: '/api/docs/', headers: { cookie: admin } }),
      200,
    ],
    [
      'GET /api/docs/static/swagger-initializer.js',
      () =>
        app.inject({
          method: 'GET',
          url: '/api/docs/static/swagger-initializer.js',
          headers: { cookie: admin },
        }),
      200,
    ],
    [
      'GET /api/docs/static/index.html (a redirect)',
      () => app.inject({ method: 'GET', url: '/api/docs/static/index.html', headers: { cookie: admin } }),
      302,
    ],
  ];

  it.each(cases)('%s', async (what, send, status) => {
    const res = await send();
    expect(res.statusCode, what).toBe(status);
    expectSecurityHeaders(res, what);
  });

  it('URLs the router refuses get the one error shape, and the URL is not echoed back', async () => {
    for (const url of [
      `/api/audit/project/1${'0'.repeat(100)}`,
      '/api/projects/%E0%A4%A',
      '/api/plans/%zz/tree',
    ]) {
      // Without the web app the router refuses them (400); with it, the web app's catch-all route may take
      // an over-long one, and /api paths are then a 404. Either way: the error shape, the headers, no echo.
      for (const [server, statuses] of [
        [bare, [400]],
        [app, [400, 404]],
      ] as const) {
        const res = await server.inject({ method: 'GET', url, headers: { cookie: admin } });
        expect(statuses, url).toContain(res.statusCode);
        expectErrorShape(res);
        expectSecurityHeaders(res, url);
        expect(res.body).not.toContain('0000000000');
      }
    }
  });

  it('API answers, errors included, are never cached (Cache-Control: no-store)', async () => {
    for (const [what, send] of cases.filter(([w]) => w.includes('/api/') && !w.includes('/api/docs'))) {
      const res = await send();
      expect(res.headers['cache-control'], what).toBe('no-store');
    }
  });

  it('the policy allows no inline script, and adds upgrade-insecure-requests only behind HTTPS', () => {
    const plain = contentSecurityPolicy({ https: false });
    const https = contentSecurityPolicy({ https: true });
    for (const csp of [plain, https]) {
      const script = directives(csp).get('script-src')!;
      expect(script).not.toContain("'unsafe-inline'");
      expect(script).not.toContain("'unsafe-eval'");
      expect(script.some((v) => v.startsWith("'nonce-") || v.startsWith("'sha"))).toBe(false);
    }
    expect(plain).not.toMatch(/upgrade-insecure-requests/);
    expect(https).toMatch(/upgrade-insecure-requests/);
  });
});

describe('no cross-origin access (what makes the x-tidtam-csrf header a defence)', () => {
  it('a pre-flight from another site for a change with the header is not granted', async () => {
    const res = await app.inject({
      method: 'OPTIONS',
      url: '/api/units',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-tidtam-csrf, content-type',
      },
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-headers']).toBeUndefined();
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('answers to another site’s request carry no Access-Control-Allow-Origin (its script cannot read them)', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/plans',
      headers: { cookie: admin, origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('user text is returned unchanged as JSON, never served as HTML', () => {
  const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> & "quotes" \'single\' ${x} {{y}}';

  it('text with HTML in it comes back byte for byte, as application/json', async () => {
    const tree = (
      await app.inject({ method: 'GET', url: `/api/plans/${DEMO_PLAN}/tree`, headers: { cookie: admin } })
    ).json() as PlanTree;
    const target = tree.targets[0]!;
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/targets/${target.id}`,
      headers: { ...CSRF, cookie: admin },
      payload: { valueDelivered: HOSTILE },
    });
    expect(patch.statusCode, patch.body).toBe(204);
    const res = await app.inject({
      method: 'GET',
      url: `/api/plans/${DEMO_PLAN}/tree`,
      headers: { cookie: admin },
    });
    expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const again = (res.json() as PlanTree).targets.find((x) => x.id === target.id)!;
    expect(again.valueDelivered).toBe(HOSTILE);
  });

  it('the committee paper, the one HTML answer, escapes user text and runs no script at all', async () => {
    const plan = (
      await app.inject({ method: 'GET', url: '/api/plans', headers: { cookie: admin } })
    ).json() as {
      code: string;
      version: number;
    }[];
    const version = plan.find((p) => p.code === DEMO_PLAN)!.version;
    const rename = await app.inject({
      method: 'PATCH',
      url: `/api/plans/${DEMO_PLAN}`,
      headers: { ...CSRF, cookie: admin },
      payload: { version, name: `แผน ${HOSTILE}` },
    });
    expect(rename.statusCode, rename.body).toBe(200);
    const tree = (
      await app.inject({ method: 'GET', url: `/api/plans/${DEMO_PLAN}/tree`, headers: { cookie: admin } })
    ).json() as PlanTree;
    const target = await app.inject({
      method: 'PATCH',
      url: `/api/targets/${tree.targets[1]!.id}`,
      headers: { ...CSRF, cookie: admin },
      payload: { name: `เป้าประสงค์ ${HOSTILE}` },
    });
    expect(target.statusCode, target.body).toBe(204);

    const res = await app.inject({
      method: 'GET',
      url: `/api/plans/${DEMO_PLAN}/paper.html?asOf=2566-05`,
      headers: { cookie: admin },
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(String(res.headers['content-type'])).toMatch(/^text\/html/);
    const csp = directives(String(res.headers['content-security-policy']));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.has('script-src')).toBe(false);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(res.body).not.toContain('<script');
    expect(res.body).not.toMatch(/<img[^>]*onerror/i);
  });

  it('a hostile path or query is answered as JSON, not reflected into HTML', async () => {
    const evil = encodeURIComponent('<script>alert(1)</script>');
    for (const url of [
      `/api/${evil}`,
      `/api/plans/${evil}/tree`,
      `/api/plans/${DEMO_PLAN}/summary?asOf=${evil}`,
      `/api/projects?q=${evil}`,
    ]) {
      const res = await app.inject({ method: 'GET', url, headers: { cookie: admin } });
      expect(res.statusCode, url).toBeLessThan(500);
      expect(String(res.headers['content-type']), url).toMatch(/^application\/json/);
      if (res.statusCode >= 400) expectErrorShape(res);
    }
    // Outside /api, any path is the web app's own index.html: nothing of the path is echoed.
    const page = await app.inject({ method: 'GET', url: `/${evil}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toBe(INDEX_HTML);
  });
});

describe('the web app never turns text into markup or code', () => {
  it('no dangerouslySetInnerHTML, innerHTML, insertAdjacentHTML, document.write, eval or new Function in src/web', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const root = new URL('../../src/web/', import.meta.url);
    const files = (await readdir(root, { recursive: true })).filter((f) => /\.(tsx?|jsx?)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    const banned =
      /dangerouslySetInnerHTML|\.(inner|outer)HTML\s*=|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(/;
    const found: string[] = [];
    for (const file of files) {
      const text = await readFile(new URL(file, root), 'utf8');
      text.split('\n').forEach((line, i) => {
        if (banned.test(line)) found.push(`src/web/${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
