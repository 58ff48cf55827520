/** API Gateway snapshots for the check tests, in the collector's normalized shapes. */
import type {
  ApiGatewayRegionSnapshot,
  CustomDomain,
  DomainNames,
  ReadFailure,
  RestApi,
  RestMethods,
  RestStage,
  V2Api,
  V2Routes,
  V2Stage,
} from '../../../providers/aws/services/apigateway/model.js';
import { ACCOUNT, REGION } from '../testing.js';

export const DENIED: ReadFailure = {
  state: 'denied',
  action: 'apigateway:GET',
  errorCode: 'AccessDeniedException',
  message: 'not authorized to perform this action',
  httpStatus: 403,
};

export const WEB_ACL = `arn:aws:wafv2:${REGION}:${ACCOUNT}:regional/webacl/api-acl/1a2b3c4d`;
export const LOG_GROUP = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:api-access`;

const base = `arn:aws:apigateway:${REGION}::`;

export function restStage(
  api: string,
  name: string,
  overrides: Partial<RestStage> = {},
): RestStage {
  return {
    arn: `${base}/restapis/${api}/stages/${name}`,
    name,
    loggingLevel: 'ERROR',
    methodsLoggingOff: [],
    tracingEnabled: true,
    clientCertificateId: 'q1w2e3',
    webAclArn: WEB_ACL,
    cacheClusterEnabled: true,
    unencryptedCacheMethods: [],
    accessLogDestination: LOG_GROUP,
    ...overrides,
  };
}

const read = <T extends object>(value: T | ReadFailure) =>
  'state' in value ? value : { state: 'available' as const, value };

/** By default every method (two) is authorized. */
export function restApi(
  id: string,
  stages: RestStage[] | ReadFailure,
  methods: RestMethods | ReadFailure = { count: 2, unauthorized: [] },
): RestApi {
  return {
    arn: `${base}/restapis/${id}`,
    id,
    name: id,
    endpointTypes: ['REGIONAL'],
    stages: Array.isArray(stages) ? { state: 'available', value: stages } : stages,
    methods: read(methods),
  };
}

export function v2Stage(api: string, name: string, overrides: Partial<V2Stage> = {}): V2Stage {
  return {
    arn: `${base}/apis/${api}/stages/${name}`,
    name,
    routesLoggingOff: [],
    accessLogDestination: LOG_GROUP,
    detailedMetricsEnabled: false,
    ...overrides,
  };
}

/** By default every route is authorized (WebSocket: a Lambda authorizer on `$connect`). */
export function v2Api(
  id: string,
  protocol: string,
  stages: V2Stage[] | ReadFailure,
  routes: V2Routes | ReadFailure = protocol === 'WEBSOCKET'
    ? { count: 3, unauthorized: ['$disconnect', '$default'], connectAuthorization: 'CUSTOM' }
    : { count: 2, unauthorized: [] },
): V2Api {
  return {
    arn: `${base}/apis/${id}`,
    id,
    name: id,
    protocol,
    stages: Array.isArray(stages) ? { state: 'available', value: stages } : stages,
    routes: read(routes),
  };
}

export function domain(name: string, securityPolicy?: string, endpoint = 'REGIONAL'): CustomDomain {
  return {
    arn: `${base}/domainnames/${name}`,
    name,
    endpointTypes: [endpoint],
    ...(securityPolicy ? { securityPolicy } : {}),
  };
}

export function domainNames(
  rest: CustomDomain[] | ReadFailure,
  v2: CustomDomain[] | ReadFailure = [],
): DomainNames {
  return { rest: read(rest), v2: read(v2) };
}

export function snapshot(
  restApis: RestApi[],
  apis: V2Api[] = [],
  domains: DomainNames = domainNames([]),
): ApiGatewayRegionSnapshot {
  return {
    region: REGION,
    restApis,
    apis,
    domainNames: domains,
    // No check reads the traffic: a fetch that answered nothing.
    performance: {
      status: 'collected',
      windowDays: 14,
      windowStart: '2026-11-06T10:00:00.000Z',
      resources: {},
    },
  };
}

/** Every control met. */
export const sound = restStage('orders', 'prod');
/** Nothing set: logging OFF, no tracing, no certificate, no WAF, cache unencrypted. */
export const sloppy = restStage('orders', 'dev', {
  loggingLevel: 'OFF',
  tracingEnabled: false,
  clientCertificateId: undefined,
  webAclArn: undefined,
  unencryptedCacheMethods: ['*/*'],
  accessLogDestination: undefined,
});
/** Logs at INFO but one method turns it off; no cache. */
export const partial = restStage('legacy', 'v1', {
  loggingLevel: 'INFO',
  methodsLoggingOff: ['orders/GET'],
  cacheClusterEnabled: false,
});
export const orders = restApi('orders', [sound, sloppy]);
/** Twelve methods open to anyone. */
export const legacy = restApi('legacy', [partial], {
  count: 14,
  unauthorized: Array.from({ length: 12 }, (_, i) => `GET /v1/item${i + 1}`),
});
export const hiddenRest = restApi('hidden', DENIED, DENIED);
/** Its stages were read, its methods (GetResources) denied. */
export const lockedRest = restApi('locked', [], DENIED);
/** No method but OPTIONS: nothing to authorize. */
export const bareRest = restApi('bare', [], { count: 0, unauthorized: [] });

export const httpLogged = v2Stage('checkout', '$default');
export const httpBare = v2Stage('checkout', 'beta', { accessLogDestination: undefined });
export const wsLogged = v2Stage('chat', 'production', { loggingLevel: 'INFO' });
export const wsOff = v2Stage('chat', 'dev', {
  loggingLevel: 'OFF',
  accessLogDestination: undefined,
});
export const checkout = v2Api('checkout', 'HTTP', [httpLogged, httpBare]);
export const chat = v2Api('chat', 'WEBSOCKET', [wsLogged, wsOff]);
export const hiddenV2 = v2Api('hiddenws', 'WEBSOCKET', DENIED, DENIED);
/** An HTTP API with two open routes. */
export const openHttp = v2Api('public', 'HTTP', [], {
  count: 3,
  unauthorized: ['GET /health', '$default'],
});
/** A WebSocket API whose `$connect` takes anyone. */
export const openWs = v2Api('feed', 'WEBSOCKET', [], {
  count: 2,
  unauthorized: ['$connect', '$default'],
  connectAuthorization: 'NONE',
});
/** A WebSocket API without a `$connect` route: connections are never authorized. */
export const noConnectWs = v2Api('ticker', 'WEBSOCKET', [], {
  count: 1,
  unauthorized: ['$default'],
});
/** Stages read, routes (GetRoutes) denied. */
export const lockedV2 = v2Api('lockedhttp', 'HTTP', [], DENIED);
/** An API without routes: nothing to authorize. */
export const bareV2 = v2Api('empty', 'HTTP', [], { count: 0, unauthorized: [] });

/** Listed by both GetDomainNames, as API Gateway shares its domain names between REST and v2. */
export const apiDomain = domain('api.example.com', 'SecurityPolicy_TLS13_1_2_2021_06');
export const oldEdgeDomain = domain('legacy.example.com', 'TLS_1_0', 'EDGE');
/** Listed by v2 only. */
export const wsDomain = domain('ws.example.com', 'TLS_1_0');
export const tls12Domain = domain('tls12.example.com', 'TLS_1_2');
export const domains = domainNames(
  [apiDomain, oldEdgeDomain, tls12Domain],
  [domain('api.example.com', 'TLS_1_2'), wsDomain],
);

export const all = snapshot(
  [orders, legacy, hiddenRest, lockedRest, bareRest],
  [checkout, chat, hiddenV2, openHttp, openWs, noConnectWs, lockedV2, bareV2],
  domains,
);
