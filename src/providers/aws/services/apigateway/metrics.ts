import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.apigateway';
const S = 'aws.security.apigateway';

/**
 * Facts about one API (on its ARN), one stage (on the stage's ARN) and one custom domain name (on
 * its ARN).
 */
export const APIGATEWAY_METRIC = defineMetrics({
  apiName: {
    name: `${M}.api_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the API.',
  },
  readError: {
    name: `${M}.read_error`,
    valueType: 'array',
    description:
      'Reads that failed or were denied, each `Operation (action): code`: of the API (GetStages, GetResources, GetRoutes) on its ARN, of the custom domain names (GetDomainNames, REST or v2) on the region; all authorized as apigateway:GET.',
  },
  protocol: {
    name: `${M}.protocol`,
    valueType: 'string',
    description: 'REST (API Gateway v1), HTTP or WEBSOCKET (API Gateway v2).',
  },
  endpointTypes: {
    name: `${M}.endpoint_types`,
    valueType: 'array',
    description: 'Endpoint types of a REST API: EDGE, REGIONAL or PRIVATE.',
  },
  stageCount: {
    name: `${M}.stage_count`,
    valueType: 'number',
    description: 'Stages deployed of the API.',
  },
  stageName: {
    name: `${M}.stage_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Name of the stage.',
  },
  loggingLevel: {
    name: `${S}.execution_logging_level`,
    valueType: 'string',
    description:
      'Execution logging of a REST stage (all methods) or of a WebSocket stage’s default route: OFF, ERROR or INFO.',
  },
  methodsLoggingOff: {
    name: `${S}.methods_logging_off`,
    valueType: 'array',
    description:
      'REST methods (resource/METHOD) or WebSocket routes whose own setting turns execution logging off while the stage logs.',
  },
  tracingEnabled: {
    name: `${S}.xray_tracing`,
    valueType: 'boolean',
    description: 'AWS X-Ray active tracing is on for the REST stage.',
  },
  clientCertificate: {
    name: `${S}.client_certificate`,
    valueType: 'boolean',
    description: 'The REST stage presents a client certificate to its backend.',
  },
  webAcl: {
    name: `${S}.web_acl`,
    valueType: 'string',
    description: 'AWS WAF web ACL associated with the REST stage.',
  },
  cacheClusterEnabled: {
    name: `${S}.cache_cluster_enabled`,
    valueType: 'boolean',
    description: 'The REST stage has a response cache.',
  },
  unencryptedCacheMethods: {
    name: `${S}.unencrypted_cache_methods`,
    valueType: 'array',
    description:
      'Methods (or */*) of the REST stage caching responses without encrypting the cache data.',
  },
  accessLogging: {
    name: `${S}.access_logging`,
    valueType: 'boolean',
    description: 'The stage writes access logs (CloudWatch Logs or Data Firehose).',
  },
  accessLogDestination: {
    name: `${S}.access_log_destination`,
    valueType: 'string',
    description: 'ARN receiving the stage’s access logs.',
  },
  methodCount: {
    name: `${M}.method_count`,
    valueType: 'number',
    description: 'Methods of the REST API, OPTIONS (CORS preflights) left out.',
  },
  methodsWithoutAuthorization: {
    name: `${S}.methods_without_authorization`,
    valueType: 'array',
    description:
      'Methods of the REST API (`METHOD /path`, OPTIONS left out) whose authorization type is NONE: no IAM, Cognito or Lambda authorizer.',
  },
  routeCount: {
    name: `${M}.route_count`,
    valueType: 'number',
    description: 'Routes of the HTTP or WebSocket API.',
  },
  routesWithoutAuthorization: {
    name: `${S}.routes_without_authorization`,
    valueType: 'array',
    description: 'Route keys of the HTTP or WebSocket API whose authorization type is NONE.',
  },
  connectAuthorization: {
    name: `${S}.connect_authorization_type`,
    valueType: 'string',
    description:
      'Authorization type of a WebSocket API’s $connect route (NONE, AWS_IAM or CUSTOM), the one route that can carry authorization.',
  },
  domainName: {
    name: `${M}.domain_name`,
    valueType: 'string',
    role: 'resource_name',
    description: 'Custom domain name of API Gateway.',
  },
  domainEndpointTypes: {
    name: `${M}.domain_endpoint_types`,
    valueType: 'array',
    description: 'Endpoint types of the custom domain name: EDGE, REGIONAL or PRIVATE.',
  },
  domainSecurityPolicy: {
    name: `${S}.domain_security_policy`,
    valueType: 'string',
    description:
      'TLS security policy of the custom domain name: TLS_1_0, TLS_1_2 or an enhanced SecurityPolicy_TLS12_…/SecurityPolicy_TLS13_… policy.',
  },
  detailedMetrics: {
    name: `${M}.detailed_metrics`,
    valueType: 'boolean',
    description:
      'Per-route CloudWatch metrics are on for the HTTP/WebSocket stage’s default route.',
  },
});

export const APIGATEWAY_METRICS: readonly MetricDefinition[] = APIGATEWAY_METRIC.definitions;
