import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ScannerRegistry } from '../../scanning/registry.js';
import { BEARER_SECURITY } from '../plugins/docs.js';
import { catalogSchema, errorResponses } from '../schemas.js';

export interface CatalogRoutesOptions {
  registry: ScannerRegistry;
}

export const catalogRoutes: FastifyPluginAsyncZod<CatalogRoutesOptions> = async (
  app,
  { registry },
) => {
  app.get(
    '/catalog',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Providers, their services and regions, and every metric type a scan can emit',
        security: BEARER_SECURITY,
        response: { 200: catalogSchema, 401: errorResponses[401] },
      },
    },
    async () => ({
      providers: registry.providers().map((provider) => ({
        id: provider.id,
        title: provider.title,
        regions: [...provider.knownRegions],
        services: provider.scanners.map((scanner) => ({
          id: scanner.service,
          title: scanner.title,
          scope: scanner.scope,
          permissions: [...scanner.permissions],
          metric_types: scanner.metrics.map((m) => m.name),
        })),
      })),
      metric_types: registry.catalogue.entries().map((entry) => ({
        name: entry.name,
        category: entry.category,
        provider: entry.provider,
        service: entry.service,
        value_type: entry.valueType,
        ...(entry.unit !== undefined && { unit: entry.unit }),
        description: entry.description,
      })),
    }),
  );
};
