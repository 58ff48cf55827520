import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { JobQueue, Store } from '../../core/index.js';
import type { ScannerMetrics } from '../../observability/metrics.js';
import { ApiError } from '../errors.js';
import { errorSchema } from '../schemas.js';
import { storageUnavailable } from '../../lib/storage-errors.js';

/** The cache entry /readyz writes to prove the store takes writes (not tenant-scoped: no tenant has it). */
const READINESS_PROBE_KEY = 'clouddiagnoze:readyz';

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
      const writable = async (work: () => Promise<void>): Promise<void> => {
        try {
          await withTimeout(work(), readinessTimeoutMs);
        } catch (error) {
          const reason = storageUnavailable(error) ?? 'the store does not take writes';
          request.log.warn({ err: error }, `readiness: ${reason}`);
          throw new ApiError(503, 'not_ready', reason);
        }
      };
      const check = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
        try {
          return await withTimeout(work(), readinessTimeoutMs);
        } catch (error) {
          request.log.warn({ err: error }, `readiness: the ${what} is not reachable`);
          throw new ApiError(503, 'not_ready', `the ${what} is not reachable`);
        }
      };
      await check('store', () => store.countApiKeys());
      // A store that reads but cannot write (a full disk) is not ready: scans would not start.
      const now = new Date();
      await writable(() =>
        store.putCached(
          READINESS_PROBE_KEY,
          now.toISOString(),
          new Date(now.getTime() + 60_000),
          now,
        ),
      );
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
      const body = await metrics.exposition();
      return reply.type(metrics.registry.contentType).send(body);
    },
  );
};
