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

type Fact = [resource_id: string, metric: string, value: EventDraft['metric_value']];

/** `Operation (action): code` of each read that was denied or failed: every read is apigateway:GET. */
function failures(...reads: [operation: string, read: Read<unknown>][]): string[] {
  return reads.flatMap(([operation, r]) =>
    r.state === 'denied' || r.state === 'failed'
      ? [`${operation} (${r.action}): ${r.errorCode}`]
      : [],
  );
}

function* restFacts(api: RestApi): Generator<Fact> {
  yield [api.arn, K.apiName, api.name];
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

function* v2Facts(api: V2Api): Generator<Fact> {
  yield [api.arn, K.apiName, api.name];
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
  const facts = [
    ...snapshot.restApis.map(restFacts),
    ...snapshot.apis.map(v2Facts),
    domainFacts(snapshot, ctx),
  ];
  for (const api of facts)
    for (const [resource_id, metric_type, metric_value] of api)
      yield { resource_id, metric_type, metric_value };
}
