import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { JobQueue, Store } from '../../core/index.js';
import type { ScannerMetrics } from '../../observability/metrics.js';
import { ApiError } from '../errors.js';
import { errorSchema } from '../schemas.js';

export interface OperationsRoutesOptions {
  store: Store;
  queue: JobQueue;
  metrics: ScannerMetrics;
  /** How long /readyz waits for the store and the queue. */
  readinessTimeoutMs?: number;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Public routes for orchestrators and Prometheus: no API key, no tenant data. */
export const operationsRoutes: FastifyPluginAsyncZod<OperationsRoutesOptions> = async (
  app,
  { store, queue, metrics, readinessTimeoutMs = 2000 },
) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Liveness: the process answers',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Readiness: the store and the queue answer',
        response: {
          200: z.object({
            status: z.literal('ready'),
            queue: z.object({ waiting: z.number().int(), active: z.number().int() }),
          }),
          503: errorSchema.describe('The store or the queue does not answer'),
        },
      },
    },
    async (request) => {
      const check = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
        try {
          return await withTimeout(work(), readinessTimeoutMs);
        } catch (error) {
          request.log.warn({ err: error }, `readiness: the ${what} is not reachable`);
          throw new ApiError(503, 'not_ready', `the ${what} is not reachable`);
        }
      };
      await check('store', () => store.countApiKeys());
      const depth = await check('queue', () => queue.depth());
      return { status: 'ready' as const, queue: { waiting: depth.waiting, active: depth.active } };
    },
  );

  app.get(
    '/metrics',
    {
      schema: {
        tags: ['operations'],
        summary: 'Prometheus metrics (text exposition format)',
        produces: ['text/plain'],
      },
    },
    async (_request, reply) => {
      const body = await metrics.registry.metrics();
      return reply.type(metrics.registry.contentType).send(body);
    },
  );
};
