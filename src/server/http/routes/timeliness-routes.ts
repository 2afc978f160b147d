import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';

/** Placeholder: the feature's routes are registered here. */
export function timelinessRoutes(_app: FastifyInstance, _context: AppContext) {}
