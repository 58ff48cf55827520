import { defineMetrics } from '../../../../core/index.js';

const M = 'gcp.metadata.dns';
const S = 'gcp.security.dns';

/** Cloud DNS facts, on each managed zone's full resource name. */
export const DNS_METRIC = defineMetrics({
  zoneName: {
    name: `${M}.zone_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the managed zone.',
  },
  dnsName: { name: `${M}.zone_dns_name`, valueType: 'string', description: 'DNS name served.' },
  visibility: {
    name: `${M}.zone_visibility`,
    valueType: 'string',
    description: 'public or private.',
  },
  dnssecState: {
    name: `${S}.zone_dnssec_state`,
    valueType: 'string',
    description: 'DNSSEC: on, off or transfer.',
  },
  keyAlgorithms: {
    name: `${S}.zone_dnssec_key_algorithms`,
    valueType: 'array',
    description: 'DNSSEC default key specs as keyType:algorithm (keySigning:rsasha256…).',
  },
});
