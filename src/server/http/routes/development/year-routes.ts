/**
 * The year's cycle, the institute's side (issue 11): the years, opening one, the agencies' status table,
 * the plan's approval and its publication. Who may: src/server/policies/development/cycle-policy.ts.
 */
import type { FastifyInstance } from 'fastify';
import {
  FiscalYearParam,
  VersionBody,
  YearApproval,
  YearOpen,
  YearStatusView,
  YearsView,
  YearView,
} from '../../../../shared/api/development';
import { approveYear } from '../../../use-cases/development/approve-year';
import { listYears } from '../../../use-cases/development/list-years';
import { openYear } from '../../../use-cases/development/open-year';
import { publishYear } from '../../../use-cases/development/publish-year';
import { yearStatus } from '../../../use-cases/development/year-status';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

export function developmentYearRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['development cycle'];
  r.get(
    '/api/development/years',
    {
      schema: {
        tags,
        summary: 'The opened development years and the HRD plans a year classifies against',
        description: 'Every signed-in role but staff; says whether the user acts as the institute.',
        response: { 200: YearsView },
      },
    },
    async (req) => listYears(db, requireActor(req)),
  );
  r.post(
    '/api/development/years',
    {
      schema: {
        tags,
        summary: "The institute opens a fiscal year's cycle (form name, deadline, HRD plan)",
        description: 'Admin or a focal point/approver of the institute (BHRDI). 409 when the year is open.',
        body: YearOpen,
        response: { 201: YearView },
      },
    },
    async (req, reply) => reply.code(201).send(await openYear(db, requireActor(req), req.body)),
  );
  r.get(
    '/api/development/years/:fiscalYear/status',
    {
      schema: {
        tags,
        summary: "Every agency's submission of the year: state, projects, participants, budget, dates, late",
        description: "The institute reads every agency; an agency's focal point or approver its own row.",
        params: FiscalYearParam,
        response: { 200: YearStatusView },
      },
    },
    async (req) => yearStatus(db, requireActor(req), req.params.fiscalYear),
  );
  r.post(
    '/api/development/years/:fiscalYear/approval',
    {
      schema: {
        tags,
        summary: "The institute records the plan's approval: who, when, the order's reference",
        params: FiscalYearParam,
        body: YearApproval,
        response: { 200: YearView },
      },
    },
    async (req) => approveYear(db, requireActor(req), req.params.fiscalYear, req.body),
  );
  r.post(
    '/api/development/years/:fiscalYear/publish',
    {
      schema: {
        tags,
        summary: 'The institute publishes the consolidated plan (after its approval is recorded)',
        params: FiscalYearParam,
        body: VersionBody,
        response: { 200: YearView },
      },
    },
    async (req) => publishYear(db, requireActor(req), req.params.fiscalYear, req.body.version),
  );
}
