/** The development module's reads (issue 11): the consolidated plan, a person's days, agencies' days. */
import type { FastifyInstance } from 'fastify';
import {
  DevelopmentSummaryView,
  DigitalSkillsView,
  FiscalYearQuery,
  LatestFiscalYearQuery,
  PersonDaysView,
  PersonNoParam,
  UnitsDaysView,
} from '../../../../shared/api/development';
import { agenciesDays, myDays, personDays } from '../../../use-cases/development/days';
import { developmentPlanView } from '../../../use-cases/development/plan-view';
import { digitalSkills } from '../../../use-cases/development/digital-skills';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

export function developmentReadRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['development'];
  r.get(
    '/api/development/summary',
    {
      schema: {
        tags,
        summary:
          "The year's consolidated development plan: totals, by strategy, source, agency group, coverage",
        description:
          'Every signed-in role but staff. 404 when the year is not opened. The budget in Thai words is ' +
          'written from the number; coverage marks strategies fewer than half of the agencies develop.',
        querystring: FiscalYearQuery,
        response: { 200: DevelopmentSummaryView },
      },
    },
    async (req) => developmentPlanView(db, requireActor(req), req.query.fiscalYear),
  );
  r.get(
    '/api/development/people/:personNo/days',
    {
      schema: {
        tags,
        summary: "A person's development days of a fiscal year against 10 days and the 70:20:10 mix",
        description:
          'Admins read anyone, focal points and approvers the people of their unit; anyone else is told ' +
          'the person does not exist (404). The committee: 403. No national ID.',
        params: PersonNoParam,
        querystring: FiscalYearQuery,
        response: { 200: PersonDaysView },
      },
    },
    async (req) => personDays(db, requireActor(req), { personNo: req.params.personNo }, req.query.fiscalYear),
  );
  r.get(
    '/api/development/me/days',
    {
      config: { staff: true },
      schema: {
        tags,
        summary: "The signed-in user's own development days (a staff user's record)",
        description: '404 when the account is linked to no person record.',
        querystring: FiscalYearQuery,
        response: { 200: PersonDaysView },
      },
    },
    async (req) => myDays(db, requireActor(req), req.query.fiscalYear),
  );
  r.get(
    '/api/development/units/days',
    {
      schema: {
        tags,
        summary: 'Per agency: staff in service at the year end, how many reached 10 development days, share',
        description:
          'Admins and the committee every agency, focal points and approvers their own unit; staff 403. ' +
          'One set-based query over the year.',
        querystring: FiscalYearQuery,
        response: { 200: UnitsDaysView },
      },
    },
    async (req) => agenciesDays(db, requireActor(req), req.query.fiscalYear),
  );
  r.get(
    '/api/development/digital',
    {
      schema: {
        tags,
        summary: 'Digital skills of a fiscal year: share of staff assessed per agency, gaps by skill area',
        description:
          'Admins and the committee every agency, focal points and approvers their own unit; staff 403. Staff ' +
          'in service at the year end; assessed = any area assessed in the year; a gap = the latest level of ' +
          "the year below the area's expected level (digital_skill_area); digital = approved records flagged digital. " +
          'Without fiscalYear: the latest fiscal year with an assessment or a digital record of the units read ' +
          '(else the current one); the answer names the year.',
        querystring: LatestFiscalYearQuery,
        response: { 200: DigitalSkillsView },
      },
    },
    async (req) => digitalSkills(db, requireActor(req), req.query.fiscalYear),
  );
}
