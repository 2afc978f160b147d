/**
 * Backups (src/server/backup): a backup restored into an empty database gives back every table row by
 * row and every sequence, so new rows take the next ids; a non-empty database is refused unless forced;
 * a cut-off file changes nothing; a backup made before the newest migration is upgraded on restore; and
 * `bin/tidtam backup|restore` work with and without the server running (PGlite through the server).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFile, stat, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR } from '../../src/server/actor';
import type { Database, Queryable } from '../../src/server/db/database';
import { dumpDatabase } from '../../src/server/backup/dump';
import { restoreDatabase } from '../../src/server/backup/restore';
import { listMigrations } from '../../src/server/db/migrate';
import { AppError } from '../../src/server/errors';
import { createUnit } from '../../src/server/repositories/unit-admin';
import { createPerson } from '../../src/server/use-cases/workforce/people';
import { loadDemo } from '../../src/server/demo/load-demo';
import { DEMO_PEOPLE } from '../../src/server/demo/workforce/load-workforce';
import { countAllTables } from '../fixtures/db';
import { createTestDatabase, testDbKind } from '../helpers/test-db';
import { freshTarget, show, startServer, tidtam, type Target } from '../load/harness';

/** Every table as sorted row texts, and every sequence: "the same database" means this is equal. */
/** Made once by dumping the demo loaded on migrations 0001–0006 (tidtam of that time). */
const OLD_BACKUP = new URL('../fixtures/backup-before-0007.jsonl.gz', import.meta.url);

async function snapshot(db: Queryable) {
  const { rows: tables } = await db.query<{ name: string }>(
    `select c.relname as name from pg_class c
      where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r' order by 1`,
  );
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    const { rows } = await db.query<{ r: string }>(`select to_jsonb(t)::text as r from "${name}" t`);
    out[name] = rows.map((r) => r.r).sort();
  }
  const { rows: seqs } = await db.query<{ name: string }>(
    `select c.relname as name from pg_class c
      where c.relnamespace = current_schema()::regnamespace and c.relkind = 'S' order by 1`,
  );
  for (const { name } of seqs) {
    const { rows } = await db.query<{ r: string }>(
      `select json_build_array(last_value::text, is_called)::text as r from "${name}"`,
    );
    out[`sequence ${name}`] = [rows[0]!.r];
  }
  return out;
}

async function dumpLines(db: Database): Promise<string[]> {
  const lines: string[] = [];
  await dumpDatabase(db, async (line) => {
    lines.push(line);
  });
  return lines;
}

async function* each(lines: readonly string[]) {
  for (const line of lines) yield line;
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, 'expected a refusal').toBeInstanceOf(AppError);
  return err as AppError;
}

const PERSON = {
  nationalId: '1101700230708',
  birthDate: '1985-03-02',
  firstName: 'สมหญิง',
  lastName: 'ใจดี',
};

let source: Database;
let lines: string[];
const opened: Database[] = [];
const fresh = async () => {
  const db = await createTestDatabase();
  opened.push(db);
  return db;
};

beforeAll(async () => {
  source = await fresh();
  await loadDemo(source);
  await createPerson(source, OPERATOR, { ...PERSON, title: 'นาง', unitId: null, position: 'นักทรัพยากรบุคคล' });
  // Tricky values: quotes, backslashes, new lines, Thai digits, JSON in text, NULLs, exact big decimals.
  await source.query(
    `update project set name = $1, budget = 12345678901234.56, kpi_target = 0.000000000000000000001
      where id = (select min(id) from project)`,
    ['ชื่อ "มีอัญประกาศ" \\ และ\nขึ้นบรรทัดใหม่ {"json": [1]} ๑๒๓'],
  );
  lines = await dumpLines(source);
});
afterAll(async () => {
  await Promise.all(opened.map((db) => db.close()));
});

