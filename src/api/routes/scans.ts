import type { FastifyRequest } from 'fastify';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SCAN_STATUSES, type Scan, type Store } from '../../core/index.js';
import type { ScannerRegistry } from '../../scanning/registry.js';
import { clientIdSchema, scanOptionsSchema } from '../../scanning/request.js';
import type { ScanService } from '../../scanning/scan-service.js';
import { forbidden, notFound, readPage } from '../errors.js';
import { BEARER_SECURITY } from '../plugins/docs.js';
import { canSee, scopedClientId, tenantOf } from '../plugins/auth.js';
import {
  errorResponses,
  errorSchema,
  limitSchema,
  scanDetailSchema,
  scanIdParamsSchema,
  scanSchema,
} from '../schemas.js';

export interface ScanRoutesOptions {
  store: Store;
  scans: ScanService;
  registry: ScannerRegistry;
}

/** The exact shape of a scan request, from the registry: it documents the body in OpenAPI. */
export function scanRequestDocSchema(registry: ScannerRegistry) {
  const providers = registry.providers();
  const providerIds = providers.map((p) => p.id);
  const services = [...new Set(providers.flatMap((p) => registry.services(p.id)))];
  // Each provider's modes, marked with its id: mode names (`default`…) are the provider's own.
  const authModes = providers.map((p) =>
    (p.authModeSchema as z.ZodType).meta({ 'x-provider': p.id, title: `${p.title} auth modes` }),
  );
  return z
    .object({
      provider: z.enum(providerIds).describe('Provider id (see GET /api/v1/catalog)'),
      services: z
        .array(services.length > 0 ? z.enum(services) : z.string())
        .min(1)
        .describe("Services to scan; each must be one of the provider's (see GET /api/v1/catalog)"),
      auth_mode: (authModes.length === 1 ? authModes[0]! : z.union(authModes)).describe(
        'How the workers authenticate to the cloud; secrets are sealed, never stored or shown in clear',
      ),
      client_id: clientIdSchema.describe('The tenant the scan and its events belong to'),
      regions: z
        .array(z.string())
        .min(1)
        .optional()
        .describe('Regions to scan; leave out to scan every region enabled for the account'),
      options: scanOptionsSchema.optional(),
    })
    .strict();
}

/**
 * ScanService validates the body against the registry and words the messages for users; the
 * route only refuses unknown top-level fields (reported at their own path) and non-objects.
 */
function envelopeOf(schema: ReturnType<typeof scanRequestDocSchema>) {
  const fields = Object.fromEntries(
    Object.keys(schema.shape).map((key) => [key, z.unknown().optional()]),
  );
  return z.object(fields).strict();
}

function requestedClientId(body: unknown): unknown {
  return typeof body === 'object' && body !== null
    ? (body as Record<string, unknown>)['client_id']
    : undefined;
}

export const scanRoutes: FastifyPluginAsyncZod<ScanRoutesOptions> = async (
  app,
  { store, scans, registry },
) => {
  const docSchema = scanRequestDocSchema(registry);
  const envelope = envelopeOf(docSchema);

  async function visibleScan(request: FastifyRequest, id: string): Promise<Scan> {
    const scan = await store.getScan(id);
    // Another tenant's scan is answered as absent: its existence is not the caller's business.
    if (scan === null || !canSee(request, scan.client_id)) throw notFound(`scan ${id} not found`);
    return scan;
  }

  app.post(
    '/scans',
    {
      schema: {
        tags: ['scans'],
        summary: 'Submit a scan',
        description:
          'Validates the request (provider, services, regions, auth mode), records the scan and queues it. ' +
          'Never calls the cloud: the scan runs on a worker. Nothing is stored when the request is invalid.',
        security: BEARER_SECURITY,
        body: docSchema,
        response: {
          202: z.object({ scan_id: z.string(), status: z.literal('QUEUED') }),
          ...errorResponses,
          403: errorSchema.describe('The API key may not scan for this client_id'),
        },
      },
      validatorCompiler: (route) => validatorCompiler({ ...route, schema: envelope }),
    },
    async (request, reply) => {
      const body: unknown = request.body;
      const tenant = tenantOf(request);
      const clientId = requestedClientId(body);
      if (tenant !== null && typeof clientId === 'string' && clientId !== tenant) {
        throw forbidden(`this API key may only scan for client ${tenant}`, [
          { path: 'client_id', message: `must be ${tenant} for this API key` },
        ]);
      }
      const scan = await scans.submit(body, tenant);
      return reply
        .code(202)
        .header('location', `${app.prefix}/scans/${encodeURIComponent(scan.id)}`)
        .send({ scan_id: scan.id, status: 'QUEUED' as const });
    },
  );

  app.get(
    '/scans',
    {
      schema: {
        tags: ['scans'],
        summary: 'List scans, newest first',
        security: BEARER_SECURITY,
        querystring: z
          .object({
            client_id: clientIdSchema
              .optional()
              .describe('Only this tenant (a tenant key is pinned to its own)'),
            status: z.enum(SCAN_STATUSES).optional(),
            limit: limitSchema(500, 50),
            cursor: z.string().min(1).optional().describe('next_cursor of the previous page'),
          })
          .strict(),
        response: {
          200: z.object({ items: z.array(scanSchema), next_cursor: z.string().nullable() }),
          ...errorResponses,
          403: errorSchema.describe('client_id is not the API key’s tenant'),
        },
      },
    },
    async (request) => {
      const { client_id, status, limit, cursor } = request.query;
      const scoped = scopedClientId(request, client_id);
      return readPage(cursor, () =>
        store.listScans({
          limit,
          ...(scoped !== undefined && { client_id: scoped }),
          ...(status !== undefined && { status }),
          ...(cursor !== undefined && { cursor }),
        }),
      );
    },
  );

  app.get(
    '/scans/:id',
    {
      schema: {
        tags: ['scans'],
        summary: 'A scan with its units (one per service and region) and their errors',
        security: BEARER_SECURITY,
        params: scanIdParamsSchema,
        response: {
          200: scanDetailSchema,
          ...errorResponses,
          404: errorSchema.describe('No such scan for this API key'),
        },
      },
    },
    async (request) => {
      const scan = await visibleScan(request, request.params.id);
      return { ...scan, units: await store.listUnits(scan.id) };
    },
  );

  app.post(
    '/scans/:id/cancel',
    {
      schema: {
        tags: ['scans'],
        summary: 'Cancel a scan that has not finished',
        description: 'Units already running stop at their next batch of events.',
        security: BEARER_SECURITY,
        params: scanIdParamsSchema,
        response: {
          200: scanDetailSchema,
          ...errorResponses,
          404: errorSchema.describe('No such scan for this API key'),
          409: errorSchema.describe('The scan has already finished'),
        },
      },
    },
    async (request) => {
      const { id } = await visibleScan(request, request.params.id);
      const scan = await scans.cancel(id);
      return { ...scan, units: await store.listUnits(scan.id) };
    },
  );
};
