import type { EventDraft, MetricValue } from '../../../../core/index.js';
import { regionScopeId } from '../../arn.js';
import type { AwsUnitContext } from '../../define-scanner.js';
import { readError } from '../../read.js';
import { SECURITYHUB_METRIC as H } from './metrics.js';
import type { SecurityHubRegionSnapshot } from './model.js';

/** Pure: one region's Security Hub snapshot → events on the region's scope id. */
export function* extractSecurityHubEvents(
  snapshot: SecurityHubRegionSnapshot,
  ctx: Pick<AwsUnitContext, 'accountId' | 'region'>,
): Generator<EventDraft> {
  const id = regionScopeId('securityhub', ctx.region, ctx.accountId);
  const fact = (metricType: string, value: MetricValue): EventDraft => ({
    resource_id: id,
    metric_type: metricType,
    metric_value: value,
  });
  const hub = snapshot.hub;
  if (hub.state === 'denied' || hub.state === 'failed') {
    yield fact(H.hubError, readError(hub) ?? '');
    return;
  }
  yield fact(H.enabled, hub.state === 'available');
  if (hub.state !== 'available') return;
  yield fact(H.hubArn, hub.value.arn);
  if (hub.value.subscribedAt) yield fact(H.subscribedAt, hub.value.subscribedAt);
  if (snapshot.standards?.state === 'available') {
    yield fact(
      H.enabledStandards,
      snapshot.standards.value.map((s) => ({ standards_arn: s.standardsArn, status: s.status })),
    );
  } else if (snapshot.standards) {
    yield fact(H.standardsError, readError(snapshot.standards) ?? '');
  }
}
