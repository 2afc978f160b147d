/** The people directory and the person page (workforce contract); a staff user's own page. */
import type { FastifyInstance } from 'fastify';
import {
  DirectoryQuery,
  DirectoryResponse,
  PersonNoParam,
  PersonPage,
  PersonPageQuery,
} from '../../../../shared/api/workforce/directory';
import { IdParam } from '../../../../shared/api/common';
import { UserAdminView, UserPersonInput } from '../../../../shared/api/users';
import { linkUserPerson } from '../../../use-cases/workforce/link-user-person';
import { searchDirectory } from '../../../use-cases/workforce/directory';
import { getMyPage, getPersonPage } from '../../../use-cases/workforce/person-page';
import { requireActor, requireRole } from '../../auth';
import { typed, type AppContext } from '../../context';

export function workforceDirectoryRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['workforce'];
  r.get(
    '/api/workforce/people',
    {
      schema: {
        tags,
        summary: 'Search people by name, personnel number, unit or position title, a page at a time',
        description:
          'Admins search everyone, focal points and approvers their own unit (whatever unit they ask); ' +
          'the committee (viewer) is refused (403): figures only, never names. total is exact.',
        querystring: DirectoryQuery,
        response: { 200: DirectoryResponse },
      },
    },
    async (req) => searchDirectory(db, requireActor(req), req.query),
  );
  r.get(
    '/api/workforce/people/:personNo',
    {
      config: { staff: true },
      schema: {
        tags,
        summary: 'One person: the record (national ID masked), the history as a timeline, facts as of a date',
        description:
          'Admins read anyone, focal points and approvers the people of their own unit, a staff user their ' +
          'own record; anyone else is told the person does not exist (404). The committee: 403.',
        params: PersonNoParam,
        querystring: PersonPageQuery,
        response: { 200: PersonPage },
      },
    },
    async (req) => getPersonPage(db, requireActor(req), { personNo: req.params.personNo }, req.query.asOf),
  );
  r.get(
    '/api/workforce/me',
    {
      config: { staff: true },
      schema: {
        tags,
        summary: "The signed-in user's own person page (a staff user's record)",
        description: '404 when the account is linked to no person record.',
        querystring: PersonPageQuery,
        response: { 200: PersonPage },
      },
    },
    async (req) => getMyPage(db, requireActor(req), req.query.asOf),
  );
  r.put(
    '/api/users/:id/person',
    {
      schema: {
        tags: ['users'],
        summary: 'Link a user to their person record (personnel number), or unlink (null)',
        description:
          'A staff user sees only this record. 400 for an unknown number or unlinking a staff user; 409 when ' +
          'the person already has another user. A changed link ends the user’s sessions.',
        params: IdParam,
        body: UserPersonInput,
        response: { 200: UserAdminView },
      },
    },
    async (req) => linkUserPerson(db, requireRole(req, ['admin']), req.params.id, req.body),
  );
}
