/**
 * The module layout (docs/decisions/0010-modules.md), checked on every import in src/:
 *
 * - a module's files live in a folder named after it inside each layer (src/domain/workforce/,
 *   src/server/use-cases/workforce/, src/web/features/workforce/ …); everything else is the shared kernel;
 * - a module may import the kernel, its own files, and another module only through that module's index.ts;
 * - the kernel imports no module, except the composition roots that wire modules together;
 * - the domain is pure: it imports only the domain (and the shared limits), no Node.js or package module;
 * - the web app never imports the server, and the server never imports the web app.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
export const MODULES = ['monitoring', 'workforce', 'development', 'careers', 'committee'] as const;

/** Files that wire the modules together (start-up, routes, command line, demo, generator, the web app's routes). */
const COMPOSITION_ROOTS = [
  /^src\/server\/http\/app\.ts$/,
  /^src\/server\/(main|serve)\.ts$/,
  /^src\/cli\//,
  /^src\/server\/demo\//,
  /^src\/server\/generate\//,
  /^src\/web\/app\//,
];

/** Kernel files that still know a module, each with the reason; shrink this list, never grow it lightly. */
const KNOWN_EXCEPTIONS: Record<string, string> = {
  'src/server/http/routes/audit-routes.ts':
    "a project's audit trail is readable by whoever may read the project",
  'src/server/import/row-reader.ts': 'reads a project status cell (monitoring) beside the generic cells',
  'src/web/shared/format/format.ts': 'the formatter carries the project-status words every page uses',
  'src/web/shared/audit/labels.ts': 'audit values that are project statuses are shown as words',
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const moduleOf = (path: string): string | null =>
  path.split('/').find((segment) => (MODULES as readonly string[]).includes(segment)) ?? null;

/** The folder of the module inside its layer: src/server/use-cases/workforce for src/server/use-cases/workforce/x.ts. */
const moduleRoot = (path: string, module: string) =>
  `${path}/`.slice(0, `${path}/`.indexOf(`/${module}/`) + module.length + 1); // the folder itself counts too

interface Import {
  file: string;
  spec: string;
  target: string | null;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:(?<![\w'"])from|^import|\bimport\()\s*['"]([^'"]+)['"]/gm)].map(
    ([, spec]) => ({
      file,
      spec: spec!,
      target: spec!.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), spec!)) : null,
    }),
  );
}

const files = walk(join(ROOT, 'src')).map((f) => relative(ROOT, f));
const imports = files.flatMap(importsOf);
const show = (i: Import) => `${i.file} → ${i.spec}`;

describe('module boundaries', () => {
  it('finds the modules where the layout says', () => {
    const present = new Set(files.map(moduleOf).filter(Boolean));
    expect(present.has('monitoring')).toBe(true);
    expect(present.has('workforce')).toBe(true);
  });

  it('a module reaches another module only through its index', () => {
    const bad = imports.filter((i) => {
      const from = moduleOf(i.file);
      const to = i.target && moduleOf(i.target);
      if (!from || !to || from === to) return false;
      return i.target !== moduleRoot(i.target!, to) && i.target !== `${moduleRoot(i.target!, to)}/index`;
    });
    expect(bad.map(show)).toEqual([]);
  });

  it('the kernel imports no module, except the composition roots and the known exceptions', () => {
    const bad = imports.filter(
      (i) =>
        !moduleOf(i.file) &&
        i.target !== null &&
        moduleOf(i.target) !== null &&
        !COMPOSITION_ROOTS.some((re) => re.test(i.file)) &&
        !(i.file in KNOWN_EXCEPTIONS),
    );
    expect(bad.map(show)).toEqual([]);
  });

  it('every known exception is still needed', () => {
    const stillImporting = new Set(
      imports.filter((i) => !moduleOf(i.file) && i.target && moduleOf(i.target)).map((i) => i.file),
    );
    expect(Object.keys(KNOWN_EXCEPTIONS).filter((f) => !stillImporting.has(f))).toEqual([]);
  });

  it('the domain is pure: only the domain and the shared limits, no Node.js or package imports', () => {
    const bad = imports.filter(
      (i) =>
        i.file.startsWith('src/domain/') &&
        (i.target === null || !(i.target.startsWith('src/domain') || i.target === 'src/shared/limits')),
    );
    expect(bad.map(show)).toEqual([]);
  });

  it('the web app and the server never import each other', () => {
    const bad = imports.filter(
      (i) =>
        i.target !== null &&
        ((i.file.startsWith('src/web/') && i.target.startsWith('src/server/')) ||
          (i.file.startsWith('src/server/') && i.target.startsWith('src/web/'))),
    );
    expect(bad.map(show)).toEqual([]);
  });
});
