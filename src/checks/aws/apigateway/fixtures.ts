/** API Gateway snapshots for the check tests, in the collector's normalized shapes. */
import type {
  ApiGatewayRegionSnapshot,
  ReadFailure,
  RestApi,
  RestStage,
  V2Api,
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

export function restApi(id: string, stages: RestStage[] | ReadFailure): RestApi {
  return {
    arn: `${base}/restapis/${id}`,
    id,
    name: id,
    endpointTypes: ['REGIONAL'],
    stages: Array.isArray(stages) ? { state: 'available', value: stages } : stages,
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

export function v2Api(id: string, protocol: string, stages: V2Stage[] | ReadFailure): V2Api {
  return {
    arn: `${base}/apis/${id}`,
    id,
    name: id,
    protocol,
    stages: Array.isArray(stages) ? { state: 'available', value: stages } : stages,
  };
}

export function snapshot(restApis: RestApi[], apis: V2Api[] = []): ApiGatewayRegionSnapshot {
  return { region: REGION, restApis, apis };
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
export const legacy = restApi('legacy', [partial]);
export const hiddenRest = restApi('hidden', DENIED);

export const httpLogged = v2Stage('checkout', '$default');
export const httpBare = v2Stage('checkout', 'beta', { accessLogDestination: undefined });
export const wsLogged = v2Stage('chat', 'production', { loggingLevel: 'INFO' });
export const wsOff = v2Stage('chat', 'dev', {
  loggingLevel: 'OFF',
  accessLogDestination: undefined,
});
export const checkout = v2Api('checkout', 'HTTP', [httpLogged, httpBare]);
export const chat = v2Api('chat', 'WEBSOCKET', [wsLogged, wsOff]);
export const hiddenV2 = v2Api('hiddenws', 'WEBSOCKET', DENIED);

export const all = snapshot([orders, legacy, hiddenRest], [checkout, chat, hiddenV2]);
