import { defineMetrics, type MetricDefinition } from '../../../../core/index.js';

const M = 'aws.metadata.apigateway';
const S = 'aws.security.apigateway';
const P = 'aws.performance.apigateway';
const A = 'aws.architecture.apigateway';

/**
 * Facts about one API (on its ARN), one stage (on the stage's ARN) and one custom domain name (on
 * its ARN). The performance facts come from one batched GetMetricData fetch for the region
 * (AWS/ApiGateway over the metrics window: REST APIs by ApiName, HTTP and WebSocket APIs by ApiId).
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
  requestCountSum: {
    name: `${P}.request_count.sum`,
    valueType: 'number',
    unit: 'count',
    description:
      'Requests over the metrics window: REST and HTTP APIs `Count`; WebSocket APIs `MessageCount`, the messages from or to clients. 0 when none (API Gateway publishes no datapoint without traffic).',
  },
  connectCountSum: {
    name: `${P}.connect_count.sum`,
    valueType: 'number',
    unit: 'count',
    description:
      'WebSocket APIs: messages to the $connect route (`ConnectCount`) over the metrics window; 0 when none.',
  },
  clientErrorCountSum: {
    name: `${P}.client_error_count.sum`,
    valueType: 'number',
    unit: 'count',
    description:
      'Client errors over the metrics window: REST `4XXError`, HTTP `4xx`, WebSocket `ClientError` (4XX answered by API Gateway before the integration is invoked); 0 when none.',
  },
  serverErrorCountSum: {
    name: `${P}.server_error_count.sum`,
    valueType: 'number',
    unit: 'count',
    description:
      'Server errors over the metrics window: REST `5XXError`, HTTP `5xx`; WebSocket `ExecutionError` + `IntegrationError` (errors calling the integration, and requests it answered 4XX/5XX); 0 when none.',
  },
  errorRatePercent: {
    name: `${P}.error_rate_percent`,
    valueType: 'number',
    unit: 'percent',
    description:
      'REST and HTTP APIs: requests answered with a 4XX or 5XX per request over the metrics window, when there were requests.',
  },
  latencyAverageMs: {
    name: `${P}.latency_ms.average`,
    valueType: 'number',
    unit: 'milliseconds',
    description:
      'REST and HTTP APIs: average time from a request’s arrival to the response (`Latency`, integration included) over the metrics window; absent without requests (WebSocket APIs publish none).',
  },
  performanceDataUnavailable: {
    name: `${P}.performance_data_unavailable`,
    valueType: 'object',
    description:
      'The API’s metrics could not be read: {reason: cloudwatch_error, error_code} when CloudWatch refused or failed the request; {reason: api_name_shared, api_name} for a REST API whose name another REST API of the region has (CloudWatch keys REST metrics by name).',
  },
  idleApi: {
    name: `${A}.idle_api`,
    valueType: 'boolean',
    role: 'idle_signal',
    description:
      'No request (WebSocket: no message and no connection) over a whole metrics window the API existed for (true); traffic (false); absent when the traffic or the creation date is unknown, or the API is younger than the window.',
  },
});

export const APIGATEWAY_METRICS: readonly MetricDefinition[] = APIGATEWAY_METRIC.definitions;
