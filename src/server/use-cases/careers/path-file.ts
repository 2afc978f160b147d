/**
 * The career-path file (docs/career-path-file.md, decision 0015). Export: one path or all, every version
 * with stages, job profile and criteria. Import (central office): checked whole by the API's schemas, then
 * all-or-nothing in one transaction — a path the database lacks is created with the file's versions as
 * they are; an existing path gets the file's newest version as its draft (a new draft, or the draft
 * replaced). Every change audited. Errors name the path (its code) and the field, in Thai and English.
 */
import { readFile, stat } from 'node:fs/promises';
import type { z } from 'zod';
import {
  PATH_FILE_FORMAT,
  PATH_FILE_LIMITS,
  PathFile,
  type PathFileImportResult,
  type PathFileVersion,
} from '../../../shared/api/careers';
import type { FieldIssue } from '../../../shared/messages';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { AppError, conflict, invalidInput, notFound } from '../../errors';
import { requireCareerAdmin, requirePathReader } from '../../policies/careers/careers-policy';
import { recordAudit } from '../../repositories/audit';
import {
  insertVersionAsIs,
  pathIdsByCode,
  userIdsByName,
  versionsOfPaths,
} from '../../repositories/careers/path-file';
import {
  draftRow,
  insertDraft,
  insertPath,
  listPathRows,
  updateDraft,
} from '../../repositories/careers/paths';
import { PATH } from './paths';
import { bangkokToday } from './today';

export async function exportPathFile(db: Queryable, actor: Actor, code?: string): Promise<PathFile> {
  requirePathReader(actor);
  const paths = (await listPathRows(db, bangkokToday())).filter((p) => code === undefined || p.code === code);
  if (code !== undefined && paths.length === 0) throw notFound(PATH);
  const versions = await versionsOfPaths(
    db,
    paths.map((p) => p.id),
  );
  return {
    format: PATH_FILE_FORMAT,
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    paths: [...paths]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((p) => ({
        code: p.code,
        name: p.name,
        targetTitle: p.target_title,
        origin: p.origin,
        description: p.description,
        isExample: p.is_example,
        versions: versions
          .filter((v) => v.path_id === p.id)
          .map((v) => ({
            versionNo: v.version_no,
            status: v.status,
            effectiveFrom: v.effective_from,
            approvedBy: v.approved_by,
            approvedAt: v.approved_at,
            note: v.note,
            stages: v.stages,
            profile: v.profile,
            criteria: v.criteria,
          })),
      })),
  };
}

const split = (message: string) => {
  const [th, en] = message.split(' | ');
  return en === undefined ? { th: 'ข้อมูลไม่ถูกต้อง', en: th ?? message } : { th: th!, en };
};

/** Zod's issues as field issues naming the path by its code (or its place when it has none). */
function fileIssues(error: z.ZodError, json: unknown): FieldIssue[] {
  return error.issues.slice(0, 1000).map((issue) => {
    const at = issue.path;
    const field = at
      .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
      .join('');
    const index = at[0] === 'paths' && typeof at[1] === 'number' ? at[1] : null;
    const code = index === null ? null : (json as { paths?: { code?: unknown }[] }).paths?.[index]?.code;
    const where =
      index === null
        ? { th: '', en: '' }
        : typeof code === 'string'
          ? { th: `เส้นทาง ${code}: `, en: `path ${code}: ` }
          : { th: `เส้นทางที่ ${index + 1}: `, en: `path no. ${index + 1}: ` };
    const m = split(issue.message);
    return { field: field || 'file', th: `${where.th}${m.th}`, en: `${where.en}${m.en}` };
  });
}

