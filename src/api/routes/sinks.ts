import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SinkService } from '../../pipeline/delivery.js';
import { UnknownSinkError } from '../../pipeline/delivery.js';
import { forbidden, notFound, readPage } from '../errors.js';
import { tenantOf } from '../plugins/auth.js';
import { BEARER_SECURITY } from '../plugins/docs.js';
import { errorResponses, errorSchema, limitSchema } from '../schemas.js';

export interface SinkRoutesOptions {
  sinks: Pick<SinkService, 'overview' | 'deadLetters' | 'redrive'>;
}

const sinkStatusSchema = z.object({
  sink: z.string(),
  configured: z.boolean().describe('Whether this server has an endpoint for the sink'),
  endpoint: z.string().nullable().describe('Where batches go, without credentials'),
  backlog_events: z
    .number()
    .int()
    .describe('Events waiting in the outbox to be delivered (dead letters excluded)'),
  dead_letter_batches: z.number().int(),
  dead_letter_events: z.number().int(),
  delivered_events: z.number().int(),
  delivered_batches: z.number().int(),
  last_delivered_at: z.string().nullable(),
  last_error: z.string().nullable(),
  last_error_at: z.string().nullable(),
  next_attempt_at: z
    .string()
    .nullable()
    .describe('When the batch first in line is retried, while the sink is failing'),
});

const deadLetterSchema = z
  .object({
    id: z.string().describe('The batch id (it was sent as the Idempotency-Key)'),
    sink: z.string(),
    events: z.number().int(),
    bytes: z.number().int(),
    attempts: z.number().int(),
    status_code: z.number().int().nullable(),
    error: z.string().nullable(),
    response_body: z.string().nullable().describe('The response body, truncated to 2 KiB'),
    created_at: z.string(),
    failed_at: z.string().nullable(),
  })
  .meta({ id: 'DeadLetter' });

const nameParams = z.object({ name: z.string().min(1).describe('opsteamize or webhook') });

function requireAdmin(request: FastifyRequest, action: string): void {
  if (tenantOf(request) !== null) throw forbidden(`only an admin API key may ${action}`);
}

async function knownSink<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UnknownSinkError) throw notFound(error.message);
    throw error;
  }
}

/** Delivery status of the remote sinks, and their dead letters. */
export const sinkRoutes: FastifyPluginAsyncZod<SinkRoutesOptions> = async (app, { sinks }) => {
  app.get(
    '/sinks',
    {
      schema: {
        tags: ['sinks'],
        summary: 'Sinks: routing, outbox backlog and delivery status',
        security: BEARER_SECURITY,
        response: {
          200: z.object({
            default_sinks: z.array(z.string()),
            tenant_sinks: z.record(z.string(), z.array(z.string())),
            sinks: z.array(sinkStatusSchema),
          }),
          401: errorResponses[401],
        },
      },
    },
    async (request) => {
      const overview = await sinks.overview();
      const tenant = tenantOf(request);
      if (tenant === null) return overview;
      // A tenant key sees its own routing and the sinks its events go to, never other tenants'.
      const own = overview.tenant_sinks[tenant];
      const used = new Set(own ?? overview.default_sinks);
      return {
        default_sinks: overview.default_sinks,
        tenant_sinks: own ? { [tenant]: own } : {},
        sinks: overview.sinks.filter((sink) => used.has(sink.sink)),
      };
    },
  );

  app.get(
    '/sinks/:name/dead-letters',
    {
      schema: {
        tags: ['sinks'],
        summary: 'Batches the sink rejected (admin key)',
        description: 'Oldest first. Each holds the response status and body the endpoint gave.',
        security: BEARER_SECURITY,
        params: nameParams,
        querystring: z
          .object({
            limit: limitSchema(1000, 100),
            cursor: z.string().min(1).optional().describe('next_cursor of the previous page'),
          })
          .strict(),
        response: {
          200: z.object({ items: z.array(deadLetterSchema), next_cursor: z.string().nullable() }),
          ...errorResponses,
          403: errorSchema.describe('Not an admin API key'),
          404: errorSchema.describe('No such remote sink'),
        },
      },
    },
    async (request) => {
      requireAdmin(request, 'read dead letters');
      const { limit, cursor } = request.query;
      return knownSink(() =>
        readPage(cursor, () =>
          sinks.deadLetters(request.params.name, { limit, ...(cursor && { cursor }) }),
        ),
      );
    },
  );

  app.post(
    '/sinks/:name/dead-letters/:id/redrive',
    {
      schema: {
        tags: ['sinks'],
        summary: 'Send a dead letter again (admin key)',
        description:
          'Puts the batch back first in line under a new id (its new Idempotency-Key); the deliverer sends it next.',
        security: BEARER_SECURITY,
        params: nameParams.extend({ id: z.string().min(1) }),
        response: {
          200: z.object({
            batch_id: z.string().describe('The id the batch is now sent under'),
            redriven_from: z.string(),
          }),
          401: errorResponses[401],
          403: errorSchema.describe('Not an admin API key'),
          404: errorSchema.describe('No such remote sink or dead letter'),
        },
      },
    },
    async (request) => {
      requireAdmin(request, 're-drive dead letters');
      const { name, id } = request.params;
      const next = await knownSink(() => sinks.redrive(name, id));
      if (next === null) throw notFound(`sink ${name} has no dead letter ${id}`);
      return { batch_id: next, redriven_from: id };
    },
  );
};
