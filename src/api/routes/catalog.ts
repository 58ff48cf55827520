import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CloudProvider } from '../../core/index.js';
import type { ScannerRegistry } from '../../scanning/registry.js';
import type { ScanService } from '../../scanning/scan-service.js';
import { BEARER_SECURITY } from '../plugins/docs.js';
import { catalogSchema, errorResponses } from '../schemas.js';

/** The provider's regions by partition, in the order of its region list; one group without partitions. */
function partitionsOf(provider: CloudProvider) {
  const groups = new Map<string, { id: string; title: string; regions: string[] }>();
  for (const region of provider.knownRegions) {
    const { id, title } = provider.regionPartition?.(region) ?? {
      id: provider.id,
      title: provider.title,
    };
    const group = groups.get(id) ?? groups.set(id, { id, title, regions: [] }).get(id)!;
    group.regions.push(region);
  }
  return [...groups.values()];
}

export interface CatalogRoutesOptions {
  registry: ScannerRegistry;
  scans: Pick<ScanService, 'availableSinks'>;
}

export const catalogRoutes: FastifyPluginAsyncZod<CatalogRoutesOptions> = async (
  app,
  { registry, scans },
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
        region_partitions: partitionsOf(provider),
        services: provider.scanners.map((scanner) => ({
          id: scanner.service,
          title: scanner.title,
          scope: scanner.scope,
          permissions: [...scanner.permissions],
          metric_types: scanner.metrics.map((m) => m.name),
        })),
      })),
      sinks: scans.availableSinks(),
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
