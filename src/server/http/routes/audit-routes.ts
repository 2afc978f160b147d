/**
 * The audit trail: a search over every change (admin), and one record's history (admin; for a
 * project, also everyone who may read the project, decided by the project policy).
 */
import type { FastifyInstance } from 'fastify';
import { AuditPage, AuditPaging, AuditQuery, AuditTrailParams } from '../../../shared/api/audit';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { forbidden, notFound } from '../../errors';
import { projectAbilities } from '../../policies/monitoring/project-policy';
import { searchAudit } from '../../repositories/audit';
import { requireActor, requireRole } from '../auth';
import { typed, type AppContext } from '../context';

async function mayReadTrail(db: Database, actor: Actor, entity: string, entityId: string): Promise<boolean> {
  if (actor.role === 'admin') return true;
  if (entity !== 'project') return false;
  const { rows } = /^\d{1,9}$/.test(entityId)
    ? await db.query<{ owner_unit_id: number | null }>('select owner_unit_id from project where id = $1', [
        Number(entityId),
      ])
    : { rows: [] };
  const project = rows[0];
  if (!project) throw notFound({ th: 'โครงการนี้', en: 'This project' });
  return projectAbilities(actor, { ownerUnitId: project.owner_unit_id }).read;
}

export function auditRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['audit'];
  r.get(
    '/api/audit',
    {
      schema: {
        tags,
        summary: 'Search the audit trail (admin), newest first, paged',
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    async (req) => {
      requireRole(req, ['admin']);
      return searchAudit(db, req.query);
    },
  );
  r.get(
    '/api/audit/:entity/:entityId',
    {
      schema: {
        tags,
        summary: 'One record’s history: who, when, action, before and after',
        params: AuditTrailParams,
        querystring: AuditPaging,
        response: { 200: AuditPage },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { entity, entityId } = req.params;
      if (!(await mayReadTrail(db, actor, entity, entityId))) throw forbidden();
      return searchAudit(db, { entity, entityId, ...req.query });
    },
  );
}
