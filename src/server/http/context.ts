import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from '@fastify/type-provider-zod';
import type { Env } from '../config/env';
import type { Database } from '../db/database';

export interface AppContext {
  db: Database;
  env: Env;
}

export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();
