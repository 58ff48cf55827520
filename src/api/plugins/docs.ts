import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const BEARER_SECURITY = [{ bearerAuth: [] }];

/**
 * The OpenAPI document, generated from the routes' zod schemas; served at /openapi.json with a
 * Swagger UI at /docs. Must be registered before the routes it describes.
 */
export async function registerDocs(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'CloudDiagnoze API',
        version,
        description:
          'Control plane of CloudDiagnoze: submit scans, follow them, read their 2CBP events. ' +
          'Every /api/v1 route needs `Authorization: Bearer <key>`; a key bound to a client only sees that client.',
      },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
      },
      tags: [
        { name: 'scans', description: 'Submit, follow and cancel scans' },
        { name: 'events', description: '2CBP events produced by scans' },
        { name: 'catalog', description: 'Providers, services and metric types' },
        { name: 'sinks', description: 'Remote sinks: outbox backlog, dead letters, redrive' },
        { name: 'operations', description: 'Health, readiness and metrics' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
