import { defineAwsScanner } from '../../define-scanner.js';
import { APIGATEWAY_PERMISSIONS } from './permissions.js';
import { extractApiGatewayEvents } from './extract.js';
import { APIGATEWAY_METRICS } from './metrics.js';

/**
 * API Gateway APIs of one region: REST APIs, the authorization of their methods and their stages
 * (execution logging, X-Ray tracing, backend client certificate, WAF web ACL, cache encryption,
 * access logs), HTTP and WebSocket APIs, the authorization of their routes and their stages (access
 * logs, default route logging), the custom domain names with their TLS security policy, and every
 * API's requests, errors, latency and idleness from one batched GetMetricData fetch.
 */
export const apiGatewayScanner = defineAwsScanner({
  service: 'apigateway',
  title: 'Amazon API Gateway APIs',
  scope: 'regional',
  metrics: APIGATEWAY_METRICS,
  permissions: APIGATEWAY_PERMISSIONS,
  collect: async (ctx) => (await import('./collector.js')).collectApiGatewaySnapshot(ctx),
  extract: extractApiGatewayEvents,
});
