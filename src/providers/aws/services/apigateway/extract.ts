import type { EventDraft } from '../../../../core/index.js';
import { readError } from '../../read.js';
import { APIGATEWAY_METRIC as K } from './metrics.js';
import type { ApiGatewayRegionSnapshot, RestApi, RestStage, V2Api, V2Stage } from './model.js';

type Fact = [resource_id: string, metric: string, value: EventDraft['metric_value']];

function* restFacts(api: RestApi): Generator<Fact> {
  yield [api.arn, K.apiName, api.name];
  yield [api.arn, K.protocol, 'REST'];
  yield [api.arn, K.endpointTypes, api.endpointTypes];
  if (api.stages.state !== 'available') {
    yield [api.arn, K.readError, [readError(api.stages) ?? '']];
    return;
  }
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
  if (api.stages.state !== 'available') {
    yield [api.arn, K.readError, [readError(api.stages) ?? '']];
    return;
  }
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

/** Pure: the region's APIs and stages → events, on each API's and each stage's ARN. */
export function* extractApiGatewayEvents(
  snapshot: ApiGatewayRegionSnapshot,
): Generator<EventDraft> {
  const facts = [...snapshot.restApis.map(restFacts), ...snapshot.apis.map(v2Facts)];
  for (const api of facts)
    for (const [resource_id, metric_type, metric_value] of api)
      yield { resource_id, metric_type, metric_value };
}
