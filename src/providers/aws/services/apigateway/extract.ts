import type { EventDraft } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import type { Read } from '../../read.js';
import { APIGATEWAY_METRIC as K } from './metrics.js';
import {
  customDomains,
  type ApiGatewayRegionSnapshot,
  type RestApi,
  type RestStage,
  type V2Api,
  type V2Stage,
} from './model.js';
import { errorRatePercent, isIdleApi, restMetricsName, sharedRestMetricsNames } from './signals.js';

type Fact = [resource_id: string, metric: string, value: EventDraft['metric_value']];

/** `Operation (action): code` of each read that was denied or failed: every read is apigateway:GET. */
function failures(...reads: [operation: string, read: Read<unknown>][]): string[] {
  return reads.flatMap(([operation, r]) =>
    r.state === 'denied' || r.state === 'failed'
      ? [`${operation} (${r.action}): ${r.errorCode}`]
      : [],
  );
}

/**
 * The API's traffic, errors and latency, its idle signal, or why they are unknown. `sharedName`:
 * the REST API's metrics name, when another REST API of the region has it (no statistics asked).
 */
function* performanceFacts(
  api: RestApi | V2Api,
  performance: ApiGatewayRegionSnapshot['performance'],
  websocket: boolean,
  sharedName?: string,
): Generator<Fact> {
  if (performance.status === 'unavailable') {
    yield [
      api.arn,
      K.performanceDataUnavailable,
      { reason: 'cloudwatch_error', error_code: performance.errorCode },
    ];
    return;
  }
  const stats = performance.resources[api.arn];
  if (stats === undefined) {
    if (sharedName !== undefined)
      yield [
        api.arn,
        K.performanceDataUnavailable,
        { reason: 'api_name_shared', api_name: sharedName },
      ];
    return;
  }
  const { requests, connections, clientErrors, latencyMs } = stats;
  const serverErrors = websocket
    ? stats.serverErrors !== undefined && stats.integrationErrors !== undefined
      ? stats.serverErrors + stats.integrationErrors
      : undefined
    : stats.serverErrors;
  if (requests !== undefined) yield [api.arn, K.requestCountSum, requests];
  if (websocket && connections !== undefined) yield [api.arn, K.connectCountSum, connections];
  if (clientErrors !== undefined) yield [api.arn, K.clientErrorCountSum, clientErrors];
  if (serverErrors !== undefined) yield [api.arn, K.serverErrorCountSum, serverErrors];
  if (!websocket) {
    const rate = errorRatePercent(clientErrors, serverErrors, requests);
    if (rate !== undefined) yield [api.arn, K.errorRatePercent, rate];
  }
  if (latencyMs !== undefined) yield [api.arn, K.latencyAverageMs, latencyMs];
  const idle = isIdleApi(api, performance, websocket);
  if (idle !== undefined) yield [api.arn, K.idleApi, idle];
}

function* restFacts(
  api: RestApi,
  performance: ApiGatewayRegionSnapshot['performance'],
  sharedNames: ReadonlySet<string>,
): Generator<Fact> {
  yield [api.arn, K.apiName, api.name];
  const metricsName = restMetricsName(api);
  yield* performanceFacts(
    api,
    performance,
    false,
    sharedNames.has(metricsName) ? metricsName : undefined,
  );
  yield [api.arn, K.protocol, 'REST'];
  yield [api.arn, K.endpointTypes, api.endpointTypes];
  const errors = failures(['GetStages', api.stages], ['GetResources', api.methods]);
  if (errors.length > 0) yield [api.arn, K.readError, errors];
  if (api.methods.state === 'available') {
    yield [api.arn, K.methodCount, api.methods.value.count];
    yield [api.arn, K.methodsWithoutAuthorization, api.methods.value.unauthorized];
  }
  if (api.stages.state !== 'available') return;
  yield [api.arn, K.stageCount, api.stages.value.length];
  for (const s of api.stages.value) yield* restStageFacts(s);
}

