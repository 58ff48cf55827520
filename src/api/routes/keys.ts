import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { API_KEY_ROLES, type Clock, type Store } from '../../core/index.js';
import { badRequest, notFound } from '../errors.js';
import { createApiKey, InvalidApiKeyRequest } from '../keys.js';
import { requireAdmin, type ApiKeyLookup } from '../plugins/auth.js';
import { BEARER_SECURITY } from '../plugins/docs.js';
import { errorResponses, errorSchema } from '../schemas.js';

export interface KeyRoutesOptions {
  store: Store;
  clock?: Clock;
  /** The authentication hook's keys, told of a revocation so that it takes effect at once. */
  keys: ApiKeyLookup;
}

const apiKeySchema = z
  .object({
    id: z.string(),
    client_id: z.string().nullable().describe('The tenant of the key; null for an admin key'),
    name: z.string(),
    role: z
      .enum(API_KEY_ROLES)
      .describe('admin: every tenant and the keys; read_write / read_only: one tenant'),
    source: z.enum(['env', 'store']).describe('env: seeded from CLOUDDIAGNOZE_API_KEYS'),
    created_at: z.string(),
    last_used_at: z.string().nullable().describe('Last request made with it (to the minute)'),
    revoked_at: z.string().nullable(),
  })
  .meta({ id: 'ApiKey' });

const forbiddenResponse = errorSchema.describe('Not an admin API key');

/** The admin API of the API keys: create (shown once), list, revoke. */
export const keyRoutes: FastifyPluginAsyncZod<KeyRoutesOptions> = async (app, options) => {
  const { store } = options;
  const clock = options.clock ?? { now: () => new Date() };

  app.get(
    '/keys',
    {
      schema: {
        tags: ['keys'],
        summary: 'API keys, revoked ones included (admin key)',
        security: BEARER_SECURITY,
        querystring: z
          .object({ client_id: z.string().min(1).max(200).optional().describe('one tenant') })
          .strict(),
        response: {
          200: z.object({ items: z.array(apiKeySchema) }),
          ...errorResponses,
          403: forbiddenResponse,
        },
      },
    },
    async (request) => {
      requireAdmin(request, 'list API keys');
      const { client_id } = request.query;
      return { items: await store.listApiKeys(client_id === undefined ? {} : { client_id }) };
    },
  );

  app.post(
    '/keys',
    {
      schema: {
        tags: ['keys'],
        summary: 'Create an API key (admin key); the key is in this answer only',
        security: BEARER_SECURITY,
        body: z
          .object({
            name: z.string().min(1).max(200),
            role: z.enum(API_KEY_ROLES),
            client_id: z.string().min(1).max(200).optional().describe('required unless admin'),
          })
          .strict(),
        response: {
          201: apiKeySchema.extend({
            key: z.string().describe('The secret: shown once, only its hash is stored'),
          }),
          ...errorResponses,
          403: forbiddenResponse,
        },
      },
    },
    async (request, reply) => {
      requireAdmin(request, 'create API keys');
      const { name, role, client_id } = request.body;
      try {
        const { key, record } = await createApiKey(
          store,
          { name, role, client_id: client_id ?? null },
          clock,
        );
        reply.code(201);
        return { ...record, key };
      } catch (error) {
        if (error instanceof InvalidApiKeyRequest) throw badRequest(error.message);
        throw error;
      }
    },
  );

  app.delete(
    '/keys/:id',
    {
      schema: {
        tags: ['keys'],
        summary: 'Revoke an API key (admin key): refused at once, for good',
        security: BEARER_SECURITY,
        params: z.object({ id: z.string().min(1).max(200) }),
        response: {
          200: apiKeySchema,
          401: errorResponses[401],
          403: forbiddenResponse,
          404: errorSchema.describe('No such key'),
        },
      },
    },
    async (request) => {
      requireAdmin(request, 'revoke API keys');
      const revoked = await store.revokeApiKey(request.params.id, clock.now());
      if (revoked === null) throw notFound(`no API key ${request.params.id}`);
      options.keys.forget(revoked.id);
      return revoked;
    },
  );
};
