import { defineAwsScanner } from '../../define-scanner.js';
import { OPENSEARCH_PERMISSIONS } from './permissions.js';
import { extractOpenSearchEvents } from './extract.js';
import { OPENSEARCH_METRICS } from './metrics.js';

/**
 * OpenSearch Service domains of one region: public endpoint and open access policy, node-to-node
 * and at-rest encryption, fine-grained access control, HTTPS and TLS policy, audit, error and slow
 * logs, data and dedicated master nodes, zone awareness, engine and service software versions,
 * CPU, free storage, search and indexing rates from CloudWatch in one batched fetch, idle domains
 * and, with options.cost, their instances' price.
 */
export const openSearchScanner = defineAwsScanner({
  service: 'opensearch',
  title: 'Amazon OpenSearch Service domains',
  scope: 'regional',
  metrics: OPENSEARCH_METRICS,
  permissions: OPENSEARCH_PERMISSIONS,
  paidCalls: true,
  collect: async (ctx) => (await import('./collector.js')).collectOpenSearchSnapshot(ctx),
  extract: extractOpenSearchEvents,
});
