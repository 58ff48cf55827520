import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.apigateway';
const S = 'aws.security.apigateway';

/** Facts about one API (on its ARN) and one stage (on the stage's ARN). */
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
      'Reads of the API that failed or were denied, each `action: code` (GetStages, authorized as apigateway:GET).',
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
  detailedMetrics: {
    name: `${M}.detailed_metrics`,
    valueType: 'boolean',
    description:
      'Per-route CloudWatch metrics are on for the HTTP/WebSocket stage’s default route.',
  },
});

export const APIGATEWAY_METRICS: readonly MetricDefinition[] = APIGATEWAY_METRIC.definitions;
