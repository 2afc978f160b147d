/**
 * The slow, read-mostly development answers kept per data version (decision 0027): the agencies' 10-day
 * compliance, the consolidated plan and the digital skills of a fiscal year. Every statement that writes what
 * they read changes a token in its own transaction (migration 0027's triggers for people, positions, history
 * and units; migration 0031's for development records, projects, submissions, years, HRD plans and digital
 * skills), so an answer kept under the tokens read at the start of a request is the answer for the data as of
 * those tokens, whichever process wrote since; a rolled-back write changes no token. The actor's scope is
 * decided on every request (by the caller, before or after, never inside the kept computation).
 * A person's own days are never kept: they are one person's rows, read exactly on every request.
 */
import type { Queryable } from '../../db/database';
import { developmentDataToken } from '../../repositories/development/data-version';
import { keptByVersion } from '../kept-by-version';

const keep = keptByVersion(128);

/** The result of compute() for these inputs at the current data versions, computed once per version. */
export async function keptDevelopmentFigure<T>(
  db: Queryable,
  inputs: readonly unknown[],
  compute: () => Promise<T>,
): Promise<T> {
  return keep(await developmentDataToken(db), inputs, compute);
}
