import type { GcpUnitContext } from '../../define-scanner.js';
import type { DnsZone, DnsSnapshot } from './model.js';

export const DNS_PERMISSIONS = ['dns.managedZones.list'] as const;
/** managedZones.list serves up to 1,000 zones a page. */
const ZONE_PAGE = 1000;

interface RestManagedZone {
  name?: string;
  dnsName?: string;
  visibility?: string;
  dnssecConfig?: {
    state?: string;
    defaultKeySpecs?: { keyType?: string; algorithm?: string; keyLength?: number }[];
  };
}

export function mapZone(raw: RestManagedZone, project: string): DnsZone | undefined {
  if (!raw.name) return undefined;
  return {
    id: `//dns.googleapis.com/projects/${project}/managedZones/${raw.name}`,
    name: raw.name,
    dnsName: raw.dnsName ?? '',
    visibility: raw.visibility ?? 'public',
    dnssecState: raw.dnssecConfig?.state ?? 'off',
    keySpecs: (raw.dnssecConfig?.defaultKeySpecs ?? []).map((k) => ({
      keyType: k.keyType ?? 'unknown',
      algorithm: (k.algorithm ?? 'unknown').toLowerCase(),
      ...(k.keyLength !== undefined ? { keyLength: k.keyLength } : {}),
    })),
  };
}

/** The project's managed zones with their DNSSEC settings: one paginated managedZones.list. */
export async function collectDns(ctx: GcpUnitContext): Promise<DnsSnapshot> {
  const project = ctx.clients.project;
  const zones: DnsZone[] = [];
  for await (const page of ctx.clients.pages<{
    managedZones?: RestManagedZone[];
    nextPageToken?: string;
  }>(
    {
      api: 'dns',
      operation: 'managedZones.list',
      path: `projects/${project}/managedZones`,
      query: { maxResults: ZONE_PAGE },
    },
    ctx.signal,
  ))
    for (const raw of page.managedZones ?? []) {
      const zone = mapZone(raw, project);
      if (zone) zones.push(zone);
    }
  return { project, zones };
}