function* restStageFacts(s: RestStage): Generator<Fact> {
  yield [s.arn, K.stageName, s.name];
  yield [s.arn, K.loggingLevel, s.loggingLevel];
  if (s.methodsLoggingOff.length > 0) yield [s.arn, K.methodsLoggingOff, s.methodsLoggingOff];
  yield [s.arn, K.tracingEnabled, s.tracingEnabled];
  yield [s.arn, K.clientCertificate, s.clientCertificateId !== undefined];
  if (s.webAclArn) yield [s.arn, K.webAcl, s.webAclArn];
  yield [s.arn, K.cacheClusterEnabled, s.cacheClusterEnabled];
  if (s.cacheClusterEnabled) yield [s.arn, K.unencryptedCacheMethods, s.unencryptedCacheMethods];
  yield* accessLogFacts(s.arn, s.accessLogDestination);
}

function* accessLogFacts(arn: string, destination: string | undefined): Generator<Fact> {
  yield [arn, K.accessLogging, destination !== undefined];
  if (destination) yield [arn, K.accessLogDestination, destination];
}

function* v2Facts(
  api: V2Api,
  performance: ApiGatewayRegionSnapshot['performance'],
): Generator<Fact> {
  yield [api.arn, K.apiName, api.name];
  yield* performanceFacts(api, performance, api.protocol === 'WEBSOCKET');
  yield [api.arn, K.protocol, api.protocol];
  const errors = failures(['GetStages', api.stages], ['GetRoutes', api.routes]);
  if (errors.length > 0) yield [api.arn, K.readError, errors];
  if (api.routes.state === 'available') {
    const routes = api.routes.value;
    yield [api.arn, K.routeCount, routes.count];
    yield [api.arn, K.routesWithoutAuthorization, routes.unauthorized];
    if (routes.connectAuthorization !== undefined)
      yield [api.arn, K.connectAuthorization, routes.connectAuthorization];
  }
  if (api.stages.state !== 'available') return;
  yield [api.arn, K.stageCount, api.stages.value.length];
  for (const s of api.stages.value) yield* v2StageFacts(s);
}

function* v2StageFacts(s: V2Stage): Generator<Fact> {
  yield [s.arn, K.stageName, s.name];
  if (s.loggingLevel !== undefined) yield [s.arn, K.loggingLevel, s.loggingLevel];
  if (s.routesLoggingOff.length > 0) yield [s.arn, K.methodsLoggingOff, s.routesLoggingOff];
  yield [s.arn, K.detailedMetrics, s.detailedMetricsEnabled];
  yield* accessLogFacts(s.arn, s.accessLogDestination);
}

function* domainFacts(
  snapshot: ApiGatewayRegionSnapshot,
  ctx: { accountId: string; region: string },
): Generator<Fact> {
  const { rest, v2 } = snapshot.domainNames;
  const errors = failures(['GetDomainNames', rest], ['GetDomainNames (v2)', v2]);
  if (errors.length > 0)
    yield [regionScopeId('apigateway', ctx.region, ctx.accountId), K.readError, errors];
  for (const d of customDomains(snapshot.domainNames)) {
    yield [d.arn, K.domainName, d.name];
    yield [d.arn, K.domainEndpointTypes, d.endpointTypes];
    if (d.securityPolicy) yield [d.arn, K.domainSecurityPolicy, d.securityPolicy];
  }
}

/**
 * Pure: the region's APIs, stages and custom domain names → events, on each one's ARN; a failed
 * read of the domain names on the region.
 */
export function* extractApiGatewayEvents(
  snapshot: ApiGatewayRegionSnapshot,
  ctx: { accountId: string; region: string },
): Generator<EventDraft> {
  const { performance } = snapshot;
  const names = sharedRestMetricsNames(snapshot.restApis);
  const facts = [
    ...snapshot.restApis.map((api) => restFacts(api, performance, names)),
    ...snapshot.apis.map((api) => v2Facts(api, performance)),
    domainFacts(snapshot, ctx),
  ];
  for (const api of facts)
    for (const [resource_id, metric_type, metric_value] of api)
      yield { resource_id, metric_type, metric_value };
}
