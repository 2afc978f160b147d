/**
 * Where the server's memory goes. Floors, measured in the same run in short-lived processes before the
 * server starts: a bare node process; node with tsx and every module `bin/tidtam serve` imports (no
 * database); the same plus the committee paper's modules (docx, exceljs, echarts, resvg), which the
 * server loads on the first paper; and (PGlite) a bare PGlite instance opened on the same data directory,
 * with the server's start parameters, before and after the ANALYZE the server runs at start. Then the
 * server's own RSS after each stage of the run: idle, the page calls, the papers, the sign-ins, the
 * submissions (the largest RSS sampled so far, so each stage's increment is what it added to the peak).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pgliteStartParams } from '../../src/server/db/pglite';
import { probeRss, ROOT } from '../processes';
import type { ScenarioContext } from './context';

const MB = 2 ** 20;
const src = (path: string) => JSON.stringify(pathToFileURL(join(ROOT, 'src', path)).href);

export interface MemoryFloors {
  /** `node -e` doing nothing. */
  node: number;
  /** node + tsx + the server's modules (src/server/main.ts), no database. */
  modules: number;
  /** … + the committee paper's modules. */
  paperModules: number;
  /** PGlite only: a bare PGlite instance opened on the data directory, after one `select 1`. */
  pglite?: number;
  /** … after ANALYZE (what a PGlite server does at start). */
  pgliteAnalyzed?: number;
}

export interface MemoryStages {
  idle: number;
  reads: number;
  papers: number;
  /** The RSS (now, not the largest) once the paper worker has ended after its idle time. */
  papersReturned: number;
  signIns: number;
  submissions: number;
}

/** PGlite's floor must run while no other process holds the directory: after the in-process floors closed it. */
export async function memoryFloors(ctx: ScenarioContext): Promise<MemoryFloors> {
  const node = await probeRss(`await settle(); rss('node');`);
  const modules = await probeRss(
    `import { register } from 'tsx/esm/api';
     register();
     await import(${src('server/main.ts')});
     await settle(); rss('modules');
     await import(${src('server/papers/monitoring/docx-writer.ts')});
     await import(${src('server/papers/monitoring/xlsx-writer.ts')});
     await import(${src('server/papers/monitoring/html-writer.ts')});
     await settle(); rss('paperModules');`,
  );
  const floors: MemoryFloors = {
    node: node.node! / MB,
    modules: modules.modules! / MB,
    paperModules: modules.paperModules! / MB,
  };
  if (ctx.target.kind === 'pglite') {
    const pglite = await probeRss(
      `import { PGlite } from '@electric-sql/pglite';
       const db = await PGlite.create(${JSON.stringify(join(ctx.target.dataDir, 'pgdata'))},
         { startParams: ${JSON.stringify(pgliteStartParams())} });
       await db.query('select 1');
       await settle(); rss('pglite');
       await db.exec('analyze');
       await settle(); rss('pgliteAnalyzed');
       await db.close();`,
    );
    floors.pglite = pglite.pglite! / MB;
    floors.pgliteAnalyzed = pglite.pgliteAnalyzed! / MB;
  }
  ctx.log(
    `${ctx.target.kind}: memory floors ${Object.entries(floors)
      .map(([k, v]) => `${k} ${Math.round(v)} MB`)
      .join(', ')}`,
  );
  return floors;
}

/** The breakdown as figures: each floor and stage beside what it builds on. */
export function recordMemory(ctx: ScenarioContext, floors: MemoryFloors, bytes: MemoryStages) {
  const s = {
    idle: bytes.idle / MB,
    reads: bytes.reads / MB,
    papers: bytes.papers / MB,
    papersReturned: bytes.papersReturned / MB,
    signIns: bytes.signIns / MB,
    submissions: bytes.submissions / MB,
  };
  const { rec } = ctx;
  rec.add('mem-modules', { value: floors.modules, limit: floors.node });
  rec.add('mem-paper-modules', { value: floors.paperModules, limit: floors.modules });
  // The database's floor in the server: node + modules, and for PGlite what a bare instance adds to node.
  const pgliteAdds = floors.pglite === undefined ? 0 : floors.pglite - floors.node;
  if (floors.pglite !== undefined) {
    rec.add('mem-pglite', { value: floors.pglite, limit: floors.node });
    rec.note(
      'mem-pglite',
      `${Math.round(pgliteAdds)} MB more than bare node; ${Math.round(floors.pgliteAnalyzed!)} MB after ANALYZE, as the server runs at start`,
    );
  }
  const idleFloor = floors.modules + pgliteAdds;
  rec.add('mem-idle', { value: s.idle, limit: idleFloor });
  rec.note(
    'mem-idle',
    floors.pglite === undefined
      ? 'limit: node + tsx + the server’s modules'
      : 'limit: node + tsx + the server’s modules, plus what a bare PGlite adds to node',
  );
  rec.add('mem-reads', { value: s.reads, limit: s.idle });
  rec.add('mem-papers', { value: s.papers, limit: s.reads });
  rec.add('mem-papers-returned', { value: s.papersReturned, limit: s.reads });
  rec.add('mem-signins', { value: s.signIns, limit: s.papers });
  rec.add('mem-submissions', { value: s.submissions, limit: s.signIns });
}