describe(`backup and restore in-process (${testDbKind})`, () => {
  it('restores into an empty database every table row by row and every sequence, and new rows take the next ids', async () => {
    const target = await fresh();
    const summary = await restoreDatabase(target, each(lines));
    expect(summary.upgradedWith).toEqual([]);
    expect(summary.rows).toBeGreaterThan(1000);
    const want = await snapshot(source);
    const got = await snapshot(target);
    expect(Object.keys(got)).toEqual(Object.keys(want));
    for (const table of Object.keys(want)) expect(got[table], table).toEqual(want[table]);
    // The demo's people and the one made above (a PDPA-bearing row restored whole, not only counted).
    expect(got.person).toHaveLength(DEMO_PEOPLE + 1);
    expect(
      (await target.query<{ budget: string }>('select budget from project order by id limit 1')).rows[0]!
        .budget,
    ).toBe('12345678901234.56');

    // The sequences went along: the next unit takes the id after the last one of the source, no collision.
    const { rows: last } = await source.query<{ n: number }>(
      'select last_value::int as n from org_unit_id_seq',
    );
    const id = await target.transaction((tx) =>
      createUnit(tx, OPERATOR, { code: 'NEW-AFTER-RESTORE', name: 'หน่วยงานใหม่', kind: 'office' }),
    );
    expect(id).toBe(last[0]!.n + 1);
  });

  it('refuses a database that holds data, changing nothing, and replaces it with --force', async () => {
    const target = await fresh();
    await createUnit(target, OPERATOR, { code: 'OTHER', name: 'ข้อมูลเดิม', kind: 'office' });
    const before = await snapshot(target);
    const err = await refusal(restoreDatabase(target, each(lines)));
    expect(err.code).toBe('conflict');
    expect(err.bilingual.en).toMatch(/not empty.*--force/);
    expect(await snapshot(target)).toEqual(before);

    await restoreDatabase(target, each(lines), { force: true });
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('a cut-off or foreign file is refused and the database is left exactly as it was', async () => {
    const target = await fresh();
    const before = await countAllTables(target);
    const cut = lines.slice(0, Math.floor(lines.length * 0.7));
    const err = await refusal(restoreDatabase(target, each(cut)));
    expect(err.code).toBe('invalid_input');
    expect(err.bilingual.en).toMatch(/truncated/);
    expect(await countAllTables(target)).toEqual(before);

    const foreign = await refusal(restoreDatabase(target, each(['{"hello":"world"}'])));
    expect(foreign.bilingual.en).toMatch(/not a tidtam backup/);
    const newer = JSON.parse(lines[0]!) as { migrations: string[] };
    const fromTheFuture = [
      JSON.stringify({ ...newer, migrations: [...newer.migrations, '9999_future'] }),
      ...lines.slice(1),
    ];
    const future = await refusal(restoreDatabase(target, each(fromTheFuture)));
    expect(future.bilingual.en).toMatch(/newer or different tidtam/);
    expect(await countAllTables(target)).toEqual(before);
  });

  it('a backup made before migration 0007 is loaded into its own schema, then upgraded', async () => {
    // A real backup of that time (the demo on the migrations before 0007), kept as a file: today's demo
    // loader writes today's schema, so it cannot make an old database any more.
    const all = await listMigrations();
    const cut = all.findIndex((m) => m.version.startsWith('0007_'));
    expect(cut).toBeGreaterThan(0);
    const oldLines = gunzipSync(await readFile(OLD_BACKUP))
      .toString('utf8')
      .trimEnd()
      .split('\n');
    expect(JSON.parse(oldLines[0]!)).toMatchObject({ migrations: all.slice(0, cut).map((m) => m.version) });
    const want: Record<string, string[]> = {};
    let table = '';
    for (const line of oldLines.slice(1)) {
      const doc = JSON.parse(line) as { table?: string; sequences?: unknown; end?: boolean };
      if (typeof doc.table === 'string' && Array.isArray((doc as { columns?: unknown }).columns)) {
        table = doc.table;
        want[table] = [];
      } else if (doc.sequences || doc.end) table = '';
      else if (table) want[table]!.push(line);
    }
    expect(Object.keys(want).length).toBeGreaterThan(20);

    const target = await fresh();
    const summary = await restoreDatabase(target, each(oldLines));
    expect(summary.upgradedWith).toEqual(all.slice(cut).map((m) => m.version));
    const { rows: ledger } = await target.query<{ version: string }>(
      'select version from schema_migration order by 1',
    );
    expect(ledger.map((r) => r.version)).toEqual(all.map((m) => m.version));
    const got = await snapshot(target);
    for (const name of Object.keys(want)) {
      if (name === 'schema_migration') continue;
      // Later migrations add columns (app_user.person_id, plan.state): the old columns hold the old values.
      const oldColumns = Object.keys(JSON.parse(want[name]![0] ?? '{}') as object);
      const gotOldColumns = got[name]!.map((text) => {
        const row = JSON.parse(text) as Record<string, unknown>;
        return JSON.stringify(Object.fromEntries(oldColumns.map((c) => [c, row[c]])));
      });
      const wantOldColumns = want[name]!.map((text) => JSON.stringify(JSON.parse(text)));
      expect(gotOldColumns.sort(), name).toEqual(wantOldColumns.sort());
    }
    expect(got.person).toEqual([]);
    expect(want.monthly_report!.length).toBeGreaterThan(100);
  });
});

describe(`bin/tidtam backup and restore (${testDbKind})`, () => {
  const targets: Target[] = [];
  let work = '';
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'tidtam-backup-files-'));
  });
  afterAll(async () => {
    await Promise.all(targets.map((t) => t.remove()));
    await rm(work, { recursive: true, force: true });
  });
  const target = async () => {
    const t = await freshTarget();
    targets.push(t);
    return t;
  };
  const snapshotOf = async (t: Target) => {
    const o = await t.open();
    try {
      return await snapshot(o.db);
    } finally {
      await o.close();
    }
  };

  it('while the server runs: backup, restore into another database (equal row by row), a non-empty one refused (exit 1) unless --force', async () => {
    const a = await target();
    const server = await startServer(a, { demo: true });
    const file = join(work, 'running.tidtam.gz');
    try {
      const backup = await tidtam(['backup', file], a);
      expect(backup.code, show(backup)).toBe(0);
      expect(backup.stdout).toMatch(
        testDbKind === 'pglite'
          ? /backup written: .* from the running server on port/
          : /backup written: .* from PostgreSQL/,
      );
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect((await readFile(file)).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));

      const refused = await tidtam(['restore', file], a);
      expect(refused.code, show(refused)).toBe(1);
      expect(refused.stderr).toMatch(/not empty.*--force/);
      const forced = await tidtam(['restore', file, '--force'], a);
      expect(forced.code, show(forced)).toBe(0);
      // The server keeps serving the restored data.
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'x-tidtam-csrf': '1', 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'tidtam-demo' }),
      });
      expect(login.status).toBe(200);
    } finally {
      expect((await server.stop()).code).toBe(0);
    }

    const b = await target();
    const restored = await tidtam(['restore', file], b);
    expect(restored.code, show(restored)).toBe(0);
    expect(restored.stdout).toMatch(/restored .* rows in \d+ tables/);
    const want = await snapshotOf(a);
    const got = await snapshotOf(b);
    // Signing in after the restore added a session and its audit row to a, not to b.
    for (const table of Object.keys(want)) {
      if (['user_session', 'audit_event', 'sequence audit_event_id_seq'].includes(table)) continue;
      expect(got[table], table).toEqual(want[table]);
    }
    expect(want.audit_event).toEqual(expect.arrayContaining(got.audit_event!));
  }, 240_000);

  it('without a server: backup and restore open the database themselves; a damaged file is refused before anything changes', async () => {
    const a = await target();
    const seeded = await a.open();
    try {
      await loadDemo(seeded.db);
    } finally {
      await seeded.close();
    }
    const file = join(work, 'stopped.tidtam.gz');
    const backup = await tidtam(['backup', file], a);
    expect(backup.code, show(backup)).toBe(0);
    const b = await target();
    const restored = await tidtam(['restore', file], b);
    expect(restored.code, show(restored)).toBe(0);
    expect(await snapshotOf(b)).toEqual(await snapshotOf(a));

    const damaged = join(work, 'damaged.tidtam.gz');
    const text = (await import('node:zlib')).gunzipSync(await readFile(file)).toString('utf8');
    await writeFile(damaged, gzipSync(text.slice(0, Math.floor(text.length / 2))));
    const c = await target();
    const before = await snapshotOf(c);
    const refused = await tidtam(['restore', damaged], c);
    expect(refused.code, show(refused)).toBe(1);
    expect(refused.stderr).toMatch(/Not a usable backup file: it is incomplete/);
    expect(await snapshotOf(c)).toEqual(before);
  }, 240_000);
});
