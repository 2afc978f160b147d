/**
 * A person's own entries of outside learning (issue 11 item 4): the person's routes (open to staff: only
 * their own entries) and the agency's approval queue and decision (its focal points and approvers).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  EntriesQuery,
  EntryDecision,
  EntryInput,
  EntryParam,
  EntryQueueView,
  EntryUpdate,
  EntryView,
  EntryWithdraw,
  MyEntriesView,
} from '../../../../shared/api/development';
import { decideOwnEntry, entryQueue } from '../../../use-cases/development/decide-entry';
import { addEntry, editEntry, myEntries, withdrawEntry } from '../../../use-cases/development/own-entries';
import { requireActor } from '../../auth';
import { typed, type AppContext } from '../../context';

const OWN = '/api/development/me/entries';
const NO_PERSON = '404 when the account is linked to no person record or the entry is not theirs.';

export function developmentEntryRoutes(app: FastifyInstance, { db }: AppContext) {
  const r = typed(app);
  const tags = ['development'];
  r.get(
    OWN,
    {
      config: { staff: true },
      schema: {
        tags,
        summary: "The signed-in user's own entries of outside learning of a fiscal year, every state",
        description: NO_PERSON,
        querystring: EntriesQuery,
        response: { 200: MyEntriesView },
      },
    },
    async (req) => myEntries(db, requireActor(req), req.query.fiscalYear),
  );
  r.post(
    OWN,
    {
      config: { staff: true },
      schema: {
        tags,
        summary: 'The signed-in user enters their own outside learning (pending until their agency approves)',
        description:
          'Coaching, on-the-job, e-learning or a course elsewhere. Keeps the unit, position and level held ' +
          'on the first day. 400 when it ends before it starts or has more days than the dates span. ' +
          NO_PERSON,
        body: EntryInput,
        response: { 201: EntryView },
      },
    },
    async (req, reply) => reply.code(201).send(await addEntry(db, requireActor(req), req.body)),
  );
  r.patch(
    `${OWN}/:id`,
    {
      config: { staff: true },
      schema: {
        tags,
        summary: 'The signed-in user edits their own pending entry (needs its version)',
        description: `409 once decided or when stale. ${NO_PERSON}`,
        params: EntryParam,
        body: EntryUpdate,
        response: { 200: EntryView },
      },
    },
    async (req) => editEntry(db, requireActor(req), req.params.id, req.body),
  );
  r.delete(
    `${OWN}/:id`,
    {
      config: { staff: true },
      schema: {
        tags,
        summary: 'The signed-in user withdraws their own pending entry (needs its version)',
        description: `409 once decided or when stale. ${NO_PERSON}`,
        params: EntryParam,
        querystring: EntryWithdraw,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await withdrawEntry(db, requireActor(req), req.params.id, req.query.version);
      return reply.code(204).send(null);
    },
  );
  r.get(
    '/api/development/entries/pending',
    {
      schema: {
        tags,
        summary: "The approval queue: pending own entries of the agency's people, with counts per unit",
        description:
          'Admins every unit, focal points and approvers their own unit (the person’s unit on the first day); ' +
          'the committee and staff 403. The first 500, oldest first; `pending` counts them all.',
        response: { 200: EntryQueueView },
      },
    },
    async (req) => entryQueue(db, requireActor(req)),
  );
  r.post(
    '/api/development/entries/:id/decision',
    {
      schema: {
        tags,
        summary: "The agency approves or rejects a person's own entry (a comment required to reject)",
        description:
          "A focal point or approver of the person's unit, or an admin; 403 for another unit's, the committee, " +
          'staff, or one’s own entry; 409 once decided or when stale. Only approved entries count.',
        params: EntryParam,
        body: EntryDecision,
        response: { 200: EntryView },
      },
    },
    async (req) => decideOwnEntry(db, requireActor(req), req.params.id, req.body),
  );
}
