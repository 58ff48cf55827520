import type { DnsSnapshot, DnsZone } from '../../../providers/gcp/services/dns/model.js';
import { PROJECT } from '../testing.js';

export function zone(name: string, overrides: Partial<DnsZone> = {}): DnsZone {
  return {
    id: `//dns.googleapis.com/projects/${PROJECT}/managedZones/${name}`,
    name,
    dnsName: `${name}.acme.example.`,
    visibility: 'public',
    dnssecState: 'on',
    keySpecs: [
      { keyType: 'keySigning', algorithm: 'rsasha256', keyLength: 2048 },
      { keyType: 'zoneSigning', algorithm: 'rsasha256', keyLength: 1024 },
    ],
    ...overrides,
  };
}

export const snapshot = (zones: DnsZone[]): DnsSnapshot => ({ project: PROJECT, zones });
