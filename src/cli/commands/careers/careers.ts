/**
 * `tidtam import career-paths FILE` and `tidtam careers eligibility --path CODE [--as-of YYYY-MM-DD] --json`
 * (docs/career-path-file.md): through the use cases the web uses, in this process or, while a server holds
 * the data directory, by that server. Errors go to standard error and the exit status is 1 (src/cli/main.ts).
 */
import { access, constants } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseDate } from '../../../domain/thai-date';
import type { Backend } from '../../backend';
import { UsageError } from '../../usage';

export async function importCareerPathsCommand(backend: Backend, file: string | undefined) {
  if (!file) throw new UsageError('usage: tidtam import career-paths FILE');
  const path = resolve(file);
  try {
    await access(path, constants.R_OK);
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  const result = await backend.importCareerPaths(path);
  console.log(`${file}: ${result.paths} paths`);
  console.log(`  created: ${result.created.length ? result.created.join(', ') : '-'}`);
  console.log(
    `  new draft: ${result.drafted.length ? result.drafted.map((d) => `${d.code} v${d.versionNo}`).join(', ') : '-'}`,
  );
}

export async function careersCommand(
  backend: Backend,
  sub: string | undefined,
  options: { path: string | undefined; asOf: string | undefined; json: boolean; extra: string[] },
) {
  if (sub !== 'eligibility' || !options.path || options.extra.length > 0)
    throw new UsageError('usage: tidtam careers eligibility --path CODE [--as-of YYYY-MM-DD] [--json]');
  if (options.asOf !== undefined && parseDate(options.asOf) !== options.asOf)
    throw new UsageError(`--as-of must be a date like 2024-10-01, not "${options.asOf}"`);
  const view = await backend.careerEligibility(options.path, options.asOf);
  if (options.json) {
    console.log(JSON.stringify(view, null, 2));
    return;
  }
  const c = view.counts;
  console.log(`${view.path.code} ${view.path.name} (version ${view.versionNo}) as of ${view.asOf}`);
  console.log(
    `  candidates ${c.candidates}, eligible ${c.eligible} (by exception ${c.exceptions}), within ${view.withinYears} year(s) ${c.within}`,
  );
  for (const p of view.people ?? [])
    console.log(`  ${p.personNo}\t${p.standing}\t${p.name}\t${p.metOn ?? ''}\t${p.missing.join(' ')}`);
}
