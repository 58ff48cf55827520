import type { GcpUnitContext } from '../../define-scanner.js';
import { serviceId } from '../../ids.js';
import type { ServiceUsageSnapshot } from './model.js';

export const SERVICEUSAGE_PERMISSIONS = ['serviceusage.services.list'] as const;

interface RestService {
  name?: string;
  config?: { name?: string; title?: string };
  state?: string;
}

/** services.list serves up to 200 services a page. */
const PAGE = 200;

/** The project's enabled APIs, in one paginated listing filtered server-side. */
export async function collectServiceUsageSnapshot(
  ctx: GcpUnitContext,
): Promise<ServiceUsageSnapshot> {
  const project = ctx.clients.project;
  const services: ServiceUsageSnapshot['services'] = [];
  for await (const page of ctx.clients.pages<{ services?: RestService[]; nextPageToken?: string }>(
    {
      api: 'serviceusage',
      operation: 'services.list',
      path: `v1/projects/${project}/services`,
      query: { filter: 'state:ENABLED', pageSize: PAGE },
    },
    ctx.signal,
  )) {
    for (const raw of page.services ?? []) {
      const name = raw.config?.name ?? raw.name?.slice(raw.name.lastIndexOf('/') + 1);
      if (!name || (raw.state ?? 'ENABLED') !== 'ENABLED') continue;
      services.push({
        id: serviceId(project, name),
        name,
        ...(raw.config?.title ? { title: raw.config.title } : {}),
      });
    }
  }
  services.sort((a, b) => a.name.localeCompare(b.name));
  return { project, services };
}
