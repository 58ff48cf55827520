import type { EventDraft } from '../../../../core/index.js';
import {
  type CloudFrontSnapshot,
  type Distribution,
  loggingEnabled,
  plainHttpBehaviors,
} from './model.js';
import { readError } from '../../read.js';
import { CLOUDFRONT_METRIC as C } from './metrics.js';

type Value = EventDraft['metric_value'];

function* distributionFacts(
  d: Distribution,
  snapshot: CloudFrontSnapshot,
): Generator<[string, Value]> {
  yield [C.domainName, d.domainName];
  yield [C.aliases, d.aliases];
  yield [C.status, d.status];
  yield [C.enabled, d.enabled];
  if (d.priceClass) yield [C.priceClass, d.priceClass];
  yield [
    C.origins,
    d.origins.map((o) => ({
      id: o.id,
      domain_name: o.domainName,
      kind: o.kind,
      ...(o.originAccessControlId ? { origin_access_control: o.originAccessControlId } : {}),
      ...(o.originAccessIdentity ? { origin_access_identity: o.originAccessIdentity } : {}),
      ...(o.originProtocolPolicy ? { protocol_policy: o.originProtocolPolicy } : {}),
    })),
  ];
  yield [
    C.viewerProtocolPolicies,
    Object.fromEntries(d.behaviors.map((b) => [b.pathPattern, b.viewerProtocolPolicy])),
  ];
  yield [C.allowsPlainHttp, plainHttpBehaviors(d).length > 0];
  yield [
    C.minimumProtocolVersion,
    d.viewerCertificate.cloudFrontDefault
      ? 'TLSv1'
      : (d.viewerCertificate.minimumProtocolVersion ?? 'TLSv1'),
  ];
  yield [C.defaultCertificate, d.viewerCertificate.cloudFrontDefault];
  if (d.webAclId) yield [C.webAclId, d.webAclId];
  if (d.config.state !== 'available' && d.config.state !== 'absent')
    yield [C.configError, readError(d.config) ?? ''];
  if (snapshot.logDeliverySources.state !== 'available')
    yield [C.logDeliveryError, readError(snapshot.logDeliverySources) ?? ''];
  const logging = loggingEnabled(d, snapshot);
  if (logging !== undefined) yield [C.loggingEnabled, logging];
}

/** Pure: the account's distributions → events on each distribution's ARN. */
export function* extractCloudFrontEvents(snapshot: CloudFrontSnapshot): Generator<EventDraft> {
  const { performance } = snapshot;
  for (const d of snapshot.distributions) {
    const fact = (metric_type: string, metric_value: Value): EventDraft => ({
      resource_id: d.arn,
      metric_type,
      metric_value,
    });
    for (const [metric, value] of distributionFacts(d, snapshot)) yield fact(metric, value);
    if (performance.status === 'unavailable') {
      yield fact(C.performanceDataUnavailable, {
        reason: 'cloudwatch_error',
        error_code: performance.errorCode,
      });
      continue;
    }
    const stats = performance.resources[d.arn] ?? {};
    if (stats.requests !== undefined) yield fact(C.requestsSum, stats.requests);
    if (stats.bytesDownloaded !== undefined)
      yield fact(C.bytesDownloadedSum, stats.bytesDownloaded);
    if (stats.errorRate4xx !== undefined) yield fact(C.errorRate4xx, stats.errorRate4xx);
    if (stats.errorRate5xx !== undefined) yield fact(C.errorRate5xx, stats.errorRate5xx);
    if (d.enabled && stats.requests !== undefined)
      yield fact(C.idleDistribution, stats.requests === 0);
  }
}