async function readPathFile(file: string): Promise<PathFile> {
  if ((await stat(file)).size > PATH_FILE_LIMITS.bytes)
    throw new AppError('too_large', {
      th: `ไฟล์เส้นทางใหญ่เกิน ${PATH_FILE_LIMITS.bytes / 1024 / 1024} MB`,
      en: `A path file is at most ${PATH_FILE_LIMITS.bytes / 1024 / 1024} MB`,
    });
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw invalidInput([
      { field: 'file', th: `ไฟล์ไม่ใช่ JSON ที่ถูกต้อง (${why})`, en: `not valid JSON (${why})` },
    ]);
  }
  const parsed = PathFile.safeParse(json);
  if (!parsed.success)
    throw invalidInput(fileIssues(parsed.error, json), {
      th: 'ไฟล์เส้นทางไม่ถูกต้อง ไม่ได้นำเข้าข้อมูลใด ๆ',
      en: 'The path file is not valid; nothing was imported',
    });
  return parsed.data;
}

const content = (v: PathFileVersion) => ({
  criteria: v.criteria,
  stages: v.stages,
  profile: v.profile ?? null,
  note: v.note ?? null,
});

export async function importPathFile(
  db: Database,
  actor: Actor,
  file: string,
): Promise<PathFileImportResult> {
  requireCareerAdmin(actor);
  const data = await readPathFile(file);
  const result: PathFileImportResult = { paths: data.paths.length, created: [], drafted: [] };
  await db.transaction(async (tx) => {
    const existing = await pathIdsByCode(
      tx,
      data.paths.map((p) => p.code),
    );
    const approvers = await userIdsByName(
      tx,
      data.paths.flatMap((p) => p.versions.flatMap((v) => (v.approvedBy ? [v.approvedBy] : []))),
    );
    for (const p of data.paths) {
      const newest = p.versions.reduce((a, b) => (b.versionNo > a.versionNo ? b : a));
      const id = existing.get(p.code);
      if (id === undefined) {
        const fields = {
          code: p.code,
          name: p.name,
          targetTitle: p.targetTitle,
          origin: p.origin ?? null,
          description: p.description ?? null,
          isExample: p.isExample ?? false,
        };
        const pathId = (await insertPath(tx, fields))!;
        await recordAudit(tx, actor, {
          action: 'import',
          entity: 'career_path',
          entityId: pathId,
          after: fields,
        });
        for (const v of p.versions) {
          const versionId = await insertVersionAsIs(tx, pathId, {
            ...content(v),
            versionNo: v.versionNo,
            status: v.status,
            effectiveFrom: v.effectiveFrom,
            approvedBy: (v.approvedBy ? approvers.get(v.approvedBy) : undefined) ?? actor.userId,
            approvedAt: v.approvedAt ?? null,
            createdBy: actor.userId,
          });
          await recordAudit(tx, actor, {
            action: 'import',
            entity: 'career_path_version',
            entityId: versionId,
            after: { path_id: pathId, version_no: v.versionNo, status: v.status, ...content(v) },
          });
        }
        result.created.push(p.code);
        continue;
      }
      await tx.query('select id from career_path where id = $1 for update', [id]);
      const draft = await draftRow(tx, id);
      if (draft === null) {
        const made = await insertDraft(tx, id, { ...content(newest), createdBy: actor.userId });
        await recordAudit(tx, actor, {
          action: 'import',
          entity: 'career_path_version',
          entityId: made.id,
          after: { path_id: id, version_no: made.version_no, ...content(newest) },
        });
        result.drafted.push({ code: p.code, versionNo: made.version_no });
      } else {
        if (!(await updateDraft(tx, draft.id, draft.version, content(newest))))
          throw conflict({
            th: `ร่างของเส้นทาง ${p.code} ถูกแก้ไขพร้อมกัน`,
            en: `The draft of ${p.code} changed meanwhile`,
          });
        await recordAudit(tx, actor, {
          action: 'import',
          entity: 'career_path_version',
          entityId: draft.id,
          before: {
            criteria: draft.criteria,
            stages: draft.stages,
            profile: draft.profile,
            note: draft.note,
          },
          after: content(newest),
        });
        result.drafted.push({ code: p.code, versionNo: draft.version_no });
      }
    }
  });
  return result;
}
