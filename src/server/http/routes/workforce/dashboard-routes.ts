/** The HR Dashboard (workforce contract): figures as of a date, scoped to the actor's unit; one XLSX export. */
import type { FastifyInstance } from 'fastify';
import {
  AgeProfileResponse,
  AsOfQuery,
  ExportQuery,
  HeadcountResponse,
  MovementsQuery,
  MovementsResponse,
  RetirementsQuery,
  RetirementsResponse,
  VacanciesResponse,
} from '../../../../shared/api/workforce/dashboard';
import { exportWorkforceView } from '../../../exports/workforce/dashboard-sheets';
import { getAgeProfile, getHeadcount, getVacancies } from '../../../use-cases/workforce/dashboard-figures';
import { getMovements } from '../../../use-cases/workforce/movements';
import { getRetirements } from '../../../use-cases/workforce/retirements';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

const SCOPE =
  'Admins and the committee (viewer) read every unit or the one asked for (`unit`, an org_unit code); focal ' +
  'points and approvers always get their own unit, whatever they ask. The committee sees figures only.';

export function workforceDashboardRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['workforce'];
  r.get(
    '/api/workforce/headcount',
    {
      schema: {
        tags,
        summary: 'People in service on a date by unit, staff type, position type, level and line',
        description: `${SCOPE} asOf defaults to today in Bangkok. 404 for an unknown unit code.`,
        querystring: AsOfQuery,
        response: { 200: HeadcountResponse },
      },
    },
    async (req) => getHeadcount(db, requireActor(req), req.query),
  );
  r.get(
    '/api/workforce/vacancies',
    {
      schema: {
        tags,
        summary: 'Positions not abolished and held by no one on a date, since when and for how many days',
        description: `${SCOPE} The longest vacant first, at most 1,000 positions listed; totals count all.`,
        querystring: AsOfQuery,
        response: { 200: VacanciesResponse },
      },
    },
    async (req) => getVacancies(db, requireActor(req), req.query),
  );
  r.get(
    '/api/workforce/retirements',
    {
      schema: {
        tags,
        summary: 'People retiring per fiscal year, and the key positions whose holder retires',
        description: `${SCOPE} The CLI JSON's shape (formats.md) plus byLevel, byUnit and keyPositions (names null for the committee).`,
        querystring: RetirementsQuery,
        response: { 200: RetirementsResponse },
      },
    },
    async (req) => getRetirements(db, requireActor(req), req.query),
  );
  r.get(
    '/api/workforce/age-profile',
    {
      schema: {
        tags,
        summary: 'People in service on a date by 5-year age band and staff type',
        description: SCOPE,
        querystring: AsOfQuery,
        response: { 200: AgeProfileResponse },
      },
    },
    async (req) => getAgeProfile(db, requireActor(req), req.query),
  );
  r.get(
    '/api/workforce/movements',
    {
      schema: {
        tags,
        summary: 'Per fiscal year: entries, exits by reason, level promotions, transfers between units',
        description: `${SCOPE} At most 21 fiscal years (400 otherwise).`,
        querystring: MovementsQuery,
        response: { 200: MovementsResponse },
      },
    },
    async (req) => getMovements(db, requireActor(req), req.query),
  );
  r.get(
    '/api/workforce/export.xlsx',
    {
      schema: {
        tags,
        summary: 'One dashboard view as a workbook (the same figures as its JSON route)',
        description: `${SCOPE} view: headcount, vacancies, retirements, age-profile or movements.`,
        querystring: ExportQuery,
      },
    },
    async (req, reply) => {
      const { name, body } = await exportWorkforceView(db, requireActor(req), req.query);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(body);
    },
  );
}
