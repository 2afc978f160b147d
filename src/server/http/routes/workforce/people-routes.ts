/** People (workforce module): personal data, masked unless an admin reveals one person (audited). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdParam } from '../../../../shared/api/common';
import {
  PeopleListQuery,
  PersonCreate,
  PersonQuery,
  PersonView,
} from '../../../../shared/api/workforce/people';
import { createPerson, getPerson, listPersons } from '../../../use-cases/workforce/people';
import { requireActor, requireRole } from '../../auth';
import { typed, type AppContext } from '../../context';

export function peopleRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['people'];
  r.get(
    '/api/people',
    {
      schema: {
        tags,
        summary: 'People (masked national ID and birth date)',
        description:
          'Admins and viewers see everyone, focal points and approvers the people of their own unit. ' +
          'The national ID reads like 1-2345-xxxxx-xx-3 and only the year of birth is given.',
        querystring: PeopleListQuery,
        response: { 200: z.array(PersonView) },
      },
    },
    async (req) => listPersons(db, requireActor(req), req.query),
  );
  r.get(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: 'One person, masked (the national ID and birth date unmasked: POST …/reveal)',
        description:
          'No query parameters: the old `?reveal=true` is refused (400), since a read that writes the ' +
          'audit trail must not be a GET a link on another site could trigger.',
        params: IdParam,
        querystring: PersonQuery,
        response: { 200: PersonView },
      },
    },
    async (req) => getPerson(db, requireActor(req), req.params.id, false),
  );
  r.post(
    '/api/people/:id/reveal',
    {
      schema: {
        tags,
        summary: 'One person with the full national ID and birth date (admin only); the read is audited',
        description:
          'A POST, so it needs the x-tidtam-csrf header like every change: it writes a read_personal ' +
          'row to the audit trail (the fields named, never the values).',
        params: IdParam,
        response: { 200: PersonView },
      },
    },
    async (req) => getPerson(db, requireActor(req), req.params.id, true),
  );
  r.post(
    '/api/people',
    {
      schema: {
        tags,
        summary: 'Add a person (admin); the answer and the audit trail show the masked values',
        body: PersonCreate,
        response: { 201: PersonView },
      },
    },
    async (req, reply) => {
      const actor = requireRole(req, ['admin']);
      return reply.code(201).send(await createPerson(db, actor, req.body));
    },
  );
}
